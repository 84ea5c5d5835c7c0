// The news list's search and filters as a visitor uses them: typing (prefix, one typo, any
// spelling of a letter), ticking filters (OR within a facet, AND across), live counts,
// unavailable options, the empty state, and the URL as the state (reload, back/forward,
// shared links). Expected numbers come from the bundle the site serves, never hard-coded.
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { type Article, type Bundle, blockTexts, presetLanguage, servedBundle } from "./helpers";

type FacetParam = "year" | "topic" | "project" | "donor" | "place";


function values(article: Article, facet: FacetParam): string[] {
  switch (facet) {
    case "year":
      return article.start ? [article.start.slice(0, 4)] : [];
    case "topic":
      return article.topics;
    case "project":
      return article.projects;
    case "donor":
      return article.donors;
    case "place":
      return article.places;
  }
}

/** The articles the filters allow (OR within a facet, AND across facets), no search text. */
function filtered(bundle: Bundle, filters: Partial<Record<FacetParam, string[]>>): Article[] {
  return bundle.articles.filter((article) =>
    Object.entries(filters).every(
      ([facet, wanted]) => !wanted?.length || values(article, facet as FacetParam).some((v) => wanted.includes(v)),
    ),
  );
}

/** A place with news, none of it in `topic`: ticking the topic leaves the place nothing. */
function placeOutside(bundle: Bundle, topic: string) {
  const inTopic = filtered(bundle, { topic: [topic] });
  const place = bundle.places.find(
    (place) =>
      bundle.articles.some((a) => a.places.includes(place.slug)) && !inTopic.some((a) => a.places.includes(place.slug)),
  );
  expect(place, `a place with news, none of it in the topic ${topic}`).toBeTruthy();
  return place!;
}

function checkbox(page: Page, facet: FacetParam, value: string) {
  return page.locator(`#news-${facet}-${value}`);
}

function optionCount(page: Page, facet: FacetParam, value: string) {
  return page.locator(`label[for="news-${facet}-${value}"] .count`);
}

const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search the news" });
const status = (page: Page) => page.getByRole("status").filter({ hasText: /All news|Found/ });
const resultTitles = (page: Page) => page.locator(".news-item h2");

async function expectFound(page: Page, count: number, total: number) {
  await expect(status(page)).toHaveText(`Found: ${count} of ${total}`);
}

/** The query parameters of the page's URL as [name, value] pairs. */
function params(page: Page): [string, string][] {
  return [...new URL(page.url()).searchParams.entries()];
}

/** An article's title and body text, for checking what a search should find. */
function articleText(article: Article): string {
  return [article.title, ...blockTexts(article.body)].join("\n");
}

/** The status line and the titles shown for the search `q`. */
async function shownResults(page: Page, q: string): Promise<{ status: string; titles: string[] }> {
  await page.goto("/news?q=" + encodeURIComponent(q));
  await expect(status(page)).toHaveText(/^Found: /);
  return { status: (await status(page).textContent())!, titles: await resultTitles(page).allTextContents() };
}

/** A word of at least 8 letters that appears in exactly one article title and nowhere else in titles. */
function distinctiveTitleWord(bundle: Bundle): { word: string; article: Article } {
  const counts = new Map<string, Set<number>>();
  bundle.articles.forEach((article, index) => {
    for (const word of article.title.toLowerCase().match(/[a-z]{8,}/g) ?? []) {
      if (!counts.has(word)) counts.set(word, new Set());
      counts.get(word)!.add(index);
    }
  });
  for (const [word, articles] of counts) {
    if (articles.size === 1) return { word, article: bundle.articles[[...articles][0]] };
  }
  throw new Error("no title word of 8+ letters is unique to one article");
}

