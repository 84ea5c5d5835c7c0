//! Reads the dates written in article prose ("On 19 December 2016", "From 28 September to
//! 4 October 2014", "On July 29-30, 2016", "in September and October 2016", ...) and picks the
//! date of the event an article reports, up to the last day of the later parts it announces
//! ("The second seminar ... was launched on 7 March and will continue until 9 March").

use site_domain::Date;

/// What one date expression in the text says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mention {
    /// One or more explicit days; a single day has `first == last`.
    Days { first: Date, last: Date },
    /// Months without a day ("in September and October 2016").
    Months {
        year: i32,
        first_month: u8,
        last_month: u8,
    },
    /// Looks like a date but cannot be one (31 April, a range that ends before it starts).
    Invalid { reason: String },
}

/// A date expression found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub mention: Mention,
    /// The expression as written, for messages.
    pub text: String,
    /// A weekday named next to the date ("On 01 August 2016, Monday"), Monday = 0.
    pub weekday: Option<u8>,
}

/// The event date of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventDate {
    Dated { start: Date, end: Option<Date> },
    Undated,
}

const MONTHS: [(&str, u8); 21] = [
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
    ("Jan", 1),
    ("Feb", 2),
    ("Apr", 4),
    ("Aug", 8),
    ("Sep", 9),
    ("Sept", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Words by which a sentence announces a further part of the event the article reports ("the
/// second seminar", "the next two trainings", "will continue until").
const LATER_PART_CUES: [&str; 8] = [
    "second",
    "third",
    "fourth",
    "next",
    "following",
    "continue",
    "continues",
    "until",
];

/// A part that starts more than this many days after the last day so far is another event.
const MAX_DAYS_BETWEEN_PARTS: i64 = 31;

/// Words that may sit inside one date expression ("21-22 January and 1-2 February 2016",
/// "22nd of October 2014", "26-27 April and 28-29 April in 2016", "From 2 to 4 May").
const CONNECTORS: [&str; 4] = ["and", "to", "of", "in"];

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Number(u32, usize),
    Word(String),
    Punct(char),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Part {
    Day(u32),
    Month(u8),
    Year(i32),
    Weekday(u8),
    Link,
}

/// Every date expression in `text`, in reading order. Numbers that are not part of a date with
/// a month and a year ("25 professionals", "in 2016", "the 30th July") are not mentions.
pub fn find_dates(text: &str) -> Vec<Found> {
    find_dates_in(text, None)
}

/// Like [`find_dates`], but an expression without a year ("on 7 March") takes `year`.
fn find_dates_in(text: &str, year: Option<i32>) -> Vec<Found> {
    let tokens = tokenize(text);
    let mut found = Vec::new();
    let mut index = 0;
    while index < tokens.len() {
        let Some(first) = date_part(&tokens[index]) else {
            index += 1;
            continue;
        };
        if first == Part::Link {
            index += 1;
            continue;
        }
        let (parts, consumed) = collect_group(&tokens[index..]);
        if let Some(mention) = interpret(&parts, year) {
            let weekday = parts.iter().find_map(|part| match part {
                Part::Weekday(day) => Some(*day),
                _ => None,
            });
            found.push(Found {
                mention,
                text: render(&tokens[index..index + consumed]),
                weekday,
            });
        }
        index += consumed.max(1);
    }
    found
}

/// The date of the event an article's `text` reports: where it starts (see [`first_event`]),
/// and its last day, extended to the last day of the later parts the text announces.
pub fn event_date(text: &str) -> EventDate {
    match first_event(&find_dates(text)) {
        EventDate::Dated { start, end } => {
            let last = last_day_of_later_parts(text, end.unwrap_or(start));
            dated(start, last)
        }
        EventDate::Undated => EventDate::Undated,
    }
}

/// The event, from the date expressions of a body in order: the first expression with
/// explicit days; or, when the text first names only months ("in September and October
/// 2016"), the span of the explicit days it gives within those months. No day is ever
/// invented: with no explicit day the article is undated.
fn first_event(found: &[Found]) -> EventDate {
    for (position, item) in found.iter().enumerate() {
        match item.mention {
            Mention::Days { first, last } => return dated(first, last),
            Mention::Months {
                year,
                first_month,
                last_month,
            } => {
                let within = |date: &Date| {
                    date.year == year && (first_month..=last_month).contains(&date.month)
                };
                let days: Vec<Date> = found[position + 1..]
                    .iter()
                    .filter_map(|other| match other.mention {
                        Mention::Days { first, last } => Some([first, last]),
                        _ => None,
                    })
                    .flatten()
                    .filter(within)
                    .collect();
                if let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) {
                    return dated(*first, *last);
                }
            }
            Mention::Invalid { .. } => {}
        }
    }
    EventDate::Undated
}

/// `last`, or the last day of a later part of the event announced in `text`: a sentence with a
/// cue ("the second seminar ... will continue until 9 March") giving days after `last` (a day
/// without a year is in `last`'s year), each part within a month of the one before.
fn last_day_of_later_parts(text: &str, mut last: Date) -> Date {
    for sentence in sentences(text) {
        let announces = words(sentence).any(|word| {
            LATER_PART_CUES
                .iter()
                .any(|cue| word.eq_ignore_ascii_case(cue))
        });
        if !announces {
            continue;
        }
        for found in find_dates_in(sentence, Some(last.year)) {
            if let Mention::Days {
                first,
                last: part_last,
            } = found.mention
            {
                let gap = first.days_since_epoch() - last.days_since_epoch();
                if part_last > last && gap <= MAX_DAYS_BETWEEN_PARTS {
                    last = part_last;
                }
            }
        }
    }
    last
}

/// The text cut after each full stop, question or exclamation mark and at line breaks.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['.', '?', '!', '\n'])
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// Monday = 0.
pub fn weekday_of(date: Date) -> u8 {
    // 1970-01-01 was a Thursday.
    (date.days_since_epoch() + 3).rem_euclid(7) as u8
}

pub fn weekday_name(weekday: u8) -> &'static str {
    WEEKDAYS[usize::from(weekday) % 7]
}

fn dated(first: Date, last: Date) -> EventDate {
    EventDate::Dated {
        start: first,
        end: (last != first).then_some(last),
    }
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c.is_ascii_digit() {
            let mut digits = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(d);
                chars.next();
            }
            // Ordinal suffixes belong to the number ("22nd", "28th").
            let mut suffix = String::new();
            while let Some(&l) = chars.peek().filter(|l| l.is_ascii_lowercase()) {
                suffix.push(l);
                chars.next();
            }
            if suffix.is_empty() || ["st", "nd", "rd", "th"].contains(&suffix.as_str()) {
                tokens.push(Token::Number(
                    digits.parse().unwrap_or(u32::MAX),
                    digits.len(),
                ));
            } else {
                tokens.push(Token::Word(digits + &suffix));
            }
        } else if c.is_alphabetic() {
            let mut word = String::new();
            while let Some(&l) = chars.peek().filter(|l| l.is_alphanumeric()) {
                word.push(l);
                chars.next();
            }
            tokens.push(Token::Word(word));
        } else {
            tokens.push(Token::Punct(c));
            chars.next();
        }
    }
    tokens
}

