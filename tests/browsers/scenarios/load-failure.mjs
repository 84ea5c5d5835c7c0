// @ts-check
// A broken content bundle (a truncated upload) gives a clear error with "Try again", and once
// the bundle is whole again that button brings the page back, at the same address.
import assert from "node:assert/strict";
import { expectLocation, expectPage, expectText, expectValue } from "./expect.mjs";

/** @type {import("../suite.mjs").Scenario} */
export default {
  name: "a broken content bundle shows the error, and its retry works",
  async run({ open, origin }) {
    const site = await origin();
    site.setMode("broken-bundle");
    const session = await open();
    await session.goto(site.url("/news"));

    await expectValue(() => session.visible('[role="alert"]'), true, "the error is shown");
    await expectText(session, '[role="alert"] h1', /\S/);
    await expectText(session, '[role="alert"] button', "Try again");
    assert.equal(await session.count(".news-item"), 0, "no half-loaded news list");

    site.setMode("pass");
    await session.click('[role="alert"] button');
    await expectPage(session, "News");
    await expectValue(() => session.count('[role="alert"]'), 0, "the error is gone");
    await expectValue(async () => (await session.count(".news-item")) > 0, true, "the news list is back");
    await expectLocation(session, "/news");
  },
};
