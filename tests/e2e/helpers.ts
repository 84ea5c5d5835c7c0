// Shared helpers for the browser tests. The tests run against the release build in ../dist.
// Every page loads the core /content.json; it names the release folder content/<release>/
// with the whole bundle (archive.json, for the news list) and a file per article
// (src/domain/src/shards.rs).
import { expect, type Page, type Request, type Route } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { archiveFile } from "../site-files.mjs";

export { archiveFile };

/** Path the app fetches the core of the content from. */
export const BUNDLE_PATH = "/content.json";
/** Glob matching the core's request, for page.route. */
export const BUNDLE_GLOB = "**/content.json";
/** Glob matching the requests of a release's files (archive, articles). */
export const RELEASE_FILES_GLOB = "**/content/*/**";
/** Articles on a page of the news list (NEWS_PAGE_SIZE in src/domain/src/shards.rs). */
export const NEWS_PAGE_SIZE = 20;
/** localStorage key under which the app remembers the visitor's language. */
export const LANG_STORAGE_KEY = "lang";

// Loose shapes of the bundle (the contract is src/domain/src/model.rs); only what tests touch.
export type Inline =
  | { text: string }
  | { emphasis: Inline[] }
  | { strong: Inline[] }
  | { link: { url: string; text: Inline[] } };
/** A paragraph, heading or list item: text with emphasis and links. */
export type RichText = Inline[];
export type Block =
  | { kind: "paragraph"; text: RichText }
  | { kind: "heading"; text: { level: number; text: RichText } }
  | { kind: "numbered_list" | "bullet_list"; text: RichText[] }
  | { kind: "quote"; text: Block[] };
export interface ImageVariant { url: string; width: number; height: number; format: "webp" | "jpeg" | "png" }
/** A photo: `variants` are the copies the build made, narrowest first, urls relative to the site root. */
export interface Image { alt: string; credit: string; caption?: string; variants: ImageVariant[] }
export interface Term { slug: string; name: string }
export interface Link { label: string; url: string }
export interface Article {
  slug: string; title: string; start?: string; end?: string;
  places: string[]; projects: string[]; donors: string[]; topics: string[];
  body: Block[]; links?: Link[]; images?: Image[];
}
export interface Project { slug: string; name: string; short_name?: string; donors: string[]; summary: Block[]; images?: Image[] }
export interface Vacancy { slug: string; title: string; kind: string; closes: string; location?: string; body?: Block[]; links?: Link[] }
export interface Bundle {
  format_version: number;
  site: { name: string; intro: Block[]; history: Block[]; areas: string[]; government_partners: string[]; contact: Record<string, string> };
  articles: Article[]; projects: Project[]; donors: Term[]; topics: Term[]; places: Term[]; vacancies: Vacancy[];
  [key: string]: unknown;
}

/** Rich text of one plain run. */
export function richText(text: string): RichText {
  return [{ text }];
}

/** The text a reader sees: formatting dropped, a link's text kept. */
export function plainText(text: RichText): string {
  return text
    .map((inline) => {
      if ("text" in inline) return inline.text;
      if ("emphasis" in inline) return plainText(inline.emphasis);
      if ("strong" in inline) return plainText(inline.strong);
      return plainText(inline.link.text);
    })
    .join("");
}

/** The plain text of each paragraph, heading and list item of `blocks`, in reading order. */
export function blockTexts(blocks: Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case "paragraph":
        return [plainText(block.text)];
      case "heading":
        return [plainText(block.text.text)];
      case "numbered_list":
      case "bullet_list":
        return block.text.map(plainText);
      case "quote":
        return blockTexts(block.text);
    }
  });
}

const testsDir = fileURLToPath(new URL("..", import.meta.url));
// The build the tests run against (DIST_DIR, as in playwright.config.ts), relative to tests/.
export const distDir = resolve(testsDir, process.env.DIST_DIR ?? "../dist");
const targetDir = resolve(testsDir, process.env.CARGO_TARGET_DIR ?? "../target");
let bundleText: string | undefined;


/** The built bundle's raw text (the archive, read once from dist/). */
export function bundleSource(): string {
  bundleText ??= readFileSync(archiveFile(distDir), "utf8");
  return bundleText;
}

/** A fresh, mutable copy of the built bundle. */
export function loadBundle(): Bundle {
  return JSON.parse(bundleSource()) as Bundle;
}

/** The whole bundle as the site serves it (core, then the archive it names). */
export async function servedBundle(page: Page): Promise<Bundle> {
  const core = await page.request.get(BUNDLE_PATH);
  expect(core.ok()).toBeTruthy();
  const { release } = (await core.json()) as { release: string };
  const archive = await page.request.get(`/content/${release}/archive.json`);
  expect(archive.ok()).toBeTruthy();
  return (await archive.json()) as Bundle;
}

