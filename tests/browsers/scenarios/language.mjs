// @ts-check
// The language switch: the interface (headings, navigation, dates) changes at once, <html
// lang> follows, and the choice is remembered across reloads and new page loads. Dates are
// formatted by the app (site_domain::date_format), not by the engine's Intl, so every engine
// shows the same month names; what each engine's Intl would have said is noted in the report.
import assert from "node:assert/strict";
import { loadBundle, siteUrl } from "../site.mjs";
import { expectPage, expectText, expectValue } from "./expect.mjs";

// The month names the app prints (src/domain/src/date_format.rs), as a reader expects them.
const MONTHS = {
  az: ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
  ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
};

/** @type {import("../suite.mjs").Scenario} */
export default {
  name: "the language switch changes the interface and is remembered",
  async run({ open, note }) {
    const first = loadBundle().articles[0];
    const [year, month, day] = (first.end ?? first.start).split("-").map(Number);
    const session = await open();
    await session.goto(siteUrl("/news"));
    await expectPage(session, "News");
    const lang = () => session.attribute("html", "lang");
    assert.equal(await lang(), "en");

    await session.click('.lang-switch button[lang="az"]');
    await expectValue(lang, "az", "<html lang> after choosing Azərbaycanca");
    await expectPage(session, "Xəbərlər");
    await expectText(session, '.main-nav a[href="/news"]', "Xəbərlər");
    await expectText(session, ".news-item-date", new RegExp(`\\b${day} ${MONTHS.az[month - 1]} ${year}$`));
    await expectValue(() => session.attribute('.lang-switch button[lang="az"]', "aria-pressed"), "true", "pressed");

    await session.reload();
    await expectValue(lang, "az", "<html lang> after a reload");
    await expectPage(session, "Xəbərlər");

    await session.click('.lang-switch button[lang="ru"]');
    await expectValue(lang, "ru", "<html lang> after choosing Русский");
    await expectPage(session, "Новости");
    await expectText(session, ".news-item-date", new RegExp(`(^|\\s)${day} ${MONTHS.ru[month - 1]} ${year}$`));
    await expectValue(() => session.evaluate(() => document.title), "Новости — МОМ в Азербайджане", "tab title");

    // A new page load (not a reload) starts in the remembered language too.
    await session.goto(siteUrl("/about"));
    await expectValue(lang, "ru", "<html lang> on the next visit");
    await expectText(session, '.main-nav a[href="/news"]', "Новости");

    // For the report: the engine's own Intl month names, which the site does not rely on.
    const intl = await session.evaluate(() =>
      ["az", "ru"].map((locale) => {
        try {
          return `${locale}: ${new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" }).format(new Date(2016, 11, 16))}`;
        } catch (error) {
          return `${locale}: ${error}`;
        }
      }),
    );
    note(`Intl (not used by the site) formats 16 Dec 2016 as ${intl.join("; ")}`);
  },
};
