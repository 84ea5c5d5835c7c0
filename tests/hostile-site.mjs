// Builds the hostile site the inert-content tests visit: a copy of the built site whose
// content.json is the real bundle poisoned with hostile text (e2e/hostile-content.mjs),
// finished again by `sitegen finish`, so every page is prerendered from that bundle by the
// same code that prerenders the real site. The tests then check the prerendered HTML as
// served, the page without JavaScript, and the app after it has taken the page over.
//
//   node hostile-site.mjs [--dir ../dist] [--out ../target/dist-hostile]
//
// Takes a second or two (sitegen is already built by Trunk's hooks); run before the browser
// tests by playwright.config.ts, so the hostile site always matches the build under test.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { poison } from "./e2e/hostile-content.mjs";
import { archiveFile } from "./site-files.mjs";
import { option } from "./script-options.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));

const dist = resolve(here, option("dir", "../dist", "DIST_DIR"));
const out = resolve(here, option("out", "../target/dist-hostile", "HOSTILE_DIST_DIR"));
if (dist === out) throw new Error(`hostile-site.mjs would overwrite the build it copies (${dist})`);
if (!existsSync(join(dist, "content.json"))) {
  throw new Error(`${dist}/content.json is missing: build the site first (trunk build --release)`);
}

rmSync(out, { recursive: true, force: true });
// Compressed copies would be served instead of the pages rewritten below: leave them out.
cpSync(dist, out, { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) });

// The whole bundle, poisoned, in place of the core: finish publishes it again.
const bundle = JSON.parse(readFileSync(archiveFile(out), "utf8"));
poison(bundle);
writeFileSync(join(out, "content.json"), JSON.stringify(bundle));

// The build's own prerendering, on the poisoned bundle (finish does not validate content: the
// JSON may hold what the content checks would refuse, as a hand-edited bundle could). The app's
// warnings about each refused link are expected here: shown only if the build fails.
try {
  execFileSync(
    "cargo",
    ["run", "--quiet", "--package", "sitegen", "--", "finish", "--dist", out, "--public-url", "/", "--no-compress"],
    { cwd: here, stdio: ["ignore", "inherit", "pipe"], maxBuffer: 64 * 1024 * 1024 },
  );
} catch (error) {
  process.stderr.write(error.stderr ?? "");
  throw error;
}
