// Kiosk mode (`?kiosk`): a touch screen left alone all day at an event. Time is Playwright's
// clock, so the 90-second idle cycle takes no real time. (Kiosk tests that need another
// release served are in releases.spec.ts.)
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { blockTexts, loadBundle } from "./helpers";
import { decodeQr } from "./qr";

const bundle = loadBundle();
const IDLE_MS = ((bundle.site as { kiosk?: { idle_seconds?: number } }).kiosk?.idle_seconds ?? 90) * 1000;
const COUNTDOWN_MS = 20_000;

async function startKiosk(page: Page, path = "/"): Promise<void> {
  await page.clock.install();
  await page.goto(`${path}${path.includes("?") ? "&" : "?"}kiosk`);
  await expect(page.locator("html")).toHaveClass(/\bkiosk\b/);
  // The idle clock starts with the app (after the content has loaded): time moved before it
  // would not count.
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
}

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const stillThere = (page: Page) => page.getByRole("alertdialog");
const attract = (page: Page) => page.locator(".kiosk-attract");

test("?kiosk turns kiosk mode on for the device until ?kiosk=off; ordinary visitors see none of it", async ({ page }) => {
  await page.goto("/news");
  await expect(page.locator("html")).not.toHaveClass(/\bkiosk\b/);
  await expect(page.getByRole("group", { name: "On-screen keyboard" })).toHaveCount(0);

  await page.goto("/news?kiosk");
  await expect(page.locator("html")).toHaveClass(/\bkiosk\b/);
  await expect(page).toHaveURL(/\/news$/);
  await expect(page.getByRole("group", { name: "On-screen keyboard" })).toBeVisible();
  await page.goto("/about");
  await expect(page.locator("html"), "remembered on the device").toHaveClass(/\bkiosk\b/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bkiosk\b/);

  await page.goto("/?kiosk=off");
  await expect(page.locator("html")).not.toHaveClass(/\bkiosk\b/);
  await page.goto("/news");
  await expect(page.locator("html")).not.toHaveClass(/\bkiosk\b/);
  await expect(page.getByRole("group", { name: "On-screen keyboard" })).toHaveCount(0);
});

test("left alone, it asks 'Still there?', then starts over: home, default language, search cleared, top, no way back", async ({ page }) => {
  await startKiosk(page);
  await page.getByRole("button", { name: "Azərbaycanca" }).click();
  await page.getByRole("link", { name: "Xəbərlər" }).first().click();
  await expect(h1(page)).toHaveText("Xəbərlər");
  const keyboard = page.getByRole("group", { name: "Ekran klaviaturası" });
  for (const letter of "bor") await keyboard.getByRole("button", { name: letter, exact: true }).click();
  await expect(page).toHaveURL(/\/news\?q=bor$/);
  await page.locator(".news-item").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/news\/[a-z0-9-]+$/);
  await page.mouse.wheel(0, 2000);
  // The wheel reaches the page on its own time (Playwright does not wait for it); a wheel
  // handled after the clock has moved on would count as a late touch.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  await page.clock.runFor(IDLE_MS - 2_000);
  await expect(stillThere(page)).toHaveCount(0);
  await page.clock.runFor(3_000);
  await expect(stillThere(page)).toBeVisible();
  await expect(stillThere(page)).toContainText("Hələ buradasınız?");
  await page.clock.runFor(COUNTDOWN_MS);
  await expect(attract(page)).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await attract(page).click();
  await expect(attract(page)).toHaveCount(0);
  await expect(h1(page)).toHaveText("International Organization for Migration in Azerbaijan");
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // The last visitor's search is gone.
  await page.getByRole("link", { name: "News", exact: true }).first().click();
  await expect(page.getByRole("searchbox")).toHaveValue("");
  // Back does not lead to the last visitor's pages: the kiosk's history never grew.
  await page.goBack();
  await expect(page).not.toHaveURL(/\?q=|\/news\/[a-z0-9-]+$/);
});

