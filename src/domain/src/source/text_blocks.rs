//! Body-format text inside a TOML file (site.toml `intro`, `history`): one string in the body
//! format (paragraphs separated by blank lines, lists), or an array of such strings.

use super::body::parse_body;
use crate::model::Block;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextBlocks(pub Vec<Block>);

fn blocks_of(text: &str) -> Vec<Block> {
    parse_body(text, 1, "").0
}

impl<'de> Deserialize<'de> for TextBlocks {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TextBlocks, D::Error> {
        deserializer.deserialize_any(TextBlocksVisitor)
    }
}

struct TextBlocksVisitor;

impl<'de> Visitor<'de> for TextBlocksVisitor {
    type Value = TextBlocks;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text (paragraphs separated by blank lines) or an array of texts")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<TextBlocks, E> {
        Ok(TextBlocks(blocks_of(text)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<TextBlocks, A::Error> {
        let mut blocks = Vec::new();
        while let Some(text) = seq.next_element::<String>()? {
            blocks.extend(blocks_of(&text));
        }
        Ok(TextBlocks(blocks))
    }
}

impl JsonSchema for TextBlocks {
    fn schema_name() -> Cow<'static, str> {
        "TextBlocks".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Plain text: paragraphs separated by blank lines, `1. ` numbered and `- ` bullet lists. One string (use \"\"\" for several lines) or an array of strings.",
            "anyOf": [
                { "type": "string" },
                { "type": "array", "items": { "type": "string" } }
            ]
        })
    }
}

/// Dates are strings of the form YYYY-MM-DD in both content files and the bundle.
impl JsonSchema for crate::Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A calendar date, YYYY-MM-DD (in quotes).",
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_one_text_or_an_array_of_texts() {
        #[derive(Deserialize)]
        struct Doc {
            a: TextBlocks,
            b: TextBlocks,
        }
        let doc: Doc =
            toml::from_str("a = \"\"\"\nOne\ntwo.\n\n- x\n\"\"\"\nb = [\"P1\", \"P2\"]").unwrap();
        assert_eq!(
            doc.a.0,
            vec![
                Block::Paragraph("One two.".into()),
                Block::BulletList(vec!["x".into()])
            ]
        );
        assert_eq!(
            doc.b.0,
            vec![Block::Paragraph("P1".into()), Block::Paragraph("P2".into())]
        );
        assert!(toml::from_str::<Doc>("a = 1\nb = []").is_err());
    }
}
