// Every page is a real HTML file on the host: readable without JavaScript, with its own head tags,
// served by nginx (with the build's deploy/nginx.conf) with the right status, headers and
// precompressed copies; the app takes it over without a visible change; the feed, the sitemap
// and the sub-path build.
import { expect, reachForControl, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { get } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { type Bundle, NEWS_PAGE_SIZE as PAGE_SIZE, blockTexts, delayAppTasks, distDir, loadBundle } from "./helpers";

const bundle = loadBundle();
const PORT = Number(process.env.TEST_PORT ?? 4173);
const SUBPATH = "/iom-azerbaijan";
const SUBPATH_ORIGIN = `http://127.0.0.1:${PORT + 1}`;

/** Every page of the site with the heading it must show. */
function routes(site: Bundle): { path: string; h1: string }[] {
  return [
    { path: "/", h1: "International Organization for Migration in Azerbaijan" },
    { path: "/about", h1: "About IOM Azerbaijan" },
    { path: "/projects", h1: "Projects" },
    { path: "/news", h1: "News" },
    { path: "/careers", h1: "Careers" },
    ...site.projects.map((p) => ({
      path: `/projects/${p.slug}`,
      h1: p.short_name ? `${p.name} (${p.short_name})` : p.name,
    })),
    ...site.articles.map((a) => ({ path: `/news/${a.slug}`, h1: a.title })),
    // The news list's pages after the first, for readers without the app.
    ...Array.from({ length: Math.ceil(site.articles.length / PAGE_SIZE) - 1 }, (_, i) => ({
      path: `/news/page/${i + 2}`,
      h1: `News, page ${i + 2}`,
    })),
  ];
}

/** The text a reader would see in raw HTML: tags and Leptos's `<!>` markers dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*<\/head>/, "")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** The content of `<meta property|name="key" content="...">` in raw HTML, decoded. */
function metaContent(html: string, key: string): string | undefined {
  const match = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`));
  return match && visibleText(match[1]);
}

/** The first sentence of an article, as the prerendered page must carry it. */
function firstSentence(article: Bundle["articles"][number]): string {
  const text = blockTexts(article.body)[0].replace(/\s+/g, " ");
  return text.split(/(?<=\.) /)[0].slice(0, 200);
}

/** A raw HTTP GET (no browser, no automatic decompression). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

test.describe("raw HTML from the host", () => {
  test("every route is a 200 page holding its heading (and an article's first sentence)", async ({ request }) => {
    const all = routes(bundle);
    const archivePages = Math.ceil(bundle.articles.length / PAGE_SIZE) - 1;
    expect(archivePages, "the real content fills more than one page of news").toBeGreaterThan(0);
    expect(all.length).toBe(5 + bundle.projects.length + bundle.articles.length + archivePages);
    expect(bundle.articles.length, "the real content has articles").toBeGreaterThan(0);
    for (const { path, h1 } of all) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      const text = visibleText(html);
      expect(text, path).toContain(h1);
      const article = bundle.articles.find((a) => path === `/news/${a.slug}`);
      if (article) {
        expect(text, path).toContain(firstSentence(article));
        expect(metaContent(html, "og:title"), path).toBe(article.title);
        expect(metaContent(html, "og:type"), path).toBe("article");
        if (article.start) expect(metaContent(html, "article:published_time"), path).toBe(article.start);
      }
      expect(html, path).toMatch(/<link rel="canonical" href="https:\/\/[^"]+">/);
      expect(html, path).toContain('<link rel="alternate" type="application/atom+xml"');
      expect(html, path).toContain('<html lang="en"');
      expect(metaContent(html, "description"), path).toBeTruthy();
    }
  });

  test("a trailing slash reaches the same page", async ({ request }) => {
    const slash = await request.get("/about/");
    expect(slash.status()).toBe(200);
    expect(visibleText(await slash.text())).toContain("About IOM Azerbaijan");
  });

  test("an unknown path is a 404 with the not-found page, never the home page", async ({ request }) => {
    const pastTheLastPage = `/news/page/${Math.ceil(bundle.articles.length / PAGE_SIZE) + 1}`;
    for (const path of ["/no-such-page", "/news/no-such-article", "/projects/x/y", "/index.php", "/news/page/1", pastTheLastPage]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const text = visibleText(await response.text());
      expect(text, path).toContain("Page not found");
      expect(text, path).not.toContain("Latest news");
    }
  });

  test("headers: security on every response, year-long cache only for hashed files, content types", async ({ request }) => {
    const index = readFileSync(join(distDir, "index.html"), "utf8");
    const hashed = [...index.matchAll(/(?:href|src|data-app-js|data-app-wasm)="\/([^"]+-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css|svg))"/g)].map((m) => m[1]);
    expect(new Set(hashed.map((f) => f.split(".").pop())), "the page names its hashed assets").toEqual(new Set(["svg", "css", "js", "wasm"]));
    const expectations: [string, string, string][] = [
      ["/", "text/html; charset=utf-8", "no-cache"],
      [`/news/${bundle.articles[0].slug}`, "text/html; charset=utf-8", "no-cache"],
      ["/no-such-page", "text/html; charset=utf-8", "no-cache"],
      ["/boot.js", "text/javascript; charset=utf-8", "no-cache"],
      ["/content.json", "application/json; charset=utf-8", "no-cache"],
      ["/news/feed.xml", "application/atom+xml; charset=utf-8", "no-cache"],
      ["/sitemap.xml", "application/xml; charset=utf-8", "no-cache"],
      ["/robots.txt", "text/plain; charset=utf-8", "no-cache"],
      ...hashed.map((file): [string, string, string] => {
        const type = { js: "text/javascript; charset=utf-8", wasm: "application/wasm", css: "text/css; charset=utf-8", svg: "image/svg+xml; charset=utf-8" }[file.split(".").pop()!]!;
        return [`/${file}`, type, "public, max-age=31536000, immutable"];
      }),
    ];
    for (const [path, type, cache] of expectations) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["content-type"], path).toBe(type);
      expect(headers["cache-control"], path).toBe(cache);
      expect(headers["content-security-policy"], path).toBe(CSP);
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], path).toContain("camera=()");
    }
    for (const hostOnly of ["/_headers", "/deploy/nginx.conf"]) {
      expect((await request.get(hostOnly)).status(), hostOnly).toBe(404);
    }
  });

  test("text files come brotli- or gzip-compressed as the browser accepts, byte-identical once decompressed", async ({ baseURL }) => {
    const index = readFileSync(join(distDir, "index.html"), "utf8");
    const wasm = index.match(/data-app-wasm="\/([^"]+)"/)![1];
    for (const file of ["index.html", "news/feed.xml", "content.json", wasm]) {
      const original = readFileSync(join(distDir, file));
      const path = `/${file.replace(/index\.html$/, "")}`;
      const br = await rawGet(`${baseURL}${path}`, { "Accept-Encoding": "gzip, br" });
      expect(br.headers["content-encoding"], file).toBe("br");
      expect(br.headers["vary"], file).toContain("Accept-Encoding");
      expect(brotliDecompressSync(br.body).equals(original), `${file} (br)`).toBe(true);
      expect(br.body.length, file).toBeLessThan(original.length);
      const gz = await rawGet(`${baseURL}${path}`, { "Accept-Encoding": "gzip" });
      expect(gz.headers["content-encoding"], file).toBe("gzip");
      expect(gunzipSync(gz.body).equals(original), `${file} (gzip)`).toBe(true);
      const plain = await rawGet(`${baseURL}${path}`);
      expect(plain.headers["content-encoding"], file).toBeUndefined();
      expect(plain.body.equals(original), `${file} (identity)`).toBe(true);
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("home → news → an article → its project → back, by following links", async ({ page }) => {
    const article = bundle.articles.find((a) => a.projects.length > 0)!;
    expect(article, "the content has an article of a project").toBeTruthy();
    const project = bundle.projects.find((p) => p.slug === article.projects[0])!;
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("International Organization for Migration in Azerbaijan");
    await page.getByRole("link", { name: "All news" }).click();
    await expect(page).toHaveURL(/\/news$/);
    // Search and filters (which need the app) are not shown, nor "Show more", and the page says so.
    await expect(page.getByRole("searchbox")).toBeHidden();
    await expect(page.getByText("Searching and filtering the news needs JavaScript and WebAssembly")).toBeVisible();
    await expect(page.getByRole("button", { name: "Русский" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Show more news" })).toBeHidden();
    // Every article is listed, newest first, a page at a time, by following "Older news".
    expect(bundle.articles.length, "the content fills more than one page").toBeGreaterThan(PAGE_SIZE);
    const pages = Math.ceil(bundle.articles.length / PAGE_SIZE);
    const listed: string[] = [];
    for (let number = 1; ; number++) {
      const pager = page.getByRole("navigation", { name: "Pages of the news" });
      await expect(pager).toContainText(`Page ${number} of ${pages}`);
      listed.push(...(await page.locator(".news-item h2").allTextContents()));
      const older = pager.getByRole("link", { name: "Older news" });
      if (number === pages) {
        await expect(older).toHaveCount(0);
        break;
      }
      await older.click();
      await expect(page).toHaveURL(new RegExp(`/news/page/${number + 1}$`));
    }
    expect(listed).toEqual(bundle.articles.map((a) => a.title));
    // Back by "Newer news" to the page that lists the article, then to the article.
    const articlePage = Math.floor(bundle.articles.indexOf(article) / PAGE_SIZE) + 1;
    for (let number = pages; number > articlePage; number--) {
      await page.getByRole("navigation", { name: "Pages of the news" }).getByRole("link", { name: "Newer news" }).click();
      await expect(page).toHaveURL(number - 1 === 1 ? /\/news$/ : new RegExp(`/news/page/${number - 1}$`));
    }
    await page.locator(".news-item").filter({ hasText: article.title }).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/news/${article.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    await page.locator(".article-details").getByRole("link", { name: project.name }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${project.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(project.name);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/news/${article.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  });
});

test.describe("the app takes the page over", () => {
  test.use({ waitForApp: false });

  /** Sums layout shifts and notes when the largest paint happened and when the app took over. */
  async function watchTakeover(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, number>;
      w.__shift = 0;
      w.__lcp = -1;
      w.__takeover = -1;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) w.__shift += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__lcp = entry.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
      new MutationObserver(() => {
        if (w.__takeover < 0 && document.documentElement.dataset.app === "ready") w.__takeover = performance.now();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-app"] });
    });
  }

  for (const path of ["/", "/news", `/news/${bundle.articles[0].slug}`, "/news/page/2"]) {
    for (const width of [390, 1280]) {
      test(`${path} at ${width}px: no layout shift, the largest paint is the prerendered text, no console error`, async ({ page }) => {
        const errors: string[] = [];
        page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
        page.on("pageerror", (error) => errors.push(error.message));
        await page.setViewportSize({ width, height: 800 });
        await watchTakeover(page);
        // The app arrives a second late, as on a slow link: the prerendered page is painted
        // first, so any shift or new largest paint would be the takeover's.
        await page.route("**/*_bg.wasm", async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          await route.continue();
        });
        await page.goto(path);
        await reachForControl(page);
        await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
        await page.waitForTimeout(500);
        const { shift, lcp, takeover } = await page.evaluate(() => {
          const w = window as unknown as Record<string, number>;
          return { shift: w.__shift, lcp: w.__lcp, takeover: w.__takeover };
        });
        expect(takeover, "the app took over").toBeGreaterThan(0);
        expect(shift, "summed layout shift").toBeLessThanOrEqual(0.01);
        expect(lcp, "largest contentful paint happened").toBeGreaterThan(0);
        expect(lcp, "the largest paint was the prerendered page, before the app").toBeLessThan(takeover);
        expect(errors).toEqual([]);
      });
    }
  }

  test("/news: the filters, drawn in a task after the rest, are there when the app takes over, however late that task", async ({ page }) => {
    await delayAppTasks(page, 300);
    await page.addInitScript(() => {
      // What the page holds is noted when the app takes it over.
      const w = window as unknown as Record<string, unknown>;
      new MutationObserver((_, observer) => {
        if (document.documentElement.dataset.app !== "ready") return;
        w.__atTakeover = {
          app: document.querySelector("#app.app") !== null,
          filters: document.querySelectorAll("#app.app .news-filters input[type=checkbox]").length,
        };
        observer.disconnect();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-app"] });
    });
    await page.goto("/news");
    await reachForControl(page);
    await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
    // Once everything is drawn, the page holds its filters (a test of this test: not nothing).
    const checkboxes = page.locator(".news-filters input[type=checkbox]");
    await expect(checkboxes.first()).toBeAttached();
    await page.waitForTimeout(500);
    const filters = await checkboxes.count();
    const atTakeover = await page.evaluate(() => (window as unknown as Record<string, unknown>).__atTakeover);
    expect(atTakeover, "the page the app showed at once").toEqual({ app: true, filters });
  });

  test("search works once the app has taken over", async ({ page }) => {
    await page.goto("/news");
    // The box needs the app: reaching for it starts it.
    await page.getByRole("searchbox").click();
    await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
    await page.getByRole("searchbox").fill("readmission");
    await expect(page).toHaveURL(/\?q=readmission$/);
    await expect(page.getByRole("status").filter({ hasText: "Found" })).toContainText(`of ${bundle.articles.length}`);
    const shown = await page.locator(".news-item").count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(bundle.articles.length);
  });
});

test.describe("what the visitor does before the app takes over is kept", () => {
  test.use({ waitForApp: false });

  /** Holds the app's wasm until `release` is called: the prerendered page is all there is. */
  async function holdApp(page: Page): Promise<() => void> {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/*_bg.wasm", async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  const takenOver = (page: Page) => expect(page.locator("html")).toHaveAttribute("data-app", "ready");

  test("/news: the text typed and the box ticked run their search, and the cursor stays where it was", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const release = await holdApp(page);
    await page.goto("/news");
    const topic = page.locator(".news-filters input[name=topic]").first();
    await expect(topic, "the page has a topic to tick").toBeAttached();
    const topicSlug = await topic.getAttribute("value");
    await topic.check();
    await page.getByRole("searchbox").click();
    // A typo, and the cursor moved back into the word to mend it.
    await page.keyboard.type("readmision");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowLeft");
    await expect(page.locator("html")).not.toHaveAttribute("data-app", /./);
    release();
    await takenOver(page);
    await expect(page).toHaveURL(new RegExp(`[?&]q=readmision(&|$)`));
    await expect(page).toHaveURL(new RegExp(`[?&]topic=${topicSlug}(&|$)`));
    await expect(page.locator(`#app.app .news-filters input[name=topic][value="${topicSlug}"]`)).toBeChecked();
    await expect(page.getByRole("status").filter({ hasText: "Found" })).toContainText(`of ${bundle.articles.length}`);
    const box = page.locator("#app.app").getByRole("searchbox");
    await expect(box).toBeFocused();
    await page.keyboard.type("s");
    await expect(box).toHaveValue("readmission");
    await expect(page).toHaveURL(/[?&]q=readmission(&|$)/);
  });

  test("/: a language button pressed is applied, and keeps the focus", async ({ page }) => {
    const release = await holdApp(page);
    await page.goto("/");
    await page.locator(".lang-switch button[lang=ru]").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    release();
    await takenOver(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    const russian = page.locator("#app.app .lang-switch button[lang=ru]");
    await expect(russian).toHaveAttribute("aria-pressed", "true");
    await expect(russian).toBeFocused();
    await expect(page.getByRole("navigation").first()).toContainText("Новости");
    expect(await page.evaluate(() => localStorage.getItem("lang"))).toBe("ru");
  });

  test("/news on a phone: the filters' button pressed opens them once the app is there", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const release = await holdApp(page);
    await page.goto("/news");
    const toggle = page.getByRole("button", { name: "Filter the news" });
    await toggle.click();
    await expect(page.getByRole("group", { name: "Topic" }), "nothing answers before the app").toBeHidden();
    release();
    await takenOver(page);
    await expect(page.locator("#app.app .news-filters-toggle")).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("group", { name: "Topic" })).toBeVisible();
  });

  test("an article: a link reached with the keyboard keeps the focus", async ({ page }) => {
    const release = await holdApp(page);
    await page.goto(`/news/${bundle.articles[0].slug}`);
    // Tab until the focus is on a link in the page's main part, as a keyboard user reading on.
    let href: string | null = null;
    for (let presses = 0; presses < 40 && !href; presses++) {
      await page.keyboard.press("Tab");
      href = await page.evaluate(() => {
        const active = document.activeElement;
        return active instanceof HTMLAnchorElement && active.closest("main") ? active.getAttribute("href") : null;
      });
    }
    expect(href, "a link in the article's main part was reached").not.toBeNull();
    release();
    await takenOver(page);
    const focused = page.locator("#app.app main a:focus");
    await expect(focused).toHaveCount(1);
    await expect(focused).toHaveAttribute("href", href!);
  });
});

