//! Splits the news paragraphs into items: a heading followed by its body.
//!
//! A heading is a paragraph of one source line, not a list line, with no date in it, short,
//! and either without closing punctuation or set off by a separator. The page also has an item
//! with no heading: a body paragraph that opens with a date ("On 19 December 2016, ...") right
//! after a separator, once the current item already has a body, starts a new item.

use crate::clean::{ends_sentence, list_number, Paragraph};
use crate::dates::{find_dates, Mention};
use site_domain::Block;

/// Headings on the page are at most about 240 characters; body sentences run longer.
const MAX_HEADING_CHARS: usize = 300;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub heading: Option<String>,
    pub blocks: Vec<Block>,
    /// Legacy line where the item starts (for messages).
    pub line: usize,
    /// A photo credit was cut out of the item's text or stood above it (see `Paragraph`).
    pub lost_photo: bool,
}

pub fn split_items(paragraphs: &[Paragraph]) -> Result<Vec<Item>, String> {
    let mut items: Vec<Item> = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let has_next = index + 1 < paragraphs.len();
        let current_has_body = items.last().is_some_and(|item| !item.blocks.is_empty());
        if has_next && is_heading(paragraph) {
            if let Some(previous) = items.last().filter(|item| item.blocks.is_empty()) {
                return Err(format!(
                    "line {}: the heading is followed by another heading, not by text",
                    previous.line
                ));
            }
            items.push(Item {
                heading: Some(paragraph.text.clone()),
                blocks: Vec::new(),
                line: paragraph.line,
                lost_photo: paragraph.photo_credit,
            });
            continue;
        }
        let starts_headless = items.is_empty()
            || (current_has_body && paragraph.after_separator && opens_with_date(&paragraph.text));
        if starts_headless {
            items.push(Item {
                heading: None,
                blocks: Vec::new(),
                line: paragraph.line,
                lost_photo: false,
            });
        }
        let item = items.last_mut().expect("an item is open");
        item.lost_photo |= paragraph.photo_credit;
        push_block(&mut item.blocks, &paragraph.text);
    }
    if let Some(empty) = items.iter().find(|item| item.blocks.is_empty()) {
        return Err(format!(
            "line {}: the heading has no text after it",
            empty.line
        ));
    }
    Ok(items)
}

fn is_heading(paragraph: &Paragraph) -> bool {
    let text = &paragraph.text;
    paragraph.line_count == 1
        && list_number(text).is_none()
        && text.chars().count() <= MAX_HEADING_CHARS
        && !find_dates(text)
            .iter()
            .any(|found| matches!(found.mention, Mention::Days { .. }))
        && (!ends_sentence(text) || paragraph.after_separator)
}

/// "On 19 December 2016, the ...": an explicit day before the first comma.
fn opens_with_date(text: &str) -> bool {
    let lead = text.split(',').next().unwrap_or(text);
    lead.chars().count() <= 40
        && find_dates(lead)
            .iter()
            .any(|found| matches!(found.mention, Mention::Days { .. }))
}

/// Appends a paragraph, or a list line to the numbered list it continues.
fn push_block(blocks: &mut Vec<Block>, text: &str) {
    if let Some(number) = list_number(text) {
        let item = text
            .split_once(". ")
            .map(|(_, rest)| rest.to_string())
            .unwrap_or_default();
        if let Some(Block::NumberedList(list)) = blocks.last_mut() {
            if list.len() as u32 + 1 == number {
                list.push(item.into());
                return;
            }
        }
        if number == 1 {
            blocks.push(Block::NumberedList(vec![item.into()]));
            return;
        }
    }
    blocks.push(Block::Paragraph(text.into()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(text: &str, after_separator: bool) -> Paragraph {
        Paragraph {
            photo_credit: false,
            text: text.to_string(),
            line_count: 1,
            after_separator,
            line: 1,
        }
    }

    #[test]
    fn headings_start_items_and_lists_are_gathered() {
        let items = split_items(&[
            paragraph("Advanced Training of Trainers Course Launched", true),
            paragraph("On 01 August 2016, Monday IOM launched the course.", false),
            paragraph("It has modules:", false),
            paragraph("1. Document Security", false),
            paragraph("2. Data Analysis", false),
            paragraph("IOM experts deliver a capacity building training", false),
            paragraph(
                "On 30 September and 1 October 2015 IOM organized a training.",
                false,
            ),
        ])
        .unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(
            items[0].heading.as_deref(),
            Some("Advanced Training of Trainers Course Launched")
        );
        assert_eq!(
            items[0].blocks[2],
            Block::NumberedList(vec!["Document Security".into(), "Data Analysis".into()])
        );
        assert_eq!(
            items[1].heading.as_deref(),
            Some("IOM experts deliver a capacity building training")
        );
    }

    #[test]
    fn a_sentence_heading_needs_a_separator_before_it() {
        let heading = "The CMBA Project continues enhancing readmission and human rights capacities in the country.";
        let items = split_items(&[
            paragraph("First", true),
            paragraph("Body one.", false),
            paragraph(heading, true),
            paragraph("As a follow up, IOM started the cascade trainings.", false),
            paragraph("A short sentence in a body.", false),
            paragraph("More body.", false),
        ])
        .unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].heading.as_deref(), Some(heading));
        assert_eq!(items[1].blocks.len(), 3);
    }

    #[test]
    fn a_dated_paragraph_after_a_separator_starts_an_item_without_heading() {
        let items = split_items(&[
            paragraph("Public service announcement", true),
            paragraph("Public service announcement has been produced.", false),
            paragraph("On 19 December 2016, the International Organization for Migration organized an event.", true),
            paragraph(&format!("The event commenced with the opening remarks.{}", " More remarks.".repeat(25)), true),
        ])
        .unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].heading, None);
        assert_eq!(
            items[1].blocks.len(),
            2,
            "a long undated paragraph after a separator continues the item"
        );
    }

    #[test]
    fn a_heading_without_text_is_an_error() {
        let error = split_items(&[
            paragraph("One heading", true),
            paragraph("Another heading", true),
            paragraph("Text.", false),
        ]);
        assert!(error.unwrap_err().contains("followed by another heading"));
    }
}
