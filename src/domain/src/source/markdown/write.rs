//! Blocks written back as Markdown that reads as the same blocks: the legacy migration writes
//! bodies with it, so text that happens to contain `*`, `[` or a leading `1.` stays text.

use crate::model::{Block, Inline, RichText};

/// `blocks` as a Markdown body: blocks separated by a blank line, one line per paragraph and
/// list item, ending with a newline (empty for no blocks).
pub fn to_markdown(blocks: &[Block]) -> String {
    let mut out = blocks.iter().map(block).collect::<Vec<_>>().join("\n\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

fn block(block: &Block) -> String {
    match block {
        Block::Paragraph(text) => line(text),
        Block::Heading(heading) => {
            let marker = "#".repeat(usize::from(heading.level));
            let mut text = rich_text(&heading.text);
            // A heading's closing #s are not its text.
            if text.ends_with('#') {
                let at = text.trim_end_matches('#').len();
                text.insert(at, '\\');
            }
            format!("{marker} {text}")
        }
        Block::NumberedList(items) => items
            .iter()
            .enumerate()
            .map(|(index, item)| format!("{}. {}", index + 1, line(item)))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::BulletList(items) => items
            .iter()
            .map(|item| format!("- {}", line(item)))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Quote(blocks) => to_markdown(blocks)
            .lines()
            .map(|line| match line {
                "" => ">".to_string(),
                line => format!("> {line}"),
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// Rich text that starts a line: what would open a block there (`# `, `- `, `1. `, `>`) is
/// escaped.
fn line(text: &RichText) -> String {
    let written = rich_text(text);
    let digits = written.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(written.as_bytes().get(digits), Some(b'.' | b')')) {
        return format!("{}\\{}", &written[..digits], &written[digits..]);
    }
    match written.chars().next() {
        Some('#' | '>' | '-' | '+' | '=' | '~') => format!("\\{written}"),
        _ => written,
    }
}

fn rich_text(text: &RichText) -> String {
    inlines(&text.0)
}

fn inlines(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(text) => escape_into(text, &mut out),
            Inline::Emphasis(inner) => {
                out.push('*');
                out.push_str(&self::inlines(inner));
                out.push('*');
            }
            Inline::Strong(inner) => {
                out.push_str("**");
                out.push_str(&self::inlines(inner));
                out.push_str("**");
            }
            Inline::Link { url, text } => {
                // "!" just before "[" would make the link an image.
                if out.ends_with('!') && !out.ends_with("\\!") {
                    out.pop();
                    out.push_str("\\!");
                }
                out.push('[');
                out.push_str(&self::inlines(text));
                out.push_str("](");
                out.push_str(&destination(url));
                out.push(')');
            }
        }
    }
    out
}

/// Backslashes the characters that would otherwise start markup; an `&` only where it would
/// read as an entity.
fn escape_into(text: &str, out: &mut String) {
    for (at, c) in text.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' => {
                out.push('\\');
                out.push(c);
            }
            '&' if looks_like_entity(&text[at..]) => out.push_str("\\&"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
}

/// `&name;` or `&#123;` at the start of `text`.
fn looks_like_entity(text: &str) -> bool {
    let Some(end) = text.find(';') else {
        return false;
    };
    let name = &text[1..end];
    match name.strip_prefix('#') {
        Some(number) => !number.is_empty() && number.chars().all(|c| c.is_ascii_alphanumeric()),
        None => !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()),
    }
}

/// A link destination; in angle brackets when it has spaces or brackets.
fn destination(url: &str) -> String {
    if url
        .chars()
        .any(|c| c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>'))
    {
        let escaped = url.replace('<', "\\<").replace('>', "\\>");
        format!("<{escaped}>")
    } else {
        url.to_string()
    }
}