test.describe("feed and sitemap", () => {
  /** Parses XML in the browser (Node has no DOMParser); null when it is not well-formed. */
  async function parse(page: Page, xml: string): Promise<{ entries: { id: string; title: string }[]; urls: string[]; error: string | null }> {
    return page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.querySelector("parsererror")?.textContent ?? null;
      const entries = [...doc.getElementsByTagName("entry")].map((entry) => ({
        id: entry.getElementsByTagName("id")[0]?.textContent ?? "",
        title: entry.getElementsByTagName("title")[0]?.textContent ?? "",
      }));
      const urls = [...doc.getElementsByTagName("loc")].map((loc) => loc.textContent ?? "");
      return { entries, urls, error };
    }, xml);
  }

  test("the feed is Atom listing every article once, newest first, and the sitemap lists every page", async ({ page, request }) => {
    const feed = await parse(page, await (await request.get("/news/feed.xml")).text());
    expect(feed.error).toBeNull();
    expect(feed.entries.map((e) => e.title)).toEqual(bundle.articles.map((a) => a.title));
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(bundle.articles.length);
    for (const [index, article] of bundle.articles.entries()) {
      expect(feed.entries[index].id).toBe(`${bundle.site.url}/news/${article.slug}`);
    }
    const sitemap = await parse(page, await (await request.get("/sitemap.xml")).text());
    expect(sitemap.error).toBeNull();
    expect(sitemap.urls.sort()).toEqual(routes(bundle).map((r) => `${bundle.site.url}${r.path}`).sort());
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${bundle.site.url}/sitemap.xml`);
  });
});

test.describe("the sub-path build", () => {
  test("every route and file is served under its prefix, with prefixed links and canonical URLs", async ({ request }) => {
    for (const { path, h1 } of routes(bundle)) {
      const response = await request.get(`${SUBPATH_ORIGIN}${SUBPATH}${path}`);
      expect(response.status(), `${SUBPATH}${path} (is target/dist-subpath built?)`).toBe(200);
      const html = await response.text();
      expect(visibleText(html), path).toContain(h1);
      const hrefs = [...html.matchAll(/ (?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
      expect(hrefs.length, path).toBeGreaterThan(0);
      expect(hrefs.filter((href) => !href.startsWith(`${SUBPATH}/`)), path).toEqual([]);
      expect(html, path).toContain(`<link rel="canonical" href="${bundle.site.url}${SUBPATH}${path === "/" ? "/" : path}">`);
    }
    const missing = await request.get(`${SUBPATH_ORIGIN}${SUBPATH}/no-such-page`);
    expect(missing.status()).toBe(404);
    expect(visibleText(await missing.text())).toContain("Page not found");
    const feed = await (await request.get(`${SUBPATH_ORIGIN}${SUBPATH}/news/feed.xml`)).text();
    expect(feed).toContain(`<id>${bundle.site.url}${SUBPATH}/news/${bundle.articles[0].slug}</id>`);
    const sitemap = await (await request.get(`${SUBPATH_ORIGIN}${SUBPATH}/sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${bundle.site.url}${SUBPATH}/about</loc>`);
  });

  test("the app runs under the prefix: it takes over, navigates and loads its content there", async ({ page }) => {
    await page.goto(`${SUBPATH_ORIGIN}${SUBPATH}/news`);
    await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
    await page.getByRole("searchbox").fill("border");
    await expect(page).toHaveURL(`${SUBPATH_ORIGIN}${SUBPATH}/news?q=border`);
    await expect(page.locator(".news-item").first()).toBeVisible();
    await page.locator(".news-item").first().getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`^${SUBPATH_ORIGIN}${SUBPATH}/news/[a-z0-9-]+$`));
    await page.getByRole("link", { name: "About" }).click();
    await expect(page).toHaveURL(`${SUBPATH_ORIGIN}${SUBPATH}/about`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("About IOM Azerbaijan");
  });
});
