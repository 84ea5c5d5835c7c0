// Releases replacing each other under a running browser, on the test server's third port
// (which serves whichever release a test chose; one test at a time, so these run in series):
// a new release (new app, new content, or only new content) arrives whole in the background and
// replaces the old one only when the visitor accepts; a half-uploaded release never does; a
// kiosk switches by itself, but only while its attract loop shows.
import { expect, test } from "./fixtures";
import { type Bundle, distDir, loadBundle } from "./helpers";
import { decodeQr } from "./qr";
import { LIVE_ORIGIN, cachesOnceSettled, makeRelease, offlineReady, releaseId, serveRelease, truncatedCopy, wasmFile } from "./releases";

const bundle = loadBundle();

// These tests are about the service worker, which the other specs keep out of the way.
test.use({ serviceWorkers: "allow" });

test.describe("releases", { tag: "@long" }, () => {
  test.describe.configure({ mode: "serial" });
  test.afterEach(() => serveRelease(distDir));

  const newArticle = (site: Bundle) => {
    const article = structuredClone(site.articles[0]);
    article.slug = "a-release-b-article";
    article.title = "An article only release B has";
    site.articles.unshift(article);
  };

  for (const [kind, change] of [
    ["new app and new content", { newApp: true, content: newArticle }],
    ["new content only", { content: newArticle }],
  ] as const) {
    test(`a release with ${kind} arrives whole, waits for the visitor, then runs on every page`, async ({ page, context }) => {
      test.setTimeout(120_000);
      const releaseB = makeRelease(kind.replace(/ /g, "-"), change);
      const [idA, idB] = [releaseId(distDir), releaseId(releaseB)];
      expect(idB).not.toBe(idA);
      serveRelease(distDir);
      await page.goto(`${LIVE_ORIGIN}/news`);
      await offlineReady(page);
      await expect(page.locator("html")).toHaveAttribute("data-release", idA);

      serveRelease(releaseB);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      const notice = page.getByRole("status").filter({ hasText: "A new version of the site is available." });
      await expect(notice).toBeVisible({ timeout: 30_000 });

      // A page opened now says so too, though nobody has touched it: only the app can, so
      // boot.js starts it.
      const reader = await context.newPage();
      await reader.goto(`${LIVE_ORIGIN}/about`);
      await expect(reader.getByRole("status").filter({ hasText: "A new version of the site is available." })).toBeVisible();
      await expect(reader.locator("html")).toHaveAttribute("data-app-start", "update");
      await reader.close();

      // Until the visitor accepts, everything is still release A, even pages opened now.
      await page.getByRole("link", { name: "About" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("About IOM Azerbaijan");
      await page.goto(`${LIVE_ORIGIN}/news`);
      await expect(page.locator(".news-item").first()).not.toContainText("An article only release B has");
      await expect(page.locator("html")).toHaveAttribute("data-release", idA);
      expect(await page.locator("script[data-app-wasm]").getAttribute("data-app-wasm")).toBe(`/${wasmFile(distDir)}`);

      await page.getByRole("button", { name: "Reload" }).click();
      await expect(page.locator("html")).toHaveAttribute("data-release", idB, { timeout: 30_000 });
      await expect(page.locator(".news-item").first()).toContainText("An article only release B has");
      expect(await page.locator("script[data-app-wasm]").getAttribute("data-app-wasm")).toBe(`/${wasmFile(releaseB)}`);
      for (const [path, heading] of [
        ["/news/a-release-b-article", "An article only release B has"],
        ["/about", "About IOM Azerbaijan"],
        [`/projects/${bundle.projects[0].slug}`, bundle.projects[0].name],
      ]) {
        await page.goto(`${LIVE_ORIGIN}${path}`);
        await expect(page.getByRole("heading", { level: 1 }), path).toContainText(heading);
      }
      const caches = await page.evaluate(() => globalThis.caches.keys());
      expect(caches, "the old release's cache is gone").toEqual([`site-${idB}`]);
    });
  }

  test("a half-uploaded release (its app cut short) never replaces the working one", async ({ page }) => {
    test.setTimeout(90_000);
    const releaseB = makeRelease("half-upload", { newApp: true, content: newArticle });
    const broken = truncatedCopy(releaseB);
    serveRelease(distDir);
    await page.goto(`${LIVE_ORIGIN}/news`);
    await offlineReady(page);
    const idA = releaseId(distDir);

    serveRelease(broken);
    const failed = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      await registration.update();
      const worker = registration.installing;
      if (!worker) return "no install started";
      return new Promise<string>((resolve) => worker.addEventListener("statechange", () => {
        if (worker.state === "redundant" || worker.state === "installed") resolve(worker.state);
      }));
    });
    expect(failed).toBe("redundant");
    await expect(page.getByRole("status").filter({ hasText: "A new version" })).toHaveCount(0);
    // Still release A, whole: its pages, its app, even with the network gone.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-release", idA);
    await expect(page.locator(".news-item").first()).not.toContainText("An article only release B has");
    await page.getByRole("link", { name: "Projects" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Projects");
    // The reload tried the broken release again; no attempt leaves anything behind. Polled:
    // Chromium checks for a new release a moment after a page's requests, so another attempt
    // may start after the one awaited, its cache open until it fails.
    await expect.poll(() => cachesOnceSettled(page), { timeout: 20_000 }).toEqual([`site-${idA}`]);
  });

  test("a kiosk's links out show a QR code of their address instead of leaving, mailto: too", async ({ page, context }) => {
    test.setTimeout(90_000);
    const links = [
      { label: "The report (PDF)", url: "https://example.org/report.pdf" },
      { label: "Write to the mission", url: "mailto:web@example.org" },
    ];
    const withLinks = makeRelease("kiosk-links", {
      content: (site) => {
        site.articles[0].links = links;
      },
    });
    serveRelease(withLinks);
    const article = bundle.articles[0];
    await page.goto(`${LIVE_ORIGIN}/news/${article.slug}?kiosk`);
    for (const { label, url } of links) {
      await page.getByRole("button", { name: label }).click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toContainText(url);
      expect(decodeQr(await dialog.locator("img").screenshot())).toBe(url);
      await expect(page).toHaveURL(`${LIVE_ORIGIN}/news/${article.slug}`);
      expect(context.pages()).toHaveLength(1);
      await dialog.getByRole("button", { name: "Close" }).click();
      await expect(dialog).toHaveCount(0);
    }
    // An ordinary visitor gets the links themselves.
    await page.goto(`${LIVE_ORIGIN}/news/${article.slug}?kiosk=off`);
    await expect(page.getByRole("link", { name: /The report \(PDF\)/ })).toHaveAttribute("href", links[0].url);
  });

  test("a kiosk switches to a new release by itself, only while its attract loop shows", async ({ page }) => {
    // Real time, not Playwright's clock (which keeps the waiting service worker from taking
    // over), with the shortest idle time site.toml allows.
    test.setTimeout(150_000);
    const shortIdle = (site: Bundle) => {
      (site.site as { kiosk?: { idle_seconds: number } }).kiosk = { idle_seconds: 20 };
    };
    const releaseA = makeRelease("kiosk-a", { content: shortIdle });
    const releaseB = makeRelease("kiosk-b", { content: (site) => (shortIdle(site), newArticle(site)) });
    serveRelease(releaseA);
    await page.goto(`${LIVE_ORIGIN}/?kiosk`);
    await offlineReady(page);
    const [idA, idB] = [releaseId(releaseA), releaseId(releaseB)];
    await expect(page.locator("html")).toHaveAttribute("data-release", idA);

    serveRelease(releaseB);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(page.locator("html")).toHaveAttribute("data-update", "ready", { timeout: 30_000 });
    // Someone is using the kiosk: no notice, no switch.
    await expect(page.getByRole("button", { name: "Reload" })).toHaveCount(0);
    await page.getByRole("link", { name: "About", exact: true }).click();
    await page.waitForTimeout(12_000);
    await page.getByRole("link", { name: "Projects", exact: true }).click();
    await page.waitForTimeout(12_000);
    await expect(page.locator("html")).toHaveAttribute("data-release", idA);
    await expect(page).toHaveURL(`${LIVE_ORIGIN}/projects`);
    // Left alone (20 s, then 20 s of "Still there?"): the attract loop starts, and the kiosk
    // switches while it shows.
    await expect(page.locator(".kiosk-attract")).toBeVisible({ timeout: 60_000 });
    await expect(page.locator("html")).toHaveAttribute("data-release", idB, { timeout: 30_000 });
  });
});

