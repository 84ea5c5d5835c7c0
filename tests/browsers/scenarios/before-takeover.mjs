// @ts-check
// On a slow link the prerendered page is used before the app arrives: a language pressed, text
// typed in the search box. Once the app takes the page over, the language is applied, the
// search has run, and the cursor is still in the box (src/app/src/takeover/visitor_state.rs).
import assert from "node:assert/strict";
import { expectLocation, expectPage, expectValue } from "./expect.mjs";

/** @type {import("../suite.mjs").Scenario} */
export default {
  name: "what the visitor did before the app took over is kept",
  async run({ open, origin }) {
    const site = await origin();
    site.setMode("hold-app");
    const session = await open();
    // The tab's own load: the session's would wait for the app, which is held.
    await session.tab.goto(site.url("/news"));
    await session.click('.lang-switch button[lang="az"]');
    await session.type("#news-q", "readmission");
    assert.equal(await session.attribute("html", "data-app"), null, "the app is still held");
    assert.equal(await session.attribute("html", "lang"), "en", "nothing answered before the app");

    site.releaseApp();
    await session.appSettled();
    await expectValue(() => session.attribute("html", "lang"), "az", "<html lang>: the language pressed");
    await expectPage(session, "Xəbərlər");
    await expectLocation(session, "/news?q=readmission");
    await expectValue(() => session.evaluate(() => document.querySelector("#news-q")?.value), "readmission", "the box's text");
    await expectValue(() => session.focused(), "INPUT#news-q", "the focus stays in the box");
  },
};
