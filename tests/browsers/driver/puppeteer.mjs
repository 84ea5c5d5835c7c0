// @ts-check
// Chromium over the DevTools protocol and Firefox over WebDriver BiDi, both with
// puppeteer-core (which never downloads a browser: it is given Debian's binaries).
import puppeteer from "puppeteer-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../chromium.mjs";

/** @typedef {import("./session.mjs").Engine} Engine */
/** @typedef {import("./session.mjs").Tab} Tab */
/** @typedef {import("./session.mjs").TabOptions} TabOptions */
/** @typedef {import("puppeteer-core").Browser} Browser */
/** @typedef {import("puppeteer-core").Page} Page */

const SCREENSHOT_ARGS = [
  ...CHROMIUM_ARGS,
  // Same text rendering as the other engines' screenshots: no subpixel colour fringes.
  "--disable-lcd-text",
];

/**
 * Scrolls the first match of `selector` into view and returns its centre in the viewport.
 * @param {Page} page
 * @param {string} selector
 */
async function centreOf(page, selector) {
  const centre = await page.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) return null;
    element.scrollIntoView({ block: "center", inline: "center" });
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, selector);
  if (!centre) throw new Error(`no element matches ${selector} on ${page.url()}`);
  return centre;
}

/**
 * @param {Page} page
 * @param {Browser} ownBrowser  closed with the tab (Firefox's JavaScript-off browser), or null
 * @param {{ offline: boolean }} abilities
 * @returns {Tab}
 */
function tab(page, ownBrowser, abilities) {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: "load" });
    },
    reload: async () => {
      await page.reload({ waitUntil: "load" });
    },
    // History moves inside the app are same-document; waiting for a "navigation" would
    // mean different things per protocol, so these only press the button.
    back: async () => {
      await page.goBack({ timeout: 1 }).catch(() => {});
    },
    forward: async () => {
      await page.goForward({ timeout: 1 }).catch(() => {});
    },
    url: async () => page.url(),
    // The pointer goes to the element's centre, found with evaluate in the page's own world:
    // puppeteer's element handles use a sandbox that Firefox does not run with scripts off.
    click: async (selector) => {
      const { x, y } = await centreOf(page, selector);
      await page.mouse.click(x, y);
    },
    type: async (selector, text) => {
      const { x, y } = await centreOf(page, selector);
      await page.mouse.click(x, y);
      await page.keyboard.type(text, { delay: 20 });
    },
    press: (key) => page.keyboard.press(key),
    evaluate: (fn, ...args) => page.evaluate(/** @type {any} */ (fn), ...args),
    resize: (width, height) => page.setViewport({ width, height }),
    screenshot: async () => Buffer.from(await page.screenshot({ type: "png" })),
    setOffline: abilities.offline ? (offline) => page.setOfflineMode(offline) : undefined,
    close: async () => {
      await page.browserContext().close();
      if (ownBrowser) await ownBrowser.close();
    },
  };
}

/**
 * @param {{ name: string, launch: (javaScript: boolean) => Promise<Browser>,
 *           scriptsOffInPage: boolean, offline: boolean }} kind
 * @returns {Promise<Engine>}
 */
async function puppeteerEngine(kind) {
  const browser = await kind.launch(true);
  return {
    name: kind.name,
    version: await browser.version(),
    async open({ javaScript, width, height }) {
      // Firefox (ESR 153 over BiDi) cannot turn scripts off in a page: a browser of its own
      // with the preference off serves that tab.
      const ownBrowser = !javaScript && !kind.scriptsOffInPage ? await kind.launch(false) : null;
      const context = await (ownBrowser ?? browser).createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      if (!javaScript && kind.scriptsOffInPage) await page.setJavaScriptEnabled(false);
      await page.setViewport({ width, height });
      return tab(page, ownBrowser, { offline: kind.offline });
    },
    close: () => browser.close(),
  };
}

/** Debian's Chromium, as the Playwright tests use it. */
export function chromium() {
  return puppeteerEngine({
    name: "chromium",
    scriptsOffInPage: true,
    offline: true,
    launch: () =>
      puppeteer.launch({
        browser: "chrome",
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: SCREENSHOT_ARGS,
      }),
  });
}

/** Debian's Firefox ESR over WebDriver BiDi. */
export function firefox() {
  return puppeteerEngine({
    name: "firefox",
    scriptsOffInPage: false,
    offline: true,
    launch: (javaScript) =>
      puppeteer.launch({
        browser: "firefox",
        executablePath: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
        headless: true,
        extraPrefsFirefox: {
          // Scrollbars over the page, as on phones and in the other engines here, instead of
          // a 12 px gutter that narrows a 390 px screen.
          "ui.useOverlayScrollbars": 1,
          ...(javaScript ? {} : { "javascript.enabled": false }),
        },
      }),
  });
}
