// @ts-check
// The small driver interface every scenario is written against, whatever the engine.
//
// An engine adapter (puppeteer.mjs, webdriver.mjs) implements `Tab`: the few primitives that
// differ per protocol. `Session` adds everything else on top of them, once for all engines,
// through `evaluate` (which neither CDP, WebDriver BiDi nor WebDriver classic subject to the
// page's Content-Security-Policy): reading text, counting, waiting until the app has taken
// the page over, and resizing to an exact viewport.

/**
 * What an adapter implements for one browser tab with its own storage.
 * @typedef {object} Tab
 * @property {(url: string) => Promise<void>} goto       loads `url`, resolves after its load event
 * @property {() => Promise<void>} reload                reloads, resolves after the load event
 * @property {() => Promise<void>} back                  the browser's Back (does not wait: callers poll)
 * @property {() => Promise<void>} forward               the browser's Forward (does not wait)
 * @property {() => Promise<string>} url                 the address shown
 * @property {(selector: string) => Promise<void>} click          a real pointer click on the first match
 * @property {(selector: string, text: string) => Promise<void>} type   focuses the first match and types, key by key
 * @property {(key: "Enter" | "Tab") => Promise<void>} press   presses a key on whatever has focus
 * @property {(fn: Function, ...args: unknown[]) => Promise<any>} evaluate   runs `fn(...args)` in the page
 * @property {(width: number, height: number) => Promise<void>} resize  sizes the window, or the emulated viewport where the engine has one
 * @property {() => Promise<Buffer>} screenshot           PNG of the viewport
 * @property {((offline: boolean) => Promise<void>) | undefined} setOffline  cuts the network, where the engine allows it
 * @property {() => Promise<void>} close
 */

/**
 * How a tab is opened.
 * @typedef {object} TabOptions
 * @property {boolean} javaScript   false: the page's own scripts never run (the driver still can)
 * @property {number} width         viewport width in CSS pixels
 * @property {number} height        viewport height in CSS pixels
 */

/**
 * One engine, launched once per suite run.
 * @typedef {object} Engine
 * @property {string} name                         chromium, firefox, webkit
 * @property {string} version                      the browser's own version string
 * @property {(options: TabOptions) => Promise<Tab>} open
 * @property {() => Promise<void>} close
 */

export const DEFAULT_TIMEOUT_MS = 10_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `probe` until it returns without throwing, at most `timeout` ms; then rethrows its
 * last error. The engines render at their own pace, so every check on the page retries.
 * @template T
 * @param {() => Promise<T>} probe
 * @param {{ timeout?: number, interval?: number }} [options]
 * @returns {Promise<T>}
 */
export async function eventually(probe, { timeout = DEFAULT_TIMEOUT_MS, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await sleep(interval);
  }
}

/** A tab as the scenarios use it. */
export class Session {
  /**
   * @param {Tab} tab
   * @param {TabOptions} options
   * @param {string} engine
   */
  constructor(tab, options, engine) {
    this.tab = tab;
    this.javaScript = options.javaScript;
    this.engine = engine;
  }

  /**
   * Loads `url` and, with JavaScript on, starts the app as a visitor's reach for a control does
   * (public/boot.js starts it only where needed), then waits until it has taken the page over
   * or failed. `tab.goto` loads without either.
   */
  async goto(url) {
    await this.tab.goto(url);
    await this.reachForControl();
    await this.appSettled();
  }

  async reload() {
    await this.tab.reload();
    await this.reachForControl();
    await this.appSettled();
  }

  /**
   * The pointer comes over the page's first control that needs the app (if it has one), again
   * until the app has started: an engine may hand the page over before boot.js has run.
   */
  async reachForControl() {
    if (!this.javaScript) return;
    await eventually(async () => {
      const started = await this.tab.evaluate(() => {
        const control = document.querySelector("#app .needs-app");
        control?.dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
        return !control || Boolean(document.documentElement.dataset.appStart);
      });
      if (!started) throw new Error(`reaching for a control did not start the app on ${await this.url()}`);
    });
  }

  back() {
    return this.tab.back();
  }

  forward() {
    return this.tab.forward();
  }

  url() {
    return this.tab.url();
  }

