// The kiosk's all-day soak: drives the site in kiosk mode through thousands of steps
// (navigations, searches on the on-screen keyboard, filters, language switches, idle resets and
// attract-loop cycles on Playwright's clock), sampling the JS heap and the DOM node count
// (Chrome DevTools Protocol `Performance.getMetrics`, after a garbage collection) and the wasm
// memory every few hundred steps, always on the home page so the samples compare.
//
//   node tests/soak/soak.mjs [--steps 10000] [--every 500] [--dist dist] [--port 4191]
//
// It prints the series, then whether it holds: after the first 1,000 steps (or the first fifth
// of a shorter run) the heap grows by less than 2 MB, the wasm memory does not grow and the node
// count stays flat. Exit code 1 when it does not hold. `.ci/run` runs a short version.
//
// The kiosk loads a fresh page when it starts over (when its service worker holds the release),
// so the samples on the home page after a start-over would hide a leak inside one visitor's
// session: the wasm memory is also read just before each start-over, and the highest such
// reading of each stretch of steps must not grow either ("peak" column).
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.mjs";
import { startSite } from "../start-site.mjs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { option } from "../script-options.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));

const steps = Number(option("steps", "10000"));
const every = Number(option("every", "500"));
const dist = resolve(process.cwd(), option("dist", resolve(here, "../../dist")));
const port = Number(option("port", "4191"));
const origin = `http://127.0.0.1:${port}`;
/** The idle cycle the content sets (site.toml [kiosk]); the countdown is the app's. */
const IDLE_MS = 90_000;
const COUNTDOWN_MS = 20_000;
const WARM_UP = Math.min(1_000, Math.floor(steps / 5));
const HEAP_GROWTH_LIMIT = 2 * 1024 * 1024;


/** What a visitor does, in turn (`--actions` narrows it down when looking for a leak). */
const ACTIONS = ["nav", "link", "type", "clear", "filter", "read"];
const actions = option("actions", ACTIONS.join(",")).split(",");
const attractEvery = actions.includes("attract") || !process.argv.includes("--actions") ? 100 : Infinity;

/** One step of a visitor, run in the page: returns what it did. */
function visitorStep([step, action]) {
  const pick = (list) => list[step % list.length];
  const click = (element) => {
    element?.click();
    return element ? element.textContent.trim().slice(0, 30) : "nothing";
  };
  const onNews = location.pathname.endsWith("/news");
  const keyboard = document.querySelector(".osk");
  switch (action) {
    case "nav":
      return `nav ${click(pick([...document.querySelectorAll(".main-nav a")]))}`;
    case "link": {
      const links = [...document.querySelectorAll("main a[href^='/']")];
      return `link ${click(links.length ? pick(links) : null)}`;
    }
    case "type":
      if (!onNews) return `nav ${click(document.querySelector(".main-nav a[href$='/news']"))}`;
      if (!keyboard) return "no keyboard";
      for (const letter of pick(["bor", "mig", "rea", "baku", "nax", "tra"])) {
        click([...keyboard.querySelectorAll(".osk-key")].find((key) => key.textContent === letter));
      }
      return "typed";
    case "clear":
      if (!keyboard) return "no keyboard";
      return `clear ${click([...keyboard.querySelectorAll(".osk-key")].at(-1))}`;
    case "filter": {
      const boxes = [...document.querySelectorAll(".news-facet input:not([disabled])")];
      return `filter ${click(boxes.length ? pick(boxes) : null)}`;
    }
    default:
      return step % 60 === 5 ? `lang ${click(pick([...document.querySelectorAll(".lang-switch button")]))}` : "read";
  }
}

async function sample(page, cdp, step, started) {
  await page.evaluate(() => document.querySelector(".brand a")?.click());
  await page.waitForTimeout(50);
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? NaN;
  const wasm = await page.evaluate(() => window.siteMemory?.buffer.byteLength ?? NaN);
  // The renderer's count (CDP) includes nodes no longer in the page and not yet collected; the
  // page's own count is exact.
  const inPage = await page.evaluate(() => {
    let count = 0;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) count++;
    return count;
  });
  return { step, heap: value("JSHeapUsedSize"), nodes: value("Nodes"), inPage, wasm, seconds: (Date.now() - started) / 1000 };
}

