// Starts the wasm app. Trunk's own loader is an inline <script>, which a strict
// Content-Security-Policy (script-src 'self') would block; this file is served from the
// site itself. Trunk.toml's pattern_script puts the hashed file names on the tag below.
const tag = document.querySelector("script[data-app-js][data-app-wasm]");

try {
  const { default: init } = await import(tag.dataset.appJs);
  await init({ module_or_path: tag.dataset.appWasm });
} catch (error) {
  // Without the app nothing else can explain the failure: say so instead of a blank page.
  console.error("The app could not start:", error);
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent =
    "This page could not start. Please reload it; if it keeps failing, try a current browser.";
  document.body.append(message);
}
