// @ts-check
// Every page the site has, loaded directly: the app takes it over (not "failed"), and it
// shows its own heading, tab title and text from the content.
import assert from "node:assert/strict";
import { firstParagraph, loadBundle, siteUrl } from "../site.mjs";
import { expectPage, expectValue } from "./expect.mjs";

const SITE = "IOM Azerbaijan";

/** Each page: its path, its heading, a text from the content it must show, its tab title. */
function sitePages() {
  const bundle = loadBundle();
  const projectTitle = (p) => (p.short_name ? `${p.name} (${p.short_name})` : p.name);
  return [
    { path: "/", heading: "International Organization for Migration in Azerbaijan", text: firstParagraph(bundle.site.intro), title: SITE },
    { path: "/about", heading: "About IOM Azerbaijan", text: firstParagraph(bundle.site.history), title: `About IOM Azerbaijan — ${SITE}` },
    { path: "/projects", heading: "Projects", text: bundle.projects[0].name, title: `Projects — ${SITE}` },
    { path: "/news", heading: "News", text: bundle.articles[0].title, title: `News — ${SITE}` },
    { path: "/careers", heading: "Careers", text: bundle.site.contact.phone, title: `Careers — ${SITE}` },
    ...bundle.articles.map((a) => ({
      path: `/news/${a.slug}`, heading: a.title, text: firstParagraph(a.body), title: `${a.title} — ${SITE}`,
    })),
    ...bundle.projects.map((p) => ({
      path: `/projects/${p.slug}`, heading: projectTitle(p), text: firstParagraph(p.summary), title: `${projectTitle(p)} — ${SITE}`,
    })),
    { path: "/no-such-page", heading: "Page not found", text: "Browse the news", title: `Page not found — ${SITE}` },
  ];
}

/** @type {import("../suite.mjs").Scenario} */
export default {
  name: "every page renders its heading and text",
  timeout: 300_000,
  async run({ open }) {
    const session = await open();
    for (const page of sitePages()) {
      await session.goto(siteUrl(page.path));
      await expectPage(session, page.heading);
      assert.equal(await session.attribute("html", "data-app"), "ready", `the app took ${page.path} over`);
      await expectValue(() => session.evaluate(() => document.title), page.title, `${page.path}: tab title`);
      if (page.text) {
        const main = (await session.text("main")) ?? "";
        assert.ok(main.includes(page.text), `${page.path} shows “${page.text.slice(0, 60)}…”`);
      }
    }
  },
};
