// Starts the wasm app, which then takes over the prerendered page, and sets up offline use.
// Trunk's own loader is an inline <script>, which a strict Content-Security-Policy
// (script-src 'self') would block; this file is served from the site itself. Trunk.toml's
// pattern_script puts the hashed file names on the tag below.
//
// The app starts only where it is needed. A prerendered page reads, and links to the others,
// without it; so a visit that only reads downloads no app at all (about 250 KB of wasm that
// the phone would also have to compile). The app starts:
//   at once, when the page cannot be right without it (`reasonToStartAtOnce`): a query in the
//     address, another stored language, kiosk mode, a page marked `data-start-app`;
//   at the first sign the visitor reaches for a control only the app answers (`.needs-app`, or
//     any button, box or list in the page): the pointer over it, a touch, the focus;
//   when there is something to say that only the app says: a waiting release, no connection.
// A page whose main part is made for controls (the news search) downloads the app, without
// starting it, once the browser is idle, so that their first use waits for the start alone.
// What the visitor did before the app took over is replayed by the app
// (src/app/src/takeover/visitor_state.rs), so nothing done meanwhile is lost.
//
// What the app learns from here arrives as attributes on <html> plus an event on window:
//   data-update="ready"        + "site:update"      a new release is downloaded and waiting
//   data-connection="offline"  + "site:connection"  requests fail (or "online" again)
//   data-release="<id>"        + "site:release"     the release this page runs (kiosk info)
// and the app asks for the waiting release with the event "site:update-accept".
// A button of the page pressed before the app took over did nothing yet: it gets
//   data-early-click="<n>"  the order of its last press
// and the app presses it again once it has taken over.
// `<html data-app-start="<why>">` says why the app was started (tests and support read it).
const tag = document.querySelector("script[data-app-js][data-app-wasm]");
const html = document.documentElement;
/** The folder the site is served from: where this file is. */
const root = new URL("./", import.meta.url);

function announce(name, attribute, value) {
  if (html.dataset[attribute] === value) return;
  html.dataset[attribute] = value;
  window.dispatchEvent(new Event(name));
}

// Without the app the prerendered page stays readable; no-app.css hides the controls that
// would do nothing (search, filters, language) and shows the notes that say why.
function withoutTheApp(error) {
  console.error("The app could not start:", error);
  const styles = document.createElement("link");
  styles.rel = "stylesheet";
  styles.href = new URL("no-app.css", root).href;
  document.head.append(styles);
  html.dataset.app = "failed";
  if (!document.getElementById("app")) {
    // A page the build did not write: nothing else can explain the failure.
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.textContent =
      "This page could not start. Please reload it; if it keeps failing, try a current browser.";
    document.body.append(message);
  }
}

/** Whether the site's host answers, checked with a request (navigator.onLine is not proof). */
async function checkConnection() {
  try {
    await fetch(new URL("robots.txt", root), { method: "HEAD", cache: "no-store" });
    announce("site:connection", "connection", "online");
  } catch {
    announce("site:connection", "connection", "offline");
  }
}

function watchConnection() {
  window.addEventListener("offline", () => announce("site:connection", "connection", "offline"));
  window.addEventListener("online", checkConnection);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") checkConnection();
  });
  setInterval(() => {
    if (document.visibilityState === "visible") checkConnection();
  }, 30_000);
}

/** How often a page left open (a kiosk) asks whether a new release exists. */
const UPDATE_CHECK_MS = 10 * 60 * 1000;

async function startOfflineUse() {
  if (!("serviceWorker" in navigator)) return;
  const workers = navigator.serviceWorker;
  let accepted = false;
  workers.addEventListener("message", (event) => {
    if (event.data?.type === "release-id") announce("site:release", "release", event.data.id);
  });
  // A listener added with addEventListener does not open the message queue by itself.
  workers.startMessages();
  workers.addEventListener("controllerchange", () => {
    workers.controller?.postMessage({ type: "release-id" });
    // Only a release the visitor asked for reloads the page; the first install does not.
    if (accepted) window.location.reload();
  });
  try {
    const registration = await workers.register(new URL("sw.js", root), {
      scope: root.pathname,
      updateViaCache: "none",
    });
    workers.controller?.postMessage({ type: "release-id" });
    const waiting = () => {
      if (registration.waiting && workers.controller) announce("site:update", "update", "ready");
    };
    waiting();
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker?.addEventListener("statechange", () => {
        if (worker.state === "installed") waiting();
      });
    });
    window.addEventListener("site:update-accept", () => {
      if (!registration.waiting || accepted) return;
      accepted = true;
      // Asked again until the waiting release takes over: a message to a worker that is
      // starting up can be lost.
      const ask = () => registration.waiting?.postMessage({ type: "activate-release" });
      ask();
      const again = setInterval(() => (registration.waiting ? ask() : clearInterval(again)), 1_000);
    });
    setInterval(() => registration.update().catch(checkConnection), UPDATE_CHECK_MS);
  } catch (error) {
    console.warn("This browser will not keep the site for offline use:", error);
  }
}

/** Marks the prerendered page's buttons pressed before the app took over, in order. */
function noteEarlyClicks() {
  let presses = 0;
  document.addEventListener(
    "click",
    (event) => {
      // "ready" once the app has taken over (its buttons answer), "failed" if it never will.
      if (html.dataset.app) return;
      const button = event.target instanceof Element ? event.target.closest("#app button") : null;
      if (button) button.dataset.earlyClick = String(++presses);
    },
    { capture: true },
  );
}

