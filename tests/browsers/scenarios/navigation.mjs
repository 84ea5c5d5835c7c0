// @ts-check
// Following links inside the app, then Back and Forward through them: each step shows its
// page at its address, and keyboard focus lands on the new page's heading (as after a load);
// then the same by keyboard, from the skip link on.
import { loadBundle, siteUrl } from "../site.mjs";
import { expectLocation, expectPage, expectValue } from "./expect.mjs";

/** @type {import("../suite.mjs").Scenario} */
export default {
  name: "links and Back/Forward move between pages, focus on each new heading",
  async run({ open }) {
    const article = loadBundle().articles[0];
    const session = await open();
    const arrive = async (path, heading) => {
      await expectLocation(session, path);
      await expectPage(session, heading);
    };

    await session.goto(siteUrl("/"));
    await expectPage(session, "International Organization for Migration in Azerbaijan");
    await session.click('.main-nav a[href="/about"]');
    await arrive("/about", "About IOM Azerbaijan");
    await expectValue(() => session.focused(), "H1", "focus after following a link");
    await session.click('.main-nav a[href="/news"]');
    await arrive("/news", "News");
    await expectValue(() => session.focused(), "H1", "focus after following a link");
    await session.click(`.news-item-title a[href="/news/${article.slug}"]`);
    await arrive(`/news/${article.slug}`, article.title);
    await expectValue(() => session.focused(), "H1", "focus after following a link");
    await expectValue(() => session.evaluate(() => document.title), `${article.title} — IOM Azerbaijan`, "tab title");

    await session.back();
    await arrive("/news", "News");
    await session.back();
    await arrive("/about", "About IOM Azerbaijan");
    await expectValue(() => session.evaluate(() => document.title), "About IOM Azerbaijan — IOM Azerbaijan", "tab title after Back");
    await session.forward();
    await arrive("/news", "News");
    await session.forward();
    await arrive(`/news/${article.slug}`, article.title);

    // By keyboard: the first Tab reaches the skip link, which takes focus to the content;
    // a link followed with Enter lands focus on the new heading, drawn without a focus ring
    // in every engine (a heading is not a control; the engines' :focus-visible guesses differ).
    await session.goto(siteUrl("/about"));
    await expectPage(session, "About IOM Azerbaijan");
    await session.press("Tab");
    await expectValue(() => session.evaluate(() => document.activeElement?.className), "skip-link", "first Tab");
    await expectValue(() => session.visible(".skip-link"), true, "the skip link shows when focused");
    await session.press("Enter");
    await expectValue(() => session.focused(), "MAIN#main", "focus after the skip link");
    await session.evaluate(() => document.querySelector('.main-nav a[href="/careers"]').focus());
    await session.press("Enter");
    await arrive("/careers", "Careers");
    await expectValue(() => session.focused(), "H1", "focus after following a link with the keyboard");
    await expectValue(
      () => session.evaluate(() => {
        const style = getComputedStyle(document.querySelector("main h1"));
        return { outline: style.outlineStyle, shadow: style.boxShadow };
      }),
      { outline: "none", shadow: "none" },
      "no focus ring around the focused heading",
    );
  },
};
