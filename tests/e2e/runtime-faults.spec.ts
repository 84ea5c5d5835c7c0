// When the content bundle cannot be used, the visitor gets a clear, translated message that
// says what went wrong (each failure its own) with a working "Try again" button, never a blank
// page, and the retry brings back the page the visitor asked for once the bundle is back.
// When the app itself crashes, a crash screen replaces the page.
import { expect, reachForControl, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  type Bundle,
  blockTexts,
  bundleSource,
  errorScreen,
  loadBundle,
  presetLanguage,
  routeBundleNeverAnswers,
  routeBundleRaw,
  routeCore,
  servePanicTriggerApp,
  BUNDLE_GLOB,
  PANIC_EVENT,
  distDir,
  panicTriggerAppDir,
} from "./helpers";

const bundle = loadBundle();
const HEADING = "The site's content could not be loaded";
/** What each failure says (src/domain/src/i18n/common.rs), in English. */
const MESSAGES = {
  http404: "The server answered with error 404 instead of the content.",
  network: "The content could not be downloaded. Check your internet connection and try again.",
  timeout: "The server took more than 10 seconds to answer. Try again in a moment.",
  format: "The content file is damaged or incomplete, so it cannot be read.",
  version:
    `The content file has format version ${bundle.format_version + 1000}, but this site reads version ` +
    `${bundle.format_version}. Reloading the page may fetch the matching version.`,
};

/** A page a visitor may ask for: its address, its h1 and a line of its content. */
interface Asked { path: string; heading: string; line: string }

const article = bundle.articles[0];
const PAGES: Record<string, Asked> = {
  home: {
    path: "/",
    heading: "International Organization for Migration in Azerbaijan",
    line: blockTexts(bundle.site.intro)[0],
  },
  about: { path: "/about", heading: "About IOM Azerbaijan", line: blockTexts(bundle.site.history)[0] },
  news: { path: "/news", heading: "News", line: article.title },
  article: { path: `/news/${article.slug}`, heading: article.title, line: blockTexts(article.body)[0] },
  projects: { path: "/projects", heading: "Projects", line: bundle.projects[0].name },
};

/** Each way the bundle can be broken, the page the visitor asks for, and what they are told. */
const faults: { name: string; asked: Asked; message: string; install: (page: Page) => Promise<unknown> }[] = [
  {
    name: "is missing (404)",
    asked: PAGES.home,
    message: MESSAGES.http404,
    install: (page) => routeBundleRaw(page, { status: 404, contentType: "text/plain", body: "not found" }),
  },
  {
    name: "cannot be downloaded (network error)",
    asked: PAGES.about,
    message: MESSAGES.network,
    install: (page) => page.route(BUNDLE_GLOB, (route) => route.abort("internetdisconnected")),
  },
  {
    name: "is truncated",
    asked: PAGES.article,
    message: MESSAGES.format,
    install: (page) => {
      const text = bundleSource();
      return routeBundleRaw(page, {
        status: 200,
        contentType: "application/json",
        body: text.slice(0, Math.floor(text.length / 2)),
      });
    },
  },
  {
    name: "is not JSON (a host serving its HTML fallback)",
    asked: PAGES.news,
    message: MESSAGES.format,
    install: (page) =>
      routeBundleRaw(page, {
        status: 200,
        contentType: "text/html",
        body: "<!DOCTYPE html><html><body>Welcome to nginx</body></html>",
      }),
  },
  {
    name: "has another format_version",
    asked: PAGES.projects,
    message: MESSAGES.version,
    install: (page) =>
      routeCore(page, (broken) => {
        broken.format_version = (broken.format_version as number) + 1000;
      }),
  },
];

/** The error screen with `message`, in place of the page. */
async function expectErrorScreen(page: Page, message: string): Promise<void> {
  const { alert, retry } = errorScreen(page);
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("heading", { level: 1 })).toHaveText(HEADING);
  await expect(alert.getByRole("paragraph")).toHaveText(message);
  await expect(retry).toHaveText("Try again");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
}

