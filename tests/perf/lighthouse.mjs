// Lighthouse 12 (mobile, its default simulated throttling) on the built site served by nginx
// with its brotli copies, as a CDN would: home, /news and the newest article. Prints a table
// (performance score, LCP, TBT, CLS, bytes transferred); the median of --runs runs per page.
//
//   cd tests/perf && npm install && node lighthouse.mjs [--dist ../../dist] [--port 4381] [--runs 3]
//
// The figures are for the README and the issue notes, not a test: Lighthouse's own variance on
// a busy two-core machine is a few points.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.mjs";
import { startSite } from "../start-site.mjs";
import { archiveFile } from "../site-files.mjs";
import { option } from "../script-options.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));

const dist = resolve(process.cwd(), option("dist", resolve(here, "../../dist")));
const port = Number(option("port", "4381"));
const runs = Number(option("runs", "3"));
const bundle = JSON.parse(readFileSync(archiveFile(dist), "utf8"));
const newest = [...bundle.articles].filter((a) => a.start).sort((a, b) => (a.start < b.start ? 1 : -1))[0];
const pages = ["/", "/news", `/news/${newest.slug}`];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const site = await startSite(dist, port);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
try {
  console.log(`Lighthouse ${lighthouse.version ?? "12"} mobile (simulated throttling), median of ${runs} runs, ${site.origin}`);
  console.log("page                                        perf   LCP s   TBT ms    CLS   KiB transferred");
  for (const path of pages) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const { lhr } = await lighthouse(`${site.origin}${path}`, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error" });
      const audit = (id) => lhr.audits[id].numericValue;
      results.push({
        score: Math.round(lhr.categories.performance.score * 100),
        lcp: audit("largest-contentful-paint") / 1000,
        tbt: audit("total-blocking-time"),
        cls: audit("cumulative-layout-shift"),
        kib: audit("total-byte-weight") / 1024,
      });
    }
    const pick = (key) => median(results.map((r) => r[key]));
    const name = path.length > 42 ? `${path.slice(0, 39)}...` : path;
    console.log(`${name.padEnd(42)} ${String(pick("score")).padStart(5)} ${pick("lcp").toFixed(2).padStart(7)} ${pick("tbt").toFixed(0).padStart(8)} ${pick("cls").toFixed(3).padStart(6)} ${pick("kib").toFixed(0).padStart(12)}`);
  }
} finally {
  await chrome.kill();
  site.stop();
}
