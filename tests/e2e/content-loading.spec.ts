// A page downloads the content it shows, not the archive (src/domain/src/shards.rs): every
// page the core content.json; an article its own file; the news list the archive. What a
// page loads must not grow with the number of articles.
import { expect, test } from "./fixtures";
import type { Page, Request } from "@playwright/test";
import { blockTexts, distDir, loadBundle, recordRequests } from "./helpers";
import { releaseFolder } from "../site-files.mjs";

// The service worker saves the whole release in the background; only the page's own
// requests are looked at here.
test.use({ serviceWorkers: "block" });

const bundle = loadBundle();
const release = releaseFolder(distDir);
const ARCHIVE = `/${release}/archive.json`;
const articleFile = (slug: string) => `/${release}/news/${slug}.json`;

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

test("following a neighbour loads only that article's file; the news list then loads the archive once", async ({ page }) => {
  const [newest, older] = bundle.articles;
  const requests = recordRequests(page);
  await page.goto(`/news/${newest.slug}`);
  await page.locator(".neighbours .older a").click();
  await expect(h1(page)).toHaveText(older.title);
  expect(contentFiles(requests).sort()).toEqual(["/content.json", articleFile(newest.slug), articleFile(older.slug)].sort());

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "News" }).click();
  await expect(page.locator(".news-item").first()).toBeVisible();
  expect(contentFiles(requests)).toContain(ARCHIVE);
  // Articles opened from the list are read from the archive already there.
  const before = contentFiles(requests).length;
  const third = bundle.articles[2];
  await page.getByRole("link", { name: third.title, exact: true }).click();
  await expect(h1(page)).toHaveText(third.title);
  expect(contentFiles(requests).length).toBe(before);
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
