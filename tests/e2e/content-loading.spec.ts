// A page downloads the content it shows, not the archive (src/domain/src/shards.rs): every
// page the core content.json; an article its own file; the news page the list's start (its
// first page and the filters' counts), and the news list once a visitor filters, searches
// or asks for more; a search the search's dictionary and the pieces its words need
// (src/domain/src/search/pieces.rs), never the archive. What Home, an article or the news
// page loads must not grow with the archive.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures";
import type { Page, Request } from "@playwright/test";
import { BUNDLE_GLOB, NEWS_PAGE_SIZE, blockTexts, delayAppTasks, distDir, loadBundle, recordRequests, routeCore } from "./helpers";
import { releaseFolder } from "../site-files.mjs";

// The service worker saves the whole release in the background; only the page's own
// requests are looked at here.
test.use({ serviceWorkers: "block" });

const bundle = loadBundle();
const release = releaseFolder(distDir);
const ARCHIVE = `/${release}/archive.json`;
const LIST = `/${release}/list.json`;
const START = `/${release}/news-start.json`;
const articleFile = (slug: string) => `/${release}/news/${slug}.json`;
const ARTICLE_FILES = `**/${release}/news/*.json`;
const SEARCH_FOLDER = `/${release}/search/`;
const DICTIONARY = `${SEARCH_FOLDER}dictionary.bin`;
const PIECE_COUNT = readdirSync(join(distDir, release, "search")).filter((name) => /^\d+\.bin$/.test(name)).length;

/** The content files among `requests`, by path, in order, each once. */
function contentFiles(requests: Request[]): string[] {
  const paths = requests
    .map((request) => new URL(request.url()).pathname)
    .filter((path) => path === "/content.json" || path.startsWith("/content/"));
  return [...new Set(paths)];
}

function h1(page: Page) {
  return page.locator("main h1");
}

test("Home loads the core and no other content file", async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto("/");
  await expect(h1(page)).toBeVisible();
  await expect(page.locator(".page-home .card")).toHaveCount(4);
  expect(contentFiles(requests)).toEqual(["/content.json"]);
});

test("an article's first visit loads the core and its own file, never the archive", async ({ page }) => {
  const article = bundle.articles[1];
  const requests = recordRequests(page);
  await page.goto(`/news/${article.slug}`);
  await expect(h1(page)).toHaveText(article.title);
  // The body is drawn by the app from the article's file (the prerendered page is replaced).
  await expect(page.locator("html[data-app=ready] .article-body")).toContainText(blockTexts(article.body)[0].slice(0, 60));
  expect(contentFiles(requests).sort()).toEqual(["/content.json", articleFile(article.slug)].sort());
});

test("following a neighbour loads only that article's file; the news page loads its start, then the list for a filter, never the archive", async ({ page }) => {
  const [newest, older] = bundle.articles;
  const requests = recordRequests(page);
  await page.goto(`/news/${newest.slug}`);
  await page.locator(".neighbours .older a").click();
  await expect(h1(page)).toHaveText(older.title);
  expect(contentFiles(requests).sort()).toEqual(["/content.json", articleFile(newest.slug), articleFile(older.slug)].sort());

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "News" }).click();
  await expect(page.locator(".news-item")).toHaveCount(NEWS_PAGE_SIZE);
  await expect(page.locator("#news-count")).toHaveText(`All news: ${bundle.articles.length}`);
  expect(contentFiles(requests)).toContain(START);
  // Filters work on the list alone.
  const project = bundle.articles.find((a) => a.projects.length)!.projects[0];
  await page.locator(`#news-project-${project}`).check();
  await expect(page).toHaveURL(new RegExp(`\\?project=${project}$`));
  await expect(page.locator("#news-count")).toContainText("Found:");
  expect(await page.locator(".news-item").count()).toBe(
    Math.min(NEWS_PAGE_SIZE, bundle.articles.filter((a) => a.projects.includes(project)).length),
  );
  expect(contentFiles(requests)).toContain(LIST);
  expect(contentFiles(requests)).not.toContain(ARCHIVE);
});