test("'I am still here' keeps the visitor where they were", async ({ page }) => {
  await startKiosk(page, "/about");
  await page.clock.runFor(IDLE_MS + 5_000);
  await expect(stillThere(page)).toContainText(/starts over in \d+ seconds/);
  await stillThere(page).getByRole("button", { name: "I am still here" }).click();
  await expect(stillThere(page)).toHaveCount(0);
  await page.clock.runFor(COUNTDOWN_MS);
  await expect(attract(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/about$/);
});

test("the attract loop cycles the latest news and the projects; a tap ends it without touching the page under it", async ({ page }) => {
  await startKiosk(page);
  await page.clock.runFor(IDLE_MS + COUNTDOWN_MS + 1_000);
  await expect(attract(page)).toBeVisible();
  await expect(attract(page)).toContainText("Touch the screen to start");
  const titles: string[] = [];
  for (let slide = 0; slide < 6; slide++) {
    titles.push((await attract(page).locator("h2").textContent())!);
    await page.clock.runFor(8_000);
  }
  expect(titles.slice(0, 5)).toEqual(bundle.articles.slice(0, 5).map((a) => a.title));
  expect(bundle.projects.map((p) => p.name).some((name) => titles[5].startsWith(name))).toBe(true);
  // A tap where a link of the home page lies underneath: the loop ends, the page stays.
  const link = page.getByRole("link", { name: "More about IOM Azerbaijan" });
  const box = (await link.boundingBox())!;
  expect(box.y + box.height, "the link is on the screen, under the loop").toBeLessThan(page.viewportSize()!.height);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(attract(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("the attract loop is calm: nothing moves", async ({ page }) => {
    await startKiosk(page);
    await page.clock.runFor(IDLE_MS + COUNTDOWN_MS + 1_000);
    await expect(attract(page)).toBeVisible();
    for (const selector of [".kiosk-slide", ".kiosk-attract-call"]) {
      expect(await page.locator(selector).evaluate((el) => getComputedStyle(el).animationName), selector).toBe("none");
    }
  });
});

test("without reduced motion the attract loop's slides move in", async ({ page }) => {
  await startKiosk(page);
  await page.clock.runFor(IDLE_MS + COUNTDOWN_MS + 1_000);
  expect(await page.locator(".kiosk-slide").evaluate((el) => getComputedStyle(el).animationName)).not.toBe("none");
});

test("the on-screen keyboard types Naxçıvan and finds what typing it finds", async ({ page }) => {
  await page.goto("/news?q=" + encodeURIComponent("naxçıvan"));
  const typedStatus = await page.getByRole("status").filter({ hasText: "Found" }).textContent();
  const typedTitles = await page.locator(".news-item h2").allTextContents();
  expect(typedTitles.length).toBeGreaterThan(0);

  await startKiosk(page, "/news");
  const keyboard = page.getByRole("group", { name: "On-screen keyboard" });
  for (const letter of "naxçıvan") {
    await keyboard.getByRole("button", { name: letter, exact: true }).click();
  }
  await expect(page.getByRole("searchbox")).toHaveValue("naxçıvan");
  await expect(page).toHaveURL("/news?q=" + encodeURIComponent("naxçıvan"));
  await expect(page.getByRole("status").filter({ hasText: "Found" })).toHaveText(typedStatus!);
  expect(await page.locator(".news-item h2").allTextContents()).toEqual(typedTitles);
  // Backspace and clear edit the text as keys would.
  await keyboard.getByRole("button", { name: "Delete the last letter" }).click();
  await expect(page.getByRole("searchbox")).toHaveValue("naxçıva");
  await keyboard.getByRole("button", { name: "Clear" }).click();
  await expect(page.getByRole("searchbox")).toHaveValue("");
  await expect(page).toHaveURL(/\/news$/);
  // In Russian the keys are Cyrillic.
  await page.getByRole("button", { name: "Русский" }).click();
  const russian = page.getByRole("group", { name: "Экранная клавиатура" });
  for (const letter of "баку") await russian.getByRole("button", { name: letter, exact: true }).click();
  await expect(page.getByRole("searchbox")).toHaveValue("баку");
  await expect(page.getByRole("status").filter({ hasText: "Найдено" })).toBeVisible();
});

test("an article and a project offer their public address as a QR code that decodes to it", async ({ page }) => {
  const article = bundle.articles[0];
  const project = bundle.projects[0];
  await startKiosk(page, `/news/${article.slug}`);
  const panel = page.getByRole("complementary", { name: "Read this on your phone" });
  await expect(panel).toContainText(`${bundle.site.url}/news/${article.slug}`);
  expect(decodeQr(await panel.locator("img").screenshot())).toBe(`${bundle.site.url}/news/${article.slug}`);
  await page.goto(`/projects/${project.slug}`);
  expect(decodeQr(await page.getByRole("complementary", { name: "Read this on your phone" }).locator("img").screenshot()))
    .toBe(`${bundle.site.url}/projects/${project.slug}`);
  // Not for ordinary visitors.
  await page.goto(`/news/${article.slug}?kiosk=off`);
  await expect(page.getByRole("complementary", { name: "Read this on your phone" })).toHaveCount(0);
});

test("touch first: every target at least 48 px, no text selection, no context menu, no pull-to-refresh", async ({ page }) => {
  expect(blockTexts(bundle.articles[0].body).length).toBeGreaterThan(0);
  await startKiosk(page);
  for (const path of ["/", "/news", `/news/${bundle.articles[0].slug}`, "/projects"]) {
    if (path !== "/") await page.goto(path);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("a, button, .news-facet label, input[type=search]")]
        .filter((el) => {
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return box.width > 1 && box.height > 1 && style.visibility !== "hidden";
        })
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.height < 48 || box.width < 48;
        })
        .map((el) => `${el.tagName} "${(el.textContent ?? "").trim().slice(0, 40)}" ${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}`),
    );
    expect(small, `targets under 48 px on ${path}`).toEqual([]);
  }
  const style = await page.evaluate(() => {
    const html = getComputedStyle(document.documentElement);
    return { select: html.userSelect || html.webkitUserSelect, overscroll: html.overscrollBehaviorY };
  });
  expect(style).toEqual({ select: "none", overscroll: "none" });
  const menuPrevented = await page.evaluate(() => {
    const event = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
    document.querySelector("main")!.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(menuPrevented).toBe(true);
});
