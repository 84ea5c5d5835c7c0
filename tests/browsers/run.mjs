// @ts-check
// Runs the cross-browser suite: serves the built site with real nginx (../nginx.mjs, as the
// Playwright tests do), runs every scenario in each engine (engines/<name>.test.mjs) with
// node's test runner, and ends with "browsers: N passed, N failed, N skipped".
//
//   node browsers/run.mjs [--engines chromium,firefox,webkit] [--scenario "part of a name"]
//                         [--summary file.json]
//
// Env: DIST_DIR (the build, default ../dist), BROWSER_RESULTS_DIR (screenshots, default
// browser-results/), BROWSER_CONCURRENCY (engines at once, default 1).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { run } from "node:test";
import { spec } from "node:test/reporters";
import { fileURLToPath } from "node:url";
import { ENGINES } from "./engines.mjs";
import { distDir, outputDir } from "./site.mjs";

const here = dirname(fileURLToPath(import.meta.url));

function option(name) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const engines = (option("engines") ?? Object.keys(ENGINES).join(",")).split(",").filter(Boolean);
for (const engine of engines) {
  if (!ENGINES[engine]) throw new Error(`unknown engine ${engine} (known: ${Object.keys(ENGINES).join(", ")})`);
}
const summaryFile = option("summary");
if (option("scenario")) process.env.BROWSER_SCENARIO = option("scenario");

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Starts nginx on `port` with the build's server block; resolves once it answers. */
async function startNginx(port) {
  const nginx = spawn(
    process.execPath,
    [join(here, "..", "nginx.mjs"), "--port", String(port), "--dir", distDir, "--subpath-dir", join(distDir, "no-sub-path-build")],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}) before serving ${distDir}`);
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/index.html`);
      if (answer.ok) return nginx;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`nginx did not answer on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

if (!existsSync(join(distDir, "index.html"))) {
  throw new Error(`${distDir} has no built site: run \`trunk build --release\` first`);
}
// Only the engines run now lose their old screenshots.
for (const engine of engines) rmSync(join(outputDir, engine), { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });

const port = await freePort();
const nginx = await startNginx(port);
process.env.SITE_URL = `http://127.0.0.1:${port}`;
process.env.DIST_DIR = distDir;
process.env.BROWSER_RESULTS_DIR = outputDir;

const started = Date.now();
const counts = { passed: 0, failed: 0, skipped: 0 };
const stream = run({
  files: engines.map((engine) => resolve(here, "engines", `${engine}.test.mjs`)),
  concurrency: Number(process.env.BROWSER_CONCURRENCY ?? 1),
});
stream.on("test:pass", (event) => {
  if (event.details?.type === "suite") return;
  if (event.skip || event.todo) counts.skipped++;
  else counts.passed++;
});
// Scenarios count, suites (one per engine) do not: an engine that cannot start fails each
// of its scenarios (node:test cancels them), so the count stays one per scenario.
stream.on("test:fail", (event) => {
  if (event.details?.type === "suite") return;
  counts.failed++;
});
const report = stream.compose(spec);
report.pipe(process.stdout, { end: false });
await new Promise((resolveDone) => report.on("end", resolveDone));
nginx.kill("SIGTERM");

const seconds = Math.round((Date.now() - started) / 1000);
if (summaryFile) writeFileSync(summaryFile, JSON.stringify({ ...counts, seconds, engines }));
console.log(`browsers (${engines.join(", ")}) in ${seconds}s; screenshots in ${outputDir}`);
console.log(`browsers: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exitCode = counts.failed > 0 || counts.passed === 0 ? 1 : 0;
