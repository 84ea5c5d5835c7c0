// @ts-check
// Following links inside the app, then Back and Forward through them: each step shows its
// page at its address, and keyboard focus lands on the new page's heading (as after a load).
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
  },
};