test("the news page opens from its start, with the whole archive's filter counts, without waiting for the list; Show more brings the next page from the list", async ({ page }) => {
  const requests = recordRequests(page);
  let releaseList!: () => void;
  const listHeld = new Promise<void>((resolve) => (releaseList = resolve));
  await page.route(`**${LIST}`, async (route) => {
    await listHeld;
    await route.continue();
  });
  await page.goto("/news");
  // The app takes the page over while the list is held.
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.locator(".news-item")).toHaveCount(NEWS_PAGE_SIZE);
  await expect(page.locator("#news-count")).toHaveText(`All news: ${bundle.articles.length}`);
  // A year all of whose articles are past the first page: its count can only come from the
  // whole archive.
  const firstPage = new Set(bundle.articles.slice(0, NEWS_PAGE_SIZE).map((a) => a.slug));
  const yearOf = (a: (typeof bundle.articles)[number]) => a.start?.slice(0, 4);
  const year = [...new Set(bundle.articles.map(yearOf))].find(
    (y) => y && bundle.articles.filter((a) => yearOf(a) === y).every((a) => !firstPage.has(a.slug)),
  );
  expect(year, "a year with no article on the first page").toBeTruthy();
  const inYear = bundle.articles.filter((a) => yearOf(a) === year).length;
  await expect(page.locator(`label[for="news-year-${year}"] .count`)).toHaveText(`(${inYear})`);
  // Meanwhile the list has been asked for, once the page was idle, so a search finds it there.
  await expect.poll(() => contentFiles(requests)).toContain(LIST);
  // "Show more" needs the list: it waits for it, saying so, then lists the next page.
  await page.getByRole("button", { name: "Show more news" }).click();
  await expect(page.locator("#news-count")).toHaveText("Loading…");
  await expect(page.locator(".news-item")).toHaveCount(NEWS_PAGE_SIZE);
  releaseList();
  await expect(page.locator(".news-item")).toHaveCount(Math.min(2 * NEWS_PAGE_SIZE, bundle.articles.length));
  await expect(page.locator("#news-count")).toHaveText(`All news: ${bundle.articles.length}`);
  expect(await page.locator(".news-item h2").allTextContents()).toEqual(
    bundle.articles.slice(0, 2 * NEWS_PAGE_SIZE).map((a) => a.title),
  );
  expect(contentFiles(requests)).toContain(LIST);
  expect(contentFiles(requests)).not.toContain(ARCHIVE);
});

test("the app takes the news page over without waiting for the list it fetches ahead of need, however slow the list", async ({ page }) => {
  // The browser is idle while the app draws the page's last part (its tasks come late), the
  // moment a download ahead of need would start; the takeover waits for every file on its
  // way, so such a download must start after it. The list never arrives here.
  await delayAppTasks(page, 300);
  const requests = recordRequests(page);
  const listEnded: string[] = [];
  const noteEnd = (request: Request) => {
    if (new URL(request.url()).pathname === LIST) listEnded.push(request.failure()?.errorText ?? "answered");
  };
  page.on("requestfailed", noteEnd);
  page.on("requestfinished", noteEnd);
  await page.route(`**${LIST}`, () => {
    // Never answered: the app gives up on it after its time limit.
  });
  await page.goto("/news");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  expect(listEnded, "the list had ended (given up on) before the app took the page over").toEqual([]);
  await expect(page.locator(".news-item")).toHaveCount(NEWS_PAGE_SIZE);
  await expect(page.locator("#news-count")).toHaveText(`All news: ${bundle.articles.length}`);
  // The list is still fetched ahead of need, once the app shows the page.
  await expect.poll(() => contentFiles(requests)).toContain(LIST);
});

