// When the content bundle cannot be used, the visitor gets a clear, translated message with a
// working "Try again" button — never a blank page — and the retry works once the bundle is back.
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import {
  bundleSource,
  errorScreen,
  expectAppRendered,
  presetLanguage,
  routeBundle,
  routeBundleNeverAnswers,
  routeBundleRaw,
} from "./helpers";

/** Each way the bundle can be broken, installed on the page before it loads. */
const faults: Record<string, (page: Page) => Promise<unknown>> = {
  "is missing (404)": (page) =>
    routeBundleRaw(page, { status: 404, contentType: "text/plain", body: "not found" }),
  "is truncated": (page) => {
    const text = bundleSource();
    return routeBundleRaw(page, {
      status: 200,
      contentType: "application/json",
      body: text.slice(0, Math.floor(text.length / 2)),
    });
  },
  "is not JSON (a host serving its HTML fallback)": (page) =>
    routeBundleRaw(page, {
      status: 200,
      contentType: "text/html",
      body: "<!DOCTYPE html><html><body>Welcome to nginx</body></html>",
    }),
  "has another format_version": (page) =>
    routeBundle(page, (bundle) => {
      bundle.format_version += 1000;
    }),
};

/** Shows the error screen and checks the retry brings the site back once the bundle is fixed. */
async function expectErrorThenRecovery(page: Page): Promise<void> {
  const { alert, retry } = errorScreen(page);
  await expect(alert).toBeVisible();
  await expect(alert).not.toHaveText("");
  await expect(retry).toHaveText("Try again");

  await page.unrouteAll({ behavior: "ignoreErrors" });
  await retry.click();

  await expectAppRendered(page);
  await expect(page.getByRole("alert")).toHaveCount(0);
}

for (const [fault, install] of Object.entries(faults)) {
  test(`bundle ${fault}: clear error, then retry recovers`, async ({ page }) => {
    await install(page);
    await page.goto("/");
    await expectErrorThenRecovery(page);
  });
}

test("bundle with another format_version: the message says the content is of another version", async ({ page }) => {
  await faults["has another format_version"](page);
  await page.goto("/");
  const { alert } = errorScreen(page);
  await expect(alert).toBeVisible();
  // A refusal must not read like a network failure: it names the version mismatch.
  await expect(alert).toContainText(/version/i);
});

test.describe("while the bundle does not answer", () => {
  test.use({ waitForApp: false });

  test("bundle never answers: the prerendered page stays readable while waiting, and the request times out into the error", async ({ page }) => {
    test.setTimeout(60_000);
    const held = await routeBundleNeverAnswers(page);
    await page.goto("/about");

    // While waiting, the visitor reads the page the build wrote.
    await page.waitForTimeout(2_000);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("About IOM Azerbaijan");
    await expect(page.getByRole("alert")).toHaveCount(0);

    // The app aborts the fetch after about 10 s and says so.
    const { alert } = errorScreen(page);
    await expect(alert).toBeVisible({ timeout: 20_000 });

    held.release();
    await expectErrorThenRecovery(page);
  });
});

test("bundle missing on a deep link: the error shows there too and retry renders that page", async ({ page }) => {
  await faults["is missing (404)"](page);
  await page.goto("/news");
  await expectErrorThenRecovery(page);
  await expect(page).toHaveURL(/\/news$/);
});

test("the error screen is translated into the visitor's language", async ({ browser }) => {
  const texts: Record<string, { message: string; button: string; htmlLang: string | null }> = {};
  for (const lang of ["en", "az", "ru"] as const) {
    const page = await browser.newPage();
    await presetLanguage(page, lang);
    await faults["is missing (404)"](page);
    await page.goto("/");
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

test("the bundle is served as JSON and a missing asset is a real 404", async ({ request }) => {
  const bundle = await request.get("/content.json");
  expect(bundle.status()).toBe(200);
  expect(bundle.headers()["content-type"]).toContain("application/json");
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
