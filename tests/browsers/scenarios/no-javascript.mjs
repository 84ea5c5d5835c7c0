// @ts-check
// Without JavaScript the prerendered pages are the site: headings, text and links work, and
// the controls that would need the app (search, filters, language) are hidden with a note.
import assert from "node:assert/strict";
import { firstParagraph, loadBundle, siteUrl } from "../site.mjs";
import { expectLocation, expectPage, expectValue } from "./expect.mjs";

/** @type {import("../suite.mjs").Scenario} */
export default {
  name: "the prerendered pages read without JavaScript",
  async run({ open }) {
    const bundle = loadBundle();
    const article = bundle.articles[0];
    const session = await open({ javaScript: false });

    const pages = [
      { path: "/", heading: "International Organization for Migration in Azerbaijan", text: firstParagraph(bundle.site.intro) },
      { path: "/news", heading: "News", text: article.title },
      { path: `/news/${article.slug}`, heading: article.title, text: firstParagraph(article.body) },
    ];
    for (const page of pages) {
      await session.goto(siteUrl(page.path));
      await expectPage(session, page.heading);
      assert.ok(((await session.text("main")) ?? "").includes(page.text ?? ""), `${page.path} shows its text`);
      // The app never ran: it would have marked <html>.
      assert.equal(await session.attribute("html", "data-app"), null, `${page.path}: no script ran`);
      assert.equal(await session.visible(".lang-switch"), false, `${page.path}: the language switch is hidden`);
    }

    // On /news the search box and filters would do nothing: hidden, and the page says why.
    await session.goto(siteUrl("/news"));
    assert.equal(await session.visible("#news-q"), false, "search box hidden");
    assert.equal(await session.visible(".news-filters"), false, "filters hidden");
    assert.equal(await session.visible(".app-only-note"), true, "the note saying search needs JavaScript");
    assert.equal(await session.visible(".news-more"), false, "no Show more");
    // The whole list, a page at a time, by the links between the pages.
    const pageSize = 20; // NEWS_PAGE_SIZE in src/domain/src/shards.rs
    assert.ok(bundle.articles.length > pageSize, "the content fills more than one page");
    let listed = await session.count(".news-item");
    assert.equal(listed, pageSize, "the first page");
    for (let page = 2; page <= Math.ceil(bundle.articles.length / pageSize); page++) {
      await session.click(`.news-pages a[href="/news/page/${page}"]`);
      await expectLocation(session, `/news/page/${page}`);
      await expectPage(session, `News, page ${page}`);
      listed += await session.count(".news-item");
    }
    assert.equal(listed, bundle.articles.length, "every article, over the pages");

    // Links are plain links: following one loads the next prerendered page.
    await session.click('.main-nav a[href="/about"]');
    await expectLocation(session, "/about");
    await expectPage(session, "About IOM Azerbaijan");
    await expectValue(() => session.attribute("html", "data-app"), null, "still no script");
  },
};
