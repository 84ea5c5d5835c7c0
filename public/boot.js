// Starts the wasm app, which then takes over the prerendered page. Trunk's own loader is an
// inline <script>, which a strict Content-Security-Policy (script-src 'self') would block; this
// file is served from the site itself. Trunk.toml's pattern_script puts the hashed file names
// on the tag below.
const tag = document.querySelector("script[data-app-js][data-app-wasm]");

// Without the app the prerendered page stays readable; no-app.css hides the controls that
// would do nothing (search, filters, language) and shows the notes that say why.
function withoutTheApp(error) {
  console.error("The app could not start:", error);
  const styles = document.createElement("link");
  styles.rel = "stylesheet";
  styles.href = new URL("no-app.css", import.meta.url).href;
  document.head.append(styles);
  document.documentElement.dataset.app = "failed";
  if (!document.getElementById("app")) {
    // A page the build did not write: nothing else can explain the failure.
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.textContent =
      "This page could not start. Please reload it; if it keeps failing, try a current browser.";
    document.body.append(message);
  }
}

try {
  if (typeof WebAssembly !== "object") throw new Error("this browser has no WebAssembly");
  const { default: init } = await import(tag.dataset.appJs);
  await init({ module_or_path: tag.dataset.appWasm });
} catch (error) {
  withoutTheApp(error);
}
