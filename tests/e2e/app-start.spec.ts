// The app starts only where it is needed (public/boot.js): a visit that only reads the
// prerendered pages downloads none of it (but /news, made for its search, downloads it ahead);
// reaching for a control that needs it starts it, with the page's content files downloading
// beside it; a page that cannot be right without it (a query, another stored language, kiosk
// mode, vacancies that close) starts it at once.
import { expect, test } from "./fixtures";
import type { Page, Request } from "@playwright/test";
import { hostileSite, loadBundle, presetLanguage, recordRequests } from "./helpers";

const bundle = loadBundle();
const article = bundle.articles[0];

test.use({ waitForApp: false });

/** The requests for the app itself: its script and its wasm. */
const appRequests = (requests: Request[]) => requests.filter((request) => /\/site_app-[0-9a-f]+(_bg\.wasm|\.js)$/.test(request.url()));
/** The requests for content files (the core, an article's file, the news list's start). */
const contentRequests = (requests: Request[]) =>
  requests.filter((request) => /\/content(\.json|\/.+\.json)$/.test(new URL(request.url()).pathname));

const html = (page: Page) => page.locator("html");
const takenOver = (page: Page) => expect(html(page)).toHaveAttribute("data-app", "ready");

/** Loads `path` and waits until the page has settled: loaded, and no request for half a second. */
async function readPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

test.describe("a visit that only reads", () => {
  for (const path of ["/", `/news/${article.slug}`, `/projects/${bundle.projects[0].slug}`, "/about"]) {
    test(`${path} downloads neither the app nor its content`, async ({ page }) => {
      const requests = recordRequests(page);
      await readPage(page, path);
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(500);
      await expect(page.locator("main h1")).toBeVisible();
      expect(appRequests(requests).map((r) => r.url()), "app files requested").toEqual([]);
      expect(contentRequests(requests).map((r) => r.url()), "content files requested").toEqual([]);
      await expect(html(page)).not.toHaveAttribute("data-app", /./);
      await expect(html(page)).not.toHaveAttribute("data-app-start", /./);
    });
  }

  test("/news, made for its search and filters, downloads the app once idle without starting it; the search starts it from that download", async ({ page }) => {
    // The network as the browser sees it, with its cache (a routed page would have none).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    const urls = new Map<string, string>();
    const wasmBytes: number[] = [];
    cdp.on("Network.requestWillBeSent", (event) => urls.set(event.requestId, event.request.url));
    cdp.on("Network.loadingFinished", (event) => {
      if (urls.get(event.requestId)?.endsWith("_bg.wasm")) wasmBytes.push(event.encodedDataLength);
    });
    const requests = recordRequests(page);
    await readPage(page, "/news");
    await expect.poll(() => wasmBytes.length, "the wasm downloaded ahead").toBe(1);
    expect(wasmBytes[0]).toBeGreaterThan(100_000);
    expect(appRequests(requests), "the app's script and wasm").toHaveLength(2);
    expect(contentRequests(requests), "no content before the app starts").toEqual([]);
    await expect(html(page)).not.toHaveAttribute("data-app-start", /./);
    await expect(html(page)).not.toHaveAttribute("data-app", /./);

    await page.getByRole("searchbox").click();
    await takenOver(page);
    await page.getByRole("searchbox").fill("readmission");
    await expect(page.getByRole("status").filter({ hasText: "Found" })).toContainText(`of ${bundle.articles.length}`);
    const fromTheNetwork = wasmBytes.filter((bytes) => bytes > 10_000);
    expect(fromTheNetwork, "the wasm came over the network once").toHaveLength(1);
  });

  test("moves between pages by their links, each page the host's", async ({ page }) => {
    const requests = recordRequests(page);
    await readPage(page, "/");
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "News" }).click();
    await expect(page).toHaveURL(/\/news$/);
    await expect(page.locator("main h1")).toHaveText("News");
    await page.locator("main").getByRole("link", { name: article.title }).first().click();
    await expect(page.locator("main h1")).toHaveText(article.title);
    await page.goBack();
    await expect(page.locator("main h1")).toHaveText("News");
    // Back may come from the browser's back-forward cache rather than the host.
    const documents = requests.filter((request) => request.resourceType() === "document").map((r) => new URL(r.url()).pathname);
    expect(documents.slice(0, 3), "each page was loaded from the host").toEqual(["/", "/news", `/news/${article.slug}`]);
    expect(contentRequests(requests), "content files requested").toEqual([]);
    await expect(html(page)).not.toHaveAttribute("data-app-start", /./);
  });
});

