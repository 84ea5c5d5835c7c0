//! Bodies are CommonMark, parsed here (at build time only) into the bundle's blocks: paragraphs,
//! headings of level 2 to 4, numbered and bullet lists, block quotes, and in the text emphasis,
//! strong emphasis and links. Raw HTML and character entities stay literal text, which the
//! content checks refuse (with the line) like markup in any other text. Anything else (code,
//! images, nested lists or quotes, other heading levels) is a problem naming its line, never
//! dropped in silence. Line breaks inside a paragraph join its lines with a space, as a browser
//! shows them.

mod write;

pub use write::to_markdown;

use crate::model::{Block, Heading, Inline, RichText};
use crate::validate::Problem;
use pulldown_cmark::{Event, HeadingLevel, LinkType, OffsetIter, Options, Parser, Tag, TagEnd};
use std::iter::Peekable;
use std::ops::Range;

/// A body read: its blocks, the line each block and list item starts on (`body[2]`,
/// `body[2][0]`), and what could not be read.
#[derive(Debug, Default)]
pub struct Body {
    pub blocks: Vec<Block>,
    pub lines: Vec<(String, usize)>,
    pub problems: Vec<Problem>,
}

/// Parses `text`, which starts on line `first_line` of `file`; `field` names the body in
/// problems and line paths.
pub fn parse_markdown(file: &str, text: &str, first_line: usize, field: &str) -> Body {
    let mut reader = Reader {
        file,
        source: text,
        first_line,
        newlines: text.match_indices('\n').map(|(at, _)| at).collect(),
        events: Parser::new_ext(text, Options::empty())
            .into_offset_iter()
            .peekable(),
        body: Body::default(),
    };
    let blocks = reader.blocks(field, false);
    Body {
        blocks,
        ..reader.body
    }
}

struct Reader<'a> {
    file: &'a str,
    source: &'a str,
    first_line: usize,
    newlines: Vec<usize>,
    events: Peekable<OffsetIter<'a>>,
    body: Body,
}

impl<'a> Reader<'a> {
    fn line_at(&self, offset: usize) -> usize {
        self.first_line + self.newlines.partition_point(|&newline| newline < offset)
    }

    fn problem(&mut self, path: &str, at: usize, message: impl Into<String>) {
        let problem = Problem::in_field(self.file, path, message).at_line(self.line_at(at));
        self.body.problems.push(problem);
    }

    /// Blocks up to the end of the enclosing quote (or of the text); `path` is the enclosing
    /// field, each block is `path[i]`.
    fn blocks(&mut self, path: &str, in_quote: bool) -> Vec<Block> {
        let mut blocks = Vec::new();
        while let Some((event, range)) = self.events.next() {
            let block_path = format!("{path}[{}]", blocks.len());
            let block = match event {
                Event::End(_) => break,
                Event::Start(tag) => self.block(tag, range.clone(), &block_path, in_quote),
                Event::Rule => {
                    let message =
                        "a horizontal rule (---, ***) is not supported: separate paragraphs with a blank line";
                    self.problem(&block_path, range.start, message);
                    None
                }
                other => {
                    let message = format!("unexpected {other:?} outside a paragraph");
                    self.problem(&block_path, range.start, message);
                    None
                }
            };
            if let Some(block) = block {
                let line = self.line_at(range.start);
                self.body.lines.push((block_path, line));
                blocks.push(block);
            }
        }
        blocks
    }

