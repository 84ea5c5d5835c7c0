// Archive benchmark, the measuring half (archive-bench.sh builds the sites first). Not a test:
// it asserts nothing about timings. For each archive size it serves target/archive-bench/site-N
// with nginx and, in headless Chromium with a fresh context (empty cache) each time, measures
//   - first visits to /, the newest article and /news: a visit that only reads (the app is
//     started only where needed, public/boot.js: requests, KiB on the wire, first-contentful-
//     paint, the prerendered h1) and one that reaches for a control at once (KiB up to app-ready
//     and after it, app-ready);
//   - search at 4x CPU throttling: the site's box typed with the keyboard, and Pagefind's
//     index of the same pages on the same origin (its UI typed and timed the same way, and its
//     API): KiB and ms to the first result, then per-keystroke latency once warm, and result
//     counts of the search benchmark's queries.
// Prints one table per size and a summary; writes <out>/results.json.
//
//   node tests/perf/archive-bench.mjs --out target/archive-bench --sizes 35,1000,10000 [--quick]
import { chromium } from "@playwright/test";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { QUERIES } from "../bench/queries.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.mjs";
import { startSite } from "../start-site.mjs";
import * as inPage from "./archive-bench-page.mjs";
import { option } from "../script-options.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const quick = process.argv.includes("--quick");
const out = resolve(option("out", resolve(here, "../../target/archive-bench")));
const sizes = option("sizes", quick ? "35,1000" : "35,1000,10000").split(",").map(Number);

const CPU_THROTTLE = 4;
const FIRST_VISIT_REPS = quick ? 1 : 3;
const READY_TIMEOUT_MS = 120_000;
/** How long the page is left idle after app-ready: what it fetches then is "later". */
const IDLE_AFTER_READY_MS = 2_000;
/** Typed with the keyboard at a steady pace (ms between keys) for the first search. */
const TYPING_DELAY_MS = 150;
const FIRST_QUERIES = ["migration", "trafficking"];
const WARM_QUERIES = quick ? ["trafficking", "Баку"] : ["trafficking", "nakhchivan", "human rights", "Баку", "readmsi"];
const BASE_PORT = 4440;
/** The search engines compared (names as printed). */
const ENGINES = {
  site: (...args) => typedSearch(...args, SITE_SEARCH),
  "Pagefind UI": (...args) => typedSearch(...args, PAGEFIND_UI_SEARCH),
  "Pagefind (worker)": (...args) => pagefindSearch(...args, {}),
  "Pagefind (no worker)": (...args) => pagefindSearch(...args, { noWorker: true }),
};

const median = (values) => percentile(values, 50);
function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const kib = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => (Number.isFinite(value) ? value.toFixed(0) : "-");

function newContext(browser) {
  // The service worker would save the whole release in the background: not what a visit waits for.
  return browser.newContext({ serviceWorkers: "block" });
}

async function throttle(context, page, rate) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  return cdp;
}

/** A page of `context` that keeps its errors and carries the in-page probes. */
async function probedPage(context) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(inPage.INIT_SCRIPT);
  return { page, errors };
}

/** The app's own files (its script and wasm) among responses. */
const appFiles = (responses) => responses.filter((r) => /\/site_app-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.path));

/** One fresh visit to `path` that only reads: requests and bytes once the network is quiet, paint time. */
async function readingVisit(browser, origin, path) {
  const context = await newContext(browser);
  try {
    const { page } = await probedPage(context);
    const net = inPage.watchNetwork(context);
    await page.goto(`${origin}${path}`, { waitUntil: "load" });
    await page.waitForTimeout(IDLE_AFTER_READY_MS);
    await net.idle();
    const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
    if (fcp === null) throw new Error(`${path}: no first-contentful-paint entry`);
    const all = await net.all();
    if (await page.evaluate(() => document.documentElement.dataset.appStart)) throw new Error(`${path}: a visit that only reads started the app`);
    // /news downloads the app ahead (not started) for its search: counted apart.
    const app = appFiles(all);
    return { fcp_ms: fcp, requests: all.length, bytes: inPage.sumBytes(all), app_bytes: inPage.sumBytes(app), files: fileList(all) };
  } finally {
    await context.close();
  }
}

