//! Turns the legacy page's lines into clean paragraphs.
//!
//! Removed, and nothing else: the injected photo credit (deleting it restores the words it
//! split), non-breaking spaces and runs of spaces, spam and page-chrome paragraphs, and line
//! breaks inside a sentence ("The\nmeeting was" -> "The meeting was"). A line that ends a
//! sentence ends its paragraph: the old CMS wrote paragraphs as line breaks. The text contains
//! no U+FFFD replacement character and no mojibake (its non-ASCII characters are curly quotes,
//! en dashes and the "à" of "vis-à-vis", all intended); if a U+FFFD appears the tool stops,
//! because the character it replaced is lost and only a person can restore it. A space before
//! punctuation ("February 2016 , IOM") is the author's and stays.

use crate::curated::{CHROME_PARAGRAPHS, END_OF_NEWS, PHOTO_CREDIT, SPAM_PARAGRAPHS};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub text: String,
    /// How many source lines were joined into it.
    pub line_count: usize,
    /// A separator (a line of non-breaking spaces, a lone photo credit) or a removed
    /// paragraph stands between it and the previous paragraph.
    pub after_separator: bool,
    /// 1-based line of the legacy file where it starts (for messages).
    pub line: usize,
    /// The photo credit was cut out of its lines, or stood alone just above it: a photo of the
    /// old page sat here and was lost by the scrape.
    pub photo_credit: bool,
}

/// The legacy page split into its parts.
#[derive(Debug)]
pub struct Page {
    /// The news items' paragraphs, in order.
    pub news: Vec<Paragraph>,
    /// Chrome paragraphs found above the news (to check the page is the one we know).
    pub chrome: Vec<String>,
    /// Paragraphs after the end-of-news link.
    pub footer: Vec<Paragraph>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Empty,
    Separator,
    Text,
}

/// Whitespace normalised, photo credit removed.
pub fn clean_text(raw: &str) -> String {
    raw.replace('\u{a0}', " ")
        .replace(PHOTO_CREDIT, "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn split_page(raw: &str) -> Result<Page, String> {
    if let Some((number, _)) = raw
        .lines()
        .enumerate()
        .find(|(_, line)| line.contains('\u{fffd}'))
    {
        return Err(format!(
            "line {}: contains the replacement character U+FFFD; restore the lost character by hand first",
            number + 1
        ));
    }
    let mut page = Page {
        news: Vec::new(),
        chrome: Vec::new(),
        footer: Vec::new(),
    };
    let mut in_footer = false;
    let mut pending_separator = true;
    for paragraph in paragraphs(raw) {
        let text = paragraph.text.as_str();
        if in_footer {
            page.footer.push(paragraph);
        } else if text == END_OF_NEWS {
            in_footer = true;
        } else if SPAM_PARAGRAPHS.contains(&text) {
            pending_separator = true;
        } else if CHROME_PARAGRAPHS.contains(&text) {
            page.chrome.push(paragraph.text);
            pending_separator = true;
        } else {
            let after_separator = paragraph.after_separator || pending_separator;
            page.news.push(Paragraph {
                after_separator,
                ..paragraph
            });
            pending_separator = false;
        }
    }
    if !in_footer {
        return Err(format!(
            "the end-of-news link \"{END_OF_NEWS}\" was not found; is this the legacy news page?"
        ));
    }
    Ok(page)
}

/// Consecutive text lines form a paragraph; a line that ends a sentence, or a numbered-list
/// line, ends it.
fn paragraphs(raw: &str) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::new();
    let mut open = false;
    let mut separator_seen = false;
    let mut credit_seen = false;
    for (index, raw_line) in raw.lines().enumerate() {
        let text = clean_text(raw_line);
        credit_seen |= raw_line.contains(PHOTO_CREDIT);
        let kind = match (text.is_empty(), raw_line.is_empty()) {
            (false, _) => LineKind::Text,
            (true, true) => LineKind::Empty,
            (true, false) => LineKind::Separator,
        };
        match kind {
            LineKind::Empty => open = false,
            LineKind::Separator => {
                open = false;
                separator_seen = true;
            }
            LineKind::Text => {
                let joins =
                    open && out.last().is_some_and(|last| {
                        !ends_sentence(&last.text) && list_number(&last.text).is_none()
                    }) && list_number(&text).is_none();
                if joins {
                    let last = out.last_mut().expect("an open paragraph exists");
                    last.text.push(' ');
                    last.text.push_str(&text);
                    last.line_count += 1;
                    last.photo_credit |= credit_seen;
                } else {
                    out.push(Paragraph {
                        text,
                        line_count: 1,
                        after_separator: separator_seen,
                        line: index + 1,
                        photo_credit: credit_seen,
                    });
                    separator_seen = false;
                }
                credit_seen = false;
                open = true;
            }
        }
    }
    out
}