fn date_part(token: &Token) -> Option<Part> {
    match token {
        Token::Number(value, 4) if (1900..=2100).contains(value) => Some(Part::Year(*value as i32)),
        Token::Number(value, digits) if *digits <= 2 && (1..=31).contains(value) => {
            Some(Part::Day(*value))
        }
        Token::Number(..) => None,
        Token::Word(word) => {
            if let Some((_, month)) = MONTHS.iter().find(|(name, _)| name == word) {
                Some(Part::Month(*month))
            } else if let Some(day) = WEEKDAYS.iter().position(|name| name == word) {
                Some(Part::Weekday(day as u8))
            } else if CONNECTORS.contains(&word.as_str()) {
                Some(Part::Link)
            } else {
                None
            }
        }
        Token::Punct(c) if ['-', '–', ',', '&'].contains(c) => Some(Part::Link),
        Token::Punct(_) => None,
    }
}

/// Collects the parts of one date expression starting at `tokens[0]`; returns them and the
/// number of tokens consumed. A year closes the expression, except for a weekday after it
/// ("01 August 2016, Monday").
fn collect_group(tokens: &[Token]) -> (Vec<Part>, usize) {
    let mut parts = Vec::new();
    let mut consumed = 0;
    while let Some(part) = tokens.get(consumed).and_then(date_part) {
        parts.push(part);
        consumed += 1;
        if let Part::Year(_) = part {
            let comma = matches!(tokens.get(consumed), Some(Token::Punct(',')));
            let after = consumed + usize::from(comma);
            if let Some(Part::Weekday(day)) = tokens.get(after).and_then(date_part) {
                parts.push(Part::Weekday(day));
                consumed = after + 1;
            }
            break;
        }
    }
    // Trailing links ("7 March and", "May,") are not part of the date; one part per token.
    while parts.last() == Some(&Part::Link) {
        parts.pop();
        consumed -= 1;
    }
    (parts, consumed)
}

