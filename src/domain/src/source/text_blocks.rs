//! Body-format text inside a TOML file (site.toml `intro`, `history`): one Markdown string
//! (paragraphs separated by blank lines, lists, emphasis, links), or an array of such strings.

use super::markdown::parse_markdown;
use crate::model::Block;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextBlocks(pub Vec<Block>);

/// The blocks of one string, or what is wrong with it (the field's line locates it).
fn blocks_of(text: &str) -> Result<Vec<Block>, String> {
    let body = parse_markdown("", text, 1, "");
    match body.problems.first() {
        None => Ok(body.blocks),
        Some(problem) => {
            let line = problem
                .line
                .map_or(String::new(), |line| format!("line {line} of the text: "));
            Err(format!("{line}{}", problem.message))
        }
    }
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
        blocks_of(text).map(TextBlocks).map_err(E::custom)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<TextBlocks, A::Error> {
        let mut blocks = Vec::new();
        while let Some(text) = seq.next_element::<String>()? {
            blocks.extend(blocks_of(&text).map_err(serde::de::Error::custom)?);
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
            "description": "Markdown, as in the bodies of articles: paragraphs separated by blank lines, `1. ` numbered and `- ` bullet lists, *emphasis*, **strong**, [links](https://…). One string (use \"\"\" for several lines) or an array of strings.",
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
        #[derive(Debug, Deserialize)]
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
        let code = toml::from_str::<Doc>("a = \"x\\n\\nRun `y`\"\nb = []").unwrap_err();
        assert!(
            code.message().contains("line 3 of the text: code (`y`)"),
            "{code}"
        );
    }
}
