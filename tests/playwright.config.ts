import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";

// Browser tests run against the release build in ../dist (run `trunk build --release` first;
// .ci/run does), served by real nginx with the server block the build writes (nginx.mjs), and
// the sub-path build (../target/dist-subpath) under its prefix on the next port. The hostile
// site (hostile-site.mjs: that build with a poisoned bundle, prerendered again) is made from
// ../dist before nginx starts, so it always matches the build under test, and served on the
// port after.
const port = Number(process.env.TEST_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./e2e",
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: "chromium",
    viewport: { width: 1280, height: 800 },
    // The service worker would answer requests that tests route to stand-ins (a broken bundle,
    // a test build of the app) from its cache: only the specs about offline use allow it.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    trace: "off",
  },
  // Tests tagged @long (a minute of real time, a walk of every page) are queued first: started
  // last, one of them kept a worker busy alone for half a minute after the other had finished.
  projects: [
    { name: "long", grep: /@long/ },
    { name: "rest", grepInvert: /@long/ },
  ],
  webServer: {
    command:
      `node hostile-site.mjs --dir ${process.env.DIST_DIR ?? "../dist"} && ` +
      `node nginx.mjs --port ${port} --live-port ${port + 2} --dir ${process.env.DIST_DIR ?? "../dist"}`,
    url: `${baseURL}/index.html`,
    reuseExistingServer: !process.env.CI,
    // hostile-site.mjs runs sitegen (built by Trunk's hooks; cargo only checks it is fresh).
    timeout: 60_000,
  },
});