/// Days take the month written after them ("13-16 December"), or before them when none
/// follows ("July 29-30, 2016"); every day takes the expression's year, or `default_year`
/// when it has none.
fn interpret(parts: &[Part], default_year: Option<i32>) -> Option<Mention> {
    let year = parts
        .iter()
        .find_map(|part| match part {
            Part::Year(year) => Some(*year),
            _ => None,
        })
        .or(default_year)?;
    let months: Vec<u8> = parts
        .iter()
        .filter_map(|part| match part {
            Part::Month(month) => Some(*month),
            _ => None,
        })
        .collect();
    let (&first_month, &last_month) = (months.first()?, months.last()?);

    let mut days: Vec<(u32, Option<u8>, Option<u8>)> = Vec::new(); // (day, month after, month before)
    let mut month_before = None;
    for part in parts {
        match part {
            Part::Day(day) => days.push((*day, None, month_before)),
            Part::Month(month) => {
                for pending in days.iter_mut().filter(|pending| pending.1.is_none()) {
                    pending.1 = Some(*month);
                }
                month_before = Some(*month);
            }
            _ => {}
        }
    }
    if days.is_empty() {
        return Some(Mention::Months {
            year,
            first_month,
            last_month,
        });
    }
    let mut dates = Vec::new();
    for (day, after, before) in days {
        let month = after.or(before)?;
        match Date::new(year, month, day as u8) {
            Ok(date) => dates.push(date),
            Err(error) => return Some(Mention::Invalid { reason: error.0 }),
        }
    }
    let (first, last) = (dates[0], dates[dates.len() - 1]);
    if dates.windows(2).any(|pair| pair[1] < pair[0]) {
        return Some(Mention::Invalid {
            reason: format!("the dates run backwards ({first} .. {last})"),
        });
    }
    Some(Mention::Days { first, last })
}

