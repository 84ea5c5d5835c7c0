// @ts-check
// The built site the scenarios visit: its address (nginx, started by run.mjs with the same
// harness as the Playwright tests), its content bundle read from dist/, and a switchable
// origin in front of it that can break the bundle or go away, the same way for every engine.
import { readFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { archiveFile } from "../site-files.mjs";

const testsDir = fileURLToPath(new URL("..", import.meta.url));

/** The build under test (as in playwright.config.ts: DIST_DIR relative to tests/). */
export const distDir = resolve(testsDir, process.env.DIST_DIR ?? "../dist");

/** Where screenshots go for a person to compare (gitignored). */
export const outputDir = resolve(testsDir, process.env.BROWSER_RESULTS_DIR ?? "browser-results");

/** The nginx serving dist/, e.g. http://127.0.0.1:4180 (set by run.mjs). */
export function siteUrl(path = "/") {
  const base = process.env.SITE_URL;
  if (!base) throw new Error("SITE_URL is not set: run the suite with `node browsers/run.mjs`");
  return new URL(path, base).href;
}

/** @param {unknown[]} inlines  rich text (src/domain/src/model.rs) */
function plainText(inlines) {
  return inlines
    .map((inline) => {
      const value = /** @type {Record<string, any>} */ (inline);
      if ("text" in value) return value.text;
      if ("emphasis" in value) return plainText(value.emphasis);
      if ("strong" in value) return plainText(value.strong);
      return plainText(value.link.text);
    })
    .join("");
}

/** The reading text of the first paragraph of `blocks`, whitespace collapsed. */
export function firstParagraph(blocks) {
  const paragraph = blocks.find((block) => block.kind === "paragraph");
  return paragraph ? plainText(paragraph.text).replace(/\s+/g, " ").trim() : null;
}

let bundle;
/** The built content bundle (the archive of dist/), read once. */
export function loadBundle() {
  bundle ??= JSON.parse(readFileSync(archiveFile(distDir), "utf8"));
  return bundle;
}

/**
 * A proxy on its own port in front of the site. `mode` says what it does:
 * "pass" forwards everything; "broken-bundle" answers content.json with half of it (a
 * truncated upload); "down" drops every connection (the server is gone, as when offline);
 * "hold-app" keeps the app's wasm unanswered (a slow link) until `releaseApp()`.
 * Each instance is its own origin, so its storage and service workers start empty.
 */
export class SwitchableOrigin {
  /** @type {"pass" | "broken-bundle" | "down" | "hold-app"} */
  mode = "pass";
  /** @type {(() => void)[]} requests held by "hold-app" */
  held = [];

  /** @returns {Promise<SwitchableOrigin>} */
  static async start() {
    const origin = new SwitchableOrigin();
    await new Promise((resolve) => origin.server.listen(0, "127.0.0.1", () => resolve(undefined)));
    return origin;
  }

  constructor() {
    const upstream = new URL(siteUrl());
    this.server = createServer((req, res) => {
      if (this.mode === "down") return req.socket.destroy();
      const path = new URL(req.url ?? "/", "http://x").pathname;
      if (this.mode === "broken-bundle" && path.endsWith("/content.json")) {
        const text = readFileSync(join(distDir, "content.json"), "utf8");
        res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-cache" });
        return res.end(text.slice(0, Math.floor(text.length / 2)));
      }
      const forward = () => {
        const forwarded = request(
          { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        forwarded.on("error", () => res.destroy());
        req.pipe(forwarded);
      };
      if (this.mode === "hold-app" && path.endsWith("_bg.wasm")) this.held.push(forward);
      else forward();
    });
    this.server.on("connection", (socket) => {
      if (this.mode === "down") socket.destroy();
    });
  }

  /** The address of `path` on this origin. */
  url(path = "/") {
    const address = this.server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    return new URL(path, `http://127.0.0.1:${port}`).href;
  }

  /** Ends open keep-alive connections too, so the next request meets the new mode. */
  setMode(mode) {
    this.mode = mode;
    this.server.closeAllConnections();
  }

  /** Ends "hold-app": the held requests are answered, on their own connections. */
  releaseApp() {
    this.mode = "pass";
    for (const forward of this.held.splice(0)) forward();
  }

  close() {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve(undefined)));
  }
}
