// @ts-check
// The event kiosk: after one visit with the network, the site keeps working when the server
// can no longer be reached, thanks to the service worker (dist/sw.js).
//
// "Offline" here is the site's origin dropping every connection (SwitchableOrigin "down"),
// which every engine meets the same way; where the engine can also cut the tab's network in
// automation (Chromium, Firefox) that is done as well. WebKitGTK's WebDriver cannot.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { distDir, loadBundle } from "../site.mjs";
import { eventually } from "../driver/session.mjs";
import { expectLocation, expectPage, expectValue } from "./expect.mjs";

/** @type {import("../suite.mjs").Scenario} */
export default {
  name: "offline after one visit (service worker)",
  timeout: 120_000,
  async run({ open, origin, note }) {
    assert.ok(existsSync(join(distDir, "sw.js")), `${distDir}/sw.js is missing: the build has no service worker`);
    const article = loadBundle().articles[0];
    const site = await origin();
    const session = await open();

    // One visit online; the service worker installs and takes control.
    await session.goto(site.url("/"));
    await expectPage(session, "International Organization for Migration in Azerbaijan");
    await eventually(
      async () => {
        const controlled = await session.evaluate(async () => {
          await navigator.serviceWorker.ready;
          return navigator.serviceWorker.controller !== null;
        });
        if (!controlled) {
          await session.reload();
          throw new Error("the page is not controlled by the service worker yet");
        }
      },
      { timeout: 30_000, interval: 500 },
    );

    site.setMode("down");
    if (session.canGoOffline) await session.setOffline(true);
    else note(`${session.engine}: the tab's network cannot be cut in automation; the server is down instead`);

    // A fresh load of the visited page, then of others, and the app's own features.
    await session.reload();
    await expectPage(session, "International Organization for Migration in Azerbaijan");
    await expectValue(() => session.attribute("html", "data-app"), "ready", "the app starts offline");
    await session.goto(site.url("/news"));
    await expectPage(session, "News");
    await session.type("#news-q", "migration");
    await expectLocation(session, "/news?q=migration");
    await expectValue(async () => (await session.count(".news-item")) > 0, true, "search works offline");
    await session.goto(site.url(`/news/${article.slug}`));
    await expectPage(session, article.title);
  },
};