fn render(tokens: &[Token]) -> String {
    let mut text = String::new();
    for token in tokens {
        match token {
            Token::Number(value, digits) => {
                if !text.is_empty() && !text.ends_with(['-', '–']) {
                    text.push(' ');
                }
                text.push_str(&format!("{value:0digits$}"));
            }
            Token::Word(word) => {
                if !text.is_empty() && !text.ends_with(['-', '–']) {
                    text.push(' ');
                }
                text.push_str(word);
            }
            Token::Punct(c) => text.push(*c),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// The event date of a sentence, as (start, end) strings.
    fn event(text: &str) -> (String, Option<String>) {
        match event_date(text) {
            EventDate::Dated { start, end } => (start.to_string(), end.map(|end| end.to_string())),
            EventDate::Undated => panic!("no date found in {text:?}"),
        }
    }

    fn single(text: &str) -> String {
        let (start, end) = event(text);
        assert_eq!(end, None, "{text:?} is a single day");
        start
    }

    fn range(text: &str) -> (String, String) {
        let (start, end) = event(text);
        (start, end.unwrap_or_else(|| panic!("{text:?} is a range")))
    }

    #[test]
    fn single_days_in_every_written_form() {
        assert_eq!(
            single("On 19 December 2016, the International Organization"),
            "2016-12-19"
        );
        assert_eq!(
            single("On 01 August 2016, Monday the International Organization"),
            "2016-08-01"
        );
        assert_eq!(
            single("On 22nd of October 2014 the British Embassy"),
            "2014-10-22"
        );
        assert_eq!(single("On 28th January 2015, IOM organized"), "2015-01-28");
        assert_eq!(single("On September 30, 2015 IOM Mission"), "2015-09-30");
        assert_eq!(single("on Friday, 15 April 2016."), "2016-04-15");
        assert_eq!(single("on-going since 01 August, 2016."), "2016-08-01");
    }

    #[test]
    fn ranges_in_every_written_form() {
        let expect = |text, start: &str, end: &str| {
            assert_eq!(range(text), (start.to_string(), end.to_string()))
        };
        expect(
            "On July 29-30, 2016, IOM organized",
            "2016-07-29",
            "2016-07-30",
        );
        expect(
            "On 13-16 December 2016, IOM Mission",
            "2016-12-13",
            "2016-12-16",
        );
        expect(
            "From 28 September to 4 October 2014, IOM organized",
            "2014-09-28",
            "2014-10-04",
        );
        expect(
            "Between 29 February and 9 March 2016 IOM conducted",
            "2016-02-29",
            "2016-03-09",
        );
        expect(
            "took place in Baku from 2 to 4 May 2016. The workshop",
            "2016-05-02",
            "2016-05-04",
        );
        expect("On 24-26 May, 2016, Frontex", "2016-05-24", "2016-05-26");
        expect(
            "On 21-22 January and 1-2 February 2016, IOM Azerbaijan",
            "2016-01-21",
            "2016-02-02",
        );
        expect(
            "On 30 September and 1 October 2015 IOM Mission",
            "2015-09-30",
            "2015-10-01",
        );
        expect(
            "On 23 and 24 April 2015 IOM Mission",
            "2015-04-23",
            "2015-04-24",
        );
        expect(
            "held in Baku on 19-20 and 21-22 April 2016, each",
            "2016-04-19",
            "2016-04-22",
        );
        expect(
            "in Nakhchivan on 26-27 April and 28-29 April in 2016, with",
            "2016-04-26",
            "2016-04-29",
        );
        expect(
            "On 10-12 February 2016 , IOM Azerbaijan",
            "2016-02-10",
            "2016-02-12",
        );
    }

    #[test]
    fn months_alone_take_the_explicit_days_given_within_them() {
        let text = "IOM organized next two trainings in September and October 2016 for the SBS. \
                    On 19-23 September 2016, IOM organized ToT. On 10-13 October 2016, IOM organized the third ToT.";
        assert_eq!(
            range(text),
            ("2016-09-19".to_string(), "2016-10-13".to_string())
        );
        // Months with no explicit day inside them are passed over, never given an invented day.
        let text = "have been organized in January & February 2016 and in April 2016. In November 2016, four \
                    trainings were held on 1-2 November and 3-4 November 2016 and on 15-16 November and \
                    17-18 November 2016.";
        assert_eq!(
            range(text),
            ("2016-11-01".to_string(), "2016-11-18".to_string())
        );
    }

    #[test]
    fn later_parts_the_article_announces_extend_the_event_to_their_last_day() {
        let text = "The first seminar was conducted successfully on 2-4 March 2016 in Khachmaz.\n\
                    The second seminar is organized in Nakhchivan and was launched on 7 March and \
                    will continue until 9 March.";
        assert_eq!(range(text), ("2016-03-02".into(), "2016-03-09".into()));
        let text = "The first 2 two-day trainings were held in Baku on 19-20 and 21-22 April 2016. \
                    The next two trainings are conducted in Nakhchivan on 26-27 April and 28-29 April in 2016.";
        assert_eq!(range(text), ("2016-04-19".into(), "2016-04-29".into()));
    }

    #[test]
    fn later_dates_without_a_cue_or_far_away_are_other_events() {
        // A later date is not a part of the event unless the sentence says so.
        let text = "On 25 April 2016, IOM organized a Validation Workshop on the project on-going since 01 August, 2016.";
        assert_eq!(single(text), "2016-04-25");
        let text =
            "On 2 March 2016 IOM held a seminar. The second seminar will be held on 9 May 2016.";
        assert_eq!(
            single(text),
            "2016-03-02",
            "two months later is another event"
        );
        // Earlier days in a cued sentence do not move the end back.
        let text = "On 13-16 December 2016 IOM held a training. The second one was held on 1 December 2016.";
        assert_eq!(
            range(text),
            ("2016-12-13".to_string(), "2016-12-16".to_string())
        );
    }

    #[test]
    fn text_without_a_day_is_undated() {
        for text in [
            "Public service announcement has been produced and broadcasted in the framework of the project.",
            "The trainings were organized in September and October 2016.",
            "The first and the second series were conducted in 2012 and in 2014, respectively.",
            "to draw attention to the meaning of the 30th July.",
        ] {
            assert_eq!(event_date(text), EventDate::Undated, "{text}");
        }
    }

    #[test]
    fn numbers_that_are_not_dates_are_ignored() {
        let text = "attended by 25 professionals, 7277 deaths, EURO 2,6 million, Module 2 and Module 3, \
                    the 107th Session, 8000 water bottles, at 12:00, the Action Plan for 2014-2018 years";
        assert_eq!(find_dates(text), vec![]);
    }

    #[test]
    fn the_event_is_the_first_dated_expression() {
        let text = "On 25 April 2016, IOM organized a Validation Workshop on the project on-going since 01 August, 2016.";
        assert_eq!(single(text), "2016-04-25");
        assert_eq!(find_dates(text).len(), 2);
    }

    #[test]
    fn impossible_dates_are_reported_not_read() {
        let found = find_dates("On 31 April 2016 IOM organized");
        assert!(
            matches!(found[0].mention, Mention::Invalid { .. }),
            "{found:?}"
        );
        assert_eq!(first_event(&found), EventDate::Undated);
        let found = find_dates("From 4 October to 28 September 2014");
        assert!(
            matches!(found[0].mention, Mention::Invalid { .. }),
            "{found:?}"
        );
    }

    #[test]
    fn weekdays_next_to_a_date_are_kept_and_checked() {
        let found = find_dates("On 01 August 2016, Monday the International");
        assert_eq!(found[0].weekday, Some(0));
        assert_eq!(weekday_of(date("2016-08-01")), 0);
        let found = find_dates("on Friday, 15 April 2016.");
        assert_eq!(found[0].weekday, Some(4));
        assert_eq!(weekday_of(date("2016-04-15")), 4);
        assert_eq!(weekday_name(weekday_of(date("1970-01-01"))), "Thursday");
    }

    #[test]
    fn the_written_expression_is_kept_for_messages() {
        let found = find_dates("was launched From 28 September to 4 October 2014, IOM");
        assert_eq!(found[0].text, "28 September to 4 October 2014");
    }
}