test.describe("reaching for a control that needs the app starts it", () => {
  test("the pointer over the language buttons: the app and the page's content download side by side", async ({ page }) => {
    const requests = recordRequests(page);
    // The wasm is held: the content must be on its way before the app exists to ask for it.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/*_bg.wasm", async (route) => {
      await released;
      await route.continue();
    });
    await readPage(page, `/news/${article.slug}`);
    expect(appRequests(requests)).toEqual([]);
    await page.locator(".lang-switch button[lang=az]").hover();
    await expect.poll(() => appRequests(requests).length, "the app's script and wasm requested").toBe(2);
    // The files the build named in the page's head, and no others.
    const named = await page.locator('meta[name="app-content"]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute("content")));
    expect(named).toEqual(["/content.json", expect.stringMatching(new RegExp(`/news/${article.slug}\\.json$`))]);
    await expect
      .poll(() => contentRequests(requests).map((r) => new URL(r.url()).pathname), "content requested while the wasm is held")
      .toEqual(named);
    await expect(html(page)).toHaveAttribute("data-app-start", "touch");
    release();
    await takenOver(page);
    // Each content file once: the app's own requests were answered by boot.js's.
    await page.waitForTimeout(300);
    expect(contentRequests(requests)).toHaveLength(2);
    await expect(page.locator("main h1")).toHaveText(article.title);
  });

  test("the keyboard: the focus on a language button", async ({ page }) => {
    await readPage(page, "/");
    await expect(html(page)).not.toHaveAttribute("data-app-start", /./);
    // Tab from the top: the skip link, the site's name and the main navigation's links need no
    // app; the first language button does.
    for (let presses = 0; presses < 10; presses++) {
      await page.keyboard.press("Tab");
      if (await page.locator(".lang-switch button:focus").count()) break;
    }
    await expect(page.locator(".lang-switch button").first()).toBeFocused();
    await takenOver(page);
    await expect(html(page)).toHaveAttribute("data-app-start", "touch");
    await expect(page.locator("#app.app .lang-switch button").first(), "the focus was kept").toBeFocused();
  });

  test("a tap on a phone: the search box, and the text typed before the app came is searched", async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await readPage(page, "/news");
    await page.getByRole("searchbox").tap();
    await page.keyboard.type("readmission");
    await takenOver(page);
    await expect(page).toHaveURL(/[?&]q=readmission(&|$)/);
    await expect(page.getByRole("status").filter({ hasText: "Found" })).toContainText(`of ${bundle.articles.length}`);
    await context.close();
  });
});

test.describe("a page that cannot be right without the app starts it at once", () => {
  test("a query in the address: the search it asks for", async ({ page }) => {
    await page.goto("/news?q=readmission");
    await takenOver(page);
    await expect(html(page)).toHaveAttribute("data-app-start", "query");
    await expect(page.getByRole("searchbox")).toHaveValue("readmission");
    const shown = await page.locator(".news-item").count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(bundle.articles.length);
  });

  test("another language chosen on an earlier visit: the page in that language", async ({ page }) => {
    await presetLanguage(page, "ru");
    await page.goto("/about");
    await takenOver(page);
    await expect(html(page)).toHaveAttribute("data-app-start", "language");
    await expect(html(page)).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("navigation").first()).toContainText("Новости");
  });

  test("English chosen on an earlier visit is the pages' own language: nothing to start", async ({ page }) => {
    await presetLanguage(page, "en");
    const requests = recordRequests(page);
    await readPage(page, "/about");
    await page.waitForTimeout(500);
    expect(appRequests(requests)).toEqual([]);
  });

  test("kiosk mode, remembered on this device: the kiosk from the first page on", async ({ page }) => {
    await page.goto("/?kiosk");
    await takenOver(page);
    await expect(html(page)).toHaveAttribute("data-app-start", "query");
    await expect(html(page)).toHaveClass(/\bkiosk\b/);
    await expect(page).toHaveURL(/\/$/);
    // The next page, with no query: kiosk mode alone starts the app.
    await page.goto("/about");
    await takenOver(page);
    await expect(html(page)).toHaveAttribute("data-app-start", "kiosk");
    await expect(html(page)).toHaveClass(/\bkiosk\b/);
  });
});

test.describe("a page whose HTML goes stale by itself starts the app at once", () => {
  test.use({ baseURL: hostileSite.baseURL });

  test("careers listing vacancies, each of which closes", async ({ page }) => {
    await page.goto("/careers");
    await expect(page.locator(".vacancy").first(), "the site has a vacancy listed").toBeVisible();
    await takenOver(page);
    await expect(html(page)).toHaveAttribute("data-app-start", "closing-dates");
  });
});

test("Back to a page the app showed, on a copy of the page loaded anew, shows that page", async ({ page }) => {
  await readPage(page, "/");
  await page.locator(".lang-switch button").first().hover();
  await takenOver(page);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "About" }).click();
  await expect(page.locator("main h1")).toHaveText("About IOM Azerbaijan");
  // The app's pages are entries of one document; a reload makes a copy without the app.
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect(html(page)).not.toHaveAttribute("data-app", /./);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("main h1")).toHaveText(/International Organization for Migration/);
});
