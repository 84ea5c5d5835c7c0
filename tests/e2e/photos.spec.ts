// Photos: an article's and a project's photos are shown with the copies the build made
// (srcset/sizes, WebP first), their width and height (the place is kept before they load),
// alt text, lazy loading below the fold, and their caption and credit. The bundle is the real
// one with fixture photos added; every copy is answered with the generated test photo.
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Image,
  expectAppRendered,
  expectNoOffOriginRequests,
  loadBundle,
  recordCspViolations,
  recordRequests,
  routeBundle,
} from "./helpers";

const PHOTO = readFileSync(
  fileURLToPath(new URL("../../src/sitegen/tests/fixtures/media/gradient.png", import.meta.url)),
);
const WIDTHS = [480, 960, 1200];

/** A photo as the build records one made from a 1200 × 800 file. */
function photo(name: string, caption?: string): Image {
  const variants = WIDTHS.flatMap((width) =>
    (["webp", "png"] as const).map((format) => ({
      url: `media/${name}-${width}-0123456789.${format}`,
      width,
      height: (width * 2) / 3,
      format,
    })),
  );
  return { alt: `Alt text of ${name}`, credit: `Credit of ${name}`, caption, variants };
}

/** Answers every copy with the test photo (after `hold` resolves, if given). */
async function servePhotos(page: Page, hold?: Promise<void>): Promise<string[]> {
  const served: string[] = [];
  await page.route("**/media/**", async (route) => {
    served.push(new URL(route.request().url()).pathname);
    if (hold) await hold;
    await route.fulfill({ status: 200, contentType: "image/png", body: PHOTO }).catch(() => {});
  });
  return served;
}

const bundle = loadBundle();
const article = bundle.articles[0];
const project = bundle.projects[0];

test.beforeEach(async ({ page }) => {
  await routeBundle(page, (b) => {
    b.articles[0].images = [photo("lead", "The lead photo's caption"), photo("second")];
    b.projects[0].images = [photo("project")];
  });
});

test("an article shows its photos with every copy, their size, alt text, caption and credit", async ({ page, baseURL }) => {
  const served = await servePhotos(page);
  const requests = recordRequests(page);
  const violations = await recordCspViolations(page);
  await page.goto(`/news/${article.slug}`);
  await expectAppRendered(page);

  const figures = page.locator("main figure");
  await expect(figures).toHaveCount(2);
  const [lead, second] = [figures.nth(0), figures.nth(1)];
  // The first photo comes before the text and loads at once; the next one after it, lazily.
  await expect(page.locator("main figure + .article-body")).toHaveCount(1);
  await expect(page.locator(".article-body + figure")).toHaveCount(1);
  const leadImage = lead.locator("img");
  await expect(leadImage).toHaveAttribute("alt", "Alt text of lead");
  await expect(leadImage).toHaveAttribute("width", "1200");
  await expect(leadImage).toHaveAttribute("height", "800");
  await expect(leadImage).toHaveAttribute("loading", "eager");
  await expect(second.locator("img")).toHaveAttribute("loading", "lazy");
  await expect(leadImage).toHaveAttribute("sizes", /42rem/);

  // Each copy by its path from the site root (under a sub-path, with its base) and its width; WebP offered first, the file's own format as fallback.
  const copies = (format: string) =>
    WIDTHS.map((width) => `/media/lead-${width}-0123456789.${format} ${width}w`).join(", ");
  await expect(lead.locator("source")).toHaveAttribute("type", "image/webp");
  await expect(lead.locator("source")).toHaveAttribute("srcset", copies("webp"));
  await expect(leadImage).toHaveAttribute("srcset", copies("png"));
  await expect(leadImage).toHaveAttribute("src", `/media/lead-1200-0123456789.png`);

  await expect(lead.locator("figcaption")).toHaveText("The lead photo's caption Photo: Credit of lead");
  await expect(second.locator("figcaption")).toHaveText("Photo: Credit of second");

  // The lead photo really loads, from the site itself, under the strict policy.
  await expect.poll(() => leadImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(served.some((path) => path.startsWith("/media/lead-"))).toBe(true);
  expectNoOffOriginRequests(requests, new URL(baseURL!).origin);
  expect(violations).toEqual([]);
});

test("a photo keeps its place before it loads (no layout shift)", async ({ page }) => {
  let release!: () => void;
  await servePhotos(page, new Promise<void>((resolve) => (release = resolve)));
  await page.goto(`/news/${article.slug}`);
  await expectAppRendered(page);
  const image = page.locator("main figure img").first();
  const box = await image.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.width).toBeGreaterThan(100);
  expect(Math.abs(box!.height - (box!.width * 2) / 3)).toBeLessThan(2);
  const textTop = await page.locator(".article-body").evaluate((el) => el.getBoundingClientRect().top);
  release();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await page.locator(".article-body").evaluate((el) => el.getBoundingClientRect().top)).toBe(textTop);
});

test("a project shows its photo lazily with its credit", async ({ page }) => {
  await servePhotos(page);
  await page.goto(`/projects/${project.slug}`);
  await expectAppRendered(page);
  const figure = page.locator("main figure");
  await expect(figure).toHaveCount(1);
  await expect(figure.locator("img")).toHaveAttribute("loading", "lazy");
  await expect(figure.locator("img")).toHaveAttribute("alt", "Alt text of project");
  await expect(figure.locator("figcaption")).toContainText("Credit of project");
});

test("a photo whose copies point off the site is left out, and nothing is requested from elsewhere", async ({ page, baseURL }) => {
  await routeBundle(page, (b) => {
    const offSite = photo("elsewhere");
    offSite.variants = offSite.variants.map((variant) => ({ ...variant, url: `https://evil.example/${variant.url}` }));
    b.articles[0].images = [offSite, photo("kept")];
  });
  await servePhotos(page);
  const requests = recordRequests(page);
  await page.goto(`/news/${article.slug}`);
  await expectAppRendered(page);
  await expect(page.locator("main figure")).toHaveCount(1);
  await expect(page.locator("main figure img")).toHaveAttribute("alt", "Alt text of kept");
  expectNoOffOriginRequests(requests, new URL(baseURL!).origin);
});