const server = await startSite(dist, port);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
let holds = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.clock.install();
  await page.goto(`${origin}/?kiosk`);
  await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
  // As a kiosk is set up (README): loaded once with the network until its service worker holds
  // the release, which the page then names.
  const setUp = Date.now();
  await page.locator("html[data-release]").waitFor({ state: "attached", timeout: 120_000 });
  console.log(`service worker ready after ${((Date.now() - setUp) / 1000).toFixed(1)} s`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const started = Date.now();
  const samples = [await sample(page, cdp, 0, started)];
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
  const wasmNow = () => page.evaluate(() => window.siteMemory?.buffer.byteLength ?? NaN);
  console.log("step    heap MB   wasm MB   nodes  in page   seconds   peak wasm MB (before a start-over)");
  const print = (s) => console.log(`${String(s.step).padStart(6)} ${mb(s.heap).padStart(9)} ${mb(s.wasm).padStart(9)} ${String(s.nodes).padStart(7)} ${String(s.inPage).padStart(8)} ${s.seconds.toFixed(0).padStart(9)} ${Number.isFinite(s.peak) ? mb(s.peak).padStart(9) : "        -"}`);
  print(samples[0]);
  let attractCycles = 0;
  let peak = -Infinity;
  for (let step = 1; step <= steps; step++) {
    if (step % attractEvery === 0) {
      peak = Math.max(peak, await wasmNow());
      // Nobody there: "Still there?", the start-over, the attract loop; then a visitor taps.
      await page.clock.runFor(IDLE_MS + COUNTDOWN_MS + 17_000);
      await page.locator(".kiosk-attract").click();
      attractCycles++;
    } else {
      await page.evaluate(visitorStep, [step, actions[step % actions.length]]);
      await page.clock.runFor(400);
    }
    if (step % every === 0) {
      peak = Math.max(peak, await wasmNow());
      const next = { ...(await sample(page, cdp, step, started)), peak };
      peak = -Infinity;
      samples.push(next);
      print(next);
    }
  }
  const base = samples.find((s) => s.step >= WARM_UP) ?? samples[0];
  const last = samples.at(-1);
  const later = samples.filter((s) => s.step >= base.step);
  const heapGrowth = last.heap - base.heap;
  const wasmGrowth = last.wasm - base.wasm;
  const peaks = later.filter((s) => s.step > base.step).map((s) => s.peak);
  const peakGrowth = peaks.length > 1 ? Math.max(...peaks.slice(1)) - peaks[0] : 0;
  const nodeRange = Math.max(...later.map((s) => s.nodes)) - Math.min(...later.map((s) => s.nodes));
  const pageRange = Math.max(...later.map((s) => s.inPage)) - Math.min(...later.map((s) => s.inPage));
  // Flat: the page's own nodes (exact) stay within 2%. The renderer's count also holds nodes
  // no longer in the page and not yet collected, and moves by up to 20 from sample to sample
  // even in a run that holds; it must not climb past its early highest by more than 10%.
  const third = Math.max(1, Math.floor(later.length / 3));
  const highest = (list) => Math.max(...list.map((s) => s.nodes));
  const rendererClimb = highest(later.slice(-third)) - highest(later.slice(0, third));
  const nodesFlat = pageRange <= base.inPage * 0.02 && rendererClimb <= highest(later.slice(0, third)) * 0.1;
  console.log(`\n${steps} steps (${attractCycles} attract cycles) in ${last.seconds.toFixed(0)} s; after step ${base.step}:`);
  console.log(`  JS heap  ${mb(base.heap)} -> ${mb(last.heap)} MB (growth ${mb(heapGrowth)} MB; limit 2 MB)`);
  console.log(`  wasm     ${mb(base.wasm)} -> ${mb(last.wasm)} MB (growth ${mb(wasmGrowth)} MB; limit 0)`);
  if (peaks.length) console.log(`  wasm peak before start-overs ${mb(peaks[0])} MB in the first stretch, at most ${mb(Math.max(...peaks))} MB later (growth ${mb(Math.max(peakGrowth, 0))} MB; limit 0)`);
  console.log(`  nodes    ${Math.min(...later.map((s) => s.inPage))}..${Math.max(...later.map((s) => s.inPage))} in the home page (range ${pageRange}; limit 2% of ${base.inPage}); renderer ${Math.min(...later.map((s) => s.nodes))}..${Math.max(...later.map((s) => s.nodes))} (range ${nodeRange}), its highest climbs by ${rendererClimb} (limit 10%)`);
  console.log(`  page errors: ${errors.length}`);
  holds = heapGrowth < HEAP_GROWTH_LIMIT && wasmGrowth <= 0 && peakGrowth <= 0 && nodesFlat && errors.length === 0;
  console.log(holds ? "soak: holds" : "soak: DOES NOT HOLD");
} finally {
  await browser.close();
  server.stop();
}
process.exit(holds ? 0 : 1);
