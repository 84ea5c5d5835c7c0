// Every file a first visit loads, with its size raw and as transferred (brotli from nginx, as a
// CDN would send it), for two visits of a fresh browser to a page of the built site: one that
// only reads (the app starts only where needed, public/boot.js: nothing of it is loaded), and
// one that reaches for a control at once (the pointer over it), waited for until the app has
// taken over. The service worker is kept out of both (it saves the whole release afterwards, in
// the background, which is not what the visitor waits for); a third visit, with it, sums what it
// saves from its own resource timing.
//
//   node tests/perf/first-visit.mjs [--dist dist] [--port 4386] [--page /]
import { chromium } from "@playwright/test";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.mjs";
import { startSite } from "../start-site.mjs";
import { option } from "../script-options.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));

const dist = resolve(process.cwd(), option("dist", resolve(here, "../../dist")));
const port = Number(option("port", "4386"));
const path = option("page", "/");

const site = await startSite(dist, port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
/** Loads `path` in a fresh context; `reach`: the pointer over a control once there is one. */
async function visit(reach) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const loads = [];
  page.on("requestfinished", async (request) => {
    const response = await request.response();
    const sizes = await request.sizes();
    loads.push({
      url: new URL(request.url()).pathname,
      status: response?.status(),
      encoding: (await response?.headerValue("content-encoding")) ?? "",
      raw: (await response?.body().catch(() => Buffer.alloc(0)))?.length ?? 0,
      transferred: sizes.responseBodySize,
    });
  });
  await page.goto(`${site.origin}${path}`);
  if (reach) {
    await page.locator("#app .needs-app").first().dispatchEvent("pointerover");
    await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
  }
  await page.waitForLoadState("networkidle");
  await context.close();
  return loads;
}

function print(title, loads) {
  const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
  console.log(title);
  console.log("file                                          status  encoding     raw KiB   sent KiB");
  for (const load of loads) {
    console.log(`${load.url.slice(0, 45).padEnd(45)} ${String(load.status).padStart(6)}  ${load.encoding.padEnd(8)} ${kb(load.raw)} ${kb(load.transferred)}`);
  }
  const sum = (key) => loads.reduce((total, load) => total + load[key], 0);
  console.log(`${"total".padEnd(45)} ${String(loads.length).padStart(6)}  ${"files".padEnd(8)} ${kb(sum("raw"))} ${kb(sum("transferred"))}`);
}

/**
 * What the service worker downloads after a visit that only reads `path` (it registers once the
 * page has loaded): files, bytes on the wire, and how many the host only confirmed because the
 * browser held them already (a few hundred bytes each).
 */
async function savedForOffline() {
  const context = await browser.newContext({ serviceWorkers: "allow" });
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    const ready = await page.evaluate(() => Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((done) => setTimeout(() => done(false), 60_000))]));
    const [worker] = context.serviceWorkers();
    if (!ready || !worker) return "no service worker became ready within 60 s";
    const files = await worker.evaluate(() => performance.getEntriesByType("resource").map((entry) => ({ sent: entry.transferSize, body: entry.encodedBodySize })));
    // Only confirmed: fewer bytes on the wire than the body (headers alone).
    const confirmed = files.filter((file) => file.sent < file.body).length;
    const kib = (files.reduce((total, file) => total + file.sent, 0) / 1024).toFixed(1);
    return `${files.length} files, ${kib} KiB sent (${confirmed} only confirmed: the browser had them)`;
  } finally {
    await context.close();
  }
}

try {
  print(`first visit to ${path}, only read: every file loaded (transferred as nginx sends it)`, await visit(false));
  console.log("");
  print(`first visit to ${path}, a control reached for at once: every file loaded until the app has taken over`, await visit(true));
  console.log("");
  console.log(`then, in the background, the service worker saves the release for offline use: ${await savedForOffline()}`);
} finally {
  await browser.close();
  site.stop();
}
