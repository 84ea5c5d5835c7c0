// Content is data, never markup: hostile text (e2e/hostile-content.mjs) is shown literally,
// runs nothing, loads and navigates nowhere, keeps the text around it in its direction and
// does not break the layout: in the HTML the build prerenders (as served, and read without
// JavaScript) and after the app has taken the page over. The hostile site is the real build
// with a poisoned bundle, prerendered again (hostile-site.mjs). And the real site never calls
// another origin.
import { expect, test } from "./fixtures";
import type { Locator, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  archiveFile,
  type Bundle,
  blockTexts,
  expectAppRendered,
  expectNoHorizontalOverflow,
  expectNoOffOriginRequests,
  expectOnlyBuiltFilesRequested,
  externalLinkUrls,
  hostileSite,
  loadBundle,
  mainPages,
  recordCspViolations,
  recordRequests,
  withoutCsp,
} from "./helpers";
import {
  ATTRIBUTE_BREAKOUT,
  BIDI,
  EXTERNAL_URL,
  HOSTILE_TITLE,
  IMG_ONERROR,
  LONG_WORD,
  RLO,
  SCRIPT_TAG,
} from "./hostile-content.mjs";

/** The hostile site's bundle, as its pages were prerendered from it. */
function hostileBundle(): Bundle {
  return JSON.parse(readFileSync(archiveFile(hostileSite.dir), "utf8")) as Bundle;
}

/** A page of the hostile site and a text of it that holds the payloads. */
interface HostilePage { path: string; shows: string }

/** Home, news, projects, about, careers and the poisoned article and project. */
function hostilePages(bundle: Bundle): HostilePage[] {
  const [article] = bundle.articles;
  const [project] = bundle.projects;
  return [
    { path: "/", shows: article.title },
    { path: "/news", shows: article.title },
    { path: "/projects", shows: project.name },
    { path: "/about", shows: blockTexts(bundle.site.history)[0] },
    { path: "/careers", shows: bundle.vacancies[0].title },
    { path: `/news/${article.slug}`, shows: article.title },
    { path: `/projects/${project.slug}`, shows: project.name },
  ];
}

/** Fails the test on any dialog, which only a payload could open. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * Nothing in the document came from a payload: no element with an event-handler attribute or
 * the breakout's autofocus, no script but the site's boot script, no image (the hostile bundle
 * has no photos), no frame, and no link to a javascript:, data: or other site's address.
 */
async function expectNoElementFromContent(page: Page): Promise<void> {
  const made = await page
    .locator("[onerror], [onfocus], [onclick], [onload], [autofocus], [data-x], script:not([data-app-js]), img, iframe, object, embed")
    .evaluateAll((elements) => elements.map((element) => element.outerHTML.slice(0, 120)));
  expect(made, `elements made from content on ${page.url()}`).toEqual([]);
  await expect(page.locator("a[href^='javascript:' i], a[href^='data:' i], a[href^='//']")).toHaveCount(0);
}

/** The payloads read as the text they are, the long word included. */
async function expectShownLiterally(page: Page, shows: string): Promise<void> {
  // Playwright matches text with runs of white space collapsed, as the page shows them.
  await expect(page.getByRole("main")).toContainText(shows.replace(/\s+/g, " ").trim());
}

test.describe("hostile content in the prerendered pages", () => {
  test.use({ baseURL: hostileSite.baseURL });

  test("the HTML as served has every payload escaped", async ({ request }) => {
    const bundle = hostileBundle();
    for (const { path } of hostilePages(bundle)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      // Quotes need no escaping in text, so a payload's `href="javascript:` may be there as
      // text; a tag may not.
      expect(html.includes("<script>window.__pwned"), `${path} holds a <script> from content`).toBe(false);
      expect(html.includes('<img src="x"'), `${path} holds an <img> from content`).toBe(false);
      expect(html.match(/<a\b[^<>]*href="(javascript:|data:|\/\/)/gi), `${path} links to unsafe addresses`).toBeNull();
      expect(html, path).toContain("&lt;script&gt;window.__pwned");
      expect(html, path).toContain(LONG_WORD);
    }
  });

  test.describe("read without JavaScript", () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });

    test("every page shows the payloads as text, makes nothing of them and fits 375 px", async ({ page }) => {
      const bundle = hostileBundle();
      for (const { path, shows } of hostilePages(bundle)) {
        await page.goto(path);
        await expectShownLiterally(page, shows);
        await expectNoElementFromContent(page);
        await expectNoHorizontalOverflow(page);
      }
    });
  });
});

