// Every page of the site, every article and every project, as a visitor meets them: headings,
// tab titles, "not found" for unknown addresses, the header's current section, the language
// switch, history navigation, focus after navigation, and the careers page's closing dates.
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import {
  type Article,
  type Block,
  type Bundle,
  blockTexts,
  expectAppRendered,
  expectNoHorizontalOverflow,
  loadBundle,
  presetLanguage,
  richText,
  routeBundle,
  servedBundle,
} from "./helpers";

const SITE = "IOM Azerbaijan";
/** Month names as each interface language writes them after a day (src/domain/src/date_format.rs). */
const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  az: ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
  ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
};
type Lang = keyof typeof MONTHS;

/** The bundle the site serves, fetched the way the app does. */

function h1(page: Page) {
  return page.locator("main h1");
}

function projectTitle(project: Bundle["projects"][number]): string {
  return project.short_name ? `${project.name} (${project.short_name})` : project.name;
}

/** "19 December 2016", "19 dekabr 2016": one day as a visitor reads it in `lang`. */
function dayText(lang: Lang, iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTHS[lang][month - 1]} ${year}`;
}

/**
 * An article's date as a visitor reads it: one day, or a span naming the month and year once
 * where they are shared ("13–16 dekabr 2016", "28 September – 4 October 2014").
 */
function dateText(lang: Lang, start: string, end?: string): string {
  if (!end || end <= start) return dayText(lang, start);
  const [startYear, startMonth, startDay] = start.split("-").map(Number);
  const [endYear, endMonth] = end.split("-").map(Number);
  if (startYear !== endYear) return `${dayText(lang, start)} – ${dayText(lang, end)}`;
  if (startMonth !== endMonth) return `${startDay} ${MONTHS[lang][startMonth - 1]} – ${dayText(lang, end)}`;
  return `${startDay}–${dayText(lang, end)}`;
}

/**
 * The related articles the content implies: those sharing a project or a topic with `article`,
 * a shared project weighing twice a shared topic, then the nearest in time, then bundle order;
 * at most three.
 */
function relatedTo(bundle: Bundle, article: Article): Article[] {
  const shared = (mine: string[], theirs: string[]) => theirs.filter((slug) => mine.includes(slug)).length;
  const day = (iso?: string) => (iso ? Date.parse(`${iso}T00:00:00Z`) / 86_400_000 : undefined);
  const distance = (other: Article) => {
    const [a, b] = [day(article.start), day(other.start)];
    return a === undefined || b === undefined ? Number.MAX_SAFE_INTEGER : Math.abs(a - b);
  };
  return bundle.articles
    .map((other, index) => ({
      other,
      index,
      score: 2 * shared(article.projects, other.projects) + shared(article.topics, other.topics),
      distance: distance(other),
    }))
    .filter(({ other, score }) => other.slug !== article.slug && score > 0)
    .sort((a, b) => b.score - a.score || a.distance - b.distance || a.index - b.index)
    .slice(0, 3)
    .map(({ other }) => other);
}

function isoDay(offsetDays: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function countBlocks(body: Block[], kind: Block["kind"]): number {
  return body.filter((block) => block.kind === kind).length;
}

test.describe("top-level pages", () => {
  const pages: { path: string; heading: RegExp; title: string }[] = [
    { path: "/", heading: /International Organization for Migration in Azerbaijan/, title: SITE },
    { path: "/about", heading: /About IOM Azerbaijan/, title: `About IOM Azerbaijan — ${SITE}` },
    { path: "/projects", heading: /^Projects$/, title: `Projects — ${SITE}` },
    { path: "/news", heading: /^News$/, title: `News — ${SITE}` },
    { path: "/careers", heading: /^Careers$/, title: `Careers — ${SITE}` },
  ];
  for (const { path, heading, title } of pages) {
    test(`${path} shows its heading and tab title, with header, nav, main and footer`, async ({ page }) => {
      await page.goto(path);
      await expect(h1(page)).toHaveText(heading);
      await expect(page).toHaveTitle(title);
      await expect(page.getByRole("banner")).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.getByRole("contentinfo")).toContainText("Address");
    });
  }

  test("home shows the latest news newest first and every project", async ({ page }) => {
    const bundle = await servedBundle(page);
    await page.goto("/");
    const latest = page.getByRole("region", { name: "Latest news" }).getByRole("listitem");
    await expect(latest.first()).toContainText(bundle.articles[0].title);
    await expect(latest).toHaveCount(Math.min(4, bundle.articles.length));
    const projects = page.getByRole("region", { name: "Projects" }).getByRole("link");
    for (const project of bundle.projects) {
      await expect(projects.filter({ hasText: project.name }).first()).toBeVisible();
    }
  });

  test("about lists the areas as news topic links, the donors and the contact details", async ({ page }) => {
    const bundle = await servedBundle(page);
    await page.goto("/about");
    await expect(page.getByText(`since ${(bundle.site as { member_state_since: number }).member_state_since}`)).toBeVisible();
    for (const slug of bundle.site.areas) {
      const topic = bundle.topics.find((t) => t.slug === slug)!;
      await expect(page.getByRole("link", { name: topic.name, exact: true }).first()).toHaveAttribute("href", `/news?topic=${slug}`);
    }
    for (const donor of bundle.donors) {
      await expect(page.getByRole("link", { name: donor.name, exact: true }).first()).toHaveAttribute("href", `/news?donor=${donor.slug}`);
    }
    for (const partner of bundle.site.government_partners) {
      await expect(page.getByRole("main").getByText(partner, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole("main")).toContainText(bundle.site.contact.phone);
  });
});

test("every article shows its title, date, details, body, neighbours and related articles as in the content", { tag: "@long" }, async ({ page }) => {
  test.setTimeout(180_000);
  const bundle = await servedBundle(page);
  expect(bundle.articles.length).toBeGreaterThan(0);
  let relatedShown = 0;
  for (const [index, article] of bundle.articles.entries()) {
    await page.goto(`/news/${article.slug}`);
    await expect(h1(page), article.slug).toHaveText(article.title);
    await expect(page).toHaveTitle(`${article.title} — ${SITE}`);

    const details = page.locator(".article-details");
    if (article.start) {
      const time = details.locator("time");
      await expect(time).toHaveAttribute("datetime", article.start);
      await expect(time).toHaveText(dateText("en", article.start, article.end));
    } else {
      await expect(details).toContainText("Date not stated");
    }
    for (const slug of article.projects) {
      await expect(details.locator(`a[href="/projects/${slug}"]`)).toHaveCount(1);
    }
    for (const slug of article.donors) {
      await expect(details.locator(`a[href="/news?donor=${slug}"]`)).toHaveCount(1);
    }
    for (const slug of article.places) {
      const place = bundle.places.find((p) => p.slug === slug)!;
      await expect(details).toContainText(place.name);
    }

    const body = page.locator(".article-body");
    await expect(body.locator(":scope > p")).toHaveCount(countBlocks(article.body, "paragraph"));
    await expect(body.locator(":scope > ol")).toHaveCount(countBlocks(article.body, "numbered_list"));
    await expect(body.locator(":scope > ul")).toHaveCount(countBlocks(article.body, "bullet_list"));
    // The text of every paragraph and list item, as the content says it.
    await expect(body.locator("p, li, h2, h3, h4")).toHaveText(blockTexts(article.body));

    // Neighbours follow the bundle's order (newest first).
    const neighbours = page.locator(".neighbours");
    const newer: Article | undefined = bundle.articles[index - 1];
    const older: Article | undefined = bundle.articles[index + 1];
    await expect(neighbours.locator(`a[href="/news/${newer?.slug}"]`)).toHaveCount(newer ? 1 : 0);
    await expect(neighbours.locator(`a[href="/news/${older?.slug}"]`)).toHaveCount(older ? 1 : 0);
    // Related articles: exactly those the content implies, in that order.
    const related = await page.locator(".related .card-title a").evaluateAll((links) =>
      links.map((link) => link.getAttribute("href")!.replace("/news/", "")),
    );
    const expectedRelated = relatedTo(bundle, article).map((other) => other.slug);
    expect(related, `related to ${article.slug}`).toEqual(expectedRelated);
    relatedShown += related.length;
  }
  // The content relates its articles: the check above compared lists that were not all empty.
  expect(relatedShown).toBeGreaterThan(0);
});

test("every project shows its name, donors, period and its news newest first", async ({ page }) => {
  test.setTimeout(120_000);
  const bundle = await servedBundle(page);
  await page.goto("/projects");
  for (const project of bundle.projects) {
    await expect(page.getByRole("link", { name: projectTitle(project), exact: true })).toBeVisible();
  }
  for (const project of bundle.projects) {
    await page.goto(`/projects/${project.slug}`);
    await expect(h1(page), project.slug).toHaveText(projectTitle(project));
    await expect(page).toHaveTitle(`${projectTitle(project)} — ${SITE}`);
    for (const slug of project.donors) {
      await expect(page.locator(`.project-facts a[href="/news?donor=${slug}"]`)).toHaveCount(1);
    }
    await expect(page.getByRole("link", { name: "All news of this project" })).toHaveAttribute(
      "href",
      `/news?project=${project.slug}`,
    );
    const news = bundle.articles.filter((a) => a.projects.includes(project.slug));
    const cards = page.getByRole("region", { name: "News of this project" }).locator(".card-title");
    await expect(cards).toHaveText(news.map((a) => a.title));
    const dated = news.filter((a) => a.start);
    if (dated.length > 0) {
      const first = dated.map((a) => a.start!).sort()[0];
      const last = dated.map((a) => a.end ?? a.start!).sort().at(-1)!;
      const period = page.locator(".project-facts time");
      await expect(period).toHaveAttribute("datetime", first);
      await expect(period).toHaveText(dateText("en", first, last));
    }
  }
});

test.describe("not found", () => {
  for (const path of ["/no-such-page", "/news/no-such-article", "/projects/no-such-project", "/about/extra"]) {
    test(`${path} is a real "not found" page with a way on`, async ({ page }) => {
      await page.goto(path);
      await expect(h1(page)).toHaveText("Page not found");
      await expect(page).toHaveTitle(`Page not found — ${SITE}`);
      await expect(page.getByRole("main").getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
      await page.getByRole("main").getByRole("link", { name: "Browse the news" }).click();
      await expect(h1(page)).toHaveText("News");
    });
  }
});

test("the header marks the current section, including on sub-pages", async ({ page }) => {
  const bundle = await servedBundle(page);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  const cases: [string, string][] = [
    ["/about", "About"],
    ["/projects", "Projects"],
    [`/projects/${bundle.projects[0].slug}`, "Projects"],
    ["/news", "News"],
    [`/news/${bundle.articles[0].slug}`, "News"],
    ["/careers", "Careers"],
  ];
  for (const [path, current] of cases) {
    await page.goto(path);
    await expectAppRendered(page);
    await expect(nav.locator('[aria-current="page"]'), path).toHaveText(current);
    // Links inside the page (e.g. an article's donor links to /news?donor=…) are not "current".
    await expect(page.locator("main [aria-current]"), path).toHaveCount(0);
  }
  await page.goto("/");
  await expectAppRendered(page);
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);
});

test("the language switch changes the interface at once, sets <html lang> and is remembered", async ({ page }) => {
  await page.goto("/about");
  await expectAppRendered(page);
  const switcher = page.getByRole("group", { name: "Language" });
  const nav = page.getByRole("navigation").first();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await switcher.getByRole("button", { name: "Azərbaycanca" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  await expect(nav.getByRole("link", { name: "Xəbərlər" })).toBeVisible();
  await expect(h1(page)).toHaveText("IOM Azərbaycan haqqında");
  await expect(page).toHaveTitle("IOM Azərbaycan haqqında — IOM Azərbaycan");
  // The switcher's own label is translated too.
  const switcherAz = page.getByRole("group", { name: "Dil" });
  await expect(switcherAz.getByRole("button", { name: "Azərbaycanca" })).toHaveAttribute("aria-pressed", "true");
  await expect(switcherAz.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "false");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  await expect(nav.getByRole("link", { name: "Xəbərlər" })).toBeVisible();

  await page.getByRole("group", { name: "Dil" }).getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(nav.getByRole("link", { name: "Новости" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("Адрес");
});

test.describe("dates in the interface language", () => {
  for (const lang of ["az", "ru", "en"] as const) {
    test(`an article's day or span of days, and a vacancy's closing day, read in ${lang}`, async ({ page }) => {
      const bundle = await servedBundle(page);
      const span = bundle.articles.find((a) => a.start && a.end && a.end > a.start)!;
      const day = bundle.articles.find((a) => a.start && !a.end)!;
      expect(span, "an article over several days").toBeTruthy();
      expect(day, "an article of one day").toBeTruthy();
      await presetLanguage(page, lang);
      for (const article of [span, day]) {
        await page.goto(`/news/${article.slug}`);
        const time = page.locator(".article-details time");
        await expect(time).toHaveText(dateText(lang, article.start!, article.end));
        await expect(time).toHaveAttribute("datetime", article.start!);
      }

      const closes = isoDay(40);
      await routeBundle(page, (b) => {
        b.vacancies = [{ slug: "open-role", title: "Project Assistant (fixture)", kind: "vacancy", closes, body: [] }];
      });
      await page.goto("/careers");
      await expect(page.locator(".vacancy time")).toHaveText(dayText(lang, closes));
    });
  }
});

test("back and forward restore the pages visited", async ({ page }) => {
  const bundle = await servedBundle(page);
  const article = bundle.articles[0];
  await page.goto("/");
  await expectAppRendered(page);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await nav.getByRole("link", { name: "About" }).click();
  await expect(h1(page)).toHaveText("About IOM Azerbaijan");
  await nav.getByRole("link", { name: "Projects" }).click();
  await expect(h1(page)).toHaveText("Projects");
  await page.goto(`/news/${article.slug}`);
  await expect(h1(page)).toHaveText(article.title);

  await page.goBack();
  await expect(h1(page)).toHaveText("Projects");
  await expect(page).toHaveURL(/\/projects$/);
  await page.goBack();
  await expect(h1(page)).toHaveText("About IOM Azerbaijan");
  await page.goBack();
  await expect(h1(page)).toHaveText(/International Organization for Migration/);
  await page.goForward();
  await expect(h1(page)).toHaveText("About IOM Azerbaijan");
  await expect(page).toHaveTitle(`About IOM Azerbaijan — ${SITE}`);
});

test("focus moves to the new page's heading after navigating, not on first load", async ({ page }) => {
  const bundle = await servedBundle(page);
  await page.goto("/");
  await expectAppRendered(page);
  const focusedTag = () => page.evaluate(() => document.activeElement?.tagName);
  expect(await focusedTag()).not.toBe("H1");

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Careers" }).click();
  await expect(h1(page)).toHaveText("Careers");
  await expect(h1(page)).toBeFocused();

  await page.getByRole("link", { name: SITE, exact: true }).click();
  await page.locator(".card-title a").first().click();
  await expect(h1(page)).toHaveText(bundle.articles[0].title);
  await expect(h1(page)).toBeFocused();
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/about");
  await expectAppRendered(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await expect(page).toHaveURL(/\/about$/);
});

test.describe("careers", () => {
  test("only vacancies still open show, each with its closing date", async ({ page }) => {
    const closes = isoDay(30);
    await routeBundle(page, (bundle) => {
      bundle.vacancies = [
        { slug: "open-role", title: "Project Assistant (fixture)", kind: "vacancy", closes, location: "Baku", body: [{ kind: "paragraph", text: richText("Open fixture.") }] },
        { slug: "closed-role", title: "Closed Intern (fixture)", kind: "internship", closes: isoDay(-1), body: [] },
      ];
    });
    await page.goto("/careers");
    await expect(h1(page)).toHaveText("Careers");
    const open = page.locator(".vacancy");
    await expect(open).toHaveCount(1);
    await expect(open).toContainText("Project Assistant (fixture)");
    await expect(open.locator("time")).toHaveText(dayText("en", closes));
    await expect(open.locator("time")).toHaveAttribute("datetime", closes);
    await expect(page.getByText("Closed Intern (fixture)")).toHaveCount(0);
    await expect(page.getByText("There are no open vacancies")).toHaveCount(0);
  });

  test("a vacancy closing today is still open", async ({ page }) => {
    await routeBundle(page, (bundle) => {
      bundle.vacancies = [{ slug: "today", title: "Last-day Role (fixture)", kind: "vacancy", closes: isoDay(0), body: [] }];
    });
    await page.goto("/careers");
    await expect(page.locator(".vacancy")).toContainText("Last-day Role (fixture)");
  });

  test("with the shipped content the page says there are none and how to contact the mission", async ({ page }) => {
    const bundle = loadBundle();
    const open = bundle.vacancies.filter((v) => v.closes >= isoDay(0));
    test.skip(open.length > 0, "the shipped content has open vacancies");
    await page.goto("/careers");
    await expect(page.getByText("There are no open vacancies or internships at the moment.")).toBeVisible();
    const main = page.getByRole("main");
    await expect(main).toContainText(bundle.site.contact.address);
    await expect(main).toContainText(bundle.site.contact.phone);
  });
});

test("pages fit a 375 px phone screen without sideways scrolling", async ({ page }) => {
  const bundle = await servedBundle(page);
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["/", "/about", "/projects", "/careers", `/news/${bundle.articles[0].slug}`, `/projects/${bundle.projects[0].slug}`]) {
    await page.goto(path);
    await expectAppRendered(page);
    await expectNoHorizontalOverflow(page);
  }
});
