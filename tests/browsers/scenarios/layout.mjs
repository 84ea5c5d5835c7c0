// @ts-check
// Home, news and an article on a phone (390 px) and a desktop (1280 px): nothing is wider
// than the screen, the header and heading are on screen, and a screenshot of each goes to
// the test output (browser-results/<engine>/) for a person to compare the engines.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadBundle, siteUrl } from "../site.mjs";
import { expectPage } from "./expect.mjs";

const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** @type {import("../suite.mjs").Scenario} */
export default {
  name: "home, news and an article fit phone and desktop widths (screenshots)",
  timeout: 180_000,
  async run({ open, outputDir }) {
    const article = loadBundle().articles[0];
    const pages = [
      { name: "home", path: "/", heading: "International Organization for Migration in Azerbaijan" },
      { name: "news", path: "/news", heading: "News" },
      { name: "article", path: `/news/${article.slug}`, heading: article.title },
    ];
    for (const { width, height } of SCREENS) {
      const session = await open({ width, height });
      for (const page of pages) {
        await session.goto(siteUrl(page.path));
        await expectPage(session, page.heading);
        const { scrollWidth, clientWidth } = await session.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        assert.ok(scrollWidth <= clientWidth, `${page.path} at ${width} px is ${scrollWidth} px wide`);
        const headingBox = await session.evaluate(() => {
          const box = document.querySelector("main h1").getBoundingClientRect();
          return { left: box.left, right: box.right, top: box.top };
        });
        assert.ok(headingBox.left >= 0 && headingBox.right <= width && headingBox.top < height,
          `${page.path} at ${width} px: the heading is on screen (${JSON.stringify(headingBox)})`);
        writeFileSync(join(outputDir, `${page.name}-${width}.png`), await session.screenshot());
      }
      await session.close();
    }
  },
};