/**
 * Serves the content files `sitegen content` writes for `mutate(copy of the real bundle)`
 * (its core, archive, article and search files) instead of the built ones, for this page.
 */
export async function routeBundle(page: Page, mutate: (bundle: Bundle) => void): Promise<void> {
  const bundle = loadBundle();
  mutate(bundle);
  const dir = mkdtempSync(join(tmpdir(), "site-content-"));
  writeFileSync(join(dir, "bundle.json"), JSON.stringify(bundle));
  const out = join(dir, "site");
  execFileSync(join(targetDir, "debug", "sitegen"), ["content", "--bundle", join(dir, "bundle.json"), "--out", out], { stdio: "pipe" });
  const serve = (route: Route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(out, path.slice(path.indexOf("/content")));
    if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
    const contentType = file.endsWith(".bin") ? "application/octet-stream" : "application/json";
    return route.fulfill({ status: 200, contentType, body: readFileSync(file) });
  };
  await page.route(BUNDLE_GLOB, serve);
  await page.route(RELEASE_FILES_GLOB, serve);
}

/** Serves the built core with `mutate` applied instead of /content.json, for this page. */
export async function routeCore(page: Page, mutate: (core: Record<string, unknown>) => void): Promise<void> {
  const core = JSON.parse(readFileSync(join(distDir, "content.json"), "utf8")) as Record<string, unknown>;
  mutate(core);
  const body = JSON.stringify(core);
  await page.route(BUNDLE_GLOB, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
}

/** Answers /content.json with exactly this status, type and body. */
export async function routeBundleRaw(
  page: Page,
  response: { status: number; contentType: string; body: string },
): Promise<void> {
  await page.route(BUNDLE_GLOB, (route) => route.fulfill(response));
}

/**
 * Holds every /content.json request unanswered until `release()` is called (then aborts it),
 * to play a server that never answers. `requested` resolves once the app has asked.
 */
export async function routeBundleNeverAnswers(page: Page): Promise<{ requested: Promise<void>; release: () => void }> {
  let release!: () => void;
  let asked!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested = new Promise<void>((resolve) => (asked = resolve));
  await page.route(BUNDLE_GLOB, async (route: Route) => {
    asked();
    await released;
    await route.abort().catch(() => {
      // The app may already have given up on this request; nothing left to answer.
    });
  });
  return { requested, release };
}

/**
 * Makes every task the app asks for itself (a message to itself, as `Later` does) come `ms`
 * late, as on a busy phone: the browser is idle in between.
 */
export async function delayAppTasks(page: Page, ms: number): Promise<void> {
  await page.addInitScript((delay) => {
    const post = MessagePort.prototype.postMessage;
    MessagePort.prototype.postMessage = function (this: MessagePort, ...args: unknown[]) {
      setTimeout(() => post.apply(this, args as Parameters<typeof post>), delay);
    } as typeof post;
  }, ms);
}

/** Makes the app start in `lang` (as if the visitor had chosen it on an earlier visit). */
export async function presetLanguage(page: Page, lang: "en" | "az" | "ru"): Promise<void> {
  await page.addInitScript(
    ([key, value]) => window.localStorage.setItem(key, value),
    [LANG_STORAGE_KEY, lang] as const,
  );
}

/** Records every request the page makes from now on. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

/** Asserts every recorded request went to `origin` (data: and blob: URLs never leave the page). */
export function expectNoOffOriginRequests(requests: Request[], origin: string): void {
  const offOrigin = requests
    .map((request) => request.url())
    .filter((url) => !url.startsWith("data:") && !url.startsWith("blob:"))
    .filter((url) => new URL(url).origin !== origin);
  expect(offOrigin, `requests that left ${origin}`).toEqual([]);
}

/** The main pages of the site for a given bundle: every top-level page plus one of each detail page. */
export function mainPages(bundle: Bundle): string[] {
  // The app's routes (src/app/src/app.rs), plus a search, which filters the news in place.
  const pages = ["/", "/news", "/news?q=migration", "/projects", "/about", "/careers"];
  if (bundle.articles[0]) pages.push(`/news/${bundle.articles[0].slug}`);
  if (bundle.projects[0]) pages.push(`/projects/${bundle.projects[0].slug}`);
  return pages;
}

/** The app's load-failure screen: an alert with a retry button. */
export function errorScreen(page: Page) {
  const alert = page.getByRole("alert");
  return { alert, retry: alert.getByRole("button") };
}

/** Waits until the app has rendered a page (its main heading is visible). */
export async function expectAppRendered(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
}

/** Asserts the document does not scroll sideways (nothing wider than the viewport). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page ${page.url()} is wider than the viewport`).toBeLessThanOrEqual(clientWidth);
}

/**
 * Collects Content-Security-Policy violations (nginx sends the build's strict policy) across
 * navigations: an inline script or style, or a request to another origin, shows up here.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCspViolation", (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || "inline code"} on ${location.pathname}`);
    });
  });
  return violations;
}

/** The links of `blocks` that leave the site (http, https), in reading order. */
export function externalLinkUrls(blocks: Block[]): string[] {
  const inText = (text: RichText): string[] =>
    text.flatMap((inline) => {
      if ("emphasis" in inline) return inText(inline.emphasis);
      if ("strong" in inline) return inText(inline.strong);
      if ("link" in inline) return [...(/^https?:\/\//.test(inline.link.url) ? [inline.link.url] : []), ...inText(inline.link.text)];
      return [];
    });
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case "paragraph":
        return inText(block.text);
      case "heading":
        return inText(block.text.text);
      case "numbered_list":
      case "bullet_list":
        return block.text.flatMap(inText);
      case "quote":
        return externalLinkUrls(block.text);
    }
  });
}

