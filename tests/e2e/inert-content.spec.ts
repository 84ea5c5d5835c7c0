// Content is data, never markup: hostile text in the bundle is shown literally, runs nothing,
// navigates nowhere and does not break the layout; and the site never calls another origin.
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import {
  type Block,
  type Bundle,
  richText,
  expectAppRendered,
  expectNoHorizontalOverflow,
  expectNoOffOriginRequests,
  loadBundle,
  mainPages,
  recordCspViolations,
  recordRequests,
  routeBundle,
} from "./helpers";

// Each payload, if ever interpreted as HTML or a URL, sets window.__pwned and/or opens a dialog.
const SCRIPT_TAG = "<script>window.__pwned = 'script'; alert('script')</script>";
const IMG_ONERROR = `<img src="x" onerror="window.__pwned = 'img'; alert('img')">`;
const JS_URL = "javascript:window.__pwned='link';alert('link')";
const BIDI = "\u202Egnp.exe\u202C report";
const LONG_WORD = "Migration".repeat(40); // 360 characters without a break opportunity

const HOSTILE_TITLE = `${SCRIPT_TAG} Title ${IMG_ONERROR} ${BIDI} ${LONG_WORD}`;
const hostileBody = (): Block[] => [
  { kind: "paragraph", text: richText(`Body ${SCRIPT_TAG} and ${IMG_ONERROR} and <a href="${JS_URL}">a link</a>`) },
  {
    kind: "paragraph",
    text: [
      { text: `${BIDI} ` },
      { strong: richText(LONG_WORD) },
      { link: { url: JS_URL, text: richText("Script link in the text") } },
      { link: { url: "//evil.example/x", text: richText("Off-site link in the text") } },
    ],
  },
  { kind: "heading", text: { level: 9, text: richText(SCRIPT_TAG) } },
  { kind: "bullet_list", text: [richText(IMG_ONERROR), [{ emphasis: richText(LONG_WORD) }]] },
  { kind: "numbered_list", text: [richText(SCRIPT_TAG), richText(BIDI)] },
  {
    kind: "quote",
    text: [{ kind: "paragraph", text: [{ link: { url: "data:text/html,<script>alert(1)</script>", text: richText("Data link in the text") } }] }],
  },
];