/**
 * One fresh visit to `path` whose visitor reaches for a control as soon as there is one (the
 * pointer over it): bytes and requests up to app-ready and after it, ready time.
 */
async function reachingVisit(browser, origin, path) {
  const context = await newContext(browser);
  try {
    const { page, errors } = await probedPage(context);
    const net = inPage.watchNetwork(context);
    await page.goto(`${origin}${path}`, { waitUntil: "commit" });
    await page.locator("#app .needs-app").first().dispatchEvent("pointerover", {}, { timeout: READY_TIMEOUT_MS });
    const { ready, timeOrigin } = await inPage.waitReady(page, path, errors, READY_TIMEOUT_MS);
    await page.waitForTimeout(IDLE_AFTER_READY_MS);
    await net.idle();
    const count = await page.evaluate(() => document.querySelector("#news-count")?.textContent ?? null);
    const all = await net.all();
    const readyAt = timeOrigin + ready;
    const early = all.filter((r) => r.end <= readyAt + 1);
    const later = all.filter((r) => r.end > readyAt + 1);
    return {
      path, ready_ms: ready, requests: all.length, failed: net.failed,
      bytes_to_ready: inPage.sumBytes(early), bytes_later: inPage.sumBytes(later),
      requests_later: later.length, news_count_text: count,
      files: all.map((r) => ({ path: r.path, bytes: r.bytes, later: r.end > readyAt + 1 })),
    };
  } finally {
    await context.close();
  }
}

/** Numbers in the count line ("Found: 12 of 1000", "All news: 1000"). */
const numbersIn = (text) => (text ?? "").replace(/[\s,.\u00a0]/g, "").match(/\d+/g)?.map(Number) ?? [];

/**
 * A search page typed into with the keyboard, watched the same way whoever draws it: where it
 * is, how to wait for it, its box, its results (container, highlighted word, count line), and
 * whether the URL follows the box and its count line gives the result counts.
 */
const SITE_SEARCH = {
  path: "/news",
  // The prerendered page, once it has downloaded the app ahead (public/boot.js does, once the
  // browser is idle, on a page made for its controls) and the network is quiet again; the
  // cursor in the box then starts the app.
  ready: async (page) => {
    await page.waitForSelector('link[rel="prefetch"]', { state: "attached", timeout: READY_TIMEOUT_MS });
    await page.waitForLoadState("networkidle", { timeout: READY_TIMEOUT_MS });
  },
  /** Resolves with when (performance.now()) the app took the page over. */
  start: async (page, errors) => {
    await page.focus("#news-q");
    return (await inPage.waitReady(page, "/news (search)", errors, READY_TIMEOUT_MS)).ready;
  },
  box: "#news-q",
  where: { results: ".news-results", marks: ".news-list mark", count: "#news-count" },
  inUrl: true,
  counts: true,
};
/**
 * Pagefind's own UI (pagefind-ui.js, what a static site would put on its search page) with no
 * debounce (its default waits 300 ms after a key) and 20 results, as many as the site lists.
 */
const PAGEFIND_UI_SEARCH = {
  path: "/pagefind-ui-bench/",
  ready: async (page) => {
    await page.waitForFunction(() => typeof window.PagefindUI === "function", null, { timeout: READY_TIMEOUT_MS });
    await page.evaluate(inPage.startPagefindUI, { debounceTimeoutMs: 0, pageSize: 20, showSubResults: false, showImages: false });
    await page.waitForSelector(".pagefind-ui__search-input", { timeout: READY_TIMEOUT_MS });
  },
  start: async () => {},
  box: ".pagefind-ui__search-input",
  where: { results: "#search", marks: ".pagefind-ui__results mark", count: ".pagefind-ui__message" },
  inUrl: false,
  // Its counts are those of Pagefind's API below (the same index).
  counts: false,
};

