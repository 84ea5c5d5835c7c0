// The `test` every spec uses: Playwright's, with pages that wait, after each load, until the
// app has taken the prerendered page over (or has given up), so a test never clicks a link
// of the static page thinking it talks to the app. Pages without JavaScript are not waited
// for, nor pages of tests that look at the moments before (`test.use({ waitForApp: false })`).
import { test as base, type Page } from "@playwright/test";

export { expect } from "@playwright/test";

/** Resolves once the app shows the page (`<html data-app="ready">`) or has failed to start. */
export async function appSettled(page: Page): Promise<void> {
  // A locator, not waitForFunction: the strict CSP forbids the eval that one would need.
  await page.locator("html[data-app]").waitFor({ state: "attached" });
}

export const test = base.extend<{ waitForApp: boolean }>({
  waitForApp: [true, { option: true }],
  page: async ({ page, javaScriptEnabled, waitForApp }, use) => {
    if (javaScriptEnabled && waitForApp) {
      for (const method of ["goto", "reload"] as const) {
        const load = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>;
        (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
          const response = await load(...args);
          await appSettled(page);
          return response;
        };
      }
    }
    await use(page);
  },
});