/** The page the visitor asked for, drawn by the app (no error, no loading note left). */
async function expectAskedPage(page: Page, asked: Asked): Promise<void> {
  await expect(page.locator("main h1")).toHaveText(asked.heading);
  await expect(page.getByRole("main")).toContainText(asked.line);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.getByText("Loading…")).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe(asked.path);
}

for (const { name, asked, message, install } of faults) {
  test(`bundle ${name}: its own message on ${asked.path}, then retry shows that page`, async ({ page }) => {
    await install(page);
    await page.goto(asked.path);
    await expectErrorScreen(page, message);

    await page.unrouteAll({ behavior: "ignoreErrors" });
    await errorScreen(page).retry.click();
    await expectAskedPage(page, asked);
  });
}

test("every load failure has its own message", () => {
  expect(new Set(Object.values(MESSAGES)).size).toBe(Object.keys(MESSAGES).length);
});

test("while a retry loads, the visitor is told it is loading", async ({ page }) => {
  await routeBundleRaw(page, { status: 404, contentType: "text/plain", body: "not found" });
  await page.goto(PAGES.about.path);
  await expectErrorScreen(page, MESSAGES.http404);

  await page.unrouteAll({ behavior: "ignoreErrors" });
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route(BUNDLE_GLOB, async (route) => {
    await answered;
    await route.continue();
  });
  await errorScreen(page).retry.click();
  const loading = page.getByRole("status").filter({ hasText: "Loading…" });
  await expect(loading).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);

  answer();
  await expectAskedPage(page, PAGES.about);
  await expect(loading).toHaveCount(0);
});

test.describe("while the bundle does not answer", () => {
  test.use({ waitForApp: false });

  test("the prerendered page stays readable, and the request times out into its message at 10 s, not before", async ({ page }) => {
    // The page's clock stands still from its first moment; only `advance` moves it, so the
    // app's 10 s timer is measured exactly from when it sent the request.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    const held = await routeBundleNeverAnswers(page);
    const appLoaded = page.waitForResponse((response) => response.url().endsWith("_bg.wasm"));
    await page.goto(PAGES.about.path);
    await reachForControl(page);
    await held.requested;
    // The control reached starts the app; the app then sends its own request, which boot.js's
    // preload answers, and its 10 s run from there.
    await appLoaded;
    await page.waitForTimeout(500);

    await advance(page, 9_000);
    // Until then the visitor reads the page the build wrote.
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(page.locator("main h1")).toHaveText(PAGES.about.heading);
    await expect(page.getByRole("main")).toContainText(PAGES.about.line);

    await advance(page, 1_100);
    await expectErrorScreen(page, MESSAGES.timeout);

    held.release();
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await errorScreen(page).retry.click();
    await expectAskedPage(page, PAGES.about);
  });
});

/**
 * Moves the page's paused clock on by `ms`: runs the timers due until the last 50 ms, lets the
 * page settle, then runs those 50 ms, so a screen the app decided on until then has been shown
 * (it shows one in the next animation frame).
 */
async function advance(page: Page, ms: number): Promise<void> {
  const frames = 50;
  await page.clock.runFor(ms - frames);
  await page.waitForTimeout(200);
  await page.clock.runFor(frames);
}

test("the error screen is translated into the visitor's language", async ({ browser }) => {
  const texts: Record<string, { message: string; button: string; htmlLang: string | null }> = {};
  for (const lang of ["en", "az", "ru"] as const) {
    const page = await browser.newPage();
    await presetLanguage(page, lang);
    await routeBundleRaw(page, { status: 404, contentType: "text/plain", body: "not found" });
    await page.goto("/");
    // Another stored language starts the app at once; English waits for a control to be reached.
    await reachForControl(page);
    const { alert, retry } = errorScreen(page);
    await expect(alert).toBeVisible();
    texts[lang] = {
      message: (await alert.innerText()).trim(),
      button: (await retry.innerText()).trim(),
      htmlLang: await page.locator("html").getAttribute("lang"),
    };
    await page.close();
  }

  expect(texts.en.button).toBe("Try again");
  for (const lang of ["az", "ru"] as const) {
    expect(texts[lang].htmlLang).toBe(lang);
    expect(texts[lang].message).not.toBe(texts.en.message);
    expect(texts[lang].button).not.toBe(texts.en.button);
    expect(texts[lang].message).not.toContain("missing text");
  }
  expect(texts.ru.message).toMatch(/[А-Яа-яЁё]/);
  expect(texts.az.message).toMatch(/[əƏğĞıİöÖüÜçÇşŞ]/);
});