test("a news list that fails to load says so where the results go, and Try again brings them", async ({ page }) => {
  let failing = true;
  await page.route(`**${LIST}`, (route) => (failing ? route.fulfill({ status: 503, body: "" }) : route.continue()));
  const year = bundle.articles[0].start!.slice(0, 4);
  await page.goto(`/news?year=${year}`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("503");
  // The page itself is still there around it.
  await expect(page.getByRole("heading", { name: "News", exact: true })).toBeVisible();
  await expect(page.getByRole("searchbox")).toBeVisible();
  // One h1 on the page: the failure's heading sits under the page's.
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(alert.getByRole("heading", { level: 2 })).toHaveText("The site's content could not be loaded");
  // Nothing was searched: no count and no "No news found" claim that nothing matched.
  await expect(page.locator("#news-count")).toHaveText("");
  await expect(page.locator(".news-empty")).toHaveCount(0);
  // The filters stay, the query's ticked, so the choice can be undone without the list.
  const yearBox = page.locator(`#news-year-${year}`);
  await expect(yearBox).toBeChecked();
  await yearBox.uncheck();
  await expect(page.locator("#news-count")).toHaveText(`All news: ${bundle.articles.length}`);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await yearBox.check();
  await expect(alert).toContainText("503");
  await expect(yearBox).toBeChecked();
  failing = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("#news-count")).toContainText("Found:");
  await expect(page.locator(".news-item")).toHaveCount(
    Math.min(NEWS_PAGE_SIZE, bundle.articles.filter((a) => a.start?.startsWith(year)).length),
  );
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a news list fetched ahead of need that fails says nothing until a search needs it", async ({ page }) => {
  let failing = true;
  let attempts = 0;
  await page.route(`**${LIST}`, (route) => {
    attempts++;
    return failing ? route.fulfill({ status: 503, body: "" }) : route.continue();
  });
  await page.goto("/news");
  // Fetched once the page is idle (at the latest 2 s after it opens), and failed.
  await expect.poll(() => attempts, { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  // The page shows what it has: the list's start, no alarm about a file nobody asked for.
  await expect(page.locator("#news-count")).toHaveText(`All news: ${bundle.articles.length}`);
  await expect(page.locator(".news-item")).toHaveCount(Math.min(NEWS_PAGE_SIZE, bundle.articles.length));
  await expect(page.getByRole("alert")).toHaveCount(0);

  // A search needs the list: it is asked for again, and its failure is said.
  const before = attempts;
  await page.getByRole("searchbox").fill("migration");
  await expect(page.getByRole("alert")).toContainText("503");
  expect(attempts).toBeGreaterThan(before);
  failing = false;
  await page.getByRole("alert").getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("#news-count")).toContainText("Found:");
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("the news list's later pages are pages of the app too: newest first, with links between them", async ({ page }) => {
  await page.goto("/news/page/2");
  await expect(h1(page)).toHaveText("News, page 2");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  expect(await page.locator(".news-item h2").allTextContents()).toEqual(
    bundle.articles.slice(NEWS_PAGE_SIZE, 2 * NEWS_PAGE_SIZE).map((a) => a.title),
  );
  await page.getByRole("navigation", { name: "Pages of the news" }).getByRole("link", { name: "Newer news" }).click();
  await expect(page).toHaveURL(/\/news$/);
  await expect(h1(page)).toHaveText("News");
  await expect(page.locator(".news-item")).toHaveCount(NEWS_PAGE_SIZE);
  // With the app, /news has "Show more" instead of the pages' links.
  await expect(page.getByRole("navigation", { name: "Pages of the news" })).toBeHidden();
  await page.goto(`/news/page/${Math.ceil(bundle.articles.length / NEWS_PAGE_SIZE) + 1}`);
  await expect(h1(page)).toHaveText("Page not found");
});

test("the first search loads the dictionary and some pieces, never the archive; says it is loading meanwhile, then shows what the text matches", async ({ page }) => {
  expect(PIECE_COUNT, "the build cuts the search into several pieces").toBeGreaterThan(2);
  const requests = recordRequests(page);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${SEARCH_FOLDER}*`, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/news");
  await expect(page.locator(".news-item")).toHaveCount(20);
  expect(contentFiles(requests).filter((path) => path.startsWith(SEARCH_FOLDER))).toEqual([]);
  // A word from deep in the newest article's body: the list (first paragraphs) lacks it.
  const words = blockTexts(bundle.articles[0].body).slice(1).join(" ").split(/\s+/).filter((w) => /^[a-z]{9,}$/i.test(w));
  expect(words.length, "a long word after the first paragraph").toBeGreaterThan(0);
  const word = words[words.length - 1];
  const box = page.getByRole("searchbox");
  await box.fill(word);
  // Until the search's files are there: no results from the list, and no "nothing found".
  await expect(page.locator("#news-count")).toHaveText("Loading…");
  await expect(page.locator(".news-item")).toHaveCount(0);
  await expect(page.locator(".news-empty")).toHaveCount(0);
  release();
  await expect(page.locator("#news-count")).toContainText("Found:");
  await expect(box).toBeFocused();
  // The snippet shows the word from deep in the body: it comes from the article's own file.
  const newest = page.locator(".news-item").filter({ hasText: bundle.articles[0].title });
  await expect(newest.locator(".news-item-snippet mark").first()).toHaveText(new RegExp(word, "i"));
  await box.fill(`${word} ${words[0]}`);
  await expect(page.locator("#news-count")).toContainText("Found:");
  const files = contentFiles(requests);
  expect(files).not.toContain(ARCHIVE);
  expect(files.filter((path) => path === DICTIONARY)).toEqual([DICTIONARY]);
  const pieces = files.filter((path) => path.startsWith(SEARCH_FOLDER) && path !== DICTIONARY);
  expect(pieces.length).toBeGreaterThan(0);
  expect(pieces.length, "only the pieces the words need").toBeLessThan(PIECE_COUNT);
});

test("a search piece that fails says so, and Try again finds the results", async ({ page }) => {
  let failures = 1;
  await page.route(`**${SEARCH_FOLDER}*`, (route) =>
    !route.request().url().endsWith("dictionary.bin") && failures-- > 0
      ? route.fulfill({ status: 503, body: "" })
      : route.continue(),
  );
  await page.goto("/news?q=migration");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("503");
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator("#news-count")).toHaveText("");
  await expect(page.locator(".news-empty")).toHaveCount(0);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("#news-count")).toContainText("Found:");
  await expect(page.locator(".news-item").first()).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("search results wait for the found articles' own files, so no snippet changes under the reader", async ({ page }) => {
  let letThrough!: () => void;
  const held = new Promise<void>((resolve) => (letThrough = resolve));
  await page.goto("/news");
  await expect(page.locator(".news-item")).toHaveCount(20);
  await page.route(ARTICLE_FILES, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole("searchbox").fill("migration");
  // The search's files arrive; the articles' are held: nothing is listed yet.
  await expect(page.locator("#news-count")).toHaveText("Loading…");
  await page.waitForTimeout(500);
  await expect(page.locator("#news-count")).toHaveText("Loading…");
  await expect(page.locator(".news-item")).toHaveCount(0);
  letThrough();
  await expect(page.locator("#news-count")).toContainText("Found:");
  // Every listed result shows the word it matched, at once.
  const items = page.locator(".news-item");
  const marked = page.locator(".news-item:has(mark)");
  expect(await items.count()).toBeGreaterThan(0);
  expect(await marked.count()).toBe(await items.count());
});

test("search results still show when the found articles' files fail, with the list's snippets", async ({ page }) => {
  await page.goto("/news");
  await page.route(ARTICLE_FILES, (route) => route.fulfill({ status: 503, body: "" }));
  await page.getByRole("searchbox").fill("migration");
  await expect(page.locator("#news-count")).toContainText("Found:");
  await expect(page.locator(".news-item").first()).toBeVisible();
});

test("following a link to a page whose file is slow puts focus on its heading once it is drawn", async ({ page }) => {
  await page.goto("/about");
  await page.route(`**${LIST}`, async (route) => {
    await new Promise((wait) => setTimeout(wait, 800));
    await route.continue();
  });
  await page.locator('.main-nav a[href="/news"]').click();
  await expect(page.locator("main h1")).toHaveText("News");
  await expect(page.locator("main h1")).toBeFocused();
});

test("an article whose file fails says so, and Try again loads it", async ({ page }) => {
  const article = bundle.articles[0];
  let failures = 1;
  await page.route(`**${articleFile(article.slug)}`, (route) =>
    failures-- > 0 ? route.fulfill({ status: 503, body: "" }) : route.continue(),
  );
  await page.goto("/");
  await page.locator(".card-title a").first().click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("503");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(h1(page)).toHaveText(article.title);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a page left open across a new release loads again from it instead of calling an article missing", async ({ page }) => {
  // The page starts on a release the host no longer has (published again since).
  await routeCore(page, (core) => {
    core.release = "0000000000000000";
  });
  await page.goto("/");
  await expect(h1(page)).toBeVisible();
  await page.unroute(BUNDLE_GLOB);
  let loads = 0;
  page.on("load", () => loads++);
  const article = bundle.articles[0];
  await page.getByRole("link", { name: article.title, exact: true }).first().click();
  await expect(h1(page)).toHaveText(article.title);
  await expect(page.locator(".article-body")).toBeVisible();
  expect(loads, "the page loaded again").toBe(1);
  expect(new URL(page.url()).pathname).toBe(`/news/${article.slug}`);
});

test("an article that does not exist is the not-found page, without a reload", async ({ page }) => {
  await page.goto("/");
  let loads = 0;
  page.on("load", () => loads++);
  await page.evaluate(() => {
    history.pushState(null, "", "/news/no-such-article");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  await expect(h1(page)).toHaveText("Page not found");
  expect(loads).toBe(0);
});
