// The site's service worker: the whole release, every file of it, kept in one cache so the site
// opens with no network after one visit, and a new release replaces it only once it has arrived
// completely and intact.
//
// `sitegen finish` writes the release below (every file of dist/ with its SHA-256 and size, and
// an id hashed from all of them) when it builds the site; this file in public/ is its template.
//
//   install   downloads every file of the release into the cache `site-<id>`, checking each
//             file's hash (a copy the browser already holds is reused once the host confirms
//             it); one missing, failed or truncated file fails the install, and the working
//             release stays.
//   activate  (at once on the first visit; later only when a page asks, see boot.js) deletes
//             every other release's cache.
//   fetch     answers the site's own GET requests from this release's cache: a page by its
//             path (/news/x -> news/x/index.html, as the host does), an unknown path with
//             404.html (status 404) when the network cannot say better.

const RELEASE = /* release */ { id: "unbuilt", files: [] } /* /release */;

const CACHE = `site-${RELEASE.id}`;
const CACHE_PREFIX = "site-";
/** The folder the site is served from ("/" or "/iom-azerbaijan/"): the worker's own. */
const ROOT = new URL("./", self.location.href);
const NOT_FOUND = "404.html";
/** How many files download at once during install. */
const PARALLEL = 6;

const byPath = new Map(RELEASE.files.map((file) => [file.path, file]));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      await fillCache();
      // The first release a browser meets starts serving at once (nothing to protect); a new
      // release waits until a page says the visitor (or the kiosk) is ready for it.
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  // waitUntil: the worker must live until it has taken over, not stop after the message.
  if (event.data?.type === "activate-release") event.waitUntil(self.skipWaiting());
  if (event.data?.type === "release-id") event.source?.postMessage({ type: "release-id", id: RELEASE.id });
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== ROOT.origin || !url.pathname.startsWith(ROOT.pathname)) return;
  event.respondWith(answer(request, url));
});

/** Downloads the release into a fresh cache; throws (failing the install) on any bad file. */
async function fillCache() {
  // Leftovers of an earlier attempt at this same release are not trusted.
  await caches.delete(CACHE);
  const cache = await caches.open(CACHE);
  const queue = [...RELEASE.files];
  // The first bad file stops the other downloads: the rest of a broken release is not wanted.
  const stop = new AbortController();
  const worker = async () => {
    for (let file = queue.shift(); file && !stop.signal.aborted; file = queue.shift()) {
      const url = new URL(file.path, ROOT);
      const { response, body } = await download(file, url, stop.signal);
      await cache.put(url, new Response(body, { status: 200, headers: keptHeaders(response.headers) }));
    }
  };
  const workers = Array.from({ length: PARALLEL }, worker);
  try {
    await Promise.all(workers);
  } catch (error) {
    stop.abort();
    // Deleted only once every download has stopped, so that none writes into it afterwards.
    await Promise.allSettled(workers);
    await caches.delete(CACHE);
    throw error;
  }
}

/**
 * A file of the release, checked against its size and hash. Asked with `no-cache`: the host
 * confirms an unchanged copy the browser holds (a page that started the app has just downloaded
 * the app and its content files) instead of sending it again. A copy that does not match (a
 * host whose validators say "unchanged" of a changed file) is downloaded anew; only a file
 * that still does not match fails the install.
 */
async function download(file, url, signal) {
  let problem;
  for (const cache of ["no-cache", "no-store"]) {
    const response = await fetch(url, { cache, signal });
    if (!response.ok) throw new Error(`${file.path}: HTTP ${response.status}`);
    const body = await response.arrayBuffer();
    problem = await mismatch(file, body);
    if (!problem) return { response, body };
  }
  throw new Error(`${file.path}: ${problem}`);
}

/** What is wrong with `body` as the release's `file`, or null. */
async function mismatch(file, body) {
  if (body.byteLength !== file.size) return `${body.byteLength} bytes, expected ${file.size}`;
  const digest = hex(await crypto.subtle.digest("SHA-256", body));
  return digest === file.sha256 ? null : "content does not match the release";
}

/** The headers a cached copy needs (the body is stored decompressed). */
function keptHeaders(headers) {
  const kept = new Headers();
  for (const name of ["content-type", "content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy"]) {
    const value = headers.get(name);
    if (value) kept.set(name, value);
  }
  return kept;
}

/** This release's file for a URL of the site (a page by its path, ignoring the query), if any. */
function releasePath(url) {
  const path = decodeURIComponent(url.pathname.slice(ROOT.pathname.length));
  const page = `${path.replace(/\/$/, "")}/index.html`.replace(/^\//, "");
  return [path, page].find((candidate) => byPath.has(candidate)) ?? null;
}

async function answer(request, url) {
  const path = releasePath(url);
  const cache = await caches.open(CACHE);
  if (path) {
    const cached = await cache.match(new URL(path, ROOT));
    if (cached) return cached;
  }
  try {
    return await fetch(request);
  } catch (error) {
    // No network: a page this release does not have is "not found", as the host would say.
    if (request.mode === "navigate") {
      const notFound = await cache.match(new URL(NOT_FOUND, ROOT));
      if (notFound) {
        return new Response(notFound.body, { status: 404, headers: notFound.headers });
      }
    }
    throw error;
  }
}

function hex(buffer) {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