test("the content is served as JSON and a missing asset is a real 404", async ({ request }) => {
  const core = await request.get("/content.json");
  expect(core.status()).toBe(200);
  expect(core.headers()["content-type"]).toContain("application/json");
  const { release } = (await core.json()) as { release: string };
  const served = await request.get(`/content/${release}/archive.json`);
  expect(served.headers()["content-type"]).toContain("application/json");
  // The bundle the tests read (helpers, DIST_DIR) is the one the server sends.
  expect(await served.text()).toBe(bundleSource());
  const missing = await request.get("/no-such-file.json");
  expect(missing.status()).toBe(404);
  const unknownPage = await request.get("/news/no-such-article");
  expect(unknownPage.status()).toBe(404);
  expect(await unknownPage.text()).toContain("Page not found");
});

test("the app itself cannot load (wasm missing): the prerendered page stays readable, without controls that need the app", async ({ page }) => {
  await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "not found" }));
  await page.goto("/news");
  await expect(page.locator("html")).toHaveAttribute("data-app", "failed");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("News");
  await expect(page.locator(".news-item").first()).toBeVisible();
  // Search, filters and the language switch would do nothing: hidden, and the page says why.
  await expect(page.getByRole("searchbox")).toBeHidden();
  await expect(page.getByRole("button", { name: "Azərbaycanca" })).toBeHidden();
  await expect(page.getByText("Searching and filtering the news needs JavaScript and WebAssembly")).toBeVisible();
});

test("the site's own app has no way to panic on demand; the test build has", () => {
  const wasmIn = (dir: string) =>
    readdirSync(dir).filter((name) => name.endsWith(".wasm")).map((name) => readFileSync(join(dir, name)));
  const shipped = wasmIn(distDir);
  expect(shipped.length).toBeGreaterThan(0);
  for (const wasm of shipped) expect(wasm.includes(PANIC_EVENT)).toBe(false);
  expect(wasmIn(panicTriggerAppDir).some((wasm) => wasm.includes(PANIC_EVENT))).toBe(true);
});

test.describe("the app crashes (a test build that panics on demand)", () => {
  const CRASH = {
    en: { heading: "Something went wrong", text: "The page stopped working because of an error in the site. Trying again reloads the page.", retry: "Try again" },
    az: { heading: "Xəta baş verdi", text: "Saytdakı xəta səbəbindən səhifə işləmir. Yenidən cəhd etdikdə səhifə yenilənəcək.", retry: "Yenidən cəhd edin" },
  };
  for (const lang of ["en", "az"] as const) {
    test(`the crash screen replaces the page (${lang}), and Try again reloads it`, async ({ page }) => {
      const served = await servePanicTriggerApp(page);
      const consoleErrors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      await presetLanguage(page, lang);
      await page.goto("/about");
      await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
      expect(served.length, "the panic-trigger build was loaded").toBeGreaterThan(0);
      await expect(page.getByRole("navigation").first()).toBeVisible();

      await page.evaluate((name) => document.dispatchEvent(new Event(name)), PANIC_EVENT);

      const alert = page.getByRole("alert");
      await expect(alert.getByRole("heading", { level: 1 })).toHaveText(CRASH[lang].heading);
      await expect(alert.getByRole("paragraph")).toHaveText(CRASH[lang].text);
      // The whole page is replaced: nothing of it is left to click that no longer works.
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("navigation")).toHaveCount(0);
      await expect(page.getByRole("link")).toHaveCount(0);
      expect(consoleErrors.some((text) => text.includes("The site crashed") && text.includes(PANIC_EVENT))).toBe(true);

      await alert.getByRole("button", { name: CRASH[lang].retry }).click();
      await expect(page.getByRole("alert")).toHaveCount(0);
      await expect(page.locator("main h1")).toHaveText(lang === "en" ? PAGES.about.heading : "IOM Azərbaycan haqqında");
      await expect(page.getByRole("navigation").first()).toBeVisible();
    });
  }
});
