//! The body of a content file: paragraphs separated by blank lines, `1. ` numbered lists and
//! `- ` bullet lists. Lines inside a paragraph or list item are joined with a space.

use crate::model::Block;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Paragraph,
    Bullets,
    Numbers,
}

/// A list marker at the start of a trimmed line, and the text after it.
fn list_marker(line: &str) -> Option<(Kind, &str)> {
    if line == "-" {
        return Some((Kind::Bullets, ""));
    }
    if let Some(rest) = line.strip_prefix("- ") {
        return Some((Kind::Bullets, rest.trim_start()));
    }
    // Up to three digits, so a wrapped line starting "2016. " stays prose.
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        if rest == "." {
            return Some((Kind::Numbers, ""));
        }
        if let Some(text) = rest.strip_prefix(". ") {
            return Some((Kind::Numbers, text.trim_start()));
        }
    }
    None
}

/// The blocks of `text`, and for each block (`field[i]`) and list item (`field[i][j]`) the
/// file line it starts on, given that `text` starts on `first_line`.
pub fn parse_body(
    text: &str,
    first_line: usize,
    field: &str,
) -> (Vec<Block>, Vec<(String, usize)>) {
    let mut builder = Builder {
        field,
        blocks: Vec::new(),
        lines: Vec::new(),
        current: None,
    };
    for (index, raw) in text.lines().enumerate() {
        let line_number = first_line + index;
        let line = raw.trim();
        if line.is_empty() {
            builder.flush();
            continue;
        }
        match (list_marker(line), &mut builder.current) {
            (Some((kind, item)), current) => {
                if current.as_ref().is_none_or(|c| c.kind != kind) {
                    builder.flush();
                    builder.current = Some(Current {
                        kind,
                        items: Vec::new(),
                        lines: Vec::new(),
                    });
                }
                let current = builder.current.as_mut().expect("just started");
                current.items.push(item.to_string());
                current.lines.push(line_number);
            }
            (None, Some(current)) => {
                let last = current
                    .items
                    .last_mut()
                    .expect("a block always has an item");
                if !last.is_empty() {
                    last.push(' ');
                }
                last.push_str(line);
            }
            (None, None) => {
                builder.current = Some(Current {
                    kind: Kind::Paragraph,
                    items: vec![line.to_string()],
                    lines: vec![line_number],
                });
            }
        }
    }
    builder.flush();
    (builder.blocks, builder.lines)
}

struct Current {
    kind: Kind,
    items: Vec<String>,
    lines: Vec<usize>,
}

struct Builder<'a> {
    field: &'a str,
    blocks: Vec<Block>,
    lines: Vec<(String, usize)>,
    current: Option<Current>,
}

impl Builder<'_> {
    fn flush(&mut self) {
        let Some(Current {
            kind,
            mut items,
            lines,
        }) = self.current.take()
        else {
            return;
        };
        let path = format!("{}[{}]", self.field, self.blocks.len());
        self.lines.push((path.clone(), lines[0]));
        let block = match kind {
            Kind::Paragraph => Block::Paragraph(items.remove(0)),
            Kind::Bullets | Kind::Numbers => {
                for (item, line) in lines.iter().enumerate() {
                    self.lines.push((format!("{path}[{item}]"), *line));
                }
                if kind == Kind::Bullets {
                    Block::BulletList(items)
                } else {
                    Block::NumberedList(items)
                }
            }
        };
        self.blocks.push(block);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<Block> {
        parse_body(text, 1, "body").0
    }

    #[test]
    fn joins_wrapped_lines_into_paragraphs() {
        let text = "\nFirst line\n  continues here.\n\n\nSecond.\n";
        assert_eq!(
            blocks(text),
            vec![
                Block::Paragraph("First line continues here.".into()),
                Block::Paragraph("Second.".into())
            ]
        );
    }

    #[test]
    fn reads_numbered_and_bullet_lists() {
        let text = "Intro:\n1. one\n2. two\n   wrapped\n\n- a\n- b\n10. ten";
        assert_eq!(
            blocks(text),
            vec![
                Block::Paragraph("Intro:".into()),
                Block::NumberedList(vec!["one".into(), "two wrapped".into()]),
                Block::BulletList(vec!["a".into(), "b".into()]),
                Block::NumberedList(vec!["ten".into()]),
            ]
        );
    }

    #[test]
    fn keeps_years_and_hyphenated_words_as_prose() {
        assert_eq!(
            blocks("In\n2016. Then -5 degrees"),
            vec![Block::Paragraph("In 2016. Then -5 degrees".into())]
        );
    }

    #[test]
    fn records_the_line_of_each_block_and_item() {
        let (_, lines) = parse_body("\nPara\n\n- a\n- b\n", 10, "body");
        let expected = [
            ("body[0]", 11),
            ("body[1]", 13),
            ("body[1][0]", 13),
            ("body[1][1]", 14),
        ];
        let expected: Vec<(String, usize)> =
            expected.iter().map(|(p, l)| (p.to_string(), *l)).collect();
        assert_eq!(lines, expected);
    }

    #[test]
    fn an_empty_body_has_no_blocks() {
        assert!(blocks("\n  \n\t\n").is_empty());
    }
}