/**
 * Serves this page's documents without their Content-Security-Policy header: the site's policy
 * blocks inline handlers and javascript: URLs whatever the app does, so a check that content
 * runs nothing must be made without it. Each document is fetched from nginx as usual and passed
 * on with every other header unchanged; other requests are left alone.
 */
export async function withoutCsp(page: Page): Promise<void> {
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.fallback();
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers["content-security-policy"];
    await route.fulfill({ response, headers });
  });
}

/**
 * Asserts every recorded request asked for a file the build wrote in `siteDir` (a page's
 * folder gives its index.html): content that became markup (an `<img src="x">`, a link
 * followed) would ask for something else, at whatever path it resolves against.
 */
export function expectOnlyBuiltFilesRequested(requests: Request[], origin: string, siteDir: string): void {
  const unexpected = requests
    .map((request) => request.url())
    .filter((url) => !url.startsWith("data:") && !url.startsWith("blob:"))
    .filter((url) => {
      const { origin: from, pathname } = new URL(url);
      if (from !== origin) return true;
      const file = join(siteDir, decodeURIComponent(pathname));
      const page = join(file, "index.html");
      return !(existsSync(file) && statSync(file).isFile()) && !existsSync(page);
    });
  expect(unexpected, "requests for anything the build did not write").toEqual([]);
}

/**
 * The hostile site (hostile-site.mjs: the build with a poisoned bundle), served by nginx.mjs on
 * the port after the release port (see playwright.config.ts).
 */
export const hostileSite = {
  dir: resolve(testsDir, process.env.HOSTILE_DIST_DIR ?? "../target/dist-hostile"),
  baseURL: `http://127.0.0.1:${Number(process.env.TEST_PORT ?? 4173) + 3}`,
};

/** The app built with the test-only `panic-trigger` feature (.ci/run builds it). */
export const panicTriggerAppDir = resolve(testsDir, process.env.PANIC_TRIGGER_APP_DIR ?? "../target/panic-trigger-app");

/** The event on the document that makes the panic-trigger build panic (src/app/src/panic_trigger.rs). */
export const PANIC_EVENT = "site-test-panic";

/**
 * Answers the app's script and wasm with the panic-trigger build's, which panics on a
 * PANIC_EVENT; returns the paths it served.
 */
export async function servePanicTriggerApp(page: Page): Promise<string[]> {
  const files = { js: join(panicTriggerAppDir, "site_app.js"), wasm: join(panicTriggerAppDir, "site_app_bg.wasm") };
  for (const file of Object.values(files)) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: build the panic-trigger app as .ci/run does (build_panic_trigger_app)`);
    }
  }
  const served: string[] = [];
  // The pages pin the shipped app by its hash (the module preload's `integrity`): without it,
  // for the stand-in to load.
  await page.route(
    (url) => !/\.[a-z0-9]+$/.test(url.pathname),
    async (route) => {
      if (route.request().resourceType() !== "document") return route.fallback();
      const response = await route.fetch();
      const body = (await response.text()).replace(/ integrity="[^"]*"/g, "");
      return route.fulfill({ response, body });
    },
  );
  await page.route(/\/site_app-[0-9a-f]+\.js$/, (route) => {
    served.push(new URL(route.request().url()).pathname);
    return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(files.js) });
  });
  await page.route(/\/site_app-[0-9a-f]+_bg\.wasm$/, (route) => {
    served.push(new URL(route.request().url()).pathname);
    return route.fulfill({ status: 200, contentType: "application/wasm", body: readFileSync(files.wasm) });
  });
  return served;
}