  /** The path and query of the address shown ("/news?q=x"). */
  async location() {
    const url = new URL(await this.tab.url());
    return url.pathname + url.search;
  }

  /** Waits for `selector` to be visible, then clicks it. */
  async click(selector) {
    await eventually(async () => {
      if (!(await this.visible(selector))) throw new Error(`${selector} is not visible on ${await this.url()}`);
    });
    await this.tab.click(selector);
  }

  async type(selector, text) {
    await eventually(async () => {
      if (!(await this.visible(selector))) throw new Error(`${selector} is not visible on ${await this.url()}`);
    });
    await this.tab.type(selector, text);
  }

  /** Presses Enter or Tab on whatever has focus (a keyboard user's move). */
  press(key) {
    return this.tab.press(key);
  }

  /**
   * @param {Function} fn
   * @param {...unknown} args
   */
  evaluate(fn, ...args) {
    return this.tab.evaluate(fn, ...args);
  }

  /** The text of the first match, whitespace collapsed; null when nothing matches. */
  text(selector) {
    return this.tab.evaluate((selector) => {
      const element = document.querySelector(selector);
      return element ? element.textContent.replace(/\s+/g, " ").trim() : null;
    }, selector);
  }

  /** The text of every match, whitespace collapsed. */
  texts(selector) {
    return this.tab.evaluate(
      (selector) => [...document.querySelectorAll(selector)].map((e) => e.textContent.replace(/\s+/g, " ").trim()),
      selector,
    );
  }

  count(selector) {
    return this.tab.evaluate((selector) => document.querySelectorAll(selector).length, selector);
  }

  attribute(selector, name) {
    return this.tab.evaluate(
      (selector, name) => document.querySelector(selector)?.getAttribute(name) ?? null,
      selector,
      name,
    );
  }

  /** Whether the first match takes up space on screen and is not hidden by CSS. */
  visible(selector) {
    return this.tab.evaluate((selector) => {
      const element = document.querySelector(selector);
      if (!element) return false;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return style.visibility !== "hidden" && style.display !== "none" && box.width > 0 && box.height > 0;
    }, selector);
  }

  /** A short description of the focused element ("H1", "INPUT#news-q"). */
  focused() {
    return this.tab.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      return element.tagName + (element.id ? `#${element.id}` : "");
    });
  }

  /** Resizes the window until the page's viewport is exactly `width` x `height`. */
  async setViewport(width, height) {
    let [windowWidth, windowHeight] = [width, height];
    const viewport = () => this.tab.evaluate(() => `${innerWidth}x${innerHeight}`);
    for (let attempt = 0; attempt < 5; attempt++) {
      await this.tab.resize(windowWidth, windowHeight);
      // A real window (WebKitGTK's) takes a moment to resize: read until two reads agree.
      let size = await viewport();
      for (let read = 0; read < 20; read++) {
        await sleep(50);
        const again = await viewport();
        if (again === size) break;
        size = again;
      }
      const [innerWidth, innerHeight] = size.split("x").map(Number);
      if (innerWidth === width && innerHeight === height) return;
      windowWidth += width - innerWidth;
      windowHeight += height - innerHeight;
    }
    const size = await this.tab.evaluate(() => `${innerWidth}x${innerHeight}`);
    throw new Error(`${this.engine} could not give the page a ${width}x${height} viewport (it has ${size})`);
  }

  screenshot() {
    return this.tab.screenshot();
  }

  /** Whether the engine can cut the network of this tab in automation. */
  get canGoOffline() {
    return this.tab.setOffline !== undefined;
  }

  async setOffline(offline) {
    if (!this.tab.setOffline) throw new Error(`${this.engine} cannot go offline in automation`);
    await this.tab.setOffline(offline);
  }

  close() {
    return this.tab.close();
  }

  /** With JavaScript on, resolves once `<html data-app>` is set (the app took over or gave up). */
  async appSettled() {
    if (!this.javaScript) return;
    await eventually(
      async () => {
        const state = await this.tab.evaluate(() => document.documentElement.getAttribute("data-app"));
        if (!state) throw new Error(`the app did not take ${await this.url()} over`);
      },
      { timeout: 20_000, interval: 50 },
    );
  }
}
