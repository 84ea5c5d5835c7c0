// Releases for the update tests, made the way a real release is: the built site with its app
// or content changed, finished by the site's own build tool (pages, release list in sw.js,
// compressed copies), and served by pointing the test server's third port at it.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { liveReleaseLink } from "../live-release.mjs";
import { expect, type Page } from "@playwright/test";
import { type Bundle, archiveFile, distDir } from "./helpers";

const testsDir = fileURLToPath(new URL("..", import.meta.url));
const targetDir = resolve(testsDir, process.env.CARGO_TARGET_DIR ?? "../target");
export const PORT = Number(process.env.TEST_PORT ?? 4173);
/** The origin that serves whichever release `serveRelease` last chose. */
export const LIVE_ORIGIN = `http://127.0.0.1:${PORT + 2}`;

/** Serves `dir` on the live port from now on (the next request sees it). */
export function serveRelease(dir: string): void {
  const link = liveReleaseLink(PORT);
  rmSync(link, { force: true });
  symlinkSync(dir, link);
}

/** The app's wasm file named in a built site's pages. */
export function wasmFile(dir: string): string {
  return readFileSync(join(dir, "index.html"), "utf8").match(/data-app-wasm="[^"]*?([^"/]+\.wasm)"/)![1];
}

/** The release id the build wrote into a site's service worker. */
export function releaseId(dir: string): string {
  return readFileSync(join(dir, "sw.js"), "utf8").match(/"id":"([0-9a-f]+)"/)![1];
}

interface Change {
  /** Changes the content bundle (a content-only release, or part of a full one). */
  content?: (bundle: Bundle) => void;
  /** Gives the app new bytes under a new hashed name, as a new build of the code would. */
  newApp?: boolean;
}

/** A copy of the built site with `change` applied and finished by `sitegen finish`. */
export function makeRelease(name: string, change: Change): string {
  const dir = mkdtempSync(join(tmpdir(), `site-release-${name}-`));
  cpSync(distDir, dir, { recursive: true });
  for (const file of listFiles(dir)) {
    if (file.endsWith(".br") || file.endsWith(".gz")) rmSync(file);
  }
  if (change.content) {
    // The whole bundle, changed, in place of the core: finish publishes it again.
    const bundle = JSON.parse(readFileSync(archiveFile(dir), "utf8")) as Bundle;
    change.content(bundle);
    writeFileSync(join(dir, "content.json"), JSON.stringify(bundle));
  }
  if (change.newApp) {
    const old = wasmFile(dir);
    const bytes = readFileSync(join(dir, old));
    const hash = createHash("sha256").update(name).digest("hex").slice(0, 16);
    // Trunk's hash has no leading zeros: 12 to 16 digits (as sitegen's host rules know).
    const renamed = old.replace(/-[0-9a-f]{12,16}_bg\.wasm$/, `-${hash}_bg.wasm`);
    if (renamed === old) throw new Error(`${old}: not a hashed wasm name`);
    writeFileSync(join(dir, renamed), Buffer.concat([bytes, customSection("release", name)]));
    rmSync(join(dir, old));
    const index = join(dir, "index.html");
    writeFileSync(index, readFileSync(index, "utf8").replaceAll(old, renamed));
  }
  const sitegen = join(targetDir, "debug", "sitegen");
  // Uncompressed: the test server then sends the files themselves (and no stale .br copy).
  execFileSync(sitegen, ["finish", "--no-compress", "--dist", dir, "--public-url", "/"], { stdio: "pipe" });
  return dir;
}

/** A copy of `dir` whose app wasm is cut in half after the release list was written: a half upload. */
export function truncatedCopy(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), "site-release-truncated-"));
  cpSync(dir, copy, { recursive: true });
  const wasm = join(copy, wasmFile(copy));
  truncateSync(wasm, Math.floor(statSync(wasm).size / 2));
  for (const encoded of [`${wasm}.br`, `${wasm}.gz`]) rmSync(encoded, { force: true });
  return copy;
}

/** A wasm custom section (ignored by engines): new bytes for the same code. */
function customSection(name: string, text: string): Buffer {
  const nameBytes = Buffer.from(name);
  const payload = Buffer.concat([leb128(nameBytes.length), nameBytes, Buffer.from(text)]);
  return Buffer.concat([Buffer.from([0]), leb128(payload.length), payload]);
}

function leb128(value: number): Buffer {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return Buffer.from(bytes);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}


/** Waits until the service worker controls the page (it does so once the release is cached). */
export async function offlineReady(page: Page): Promise<void> {
  // The release is cached once a worker is active; a page loaded before that is taken over
  // by `clients.claim()`, or else by its next load.
  const state = await page.evaluate(async () => {
    const ready = navigator.serviceWorker.ready.then(() => "active");
    const late = new Promise<string>((resolve) => setTimeout(() => resolve("late"), 45_000));
    if ((await Promise.race([ready, late])) === "active") return "active";
    const registration = await navigator.serviceWorker.getRegistration();
    return `no active worker after 45 s: ${JSON.stringify({
      registered: Boolean(registration),
      installing: registration?.installing?.state,
      waiting: registration?.waiting?.state,
    })}`;
  });
  expect(state, "the release is cached and its worker active").toBe("active");
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) await page.reload();
  expect(await controlled(), "the service worker controls the page").toBe(true);
  await expect(page.locator("html")).toHaveAttribute("data-release", /^[0-9a-f]{16}$/);
}

/**
 * The site's caches once no new release is being installed. Every page load checks for a new
 * release, so a broken one is tried (and fails, deleting its partial cache) again after each
 * load: this asks for a check itself (which queues behind one already started) and waits for
 * the attempt to end before listing.
 */
export async function cachesOnceSettled(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update().catch(() => undefined);
    for (let worker = registration.installing; worker; worker = registration.installing) {
      const attempt = worker;
      await new Promise<void>((resolve) => {
        const settled = () => attempt.state === "redundant" || attempt.state === "installed";
        if (settled()) resolve();
        attempt.addEventListener("statechange", () => settled() && resolve());
      });
    }
    return globalThis.caches.keys();
  });
}