/** The most common topic, and the articles that have it. */
function busiestTopic(bundle: Bundle): string {
  const tally = new Map<string, number>();
  for (const article of bundle.articles) for (const topic of article.topics) tally.set(topic, (tally.get(topic) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

test.describe("news search and filters", () => {
  test("lists every article newest first and announces the total politely", async ({ page }) => {
    const bundle = await servedBundle(page);
    await page.goto("/news");
    await expect(status(page)).toHaveText(`All news: ${bundle.articles.length}`);
    await expect(status(page)).toHaveAttribute("aria-live", "polite");
    // A page at a time: "Show more news" until every article is there, in the bundle's order.
    const more = page.getByRole("button", { name: "Show more news" });
    while ((await resultTitles(page).count()) < bundle.articles.length) {
      const shown = await resultTitles(page).count();
      await more.click();
      await expect(resultTitles(page)).not.toHaveCount(shown);
    }
    await expect(more).toHaveCount(0);
    await expect(resultTitles(page)).toHaveText(bundle.articles.map((article) => article.title));
    // Every filter sits in a fieldset whose legend names it.
    for (const name of ["Year", "Topic", "Project", "Place"]) {
      await expect(page.getByRole("group", { name })).toBeVisible();
    }
  });

  test("typing a prefix finds the article, marks the word and replaces the history entry", async ({ page }) => {
    const bundle = await servedBundle(page);
    const { word, article } = distinctiveTitleWord(bundle);
    const prefix = word.slice(0, 6);
    await page.goto("/news");
    const historyBefore = await page.evaluate(() => history.length);
    await searchBox(page).pressSequentially(prefix, { delay: 30 });
    await expect(page).toHaveURL(new RegExp(`[?&]q=${prefix}$`));
    await expect(resultTitles(page).filter({ hasText: article.title })).toHaveCount(1);
    const marks = resultTitles(page).filter({ hasText: article.title }).locator("mark");
    await expect(marks.first()).toHaveText(new RegExp(`^${prefix}`, "i"));
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    // Every result really contains a word starting with the prefix (title or body).
    const shown = await resultTitles(page).allTextContents();
    for (const title of shown) {
      const match = bundle.articles.find((a) => a.title === title)!;
      const text = (match.title + " " + JSON.stringify(match.body)).toLowerCase();
      expect(text, title).toMatch(new RegExp(`\\b${prefix}`));
    }
  });

  test("forgives one typo and ignores how letters are typed", async ({ page }) => {
    const bundle = await servedBundle(page);
    const { word, article } = distinctiveTitleWord(bundle);
    // Swap two letters in the middle: one edit.
    const i = Math.floor(word.length / 2);
    const typo = word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
    await page.goto("/news?q=" + encodeURIComponent(typo));
    await expect(resultTitles(page).filter({ hasText: article.title })).toHaveCount(1);

    await page.goto("/news?q=" + encodeURIComponent(word));
    const exact = await status(page).textContent();
    // Upper case with Turkish dotted capital I and a combining accent: the same results.
    const shouted = word.toUpperCase().replace(/I/g, "İ").replace(/E/, "E\u0301");
    await page.goto("/news?q=" + encodeURIComponent(shouted));
    await expect(status(page)).toHaveText(exact!);
    await expect(resultTitles(page).filter({ hasText: article.title })).toHaveCount(1);
  });

  test("a place typed the Azerbaijani or Russian way gives the English name's list, marked in the text", async ({ page }) => {
    const bundle = await servedBundle(page);
    const place = bundle.places.find((p) => p.slug === "nakhchivan") as (Bundle["places"][number] & { aliases?: string[] }) | undefined;
    expect(place?.aliases ?? []).toEqual(expect.arrayContaining(["Naxçıvan", "Нахчыван"]));
    const tagged = filtered(bundle, { place: ["nakhchivan"] });
    const mentioning = bundle.articles.filter((a) => /nakhchivan|naxçıvan|нахчыван|нахичевань/i.test(articleText(a)));
    const expected = new Set([...tagged, ...mentioning]);
    // The issue this covers: the aliases found only the tagged articles, half the English list.
    expect(expected.size).toBeGreaterThan(tagged.length);

    const english = await shownResults(page, "Nakhchivan");
    expect(english.status).toBe(`Found: ${expected.size} of ${bundle.articles.length}`);
    await page.goto("/news");
    await searchBox(page).pressSequentially("Naxçıvan", { delay: 30 });
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("Naxçıvan");
    await expect(status(page)).toHaveText(english.status);
    expect(await resultTitles(page).allTextContents()).toEqual(english.titles);
    // The English spelling in the text is marked, though the visitor typed another.
    await expect(page.locator(".news-item mark").first()).toHaveText(/^Nakhchivan/i);
    for (const spelling of ["Нахчыван", "nakhchıvan"]) {
      expect(await shownResults(page, spelling), spelling).toEqual(english);
    }
  });

  test("every place tagged on an article gives the same list under each of its spellings", { tag: "@long" }, async ({ page }) => {
    test.setTimeout(90_000);
    const bundle = await servedBundle(page);
    type Place = Bundle["places"][number] & { aliases?: string[] };
    const places = (bundle.places as Place[]).filter(
      (p) => p.aliases?.length && bundle.articles.some((a) => a.places.includes(p.slug)),
    );
    expect(places.map((p) => p.slug)).toEqual(expect.arrayContaining(["baku", "ganja"]));
    for (const place of places) {
      const english = await shownResults(page, place.name);
      expect(english.titles.length, place.name).toBeGreaterThanOrEqual(
        Math.min(20, filtered(bundle, { place: [place.slug] }).length),
      );
      for (const alias of place.aliases!) {
        expect(await shownResults(page, alias), `${alias} (${place.name})`).toEqual(english);
      }
    }
  });

  test("other forms of a word find it: smugglers, trained", async ({ page }) => {
    const bundle = await servedBundle(page);
    for (const [typed, form] of [
      ["smugglers", /\bsmuggling\b/i],
      ["trained", /\btraining\b/i],
    ] as const) {
      const expected = bundle.articles.filter((a) => form.test(articleText(a)));
      expect(expected.length, typed).toBeGreaterThan(0);
      const shown = await shownResults(page, typed);
      for (const article of expected.slice(0, 20)) expect(shown.titles, `${typed}: ${article.title}`).toContain(article.title);
      // Articles with the very form typed come first.
      const exact = bundle.articles.filter((a) => new RegExp(`\\b${typed}\\b`, "i").test(articleText(a)));
      expect(shown.titles.slice(0, exact.length).sort(), typed).toEqual(exact.map((a) => a.title).sort());
      // The other form is what is marked.
      const marks = await page.locator(".news-item mark").allTextContents();
      expect(marks.length, typed).toBeGreaterThan(0);
      expect(marks.some((mark) => form.test(mark)), `${typed} marks ${marks.join(", ")}`).toBeTruthy();
    }
  });

  test("a slip in the word being typed is forgiven once seven letters are typed: readmsi, trafick", async ({ page }) => {
    for (const [slip, meant] of [
      ["readmsi", "readmis"],
      ["trafick", "traffick"],
    ]) {
      const intended = await shownResults(page, meant);
      expect(intended.titles.length, meant).toBeGreaterThan(0);
      await page.goto("/news");
      await searchBox(page).pressSequentially(slip, { delay: 30 });
      await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(slip);
      await expect(status(page)).toHaveText(intended.status);
      expect((await resultTitles(page).allTextContents()).sort(), slip).toEqual([...intended.titles].sort());
    }
  });

  test("filters combine OR within a facet and AND across, with live counts", async ({ page }) => {
    const bundle = await servedBundle(page);
    const total = bundle.articles.length;
    const first = busiestTopic(bundle);
    const second = bundle.topics.map((t) => t.slug).find((slug) => slug !== first && filtered(bundle, { topic: [slug] }).length > 0)!;
    await page.goto("/news");
    await expect(optionCount(page, "topic", first)).toHaveText(`(${filtered(bundle, { topic: [first] }).length})`);

    await checkbox(page, "topic", first).check();
    await expect(page).toHaveURL(`/news?topic=${first}`);
    await expectFound(page, filtered(bundle, { topic: [first] }).length, total);
    // Options of the same facet keep counting without the topic filter.
    await expect(optionCount(page, "topic", second)).toHaveText(`(${filtered(bundle, { topic: [second] }).length})`);

    await checkbox(page, "topic", second).check();
    await expectFound(page, filtered(bundle, { topic: [first, second] }).length, total);
    expect(params(page).filter(([name]) => name === "topic").map(([, v]) => v).sort()).toEqual([first, second].sort());

    const year = bundle.articles.find((a) => a.start && (a.topics.includes(first) || a.topics.includes(second)))!.start!.slice(0, 4);
    // The year's count says what ticking it would show, given the topics.
    const expected = filtered(bundle, { topic: [first, second], year: [year] });
    await expect(optionCount(page, "year", year)).toHaveText(`(${expected.length})`);
    await checkbox(page, "year", year).check();
    await expectFound(page, expected.length, total);
    const shown = await resultTitles(page).allTextContents();
    expect(shown.sort()).toEqual(expected.slice(0, 20).map((a) => a.title).sort());
  });

  test("options with no results stay visible but disabled", async ({ page }) => {
    const bundle = await servedBundle(page);
    const topic = busiestTopic(bundle);
    const empty = placeOutside(bundle, topic);
    await page.goto(`/news?topic=${topic}`);
    await expect(checkbox(page, "place", empty.slug)).toBeVisible();
    await expect(checkbox(page, "place", empty.slug)).toBeDisabled();
    await expect(optionCount(page, "place", empty.slug)).toHaveText("(0)");
  });

  test("each option's count and state follow the query in place", async ({ page }) => {
    const bundle = await servedBundle(page);
    const topic = busiestTopic(bundle);
    const empty = placeOutside(bundle, topic);
    const place = checkbox(page, "place", empty.slug);
    const count = filtered(bundle, { place: [empty.slug] }).length;
    await page.goto("/news");
    await expect(optionCount(page, "place", empty.slug)).toHaveText(`(${count})`);
    await expect(place).toBeEnabled();

    await checkbox(page, "topic", topic).check();
    await expect(optionCount(page, "place", empty.slug)).toHaveText("(0)");
    await expect(place).toBeDisabled();
    await checkbox(page, "topic", topic).uncheck();
    await expect(optionCount(page, "place", empty.slug)).toHaveText(`(${count})`);
    await expect(place).toBeEnabled();
  });

  test("the URL is the state: reload, back and forward", async ({ page }) => {
    const bundle = await servedBundle(page);
    const topic = busiestTopic(bundle);
    const year = filtered(bundle, { topic: [topic] }).find((a) => a.start)!.start!.slice(0, 4);
    await page.goto("/news");
    await checkbox(page, "topic", topic).check();
    await expect(page).toHaveURL(`/news?topic=${topic}`);
    await checkbox(page, "year", year).check();
    await expect(page).toHaveURL(`/news?year=${year}&topic=${topic}`);
    await searchBox(page).fill("training");
    await expect(page).toHaveURL(`/news?q=training&year=${year}&topic=${topic}`);
    const found = await status(page).textContent();

    await page.reload();
    await expect(searchBox(page)).toHaveValue("training");
    await expect(checkbox(page, "topic", topic)).toBeChecked();
    await expect(checkbox(page, "year", year)).toBeChecked();
    await expect(status(page)).toHaveText(found!);

    // Typing replaced the entry, so one Back undoes the year (and its search text with it).
    await page.goBack();
    await expect(page).toHaveURL(`/news?topic=${topic}`);
    await expect(checkbox(page, "year", year)).not.toBeChecked();
    await expect(searchBox(page)).toHaveValue("");
    await expectFound(page, filtered(bundle, { topic: [topic] }).length, bundle.articles.length);
    await page.goForward();
    await expect(page).toHaveURL(`/news?q=training&year=${year}&topic=${topic}`);
    await expect(checkbox(page, "year", year)).toBeChecked();
    await expect(searchBox(page)).toHaveValue("training");
  });

  test("links from project and topic pages open the news filtered", async ({ page }) => {
    const bundle = await servedBundle(page);
    const project = bundle.projects.find((p) => filtered(bundle, { project: [p.slug] }).length > 0)!;
    await page.goto(`/news?project=${project.slug}`);
    await expect(checkbox(page, "project", project.slug)).toBeChecked();
    const expected = filtered(bundle, { project: [project.slug] });
    await expectFound(page, expected.length, bundle.articles.length);
    await expect(resultTitles(page).first()).toHaveText(expected[0].title);
  });

  test("an empty result says why and offers to remove the filters", async ({ page }) => {
    const bundle = await servedBundle(page);
    const topic = bundle.topics.find((t) => filtered(bundle, { topic: [t.slug] }).length > 0)!;
    await page.goto(`/news?topic=${topic.slug}`);
    await searchBox(page).fill("qzxwvkj");
    await expectFound(page, 0, bundle.articles.length);
    await expect(page.getByRole("heading", { name: "No news found" })).toBeVisible();
    await expect(page.getByText("No article matches the search “qzxwvkj”.")).toBeVisible();
    await expect(page.getByText(`Active filters: Topic ${topic.name}.`)).toBeVisible();
    await page.getByRole("button", { name: "Remove all filters" }).click();
    await expect(page).toHaveURL("/news?q=qzxwvkj");
    await expect(checkbox(page, "topic", topic.slug)).not.toBeChecked();

    await page.getByRole("button", { name: "Clear search and filters" }).click();
    await expect(page).toHaveURL("/news");
    await expect(searchBox(page)).toHaveValue("");
    await expect(status(page)).toHaveText(`All news: ${bundle.articles.length}`);
  });

  test("everything works from the keyboard", async ({ page }) => {
    const bundle = await servedBundle(page);
    const topic = busiestTopic(bundle);
    await page.goto("/news");
    await searchBox(page).focus();
    await page.keyboard.type("border");
    await expect(page).toHaveURL("/news?q=border");
    await checkbox(page, "topic", topic).focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(`/news?q=border&topic=${topic}`);
    await expect(checkbox(page, "topic", topic)).toBeFocused();
  });

  test("speaks Azerbaijani and Russian", async ({ page }) => {
    const bundle = await servedBundle(page);
    await presetLanguage(page, "az");
    await page.goto("/news?q=qzxwvkj");
    await expect(page.getByRole("searchbox", { name: "Xəbərlərdə axtarış" })).toHaveValue("qzxwvkj");
    await expect(page.getByRole("group", { name: "İl" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Tapıldı" })).toHaveText(`Tapıldı: 0 / ${bundle.articles.length}`);
    await expect(page.getByRole("heading", { name: "Heç bir xəbər tapılmadı" })).toBeVisible();
    await page.getByRole("button", { name: "Русский" }).click();
    await expect(page.getByRole("searchbox", { name: "Поиск по новостям" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Тема" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Найдено" })).toHaveText(`Найдено: 0 из ${bundle.articles.length}`);
  });

  test("on a phone the filters are folded under the results' heading and open on demand", async ({ page }) => {
    const bundle = await servedBundle(page);
    const topic = busiestTopic(bundle);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/news");
    const toggle = page.getByRole("button", { name: "Filter the news" });
    await expect(toggle).toBeVisible();
    await expect(page.getByRole("group", { name: "Topic" })).toBeHidden();
    // The results are reachable without scrolling past every filter.
    await expect(resultTitles(page).first()).toBeInViewport();
    await toggle.click();
    await checkbox(page, "topic", topic).check();
    await expect(page).toHaveURL(new RegExp(`[?&]topic=${topic}(&|$)`));
    await expectFound(page, filtered(bundle, { topic: [topic] }).length, bundle.articles.length);
  });
});
