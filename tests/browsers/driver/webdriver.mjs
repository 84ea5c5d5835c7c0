// @ts-check
// WebKitGTK over WebDriver (classic): Debian's WebKitWebDriver starts one MiniBrowser per
// session, in a virtual X display of our own (Xvfb), driven with selenium-webdriver. Nothing
// is downloaded: the driver is given by address, so Selenium Manager never runs.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder, By, Key } from "selenium-webdriver";

/** @typedef {import("./session.mjs").Engine} Engine */
/** @typedef {import("./session.mjs").Tab} Tab */
/** @typedef {import("selenium-webdriver").WebDriver} WebDriver */

const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

// MiniBrowser's toolbar would keep its window wider than a 390 px phone: this theme shrinks
// the browser's own chrome (not the page) so the window can be as narrow as a phone.
const TINY_CHROME_CSS = "* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; }\n";

/** A MiniBrowser that cannot start leaves WebKitWebDriver waiting for it for ever. */
const SESSION_START_MS = 30_000;

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} message
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A TCP port nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself; resolves with the display and the process. */
function startXvfb() {
  // -noreset: by default the X server resets when its last client leaves, and a MiniBrowser
  // starting at that moment cannot open the display (its session then never starts).
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1920x1200x24", "-nolisten", "tcp", "-noreset"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    let errors = "";
    xvfb.stderr?.on("data", (chunk) => (errors += chunk));
    const displayFd = /** @type {import("node:stream").Readable} */ (xvfb.stdio[3]);
    displayFd.on("data", (chunk) => {
      output += chunk;
      if (output.includes("\n")) resolve({ display: `:${output.trim()}`, xvfb });
    });
    xvfb.once("error", reject);
    xvfb.once("exit", (code) => reject(new Error(`Xvfb exited (${code}): ${errors}`)));
  });
}

/**
 * Stops a process and resolves once it has exited (or after 5 s).
 * @param {import("node:child_process").ChildProcess} child
 */
function ended(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill();
  return withTimeout(exited, 5_000, "process did not exit").catch(() => child.kill("SIGKILL"));
}

/** Resolves once something answers HTTP on `port`. */
async function waitForHttp(port, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port}: ${error}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * @param {WebDriver} driver
 * @returns {Tab}
 */
function tab(driver) {
  const find = (selector) => driver.findElement(By.css(selector));
  return {
    goto: async (url) => {
      await driver.get(url);
    },
    reload: async () => {
      await driver.navigate().refresh();
    },
    back: async () => {
      await driver.navigate().back();
    },
    forward: async () => {
      await driver.navigate().forward();
    },
    url: () => driver.getCurrentUrl(),
    click: async (selector) => {
      await (await find(selector)).click();
    },
    type: async (selector, text) => {
      await (await find(selector)).sendKeys(text);
    },
    press: async (key) => {
      await driver.switchTo().activeElement().sendKeys(key === "Enter" ? Key.ENTER : Key.TAB);
    },
    evaluate: (fn, ...args) => driver.executeScript(/** @type {any} */ (fn), ...args),
    resize: async (width, height) => {
      await driver.manage().window().setRect({ width, height });
    },
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), "base64"),
    // WebKitGTK's WebDriver has no command to cut the network.
    setOffline: undefined,
    close: () => driver.quit(),
  };
}

/** @returns {Promise<Engine>} */
export async function webkit() {
  const home = mkdtempSync(join(tmpdir(), "webkit-suite-"));
  mkdirSync(join(home, "gtk-3.0"), { recursive: true });
  writeFileSync(join(home, "gtk-3.0", "gtk.css"), TINY_CHROME_CSS);
  const { display, xvfb } = await startXvfb();
  const port = await freePort();
  // MiniBrowser writes GTK warnings by the hundred; they go to WEBKIT_LOG when it is set.
  const log = process.env.WEBKIT_LOG ? openSync(process.env.WEBKIT_LOG, "a") : "ignore";
  const driverProcess = spawn("WebKitWebDriver", [`--port=${port}`], {
    stdio: ["ignore", log, log],
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: join(home, "cache") },
  });
  const stop = async () => {
    await ended(driverProcess);
    await ended(xvfb);
    // MiniBrowser's own processes can still be writing their shader cache for a moment.
    try {
      rmSync(home, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`# webkit: could not remove ${home}: ${error}`);
    }
  };
  try {
    await waitForHttp(port);
  } catch (error) {
    await stop();
    throw error;
  }

  /** @param {boolean} javaScript */
  const newDriver = (javaScript) =>
    withTimeout(startSession(javaScript), SESSION_START_MS, "WebKitWebDriver did not start a MiniBrowser session");
  /** @param {boolean} javaScript */
  const startSession = (javaScript) =>
    new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": {
          binary: MINIBROWSER,
          // Without JavaScript the page's scripts never run; WebDriver's own still do.
          args: ["--automation", ...(javaScript ? [] : ["--enable-javascript-markup=false"])],
        },
      })
      .build();

  const probe = await newDriver(true);
  const version = String((await probe.getCapabilities()).get("browserVersion"));
  await probe.quit();

  return {
    name: "webkit",
    version: `WebKitGTK ${version}`,
    async open({ javaScript, width, height }) {
      const driver = await newDriver(javaScript);
      await driver.manage().setTimeouts({ pageLoad: 30_000, script: 15_000 });
      await driver.manage().window().setRect({ width, height });
      return tab(driver);
    },
    close: async () => stop(),
  };
}
