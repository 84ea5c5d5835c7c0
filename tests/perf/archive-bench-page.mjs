// What archive-bench.mjs measures inside one browser page: the network as the page sees it,
// when the app is ready, search timings on the site and with Pagefind. Every figure comes from
// the responses and the DOM, never from known file names, so it holds whatever files the site
// is split into.

/** Installed before any page script: when `<html data-app="ready">` appears (performance.now()). */
export const INIT_SCRIPT = `
window.__bench = { ready: null };
// The document may have no <html> element yet: watch the whole document.
new MutationObserver((_, observer) => {
  if (document.documentElement?.dataset.app === "ready") {
    window.__bench.ready = performance.now();
    observer.disconnect();
  }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-app"] });
`;

/** Every response of the context (pages and their workers), with wall-clock start and end. */
export function watchNetwork(context) {
  const done = [];
  const failed = [];
  const sizing = [];
  let pending = 0;
  context.on("request", () => pending++);
  context.on("requestfailed", (request) => {
    pending--;
    failed.push({ url: request.url(), error: request.failure()?.errorText });
  });
  context.on("requestfinished", (request) => {
    const finishedAt = Date.now();
    const measure = async () => {
      const sizes = await request.sizes();
      const timing = request.timing();
      const response = await request.response();
      done.push({
        path: new URL(request.url()).pathname,
        encoding: (await response?.headerValue("content-encoding")) ?? "",
        start: timing.startTime,
        end: timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : finishedAt,
        // On the wire: encoded (brotli/gzip) body plus response headers.
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      });
    };
    // A response still being read when its context closes is past what was measured.
    sizing.push(measure().catch(() => {}).finally(() => pending--));
  });
  return {
    failed,
    /** Responses that started at or after `from` and ended by `to` (wall-clock ms). */
    async between(from, to = Infinity) {
      await Promise.all(sizing);
      return done.filter((r) => r.start >= from - 1 && r.end <= to + 1);
    },
    async all() {
      await Promise.all(sizing);
      return [...done];
    },
    /** Resolves once nothing has been in flight for `quietMs`. */
    async idle(quietMs = 500, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      let quietSince = Date.now();
      while (Date.now() < until) {
        if (pending > 0) quietSince = Date.now();
        else if (Date.now() - quietSince >= quietMs) return;
        await new Promise((wake) => setTimeout(wake, 50));
      }
      throw new Error(`the network never went quiet (${pending} requests in flight after ${timeoutMs / 1000} s)`);
    },
  };
}

export const sumBytes = (responses) => responses.reduce((total, r) => total + r.bytes, 0);

/** Waits for app-ready; fails with what the page reported if it never comes. */
export async function waitReady(page, what, errors, timeoutMs) {
  try {
    await page.waitForFunction(() => window.__bench?.ready != null, null, { timeout: timeoutMs, polling: 50 });
  } catch {
    throw new Error(`${what}: html[data-app=ready] never came within ${timeoutMs / 1000} s` +
      (errors.length ? `; page errors: ${errors.join(" | ")}` : ""));
  }
  return page.evaluate(() => ({ ready: window.__bench.ready, timeOrigin: performance.timeOrigin }));
}

/**
 * In a search page (the site's /news, Pagefind's UI): records when the first key of a
 * keystroke went down (keydown, or beforeinput for text typed without a key), every change
 * of the results, the first change that reflects a query (a highlighted word, or the count
 * line changing), and when the first task after the key ran (the key's handlers and their
 * microtasks are done by then: a keystroke whose results equal the last ones changes no DOM
 * but still did its search). `where`: CSS selectors of the results' container, of a
 * highlighted word in them, and of the count line.
 */
export function armSearchWatch(where) {
  const bench = window.__bench;
  const results = document.querySelector(where.results) ?? document.body;
  const count = () => document.querySelector(where.count)?.textContent ?? "";
  const fresh = () => ({ key: null, handled: null, lastKey: null, lastHandled: null, first: null, last: null, count: count() });
  bench.watch = fresh();
  const onKey = (event) => {
    const w = bench.watch;
    // A key's keydown and beforeinput are one keystroke.
    if (event.type === "keydown" || w.lastKey === null || event.timeStamp - w.lastKey > 5) w.lastKey = event.timeStamp;
    const firstKey = w.key === null;
    if (firstKey) w.key = event.timeStamp;
    setTimeout(() => {
      w.lastHandled = performance.now();
      if (firstKey) w.handled = w.lastHandled;
    }, 0);
  };
  addEventListener("keydown", onKey, { capture: true });
  addEventListener("beforeinput", onKey, { capture: true });
  new MutationObserver(() => {
    const now = performance.now();
    const w = bench.watch;
    if (w.key === null) return;
    w.last = now;
    // A count line without a number ("Loading…" while the search data arrives) is no result.
    const counted = /\d/.test(count()) && count() !== w.count;
    if (w.first === null && (results.querySelector(where.marks) || counted)) w.first = now;
  }).observe(results, { subtree: true, childList: true, characterData: true });
  /** Starts a new keystroke's record. */
  bench.rearm = () => {
    bench.watch = fresh();
  };
  /** Resolves once the results have not changed for `quietMs` (the keystroke's work is done). */
  bench.quiet = (quietMs, maxMs) =>
    new Promise((done) => {
      const started = performance.now();
      const tick = () => {
        const now = performance.now();
        const w = bench.watch;
        const since = Math.max(w.last ?? started, w.handled ?? started, started);
        const handled = w.key === null || w.handled !== null;
        if ((handled && now - since >= quietMs) || now - started >= maxMs) done({ ...bench.watch, timeOrigin: performance.timeOrigin });
        else setTimeout(tick, 20);
      };
      tick();
    });
}

/** In the Pagefind UI page: its default UI in `#search`, as a site would start it. */
export function startPagefindUI(options) {
  new window.PagefindUI({ element: "#search", ...options });
}

/** In the Pagefind page: the first search, from loading Pagefind to the first 5 results' data. */
export async function pagefindFirst([query, options]) {
  const started = performance.now();
  const pagefind = await import("/pagefind/pagefind.js");
  await pagefind.options(options);
  const search = await pagefind.search(query);
  await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
  const ended = performance.now();
  window.__pagefind = pagefind;
  return { start: performance.timeOrigin + started, end: performance.timeOrigin + ended, count: search.results.length };
}

/** In the Pagefind page: each prefix of each query searched in turn, as typing would. */
export async function pagefindKeystrokes(queries) {
  const times = [];
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      const started = performance.now();
      const search = await window.__pagefind.search(query.slice(0, length));
      await Promise.all((search?.results ?? []).slice(0, 5).map((result) => result.data()));
      times.push(performance.now() - started);
    }
  }
  return times;
}

/** In the Pagefind page: how many pages each query finds. */
export async function pagefindCounts(queries) {
  const counts = [];
  for (const query of queries) counts.push((await window.__pagefind.search(query)).results.length);
  return counts;
}
