// Every file a first visit loads, with its size raw and as transferred (brotli from nginx, as a
// CDN would send it): a fresh browser opens a page of the built site and waits until the app
// has taken over; the service worker is kept out (it saves the whole release afterwards, in the
// background, which is not what the visitor waits for).
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
try {
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
  await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
  await page.waitForLoadState("networkidle");
  const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
  console.log(`first visit to ${path}: every file loaded (transferred as nginx sends it)`);
  console.log("file                                          status  encoding     raw KiB   sent KiB");
  for (const load of loads) {
    console.log(`${load.url.slice(0, 45).padEnd(45)} ${String(load.status).padStart(6)}  ${load.encoding.padEnd(8)} ${kb(load.raw)} ${kb(load.transferred)}`);
  }
  const sum = (key) => loads.reduce((total, load) => total + load[key], 0);
  console.log(`${"total".padEnd(45)} ${String(loads.length).padStart(6)}  ${"files".padEnd(8)} ${kb(sum("raw"))} ${kb(sum("transferred"))}`);
} finally {
  await browser.close();
  site.stop();
}
