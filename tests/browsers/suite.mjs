// @ts-check
// Registers every scenario (scenarios/index.mjs) as a node:test test for one engine. Each
// engine's file (engines/<name>.test.mjs) is one line calling `suiteFor`; run.mjs runs them.
import { after, before, describe, test } from "node:test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ENGINES } from "./engines.mjs";
import { Session } from "./driver/session.mjs";
import { SwitchableOrigin, outputDir } from "./site.mjs";
import { SCENARIOS } from "./scenarios/index.mjs";

/**
 * What a scenario is given: the engine, a way to open tabs and origins (closed for it
 * afterwards), and where to write files for a person to look at.
 * @typedef {object} Context
 * @property {string} engine
 * @property {(options?: Partial<import("./driver/session.mjs").TabOptions>) => Promise<Session>} open
 * @property {() => Promise<SwitchableOrigin>} origin
 * @property {string} outputDir   this engine's folder under the test output
 * @property {(message: string) => void} note   a line in the report (not an assertion)
 */

/**
 * A scenario, written once for every engine.
 * @typedef {object} Scenario
 * @property {string} name
 * @property {(context: Context) => Promise<void>} run
 * @property {number} [timeout]   ms; 120 s when not given
 * @property {string} [pending]   why it does not run yet; the runner counts it as skipped
 */

/**
 * The tab with each call it is still waiting for kept in `waiting`, so that a scenario that
 * times out can say which engine command never answered.
 * @param {import("./driver/session.mjs").Tab} tab
 * @param {Set<string>} waiting
 */
function watched(tab, waiting) {
  return new Proxy(tab, {
    get(target, name) {
      const value = Reflect.get(target, name);
      if (typeof value !== "function") return value;
      return (...args) => {
        const call = `${String(name)}(${args.filter((a) => typeof a !== "function").map((a) => JSON.stringify(a)).join(", ")})`;
        waiting.add(call);
        return Promise.resolve(value.apply(target, args)).finally(() => waiting.delete(call));
      };
    },
  });
}

/** @param {string} engineName */
export function suiteFor(engineName) {
  const launch = ENGINES[engineName];
  if (!launch) throw new Error(`unknown engine ${engineName}`);
  /** @type {import("./driver/session.mjs").Engine} */
  let engine;

  describe(engineName, { concurrency: 1 }, () => {
    before(async () => {
      engine = await launch();
      console.log(`# ${engineName}: ${engine.version}`);
    });
    after(async () => {
      await engine?.close();
    });

    // run.mjs --scenario: only the scenarios whose name contains that text.
    const wanted = process.env.BROWSER_SCENARIO;
    for (const scenario of SCENARIOS.filter((s) => !wanted || s.name.includes(wanted))) {
      if (scenario.pending) {
        test(scenario.name, { skip: `pending: ${scenario.pending}` }, () => {});
        continue;
      }
      const timeout = scenario.timeout ?? 120_000;
      // No timeout of node:test's own: it would leave the scenario's tabs open; this one
      // closes them (which ends whatever the scenario was waiting for) and then fails.
      test(scenario.name, async (t) => {
        /** @type {(() => Promise<unknown>)[]} */
        const cleanups = [];
        /** @type {Set<string>} */
        const waiting = new Set();
        const folder = join(outputDir, engineName);
        mkdirSync(folder, { recursive: true });
        /** @type {Context} */
        const context = {
          engine: engineName,
          open: async (options = {}) => {
            const tabOptions = { javaScript: true, width: 1280, height: 800, ...options };
            const opening = `${engineName}.open(${JSON.stringify(tabOptions)})`;
            waiting.add(opening);
            const tab = watched(await engine.open(tabOptions).finally(() => waiting.delete(opening)), waiting);
            cleanups.push(() => tab.close());
            const session = new Session(tab, tabOptions, engineName);
            await session.setViewport(tabOptions.width, tabOptions.height);
            return session;
          },
          origin: async () => {
            const origin = await SwitchableOrigin.start();
            cleanups.push(() => origin.close());
            return origin;
          },
          outputDir: folder,
          note: (message) => t.diagnostic(message),
        };
        let timer;
        const timedOut = new Promise((_, reject) => {
          timer = setTimeout(() => {
            const stuck = waiting.size ? `, waiting for ${[...waiting].join(", ")}` : "";
            reject(new Error(`${scenario.name}: timed out after ${timeout} ms${stuck}`));
          }, timeout);
        });
        try {
          await Promise.race([scenario.run(context), timedOut]);
        } finally {
          clearTimeout(timer);
          for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
        }
      });
    }
  });
}
