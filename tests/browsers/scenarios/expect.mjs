// @ts-check
// Checks on a Session that retry until they hold (the engines render at their own pace).
import assert from "node:assert/strict";
import { eventually } from "../driver/session.mjs";

/** @typedef {import("../driver/session.mjs").Session} Session */

/**
 * Waits until the text of `selector` matches `expected` (a string: equal; a RegExp: matches).
 * @param {Session} session
 * @param {string} selector
 * @param {string | RegExp} expected
 */
export function expectText(session, selector, expected, timeout = undefined) {
  return eventually(async () => {
    const text = await session.text(selector);
    const where = `${selector} on ${await session.location()} (${session.engine})`;
    if (typeof expected === "string") assert.equal(text, expected, where);
    else assert.match(text ?? "<none>", expected, where);
  }, { timeout });
}

/** Waits until the page's path and query match `expected`. */
export function expectLocation(session, expected) {
  return eventually(async () => {
    const location = await session.location();
    if (typeof expected === "string") assert.equal(location, expected, `address (${session.engine})`);
    else assert.match(location, expected, `address (${session.engine})`);
  });
}

/** Waits until `probe()` deep-equals `expected`. */
export function expectValue(probe, expected, message) {
  return eventually(async () => assert.deepEqual(await probe(), expected, message));
}

/** Waits until the main heading of the page is `heading` and the app has the page. */
export async function expectPage(session, heading) {
  await expectText(session, "main h1", heading);
}
