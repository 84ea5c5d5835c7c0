// @ts-check
// The app starts only where it is needed (public/boot.js): a page that is only read downloads
// none of it; a real click on a control that needs it starts it, and the click is applied; a
// language remembered from an earlier visit starts it at once, with no touch.
import assert from "node:assert/strict";
import { siteUrl } from "../site.mjs";
import { expectPage, expectValue } from "./expect.mjs";

/** The app's files this page has requested so far (its script and its wasm). */
const appFiles = (session) =>
  session.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\/site_app-[0-9a-f]+(_bg\.wasm|\.js)$/.test(path)),
  );

/** @type {import("../suite.mjs").Scenario} */
export default {
  name: "the app starts only where it is needed",
  async run({ open }) {
    const session = await open();
    // The tab's own load: the session's would start the app.
    await session.tab.goto(siteUrl("/about"));
    await expectPage(session, "About IOM Azerbaijan");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.deepEqual(await appFiles(session), [], "a page only read downloads no app");
    assert.equal(await session.attribute("html", "data-app"), null, "no app took the page over");

    await session.click('.lang-switch button[lang="ru"]');
    await session.appSettled();
    await expectValue(() => session.attribute("html", "data-app-start"), "touch", "started by the click");
    await expectValue(() => session.attribute("html", "lang"), "ru", "<html lang>: the language clicked");
    await expectPage(session, "О МОМ в Азербайджане");
    assert.equal((await appFiles(session)).length, 2, "the app's script and wasm, once each");

    // Remembered: the next page starts the app at once, in that language, with no touch.
    await session.tab.goto(siteUrl("/projects"));
    await session.appSettled();
    await expectValue(() => session.attribute("html", "data-app-start"), "language", "started for the language");
    await expectPage(session, "Проекты");
  },
};
