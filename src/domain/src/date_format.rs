//! Dates as readers see them, per interface language: "13–16 December 2016",
//! "13–16 dekabr 2016", "13–16 декабря 2016". Lives in the domain crate so the browser app and
//! any build-time prerendering print dates the same way.

use crate::i18n::Lang;
use crate::Date;

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_AZ: [&str; 12] = [
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
    "noyabr", "dekabr",
];
/// Genitive forms: Russian says "16 декабря", not "16 декабрь".
const MONTHS_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// The month's name as it follows a day number ("16 декабря").
pub fn month_name(lang: Lang, month: u8) -> &'static str {
    let names = match lang {
        Lang::En => &MONTHS_EN,
        Lang::Az => &MONTHS_AZ,
        Lang::Ru => &MONTHS_RU,
    };
    names[usize::from(month.clamp(1, 12)) - 1]
}

/// One day: "19 December 2016".
pub fn format_date(lang: Lang, date: Date) -> String {
    format!(
        "{} {} {}",
        date.day,
        month_name(lang, date.month),
        date.year
    )
}

/// A day or a span of days, naming the month and year only once where they are shared:
/// "13–16 December 2016", "28 September – 4 October 2014", "30 December 2016 – 2 January 2017".
pub fn format_range(lang: Lang, start: Date, end: Option<Date>) -> String {
    let end = match end {
        Some(end) if end > start => end,
        _ => return format_date(lang, start),
    };
    if start.year != end.year {
        format!("{} – {}", format_date(lang, start), format_date(lang, end))
    } else if start.month != end.month {
        format!(
            "{} {} – {}",
            start.day,
            month_name(lang, start.month),
            format_date(lang, end)
        )
    } else {
        format!("{}–{}", start.day, format_date(lang, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn formats_a_single_day_in_each_language() {
        let day = date("2016-12-19");
        assert_eq!(format_date(Lang::En, day), "19 December 2016");
        assert_eq!(format_date(Lang::Az, day), "19 dekabr 2016");
        assert_eq!(format_date(Lang::Ru, day), "19 декабря 2016");
    }

    #[test]
    fn shares_month_and_year_within_one_month() {
        let (start, end) = (date("2016-12-13"), Some(date("2016-12-16")));
        assert_eq!(format_range(Lang::En, start, end), "13–16 December 2016");
        assert_eq!(format_range(Lang::Az, start, end), "13–16 dekabr 2016");
        assert_eq!(format_range(Lang::Ru, start, end), "13–16 декабря 2016");
    }

    #[test]
    fn names_both_months_across_a_month_end() {
        let range = format_range(Lang::En, date("2014-09-28"), Some(date("2014-10-04")));
        assert_eq!(range, "28 September – 4 October 2014");
        let range = format_range(Lang::Ru, date("2014-09-28"), Some(date("2014-10-04")));
        assert_eq!(range, "28 сентября – 4 октября 2014");
    }

    #[test]
    fn names_both_years_across_a_year_end() {
        let range = format_range(Lang::Az, date("2016-12-30"), Some(date("2017-01-02")));
        assert_eq!(range, "30 dekabr 2016 – 2 yanvar 2017");
    }

    #[test]
    fn an_end_not_after_the_start_is_a_single_day() {
        let day = date("2016-05-01");
        assert_eq!(format_range(Lang::En, day, Some(day)), "1 May 2016");
        assert_eq!(format_range(Lang::En, day, None), "1 May 2016");
    }

    #[test]
    fn every_month_has_a_name_in_every_language() {
        for lang in Lang::ALL {
            let names: std::collections::HashSet<_> =
                (1..=12).map(|m| month_name(lang, m)).collect();
            assert_eq!(names.len(), 12, "{lang:?} month names must be distinct");
        }
    }
}