/**
 * Why this page cannot be right without the app, or "" if it reads as the build wrote it.
 * The build writes each page once, in its default language, for the day of the build, without
 * a query; anything that differs needs the app from the start.
 */
function reasonToStartAtOnce() {
  // A page the build did not write (a host that answers every path with index.html).
  if (!document.getElementById("app")) return "unwritten-page";
  // ?q=, ?topic= (the news search), ?kiosk: the prerendered page is the one without a query.
  if (location.search) return "query";
  // The keys of src/app/src/lang.rs and src/app/src/kiosk/mod.rs (STORAGE_KEY).
  const language = stored("lang");
  if (language && language !== html.lang) return "language";
  if (stored("kiosk") === "on") return "kiosk";
  // A page whose HTML can go stale by itself, such as vacancies that close (careers).
  const marked = document.querySelector("#app [data-start-app]");
  if (marked) return marked.dataset.startApp || "page";
  return "";
}

function stored(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    // Storage refused (some private modes): nothing was remembered.
    return null;
  }
}

/** A control of the page that does nothing until the app runs. */
const NEEDS_APP = "#app :is(.needs-app, button, input, select, textarea)";

/** Starts the app at the first sign the visitor reaches for a control that needs it. */
function startAtFirstReach() {
  // pointerover comes first (a mouse on its way, a finger landing); pointerdown for a pointer
  // that was already resting there when the page loaded; focusin for the keyboard.
  const REACHES = ["pointerover", "pointerdown", "focusin"];
  const reached = (event) => {
    if (event.target instanceof Element && event.target.closest(NEEDS_APP)) {
      for (const type of REACHES) document.removeEventListener(type, reached, true);
      startApp("touch");
    }
  };
  for (const type of REACHES) document.addEventListener(type, reached, true);
}

let appStarted = false;

/** Downloads and starts the app (once; later calls do nothing). */
async function startApp(reason) {
  if (appStarted) return;
  appStarted = true;
  html.dataset.appStart = reason;
  try {
    if (typeof WebAssembly !== "object") throw new Error("this browser has no WebAssembly");
    // The page's content files download beside the app, not after it has started (the build
    // lists them in the page's head).
    for (const file of document.querySelectorAll('meta[name="app-content"]')) preload(file.content);
    const wasm = fetch(tag.dataset.appWasm);
    // A request refused here is reported by init below, with the rest of the start.
    wasm.catch(() => {});
    const { default: init } = await import(tag.dataset.appJs);
    const app = await init({ module_or_path: wasm });
    // For the long-running checks (tests/soak): how much memory the app holds.
    window.siteMemory = app.memory;
  } catch (error) {
    withoutTheApp(error);
  }
}

/** Starts downloading `href` the way the app will ask for it, so its request is answered. */
function preload(href) {
  addLink("preload", href, { as: "fetch", crossOrigin: "anonymous" });
}

/** Adds `<link rel href>` (with `properties`) to the head. */
function addLink(rel, href, properties = {}) {
  document.head.append(Object.assign(document.createElement("link"), { rel, href, ...properties }));
}

/**
 * On a page whose main part has controls that need the app (the news search and filters), the
 * app is downloaded, not started, once the browser is idle: their first use then waits for
 * the start alone. Not where a service worker serves the page: it holds the app already.
 */
function prefetchAppForItsControls() {
  if (appStarted || !document.querySelector("#main .needs-app") || navigator.serviceWorker?.controller) return;
  for (const href of [tag.dataset.appJs, tag.dataset.appWasm]) addLink("prefetch", href);
}

/** Runs `work` when the browser has nothing else to do (within 2 s). */
function whenIdle(work) {
  if ("requestIdleCallback" in window) requestIdleCallback(work, { timeout: 2_000 });
  else setTimeout(work, 500);
}

/**
 * Resolves once the page has been painted (or after `fallbackMs`, for a tab in the background,
 * which paints nothing). The prerendered page reads on its own: on a slow link the app's
 * ~250 KB would otherwise share the bandwidth with what the first paint waits for.
 */
function afterFirstPaint(fallbackMs = 300) {
  return new Promise((painted) => {
    requestAnimationFrame(() => setTimeout(painted, 0));
    setTimeout(painted, fallbackMs);
  });
}

/**
 * Back or Forward to an entry the app made in this tab (a page it showed without loading it),
 * on a copy of the page loaded anew (not from the back-forward cache): without the app nothing
 * here can show that entry, so the host's page for it is loaded.
 */
function showHistoryEntriesWithoutTheApp() {
  const written = location.pathname + location.search;
  window.addEventListener("popstate", () => {
    // Only a change of page: Back from a link to a part of this page (#main) stays here.
    if (!appStarted && location.pathname + location.search !== written) location.reload();
  });
}

noteEarlyClicks();
startAtFirstReach();
showHistoryEntriesWithoutTheApp();
// Only the app shows the notes for these: a waiting release, a lost connection.
window.addEventListener("site:update", () => startApp("update"));
window.addEventListener("site:connection", () => {
  if (html.dataset.connection === "offline") startApp("offline");
});
// None of the downloads ahead of need (the app for a page's controls, the release for the
// service worker) nor the connection check is part of what the first paint needs: they wait
// until the page has loaded and the browser is idle.
window.addEventListener(
  "load",
  () =>
    whenIdle(() => {
      prefetchAppForItsControls();
      startOfflineUse();
      watchConnection();
      checkConnection();
    }),
  { once: true },
);

const atOnce = reasonToStartAtOnce();
if (atOnce) {
  await afterFirstPaint();
  startApp(atOnce);
}
