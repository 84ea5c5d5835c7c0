// Offline use: after one visit every page opens with the network off, and the release the
// service worker keeps lists every file of the site. (Updates: releases.spec.ts.)
import { expect, test } from "./fixtures";
import type { BrowserContext, Page, Worker } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Bundle, NEWS_PAGE_SIZE, distDir, loadBundle } from "./helpers";
import { PORT, offlineReady, releaseId, wasmFile } from "./releases";
import { releaseFolder } from "../site-files.mjs";

const bundle = loadBundle();
/** The news list's pages after the first (/news/page/2, …). */
const archivePages = Math.ceil(bundle.articles.length / NEWS_PAGE_SIZE) - 1;

// These tests are about the service worker, which the other specs keep out of the way.
test.use({ serviceWorkers: "allow" });

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
    ...Array.from({ length: archivePages }, (_, i): [string, string] => [`/news/page/${i + 2}`, `News, page ${i + 2}`]),
  ];
}

// The walk is cut into parts that run side by side: each loads every page twice offline, and
// in one test it was the suite's longest (40 s of its 4 minutes).
const ROUTE_PARTS = 3;

for (let part = 0; part < ROUTE_PARTS; part++) {
  test(`after one visit every page opens with the network off, by address and by reload (part ${part + 1} of ${ROUTE_PARTS})`, { tag: "@long" }, async ({ page, context }) => {
    test.setTimeout(120_000);
    const routes = everyRoute(bundle);
    expect(routes.length).toBeGreaterThan(bundle.articles.length);
    const mine = routes.filter((_, i) => i % ROUTE_PARTS === part);
    expect(mine.length).toBeGreaterThan(0);
    await page.goto("/");
    await offlineReady(page);
    await context.setOffline(true);
    for (const [path, heading] of mine) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toContainText(heading);
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 }), `${path} reloaded`).toContainText(heading);
      await expect(page.getByRole("alert"), path).toHaveCount(0);
    }
  });
}