test.describe("hostile content once the app has taken over", () => {
  test.use({ baseURL: hostileSite.baseURL, viewport: { width: 375, height: 740 } });

  test("without the CSP to block them, no payload runs or loads anything on any page, and each page fits 375 px", async ({ page }) => {
    const bundle = hostileBundle();
    await withoutCsp(page);
    const dialogs = watchDialogs(page);
    const requests = recordRequests(page);
    const pages = [...hostilePages(bundle), { path: `/news?q=${encodeURIComponent(IMG_ONERROR)}`, shows: bundle.articles[0].title }];
    for (const { path, shows } of pages) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
      // The policy is really off: an inline handler set here runs.
      expect(await page.evaluate(() => {
        const probe = document.createElement("div");
        probe.setAttribute("onclick", "this.dataset.ran = 'yes'");
        probe.click();
        return probe.dataset.ran;
      }), `inline handlers run on ${path}`).toBe("yes");
      await expectShownLiterally(page, shows);
      await expectNoElementFromContent(page);
      await expectNoHorizontalOverflow(page);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), path).toBeUndefined();
    }
    await expect(page.getByRole("searchbox")).toHaveValue(IMG_ONERROR);
    expect(dialogs).toEqual([]);
    expectOnlyBuiltFilesRequested(requests, hostileSite.baseURL, hostileSite.dir);
  });

  test("under the site's CSP, no page attempts anything the policy blocks", async ({ page }) => {
    const bundle = hostileBundle();
    const violations = await recordCspViolations(page);
    const requests = recordRequests(page);
    for (const { path } of hostilePages(bundle)) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
      await expectAppRendered(page);
    }
    expect(violations).toEqual([]);
    expectNoOffOriginRequests(requests, hostileSite.baseURL);
  });

  test("links with a javascript:, data: or other site's address show their text without being links", async ({ page }) => {
    const bundle = hostileBundle();
    await withoutCsp(page);
    const dialogs = watchDialogs(page);
    await page.goto(`/news/${bundle.articles[0].slug}`);
    const urlBefore = page.url();
    for (const label of ["Script link in the text", "Off-site link in the text", "Data link in the text"]) {
      await expect(page.locator(".article-body").getByText(label)).toBeVisible();
      await expect(page.locator(".article-body a").filter({ hasText: label })).toHaveCount(0);
    }
    const report = page.getByText(`Report ${IMG_ONERROR}`);
    await expect(report).toBeVisible();
    await expect(page.locator("a").filter({ hasText: `Report ${IMG_ONERROR}` })).toHaveCount(0);
    await report.click();
    await page.waitForTimeout(300);
    expect(page.url()).toBe(urlBefore);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});

