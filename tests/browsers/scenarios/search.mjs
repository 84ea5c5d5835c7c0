// @ts-check
// Searching the news and narrowing by a filter: the results follow, the URL holds the state,
// a reload restores it, and Back/Forward step through the filter change.
import assert from "node:assert/strict";
import { loadBundle, siteUrl } from "../site.mjs";
import { expectLocation, expectPage, expectText, expectValue } from "./expect.mjs";

const WORD = "migration";

/** @param {import("../driver/session.mjs").Session} session */
function shownResults(session) {
  return session.evaluate(() =>
    [...document.querySelectorAll(".news-item")].map((item) => ({
      title: item.querySelector(".news-item-title")?.textContent?.trim(),
      date: item.querySelector(".news-item-date")?.textContent ?? "",
      marked: item.querySelector("mark") !== null,
    })),
  );
}

/** The number in "Found: N of T". */
async function foundCount(session) {
  const text = await session.text("#news-count");
  const match = /Found: (\d+) of (\d+)/.exec(text ?? "");
  assert.ok(match, `count line “${text}”`);
  return Number(match[1]);
}

/** @type {import("../suite.mjs").Scenario} */
export default {
  name: "a search with a filter keeps its state in the URL",
  async run({ open }) {
    const total = loadBundle().articles.length;
    const session = await open();
    await session.goto(siteUrl("/news"));
    await expectPage(session, "News");
    await expectText(session, "#news-count", `All news: ${total}`);

    await session.type("#news-q", WORD);
    await expectLocation(session, `/news?q=${WORD}`);
    await expectText(session, "#news-count", new RegExp(`^Found: \\d+ of ${total}$`));
    const found = await foundCount(session);
    assert.ok(found > 0 && found < total, `“${WORD}” finds some news, not all (${found} of ${total})`);
    // Every result shown says why it matched.
    await expectValue(async () => (await shownResults(session)).every((r) => r.marked), true, "each result has a highlighted match");

    const year = await session.evaluate(
      () => document.querySelector('fieldset[data-facet="year"] input:not(:disabled)')?.getAttribute("value"),
    );
    assert.ok(year, "a year filter can be ticked");
    await session.click(`#news-year-${year}`);
    await expectLocation(session, new RegExp(`^/news\\?(q=${WORD}&year=${year}|year=${year}&q=${WORD})$`));
    await expectValue(async () => (await session.evaluate((id) => document.getElementById(id).checked, `news-year-${year}`)), true, "ticked");
    // The last results stay, the count line saying "Loading…", until the new ones can be shown.
    await expectValue(async () => (await shownResults(session)).every((r) => r.date.includes(year)), true, `results from ${year}`);
    await expectText(session, "#news-count", new RegExp(`^Found: \\d+ of ${total}$`));
    const filtered = await shownResults(session);
    assert.ok(filtered.length > 0 && filtered.length <= found, `${filtered.length} results in ${year}`);
    assert.ok(filtered.every((r) => r.date.includes(year)), `every result is from ${year}: ${filtered.map((r) => r.date)}`);
    const filteredLocation = await session.location();

    // The URL is the state: a reload shows the same search, filter and results.
    await session.reload();
    await expectLocation(session, filteredLocation);
    await expectValue(() => session.evaluate(() => document.getElementById("news-q").value), WORD, "search box after reload");
    await expectValue(() => shownResults(session), filtered, "results after reload");

    // Back undoes the filter (typing made no history entries of its own); Forward redoes it.
    await session.back();
    await expectLocation(session, `/news?q=${WORD}`);
    await expectValue(async () => foundCount(session), found, "results after Back");
    await expectValue(() => session.evaluate((id) => document.getElementById(id).checked, `news-year-${year}`), false, "unticked after Back");
    await session.forward();
    await expectLocation(session, filteredLocation);
    await expectValue(() => shownResults(session), filtered, "results after Forward");
  },
};