    /// The block a `Start(tag)` opens, its events consumed up to its end; `None` (and a problem)
    /// for what bodies may not contain.
    fn block(
        &mut self,
        tag: Tag,
        range: Range<usize>,
        path: &str,
        in_quote: bool,
    ) -> Option<Block> {
        match tag {
            Tag::Paragraph => Some(Block::Paragraph(self.rich_text(path))),
            Tag::Heading { level, .. } => {
                let level = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                };
                // Levels other than 2 to 4 are refused by the content checks.
                let text = self.rich_text(path);
                Some(Block::Heading(Heading { level, text }))
            }
            Tag::List(start) => {
                if start.is_some_and(|start| start != 1) {
                    let message =
                        "a numbered list must start at 1 (the site numbers every list from 1)";
                    self.problem(path, range.start, message);
                }
                let items = self.list_items(path);
                Some(match start {
                    Some(_) => Block::NumberedList(items),
                    None => Block::BulletList(items),
                })
            }
            Tag::BlockQuote(_) if !in_quote => Some(Block::Quote(self.blocks(path, true))),
            // Kept as text for the checks to refuse, with its line, as markup anywhere else.
            Tag::HtmlBlock => Some(Block::Paragraph(self.rich_text(path))),
            other => {
                let message = unsupported_block(&other);
                self.problem(path, range.start, message);
                self.skip_to_end();
                None
            }
        }
    }

    /// The items of a list (its `Start` consumed), each item `path[j]`.
    fn list_items(&mut self, path: &str) -> Vec<RichText> {
        let mut items = Vec::new();
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::Start(Tag::Item) => {
                    let item_path = format!("{path}[{}]", items.len());
                    let line = self.line_at(range.start);
                    self.body.lines.push((item_path.clone(), line));
                    items.push(self.list_item(&item_path));
                }
                _ => break, // the list's end
            }
        }
        items
    }

    /// One item's text (its `Start` consumed): one paragraph, written tight or loose.
    fn list_item(&mut self, path: &str) -> RichText {
        let mut inlines = Vec::new();
        let mut paragraphs = 0;
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::End(TagEnd::Item) => break,
                Event::Start(Tag::Paragraph) => {
                    paragraphs += 1;
                    if paragraphs == 2 {
                        let message = "a list item may hold one paragraph only: join its paragraphs or make them separate items";
                        self.problem(path, range.start, message);
                    }
                    let text = self.rich_text(path);
                    append(&mut inlines, text.0);
                }
                Event::Start(Tag::HtmlBlock) => {
                    let text = self.rich_text(path);
                    append(&mut inlines, text.0);
                }
                Event::Start(tag @ (Tag::List(_) | Tag::BlockQuote(_) | Tag::Heading { .. })) => {
                    let what = match tag {
                        Tag::List(_) => "a list inside a list item is not supported: write the items at one level",
                        Tag::BlockQuote(_) => "a quote inside a list item is not supported",
                        _ => "a heading inside a list item is not supported",
                    };
                    self.problem(path, range.start, what);
                    self.skip_to_end();
                }
                Event::Start(tag) if is_block(&tag) => {
                    let message = unsupported_block(&tag);
                    self.problem(path, range.start, message);
                    self.skip_to_end();
                }
                event => self.inline(event, range, path, &mut inlines),
            }
        }
        RichText(inlines)
    }

    /// Inline content up to the end of the enclosing element (its `Start` consumed).
    fn rich_text(&mut self, path: &str) -> RichText {
        RichText(self.inlines(path))
    }

    fn inlines(&mut self, path: &str) -> Vec<Inline> {
        let mut inlines = Vec::new();
        while let Some((event, range)) = self.events.next() {
            if let Event::End(_) = event {
                break;
            }
            self.inline(event, range, path, &mut inlines);
        }
        inlines
    }

    /// Adds what one inline event says to `out`.
    fn inline(&mut self, event: Event, range: Range<usize>, path: &str, out: &mut Vec<Inline>) {
        match event {
            Event::Text(text) => {
                // An entity (`&amp;`) stays as written, for the checks to refuse like markup.
                let written = &self.source[range];
                let entity = written.starts_with('&') && written.ends_with(';');
                push_text(out, if entity { written } else { &text });
            }
            Event::InlineHtml(html) => push_text(out, &html),
            Event::Html(line) => {
                if !out.is_empty() {
                    push_text(out, " ");
                }
                push_text(out, line.trim());
            }
            Event::SoftBreak | Event::HardBreak => push_text(out, " "),
            Event::Start(Tag::Emphasis) => out.push(Inline::Emphasis(self.inlines(path))),
            Event::Start(Tag::Strong) => out.push(Inline::Strong(self.inlines(path))),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) => {
                if !title.is_empty() {
                    let message = format!(
                        "the link title \"{title}\" would not be shown: remove it (write [text](url))"
                    );
                    self.problem(path, range.start, message);
                }
                let url = match link_type {
                    LinkType::Email => format!("mailto:{dest_url}"),
                    _ => dest_url.to_string(),
                };
                let text = self.inlines(path);
                out.push(Inline::Link { url, text });
            }
            Event::Start(Tag::Image { .. }) => {
                let message = "an image in the text is not supported: list images in the front matter ([[images]])";
                self.problem(path, range.start, message);
                self.skip_to_end();
            }
            Event::Code(code) => {
                let message = format!(
                    "code (`{code}`) is not supported: write plain text, or \\` for a backquote"
                );
                self.problem(path, range.start, message);
            }
            Event::Start(tag) => {
                let message = format!("{tag:?} is not supported here");
                self.problem(path, range.start, message);
                self.skip_to_end();
            }
            other => {
                let message = format!("{other:?} is not supported here");
                self.problem(path, range.start, message);
            }
        }
    }

    /// Consumes events up to the end of the element whose `Start` was just read.
    fn skip_to_end(&mut self) {
        let mut depth = 1;
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                return;
            }
        }
    }
}

fn is_block(tag: &Tag) -> bool {
    !matches!(
        tag,
        Tag::Emphasis | Tag::Strong | Tag::Link { .. } | Tag::Image { .. }
    )
}

/// What to tell an editor who wrote a block bodies may not contain.
fn unsupported_block(tag: &Tag) -> String {
    match tag {
        Tag::BlockQuote(_) => "a quote inside a quote is not supported".to_string(),
        Tag::CodeBlock(_) => "a code block is not supported (a line indented by 4 spaces, or fenced by ```, starts one): remove the indent or the fence".to_string(),
        other => format!("{other:?} is not supported in a body"),
    }
}

/// Appends text, joining it to a text just before it.
fn push_text(out: &mut Vec<Inline>, text: &str) {
    match out.last_mut() {
        Some(Inline::Text(last)) => last.push_str(text),
        _ => out.push(Inline::Text(text.to_string())),
    }
}

fn append(out: &mut Vec<Inline>, inlines: Vec<Inline>) {
    if !out.is_empty() && !inlines.is_empty() {
        push_text(out, " ");
    }
    for inline in inlines {
        match inline {
            Inline::Text(text) => push_text(out, &text),
            other => out.push(other),
        }
    }
}

#[cfg(test)]
mod tests;