/// Ends with a full stop, colon, semicolon, question or exclamation mark (possibly followed
/// by closing quotes or a bracket).
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['”', '’', '"', '\'', ')']);
    trimmed.ends_with(['.', ':', ';', '!', '?'])
}

/// The number of a numbered-list line ("3. Readmission Management and Human Rights").
pub fn list_number(text: &str) -> Option<u32> {
    let (number, rest) = text.split_once(". ")?;
    if number.is_empty()
        || number.len() > 2
        || !number.bytes().all(|b| b.is_ascii_digit())
        || rest.is_empty()
    {
        return None;
    }
    number.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(raw: &str) -> Vec<String> {
        split_page(raw)
            .unwrap()
            .news
            .into_iter()
            .map(|paragraph| paragraph.text)
            .collect()
    }

    #[test]
    fn paragraphs_remember_the_photo_credit_cut_out_of_them_or_standing_above_them() {
        let page = "Photo by State Migration Service of Azerbaijan Republic\n\nFirst.\n\nSecond \
                    attenPhoto by State Migration Service of Azerbaijan Republicded\nand more.\n\nThird.\n";
        let credited: Vec<(String, bool)> = paragraphs(page)
            .into_iter()
            .map(|paragraph| (paragraph.text, paragraph.photo_credit))
            .collect();
        assert_eq!(
            credited,
            [
                ("First.".to_string(), true),
                ("Second attended and more.".to_string(), true),
                ("Third.".to_string(), false),
            ]
        );
    }

    #[test]
    fn the_photo_credit_is_removed_and_split_words_are_restored() {
        assert_eq!(
            clean_text("Ombudswoman of the RepublPhoto by State Migration Service of Azerbaijan Republicic of Azerbaijan"),
            "Ombudswoman of the Republic of Azerbaijan"
        );
        assert_eq!(
            clean_text("The Training was attenPhoto by State Migration Service of Azerbaijan Republicded by 25"),
            "The Training was attended by 25"
        );
        assert_eq!(
            clean_text("very positivePhoto by State Migration Service of Azerbaijan Republic and encouraging"),
            "very positive and encouraging"
        );
        assert_eq!(
            clean_text(
                "Photo by State Migration Service of Azerbaijan RepublicThe Cooperation Agreement"
            ),
            "The Cooperation Agreement"
        );
    }

    #[test]
    fn odd_whitespace_is_normalised() {
        assert_eq!(
            clean_text("\u{a0}On 22-24 November  2016, IOM \u{a0} "),
            "On 22-24 November 2016, IOM"
        );
    }

    #[test]
    fn lines_broken_inside_a_sentence_are_joined() {
        let raw = "Heading\n\nOn Friday, 15 April 2016.\nThe\nmeeting was attended by Mr. Ahmet Yarim.\nNext.\n\nOLD NEWS>>\n";
        assert_eq!(
            texts(raw),
            [
                "Heading",
                "On Friday, 15 April 2016.",
                "The meeting was attended by Mr. Ahmet Yarim.",
                "Next."
            ]
        );
    }

    #[test]
    fn numbered_list_lines_stay_separate() {
        let raw =
            "the following modules:\n\n1. Document Security\n2. Data Analysis\n\nOLD NEWS>>\n";
        assert_eq!(
            texts(raw),
            [
                "the following modules:",
                "1. Document Security",
                "2. Data Analysis"
            ]
        );
        assert_eq!(list_number("  7. Leadership".trim()), Some(7));
        assert_eq!(list_number("Mr. Aktoprak said"), None);
        assert_eq!(list_number("2016. Then"), None);
    }

    #[test]
    fn spam_chrome_and_footer_are_not_news() {
        let raw = "NEWS\n\nAbout Kahriz\n\nBotanical Slimming\u{a0} More Info\n\nHeading\n\nBody.\n\
                   \u{a0}\nMeizitang Download\n\nOLD NEWS>>\n\nHome | Contact Us | Copyright & Disclaimer\n";
        let page = split_page(raw).unwrap();
        let news: Vec<&str> = page
            .news
            .iter()
            .map(|paragraph| paragraph.text.as_str())
            .collect();
        assert_eq!(news, ["Heading", "Body."]);
        assert_eq!(page.chrome, ["NEWS"]);
        assert_eq!(
            page.footer[0].text,
            "Home | Contact Us | Copyright & Disclaimer"
        );
        assert!(
            page.news[0].after_separator,
            "a removed paragraph counts as a separator"
        );
        assert!(!page.news[1].after_separator);
    }

    #[test]
    fn a_replacement_character_stops_the_migration() {
        let error = split_page("ok\nbro\u{fffd}ken\nOLD NEWS>>\n").unwrap_err();
        assert!(error.starts_with("line 2:"), "{error}");
    }

    #[test]
    fn a_page_without_the_end_marker_is_rejected() {
        assert!(split_page("Heading\n\nBody.\n")
            .unwrap_err()
            .contains("OLD NEWS>>"));
    }
}