/** A search at 4x CPU: first query typed into a fresh page, then warm keystrokes, counts. */
async function typedSearch(browser, origin, firstQuery, warm, target) {
  const context = await newContext(browser);
  try {
    const { page, errors } = await probedPage(context);
    const cdp = await throttle(context, page, CPU_THROTTLE);
    const net = inPage.watchNetwork(context);
    await page.goto(`${origin}${target.path}`, { waitUntil: "commit" });
    await target.ready(page, errors);
    // The site's app and search data start downloading when the box gets the cursor: bytes
    // count from there.
    const focusedAt = Date.now();
    const touched = await page.evaluate(() => performance.now());
    // In-page time of the takeover: the main thread may be busy just after it (the cursor
    // replayed into the app's box starts the search data), which a reading made from here
    // would add.
    const started = await target.start(page, errors);
    await page.evaluate(inPage.armSearchWatch, target.where);
    await page.focus(target.box);
    // Typed at once after app-ready, as an eager visitor would.
    await page.keyboard.type(firstQuery, { delay: TYPING_DELAY_MS });
    if (target.inUrl) {
      await page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, firstQuery, { timeout: READY_TIMEOUT_MS });
    }
    const first = await page.evaluate(() => window.__bench.quiet(500, 60_000));
    if (first.first === null) throw new Error(`${target.path} search "${firstQuery}": the results never changed`);
    const wall = (t) => first.timeOrigin + t;
    const result = {
      query: firstQuery,
      start_ms: started === undefined ? undefined : started - touched,
      first_result_ms: first.first - first.key,
      settled_ms: first.last - first.key,
      // The whole word's results after its last key: what Pagefind's first search is compared with.
      last_key_to_final_ms: Math.max(first.last, first.lastHandled) - first.lastKey,
      bytes_to_first_result: inPage.sumBytes(await net.between(focusedAt, wall(first.first))),
      bytes_to_settled: inPage.sumBytes(await net.between(focusedAt, wall(first.last))),
      files_to_settled: fileList(await net.between(focusedAt, wall(first.last))),
    };
    if (!warm) return result;

    const keystrokes = [];
    let unchanged = 0;
    const typingFrom = Date.now();
    for (const query of warm) {
      await page.fill(target.box, "");
      await page.evaluate(() => window.__bench.quiet(300, 30_000));
      for (const char of query) {
        await page.evaluate(() => window.__bench.rearm());
        await page.keyboard.type(char);
        const key = await page.evaluate(() => window.__bench.quiet(250, 30_000));
        if (key.key === null || key.handled === null) throw new Error(`${target.path} search: typing "${char}" was never handled`);
        if (key.last === null) unchanged++;
        keystrokes.push(Math.max(key.last ?? 0, key.handled) - key.key);
      }
    }
    result.keystrokes_ms = keystrokes;
    result.keystrokes_unchanged = unchanged;
    const whileTyping = await net.between(typingFrom);
    result.keystrokes_bytes = inPage.sumBytes(whileTyping);
    // The site's results wait for the files of those whose snippet the news list cannot give.
    result.keystrokes_article_files = whileTyping.filter((r) => /\/content\/[^/]+\/news\/[^/]+\.json$/.test(r.path)).length;
    if (!target.counts) return result;

    // Counts need no throttling.
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    result.counts = [];
    for (const query of QUERIES) {
      await page.fill(target.box, query);
      await page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, query);
      await page.evaluate(() => window.__bench.quiet(300, 30_000));
      const text = await page.locator(target.where.count).textContent();
      if (!numbersIn(text).length) throw new Error(`site search "${query}": no count in the count line "${text}"`);
      result.counts.push(numbersIn(text)[0]);
    }
    return result;
  } finally {
    await context.close();
  }
}

const fileList = (responses) => responses.map(({ path, bytes, encoding }) => ({ path, bytes, encoding }));

/**
 * Pagefind at 4x CPU in a blank page of the same origin: first search, warm keystrokes, counts.
 * By default Pagefind searches in a web worker, which Chromium's CPU throttling does not slow
 * (it is for pages only), so it is also run with `noWorker`, on the throttled main thread.
 */