/** Puts the payloads into every kind of text the site shows. */
function poison(bundle: Bundle): void {
  const article = bundle.articles[0];
  article.title = HOSTILE_TITLE;
  article.body = hostileBody();
  article.links = [
    { label: `Report ${IMG_ONERROR}`, url: JS_URL },
    { label: "External report", url: "https://example.org/report.pdf" },
  ];
  for (const other of bundle.articles.slice(1, 5)) other.title = `${IMG_ONERROR} ${LONG_WORD}`;
  for (const project of bundle.projects) {
    project.name = `${SCRIPT_TAG} ${LONG_WORD}`;
    project.summary = hostileBody();
  }
  for (const terms of [bundle.donors, bundle.topics, bundle.places]) {
    for (const term of terms) term.name = `${IMG_ONERROR}${BIDI}`;
  }
  for (const vacancy of bundle.vacancies) {
    vacancy.title = HOSTILE_TITLE;
    vacancy.body = hostileBody();
  }
  bundle.site.intro = hostileBody();
  bundle.site.history = hostileBody();
  bundle.site.government_partners = bundle.site.government_partners.map(() => `${SCRIPT_TAG}${LONG_WORD}`);
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

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

test.describe("hostile content", () => {
  let bundle: Bundle;
  test.beforeEach(async ({ page }) => {
    bundle = loadBundle();
    test.skip(bundle.articles.length === 0, "the bundle has no article to poison");
    await routeBundle(page, poison);
  });

  test("article page: payloads are shown as text and nothing runs", async ({ page }) => {
    const dialogs = watchDialogs(page);
    const requests = recordRequests(page);
    await page.goto(`/news/${bundle.articles[0].slug}`);
    await expectAppRendered(page);

    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toContainText(SCRIPT_TAG);
    await expect(heading).toContainText(IMG_ONERROR);
    await expect(page.getByText(`Body ${SCRIPT_TAG}`)).toBeVisible();
    // The text keeps its bidi override character as data (not stripped into markup, not executed).
    expect(await heading.textContent()).toContain("\u202E");
    // No element was created from the payloads.
    await expect(page.locator("main script, main img[src='x'], [onerror]")).toHaveCount(0);
    expect(requests.map((request) => new URL(request.url()).pathname)).not.toContain("/x");

    await expectNothingRan(page, dialogs);
  });

  test("a javascript: link in content is never a clickable javascript: URL", async ({ page }) => {
    const dialogs = watchDialogs(page);
    await page.goto(`/news/${bundle.articles[0].slug}`);
    await expectAppRendered(page);
    const urlBefore = page.url();

    await expect(page.locator("a[href^='javascript:' i], a[href^='data:' i], a[href^='//']")).toHaveCount(0);
    // Links in the text with those URLs show their text without being links.
    for (const label of ["Script link in the text", "Off-site link in the text", "Data link in the text"]) {
      await expect(page.locator(".article-body").getByText(label)).toBeVisible();
      await expect(page.locator(".article-body a").filter({ hasText: label })).toHaveCount(0);
    }
    const label = page.getByText(`Report ${IMG_ONERROR}`);
    if ((await label.count()) > 0) {
      await label.first().click();
      await page.waitForTimeout(300);
    }
    expect(page.url()).toBe(urlBefore);
    await expectNothingRan(page, dialogs);
  });

  test("external links open safely (rel=noopener noreferrer)", async ({ page }) => {
    await page.goto(`/news/${bundle.articles[0].slug}`);
    await expectAppRendered(page);
    const external = page.locator("a[href='https://example.org/report.pdf']");
    await expect(external).toHaveCount(1);
    const rel = ((await external.getAttribute("rel")) ?? "").split(/\s+/);
    expect(rel).toContain("noopener");
    expect(rel).toContain("noreferrer");
  });

  test("no page scrolls sideways at 375px and nothing runs on any main page", async ({ page }) => {
    const dialogs = watchDialogs(page);
    await page.setViewportSize({ width: 375, height: 740 });
    for (const path of mainPages(bundle)) {
      await page.goto(path);
      await expectAppRendered(page);
      await expectNoHorizontalOverflow(page);
    }
    await expectNothingRan(page, dialogs);
  });
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

test("every external link in the real content has rel=noopener noreferrer", async ({ page, baseURL }) => {
  const bundle = loadBundle();
  const origin = new URL(baseURL!).origin;
  const pages = [
    ...mainPages(bundle),
    ...bundle.articles.filter((article) => (article.links ?? []).length > 0).map((article) => `/news/${article.slug}`),
  ];
  let checked = 0;
  for (const path of [...new Set(pages)]) {
    await page.goto(path);
    await expectAppRendered(page);
    const anchors = await page.locator("a[href]").evaluateAll((links) =>
      links.map((link) => ({ href: (link as HTMLAnchorElement).href, rel: link.getAttribute("rel") ?? "" })),
    );
    for (const anchor of anchors) {
      if (!anchor.href.startsWith("http") || new URL(anchor.href).origin === origin) continue;
      checked += 1;
      expect(anchor.rel.split(/\s+/), `rel of ${anchor.href} on ${path}`).toEqual(
        expect.arrayContaining(["noopener", "noreferrer"]),
      );
    }
  }
  // Every article link in the bundle is external (https:// or mailto:); the https ones must have been seen.
  const bundleHasExternalLinks = bundle.articles.some((article) =>
    (article.links ?? []).some((link) => link.url.startsWith("http")),
  );
  if (bundleHasExternalLinks) expect(checked, "external links found on the article pages").toBeGreaterThan(0);
});
