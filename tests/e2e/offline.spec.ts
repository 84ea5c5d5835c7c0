// Offline use and safe updates: after one visit every page opens with the network off; a new
// release (new app, new content, or only new content) arrives whole in the background and
// replaces the old one only when the visitor accepts; a half-uploaded release never does.
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Bundle, distDir, loadBundle } from "./helpers";
import { LIVE_ORIGIN, makeRelease, releaseId, serveRelease, truncatedCopy, wasmFile } from "./releases";

const bundle = loadBundle();

/** Waits until the service worker controls the page (it does so once the release is cached). */
async function offlineReady(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        if (navigator.serviceWorker.controller) return resolve();
        navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true });
      }),
  );
  await expect(page.locator("html")).toHaveAttribute("data-release", /^[0-9a-f]{16}$/);
}

/** Every page of the site, an unknown one and a search, with the heading each must show. */
function everyRoute(site: Bundle): [string, string][] {
  return [
    ["/", "International Organization for Migration in Azerbaijan"],
    ["/about", "About IOM Azerbaijan"],
    ["/projects", "Projects"],
    ["/news", "News"],
    ["/news?q=border&year=2016", "News"],
    ["/careers", "Careers"],
    ["/no-such-page", "Page not found"],
    ...site.projects.map((p): [string, string] => [`/projects/${p.slug}`, p.name]),
    ...site.articles.map((a): [string, string] => [`/news/${a.slug}`, a.title]),
  ];
}

test("after one visit every page opens with the network off, by address and by reload", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await offlineReady(page);
  await context.setOffline(true);
  const routes = everyRoute(bundle);
  expect(routes.length).toBeGreaterThan(bundle.articles.length);
  for (const [path, heading] of routes) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toContainText(heading);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 }), `${path} reloaded`).toContainText(heading);
    await expect(page.getByRole("alert"), path).toHaveCount(0);
  }
  // Following links works too, and search still searches.
  await page.goto("/");
  await page.getByRole("link", { name: "All news" }).click();
  await page.getByRole("searchbox").fill("readmission");
  await expect(page.getByRole("status").filter({ hasText: "Found" })).toBeVisible();
});

test("a discreet, translated note says when the network is gone, and goes when it is back", async ({ page, context }) => {
  await page.goto("/about");
  await offlineReady(page);
  const note = page.locator(".offline-note");
  await expect(note).toHaveCount(0);
  await context.setOffline(true);
  // navigator.onLine is not trusted alone: the note follows a request that failed.
  await page.evaluate(() => window.dispatchEvent(new Event("offline")));
  await expect(note).toHaveText("Offline: you are reading the copy of the site saved on this device.");
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(note).toContainText("Нет сети");
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(note).toHaveCount(0);
});

test.describe("updates", () => {
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
    test(`a release with ${kind} arrives whole, waits for the visitor, then runs on every page`, async ({ page }) => {
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
    const caches = await page.evaluate(() => globalThis.caches.keys());
    expect(caches).toEqual([`site-${idA}`]);
  });
});

test("the release list names every file of the site with its hash, and its id changes with them", async () => {
  const worker = readFileSync(join(distDir, "sw.js"), "utf8");
  const release = JSON.parse(worker.match(/\/\* release \*\/ (.*) \/\* \/release \*\//)![1]) as { id: string; files: { path: string; sha256: string; size: number }[] };
  const paths = release.files.map((f) => f.path);
  for (const expected of ["index.html", "404.html", "boot.js", "content.json", "no-app.css", wasmFile(distDir), "news/index.html", `news/${bundle.articles[0].slug}/index.html`, "sitemap.xml"]) {
    expect(paths, expected).toContain(expected);
  }
  expect(paths.filter((p) => p.endsWith(".br") || p.endsWith(".gz") || p === "sw.js" || p.startsWith("deploy/"))).toEqual([]);
  expect(paths.filter((p) => p.endsWith("/index.html") && p.startsWith("news/")).length).toBe(bundle.articles.length + 1);
  expect(release.id).toBe(releaseId(distDir));
});