test("offline, following links works and search still searches", async ({ page, context }) => {
  await page.goto("/");
  await offlineReady(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("link", { name: "All news" }).click();
  await page.getByRole("searchbox").fill("readmission");
  await expect(page.getByRole("status").filter({ hasText: "Found" })).toBeVisible();
});

test("offline, a page loaded anew says so though nobody has touched it", async ({ page, context }) => {
  await page.goto("/about");
  await offlineReady(page);
  await context.setOffline(true);
  // A page of its own: the fixture's pages start the app as a visitor's touch would.
  const reader = await context.newPage();
  await reader.goto("/projects");
  await expect(reader.locator("main h1")).toHaveText("Projects");
  await expect(reader.locator(".offline-note")).toHaveText("Offline: you are reading the copy of the site saved on this device.");
  await expect(reader.locator("html")).toHaveAttribute("data-app-start", "offline");
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

test("the release list names every file of the site with its hash, and its id changes with them", async () => {
  const worker = readFileSync(join(distDir, "sw.js"), "utf8");
  const release = JSON.parse(worker.match(/\/\* release \*\/ (.*) \/\* \/release \*\//)![1]) as { id: string; files: { path: string; sha256: string; size: number }[] };
  const paths = release.files.map((f) => f.path);
  for (const expected of ["index.html", "404.html", "boot.js", "content.json", "no-app.css", wasmFile(distDir), "news/index.html", `news/${bundle.articles[0].slug}/index.html`, "sitemap.xml"]) {
    expect(paths, expected).toContain(expected);
  }
  expect(paths.filter((p) => p.endsWith(".br") || p.endsWith(".gz") || p === "sw.js" || p.startsWith("deploy/"))).toEqual([]);
  // The whole archive is on the host for the build and tools; no page loads it.
  expect(paths).toContain(`${releaseFolder(distDir)}/list.json`);
  expect(paths).not.toContain(`${releaseFolder(distDir)}/archive.json`);
  expect(archivePages, "the real content fills more than one page of news").toBeGreaterThan(0);
  expect(paths.filter((p) => p.endsWith("/index.html") && p.startsWith("news/")).length).toBe(bundle.articles.length + 1 + archivePages);
  expect(paths).toContain(`news/page/${archivePages + 1}/index.html`);
  expect(release.id).toBe(releaseId(distDir));
});

test("a kiosk starts each visitor on a fresh page when it starts over, from the saved copy when offline", async ({ page, context }) => {
  const idleMs = ((bundle.site as { kiosk?: { idle_seconds?: number } }).kiosk?.idle_seconds ?? 90) * 1000;
  const countdownMs = 20_000;
  await page.clock.install();
  await page.goto("/?kiosk");
  await offlineReady(page);
  // The page knows its release once the service worker that holds it controls the page.
  await expect(page.locator("html")).toHaveAttribute("data-release", releaseId(distDir));
  await page.getByRole("button", { name: "Русский" }).click();
  await page.getByRole("link", { name: "Новости" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Новости");
  await page.evaluate(() => ((window as { lastVisitor?: boolean }).lastVisitor = true));
  await context.setOffline(true);

  await page.clock.runFor(idleMs + countdownMs + 2_000);
  await expect(page.locator(".kiosk-attract")).toBeVisible();
  expect(await page.evaluate(() => (window as { lastVisitor?: boolean }).lastVisitor), "a new page, not the last visitor's").toBeUndefined();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html"), "the new page knows its release too").toHaveAttribute("data-release", releaseId(distDir));
  await page.locator(".kiosk-attract").click();
  await expect(page.locator(".kiosk-attract")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("International Organization for Migration in Azerbaijan");
  await page.getByRole("link", { name: "About", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About IOM Azerbaijan");
  await expect(page.getByRole("alert")).toHaveCount(0);
  // Back does not lead to the last visitor's pages.
  await page.goBack().catch(() => undefined);
  await expect(page).not.toHaveURL(/\/news/);
});

test("under a sub-path the service worker keeps the site there: its pages open offline under the prefix", async ({ page, context }) => {
  const origin = `http://127.0.0.1:${PORT + 1}`;
  const prefix = "/iom-azerbaijan";
  await page.goto(`${origin}${prefix}/`);
  await offlineReady(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${origin}${prefix}/`);
  await context.setOffline(true);
  const article = bundle.articles[0];
  for (const [path, heading] of [
    ["/news", "News"],
    [`/news/${article.slug}`, article.title],
    ["/about", "About IOM Azerbaijan"],
    ["/no-such-page", "Page not found"],
  ]) {
    await page.goto(`${origin}${prefix}${path}`);
    await expect(page.getByRole("heading", { level: 1 }), path).toContainText(heading);
    await expect(page.getByRole("alert"), path).toHaveCount(0);
  }
});


/** The bytes on the wire of each request `from` (a page or the service worker) made for `file`, from its resource timing. */
function transferSizes(from: Page | Worker, file: string): Promise<number[]> {
  return from.evaluate((name) => performance.getEntriesByType("resource").filter((entry) => entry.name.endsWith(`/${name}`)).map((entry) => (entry as PerformanceResourceTiming).transferSize), file);
}

/** The service worker of the page's site. */
function serviceWorker(context: BrowserContext): Worker {
  const [worker] = context.serviceWorkers();
  expect(worker, "a service worker runs").toBeTruthy();
  return worker;
}

test("saving the release reuses the app a page has just downloaded: on /news the wasm crosses the network once", async ({ page, context }) => {
  const wasm = wasmFile(distDir);
  await page.goto("/news");
  await offlineReady(page);
  const byPage = await transferSizes(page, wasm);
  // Downloaded ahead, then started from the browser's copy (0 bytes on the wire).
  expect(byPage.filter((bytes) => bytes > 100_000), "the page downloaded the app once").toHaveLength(1);
  const byWorker = await transferSizes(serviceWorker(context), wasm);
  expect(byWorker, "the worker asked for the app once").toHaveLength(1);
  // A confirmation from the host ("not modified"): headers only.
  expect(byWorker[0], "the worker's copy came from the browser's, confirmed by the host").toBeLessThan(2_000);
});

test("a copy the browser holds that is not the release's is downloaded anew, and the release is saved whole", async ({ page, context }) => {
  // Longer than offlineReady's wait, so that a failed install says so.
  test.setTimeout(60_000);
  const wasm = wasmFile(distDir);
  const good = readFileSync(join(distDir, wasm));
  let asked = 0;
  // The worker's first request for the app gets other bytes, as a host whose "unchanged" is
  // wrong would give the browser's stale copy; its second gets the release's.
  await context.route(`**/${wasm}`, async (route) => {
    if (!route.request().serviceWorker()) return route.continue();
    asked++;
    const body = asked === 1 ? Buffer.concat([good.subarray(0, good.length - 1), Buffer.from([good[good.length - 1] ^ 0xff])]) : good;
    await route.fulfill({ status: 200, contentType: "application/wasm", body });
  });
  await page.goto("/about");
  await offlineReady(page);
  expect(asked, "the worker asked for the app twice").toBe(2);
  await context.setOffline(true);
  await page.goto("/news");
  await page.getByRole("searchbox").fill("readmission");
  await expect(page.getByRole("status").filter({ hasText: "Found" })).toBeVisible();
});