async function pagefindSearch(browser, origin, firstQuery, warm, options) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const cdp = await throttle(context, page, CPU_THROTTLE);
    const net = inPage.watchNetwork(context);
    await page.goto(`${origin}/pagefind-bench/`);
    await net.idle();
    const first = await page.evaluate(inPage.pagefindFirst, [firstQuery, options]).catch((error) => {
      throw new Error(`Pagefind's first search failed: ${error.message}${errors.length ? `; page errors: ${errors.join(" | ")}` : ""}`);
    });
    const result = {
      query: firstQuery,
      first_result_ms: first.end - first.start,
      bytes_to_first_result: inPage.sumBytes(await net.between(first.start, first.end)),
      files_to_first_result: fileList(await net.between(first.start, first.end)),
    };
    if (!warm) return result;
    const before = Date.now();
    result.keystrokes_ms = await page.evaluate(inPage.pagefindKeystrokes, warm);
    result.keystrokes_bytes = inPage.sumBytes(await net.between(before));
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    result.counts = await page.evaluate(inPage.pagefindCounts, QUERIES);
    return result;
  } finally {
    await context.close();
  }
}

/** Median timings of `reps` visits of each kind; bytes and requests of the first (they do not vary). */
async function visitPage(browser, origin, path) {
  const reading = [];
  const reaching = [];
  for (let rep = 0; rep < FIRST_VISIT_REPS; rep++) {
    reading.push(await readingVisit(browser, origin, path));
    reaching.push(await reachingVisit(browser, origin, path));
  }
  return {
    ...reaching[0], ready_ms: median(reaching.map((v) => v.ready_ms)), reps: reaching.length,
    reading: { ...reading[0], fcp_ms: median(reading.map((v) => v.fcp_ms)) },
  };
}

