// The `test` every spec uses: Playwright's, with pages whose app is started after each load, as
// a visitor's first reach for a control starts it, and waited for until it has taken the
// prerendered page over (or has given up), so a test never clicks a link of the static page
// thinking it talks to the app. Pages without JavaScript are not waited for, nor pages of
// tests that look at the moments before, or at when the app starts
// (`test.use({ waitForApp: false })`).
import { test as base, type Page } from "@playwright/test";

export { expect } from "@playwright/test";

/** Resolves once the app shows the page (`<html data-app="ready">`) or has failed to start. */
export async function appSettled(page: Page): Promise<void> {
  // A locator, not waitForFunction: the strict CSP forbids the eval that one would need.
  await page.locator("html[data-app]").waitFor({ state: "attached" });
}

/**
 * Starts the app as a visitor does (public/boot.js): the pointer comes over a control that
 * needs it. Pages that need the app at once have started it already; this changes nothing
 * there.
 */
export async function reachForControl(page: Page): Promise<void> {
  // Not a locator's dispatchEvent, which would wait for a control on a page that has none.
  await page
    .locator("#app .needs-app")
    .evaluateAll((controls) => controls[0]?.dispatchEvent(new PointerEvent("pointerover", { bubbles: true })));
}

export const test = base.extend<{ waitForApp: boolean }>({
  waitForApp: [true, { option: true }],
  page: async ({ page, javaScriptEnabled, waitForApp }, use) => {
    if (javaScriptEnabled && waitForApp) {
      for (const method of ["goto", "reload"] as const) {
        const load = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>;
        (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
          const response = await load(...args);
          await reachForControl(page);
          await appSettled(page);
          return response;
        };
      }
    }
    await use(page);
  },
});
