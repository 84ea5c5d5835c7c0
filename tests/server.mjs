// Static server for the built site (../dist), as a production host would serve it:
//   - existing files are served with their content type;
//   - a missing path WITH a file extension (e.g. /content.json) is a real 404;
//   - any other path (e.g. /news/some-slug) gets index.html, so the app's router handles it;
//   - photos under /media/ are named by their content (the build hashes them), so they may be
//     cached for a year; everything else is revalidated (no-cache);
//   - every response carries the strict Content-Security-Policy below, the one we recommend for
//     production, so the tests prove the site works under it (no inline script or style, no
//     third-party requests).
// Usage: node server.mjs [--port 4173] [--dir ../dist]   (env PORT / DIST_DIR work too)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

function option(name, envName, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index !== -1 && process.argv[index + 1]) return process.argv[index + 1];
  return process.env[envName] ?? fallback;
}

const port = Number(option("port", "PORT", "4173"));
const root = resolve(here, option("dir", "DIST_DIR", "../dist"));

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

async function readIfFile(path) {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

/** Content-hashed files never change under their name; the rest must be revalidated. */
function cacheControl(pathname, status) {
  return status === 200 && pathname.startsWith("/media/") ? "public, max-age=31536000, immutable" : "no-cache";
}

function send(response, status, type, body, head, pathname = "") {
  response.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": cacheControl(pathname, status),
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
  });
  response.end(head ? undefined : body);
}

const server = createServer(async (request, response) => {
  const head = request.method === "HEAD";
  if (request.method !== "GET" && !head) {
    return send(response, 405, "text/plain; charset=utf-8", "method not allowed\n", head);
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  } catch {
    return send(response, 400, "text/plain; charset=utf-8", "bad request path\n", head);
  }
  const filePath = normalize(join(root, pathname));
  if (filePath !== root && !filePath.startsWith(root + sep)) {
    return send(response, 403, "text/plain; charset=utf-8", "forbidden\n", head);
  }

  const extension = extname(pathname);
  const body = await readIfFile(pathname.endsWith("/") ? join(filePath, "index.html") : filePath);
  if (body) {
    const type = CONTENT_TYPES[extension] ?? (extension ? "application/octet-stream" : CONTENT_TYPES[".html"]);
    return send(response, 200, type, body, head, pathname);
  }
  if (extension) {
    return send(response, 404, "text/plain; charset=utf-8", `not found: ${pathname}\n`, head);
  }
  const index = await readIfFile(join(root, "index.html"));
  if (!index) {
    return send(response, 500, "text/plain; charset=utf-8", `no index.html in ${root}: run trunk build first\n`, head);
  }
  return send(response, 200, CONTENT_TYPES[".html"], index, head);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}`);
});