async function measureSize(browser, n, port) {
  const site = join(out, `site-${n}`);
  const bundleFile = join(out, `bundle-${n}.json`);
  for (const needed of [join(site, "index.html"), join(site, "pagefind", "pagefind.js"), bundleFile]) {
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run tests/perf/archive-bench.sh (it builds the sites)`);
  }
  const bundle = JSON.parse(readFileSync(bundleFile, "utf8"));
  if (bundle.articles.length !== n) throw new Error(`${bundleFile} has ${bundle.articles.length} articles, not ${n}`);
  // Pagefind's pages, same origin, so the same host rules and CSP apply: a blank one for its
  // API, and one with its UI's script and stylesheet (started by the benchmark: no inline script).
  mkdirSync(join(site, "pagefind-bench"), { recursive: true });
  writeFileSync(join(site, "pagefind-bench", "index.html"), '<!DOCTYPE html><html lang="en"><title>Pagefind</title><p>Pagefind</p></html>\n');
  mkdirSync(join(site, "pagefind-ui-bench"), { recursive: true });
  writeFileSync(join(site, "pagefind-ui-bench", "index.html"), '<!DOCTYPE html><html lang="en"><head><title>Pagefind UI</title>' +
    '<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script></head>' +
    '<body><main><h1>Search</h1><div id="search"></div></main></body></html>\n');

  const server = await startSite(site, port);
  // Even if the run dies on an error no handler saw, nginx must not outlive it.
  process.on("exit", server.stop);
  try {
    const origin = server.origin;
    const pages = [];
    for (const path of ["/", `/news/${bundle.articles[0].slug}`, "/news"]) {
      console.error(`  ${n}: first visit ${path}`);
      pages.push(await visitPage(browser, origin, path));
    }
    // The app must show this archive, not another one (the prerendered page and the app agree).
    const shown = numbersIn(pages[2].news_count_text)[0];
    if (shown !== n) throw new Error(`site-${n}: /news says "${pages[2].news_count_text}" once the app is ready, the archive has ${n} articles: the site does not serve this archive`);

    const search = Object.fromEntries(Object.keys(ENGINES).map((engine) => [engine, []]));
    for (const [i, query] of FIRST_QUERIES.entries()) {
      const warm = i === 0 ? WARM_QUERIES : null;
      for (const [engine, run] of Object.entries(ENGINES)) {
        console.error(`  ${n}: ${engine} search "${query}"`);
        search[engine].push(await run(browser, origin, query, warm));
      }
    }
    return { articles: n, pages, search };
  } finally {
    server.stop();
    process.off("exit", server.stop);
    await new Promise((done) => setTimeout(done, 300));
  }
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  return rows.map((row) => row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  ")).join("\n");
}

function readBuildTimes() {
  const file = join(out, "build-times.tsv");
  if (!existsSync(file)) return {};
  const [, ...lines] = readFileSync(file, "utf8").trim().split("\n");
  return Object.fromEntries(lines.map((line) => line.split("\t")).map(([n, finish, pagefind]) => [n, { finish_s: Number(finish), pagefind_s: Number(pagefind) }]));
}

function report(run) {
  const lines = [];
  const env = run.environment;
  lines.push(`Chromium ${env.chromium}, headless; Pagefind ${env.pagefind}; ${env.cpus} cores (${env.cpu}); ${env.date}`);
  lines.push(`nginx on loopback (brotli_static), no network throttling; fresh context per visit (empty cache, service worker blocked).`);
  lines.push(`First visits: no CPU throttling, median of ${FIRST_VISIT_REPS}; KiB = encoded bodies + response headers.`);
  lines.push(`  "read": the page only read (the app is not started; /news downloads it ahead, once idle, for its search);`);
  lines.push(`  "reached": a control reached for at once, KiB up to app-ready.`);
  lines.push(`Search: CPU throttled ${CPU_THROTTLE}x. /news is left until it has downloaded the app ahead and the network is quiet;`);
  lines.push(`  the cursor put in the box then starts the app ("start ms": to app-ready); the first`);
  lines.push(`  search is typed at ${TYPING_DELAY_MS} ms per key once the app is ready; 1st result =`);
  lines.push(`  first keystroke to the first change of the results that reflects it (usually after the first letter);`);
  lines.push(`  Pagefind's first search = import pagefind.js + search(query) + data() of the first 5 results.`);
  lines.push(`  The site's app and search data start downloading when the cursor enters the box: its KiB count from there.`);
  lines.push(`Warm keystrokes: ${WARM_QUERIES.map((q) => JSON.stringify(q)).join(", ")} letter by letter; site = keydown to the last DOM change`);
  lines.push(`  of the results (or the end of the key's handling if none); Pagefind = search(prefix) + 5 x data().`);
  lines.push(`Pagefind UI = its own pagefind-ui.js, no debounce (its default: 300 ms), 20 results: typed and timed as the site`);
  lines.push(`  (first result: first key to the first highlighted result or result count; keystrokes: key to the last DOM change).`);
  lines.push(`  Chromium's CPU throttling slows pages, not workers: Pagefind (worker), its default, searches at full speed.`);
  for (const size of run.sizes) {
    const built = run.build_times[size.articles];
    lines.push("");
    lines.push(`== ${size.articles} articles` + (built ? ` (sitegen finish ${built.finish_s} s, pagefind indexing ${built.pagefind_s} s)` : ""));
    const visits = [["first visit", "read: requests", "KiB", "of which the app ahead", "FCP (h1) ms", "reached: requests", "KiB to ready", "KiB later", "app ready ms"]];
    for (const page of size.pages) {
      const path = page.path.length > 40 ? `${page.path.slice(0, 37)}...` : page.path;
      visits.push([path, page.reading.requests, kib(page.reading.bytes), kib(page.reading.app_bytes), ms(page.reading.fcp_ms),
        page.requests + (page.requests_later ? ` (${page.requests_later} later)` : ""), kib(page.bytes_to_ready), kib(page.bytes_later), ms(page.ready_ms)]);
    }
    lines.push(table(visits));
    lines.push("");
    const searches = [["search (4x CPU)", "engine", "start ms", "KiB to 1st result", "1st result ms", "last key to final ms", "keystroke median ms", "p95 ms", "keys"]];
    for (const engine of Object.keys(ENGINES)) {
      for (const s of size.search[engine]) {
        const keys = s.keystrokes_ms ?? [];
        searches.push([JSON.stringify(s.query), engine, s.start_ms === undefined ? "" : ms(s.start_ms), kib(s.bytes_to_first_result), ms(s.first_result_ms), ms(s.last_key_to_final_ms),
          keys.length ? median(keys).toFixed(1) : "", keys.length ? percentile(keys, 95).toFixed(1) : "", keys.length || ""]);
      }
    }
    lines.push(table(searches));
    const site = size.search.site[0];
    const pagefind = size.search["Pagefind (worker)"][0];
    lines.push(`(site: ${site.keystrokes_unchanged} of ${site.keystrokes_ms.length} keystrokes changed nothing on screen (same results): timed to the end of their handling)`);
    for (const engine of Object.keys(ENGINES)) {
      const bytes = size.search[engine][0].keystrokes_bytes;
      const files = size.search[engine][0].keystrokes_article_files;
      const articles = engine === "site" ? `, ${files} of them articles' own files,` : "";
      if (bytes) lines.push(`(${engine} fetched ${kib(bytes)} KiB${articles} while typing the warm queries)`);
    }
    lines.push("");
    const counts = [["results for", "site", "Pagefind"]];
    QUERIES.forEach((q, i) => counts.push([JSON.stringify(q), site.counts[i], pagefind.counts[i]]));
    lines.push(table(counts));
  }
  lines.push("");
  lines.push("== summary (KiB on the wire: a visit that only reads; and one that reaches for a control at once, to app-ready; search at 4x CPU, first query)");
  const short = { site: "site", "Pagefind UI": "PF UI", "Pagefind (worker)": "PF", "Pagefind (no worker)": "PF no-worker" };
  const rows = [["articles", "/ KiB", "article KiB", "/news KiB", "/ reached KiB", "/news reached KiB", "/news ready ms", "site start ms",
    ...Object.values(short).map((name) => `${name} 1st result`), ...Object.values(short).map((name) => `${name} key p95`)]];
  for (const size of run.sizes) {
    const [home, article, news] = size.pages;
    const firsts = Object.keys(ENGINES).map((engine) => size.search[engine][0]);
    rows.push([size.articles, kib(home.reading.bytes), kib(article.reading.bytes), kib(news.reading.bytes),
      kib(home.bytes_to_ready), kib(news.bytes_to_ready), ms(news.ready_ms), ms(size.search.site[0].start_ms),
      ...firsts.map((s) => `${ms(s.first_result_ms)} ms ${kib(s.bytes_to_first_result)} KiB`),
      ...firsts.map((s) => `${percentile(s.keystrokes_ms, 95).toFixed(0)} ms`)]);
  }
  lines.push(table(rows));
  return lines.join("\n");
}

async function main() {
  const started = Date.now();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const run = {
      environment: {
        chromium: browser.version(),
        pagefind: JSON.parse(readFileSync(join(here, "node_modules/pagefind/package.json"), "utf8")).version,
        cpus: cpus().length, cpu: cpus()[0]?.model, date: new Date().toISOString(),
        load_before: loadavg(), cpu_throttle: CPU_THROTTLE,
      },
      build_times: readBuildTimes(),
      queries: QUERIES,
      sizes: [],
    };
    for (const [i, n] of sizes.entries()) run.sizes.push(await measureSize(browser, n, BASE_PORT + i));
    run.environment.load_after = loadavg();
    run.measure_s = (Date.now() - started) / 1000;
    const text = report(run);
    console.log(text);
    console.log(`\nmeasured in ${run.measure_s.toFixed(0)} s; load average ${run.environment.load_before.map((l) => l.toFixed(1)).join(" ")} before, ${run.environment.load_after.map((l) => l.toFixed(1)).join(" ")} after`);
    writeFileSync(join(out, "results.json"), JSON.stringify(run, null, 2));
    writeFileSync(join(out, "results.txt"), `${text}\n`);
    console.log(`wrote ${join(out, "results.json")}`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`archive-bench: ${error.message}`);
  process.exit(1);
});