/** Each page with links in its content, and the addresses of those leaving the site. */
function pagesWithExternalLinks(bundle: Bundle): { path: string; urls: string[] }[] {
  const [article] = bundle.articles;
  const [vacancy] = bundle.vacancies;
  const listed = (links: { url: string }[] = []) => links.map((link) => link.url).filter((url) => /^https?:\/\//.test(url));
  return [
    { path: "/", urls: externalLinkUrls(bundle.site.intro) },
    { path: "/about", urls: externalLinkUrls(bundle.site.history) },
    { path: "/careers", urls: [...externalLinkUrls(vacancy.body ?? []), ...listed(vacancy.links)] },
    { path: `/news/${article.slug}`, urls: [...externalLinkUrls(article.body), ...listed(article.links)] },
    { path: `/projects/${bundle.projects[0].slug}`, urls: externalLinkUrls(bundle.projects[0].summary) },
  ];
}

/** Every link on the page that leaves the site: its address, rel and target. */
async function externalAnchors(page: Page) {
  const anchors = await page.locator("a[href]").evaluateAll((links) =>
    links.map((link) => ({
      href: (link as HTMLAnchorElement).href,
      rel: (link.getAttribute("rel") ?? "").split(/\s+/),
      target: link.getAttribute("target"),
    })),
  );
  const origin = new URL(page.url()).origin;
  return anchors.filter((anchor) => /^https?:/.test(anchor.href) && new URL(anchor.href).origin !== origin);
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`links and names in content, ${javaScriptEnabled ? "once the app has taken over" : "read without JavaScript"}`, () => {
    test.use({ baseURL: hostileSite.baseURL, javaScriptEnabled });

    test("every link in content that leaves the site is there, opens a new tab and has rel=noopener noreferrer", async ({ page }) => {
      const bundle = hostileBundle();
      const expected = pagesWithExternalLinks(bundle);
      expect(expected.flatMap(({ urls }) => urls)).toContain(EXTERNAL_URL);
      for (const { path, urls } of expected) {
        expect(urls.length, `the hostile bundle puts links on ${path}`).toBeGreaterThan(0);
        await page.goto(path);
        const anchors = await externalAnchors(page);
        expect(anchors.map((anchor) => anchor.href).sort(), path).toEqual([...urls].sort());
        for (const anchor of anchors) {
          expect(anchor.rel, `rel of ${anchor.href} on ${path}`).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
          expect(anchor.target, anchor.href).toBe("_blank");
        }
      }
    });

    test("a right-to-left override in a name does not turn the text after it around", async ({ page }) => {
      const bundle = hostileBundle();
      // An article listed with two or more topics and places, each name ending in an override.
      const article = bundle.articles.find((a) => a.topics.length > 1 && a.places.length > 1)!;
      expect(article, "an article with two topics and two places").toBeTruthy();
      for (const slug of [...article.topics, ...article.places]) {
        const term = [...bundle.topics, ...bundle.places].find((t) => t.slug === slug)!;
        expect(term.name, slug).toContain(RLO);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/news/${article.slug}`);
      // The names are laid out left to right, as the list and its commas are written.
      const row = (label: string) =>
        page.locator(".article-details > div").filter({ has: page.locator("dt", { hasText: label }) }).locator("dd");
      await expectLeftToRight(row("Topics").locator("a"));
      await expectLeftToRight(row("Places").locator("span[lang]"));
      if (javaScriptEnabled) {
        // A filter's count stays after its name, "(3)" not turned into ")3(": the shortest
        // topic's label, which fits on one line of the filter column.
        await page.goto("/news");
        const used = bundle.topics.filter((topic) => bundle.articles.some((a) => a.topics.includes(topic.slug)));
        const shortest = used.reduce((a, b) => (b.name.length < a.name.length ? b : a));
        const label = page.locator(`label[for="news-topic-${shortest.slug}"]`);
        await expectLeftToRight(label.locator("span"));
      }
    });
  });
}

/** The boxes of `items` (two or more, on one line) follow each other from left to right. */
async function expectLeftToRight(items: Locator): Promise<void> {
  const boxes = await items.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON()));
  expect(boxes.length, "names to compare").toBeGreaterThan(1);
  for (let i = 1; i < boxes.length; i++) {
    expect(Math.abs(boxes[i].top - boxes[0].top), "the names share a line").toBeLessThan(2);
    expect(boxes[i].left, `name ${i + 1} is right of name ${i}`).toBeGreaterThanOrEqual(boxes[i - 1].right - 1);
  }
}

test("the hostile site is the real bundle poisoned: every payload is in it", () => {
  const source = readFileSync(archiveFile(hostileSite.dir), "utf8");
  for (const payload of [SCRIPT_TAG, IMG_ONERROR, ATTRIBUTE_BREAKOUT, BIDI, LONG_WORD, HOSTILE_TITLE]) {
    expect(source).toContain(JSON.stringify(payload).slice(1, -1));
  }
  expect(hostileBundle().articles.length).toBe(loadBundle().articles.length);
});

test("no request leaves the site's own origin during a walk of the main pages", async ({ page, baseURL }) => {
  const bundle = loadBundle();
  const requests = recordRequests(page);
  const violations = await recordCspViolations(page);
  for (const path of mainPages(bundle)) {
    await page.goto(path);
    await expectAppRendered(page);
  }
  expect(requests.length).toBeGreaterThan(0);
  expectNoOffOriginRequests(requests, new URL(baseURL!).origin);
  // The strict policy blocks (and so hides from the request log) any off-origin call, inline
  // script or inline style: none may be attempted.
  expect(violations).toEqual([]);
});
