//! Where things are in a file: byte offsets to line numbers, and field paths to lines.

use std::collections::BTreeMap;
use std::ops::Range;
use toml::de::{DeTable, DeValue};

/// TOML text cut out of a file, with the file line its first line stands on.
pub struct TomlText<'a> {
    pub text: &'a str,
    first_line: usize,
    /// Byte offsets of the text's newlines, so finding a line is a binary search, not a scan.
    newlines: Vec<usize>,
}

impl<'a> TomlText<'a> {
    pub fn new(text: &'a str, first_line: usize) -> TomlText<'a> {
        let newlines = text
            .bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'\n')
            .map(|(i, _)| i)
            .collect();
        TomlText {
            text,
            first_line,
            newlines,
        }
    }

    /// The file line of byte `offset` of the TOML text.
    pub fn line_at(&self, offset: usize) -> usize {
        self.first_line + self.newlines.partition_point(|&newline| newline < offset)
    }
}

/// Field paths (`title`, `links[1].url`, `body[2][0]`) with their line and TOML span.
#[derive(Clone, Debug, Default)]
pub struct LineMap {
    lines: BTreeMap<String, usize>,
    spans: Vec<(String, Range<usize>)>,
}

impl LineMap {
    pub fn of_table(table: &DeTable, source: &TomlText) -> LineMap {
        let mut map = LineMap::default();
        map.add_table("", table, source);
        map
    }

    fn add_table(&mut self, prefix: &str, table: &DeTable, source: &TomlText) {
        for (key, value) in table.iter() {
            let path = if prefix.is_empty() {
                key.get_ref().to_string()
            } else {
                format!("{prefix}.{}", key.get_ref())
            };
            self.lines
                .insert(path.clone(), source.line_at(key.span().start));
            self.spans.push((path.clone(), key.span()));
            self.add_value(path, value.get_ref(), value.span(), source);
        }
    }

    fn add_value(&mut self, path: String, value: &DeValue, span: Range<usize>, source: &TomlText) {
        match value {
            DeValue::Table(table) => self.add_table(&path, table, source),
            DeValue::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    let item_path = format!("{path}[{index}]");
                    self.lines
                        .entry(item_path.clone())
                        .or_insert(source.line_at(item.span().start));
                    self.add_value(item_path, item.get_ref(), item.span(), source);
                }
            }
            _ => {}
        }
        self.spans.push((path, span));
    }

    /// Adds paths found elsewhere (the body's blocks).
    pub fn extend(&mut self, lines: impl IntoIterator<Item = (String, usize)>) {
        self.lines.extend(lines);
    }

    /// The line of `path`, or of the nearest enclosing path that has one.
    pub fn line_of(&self, path: &str) -> Option<usize> {
        let mut path = path;
        loop {
            if let Some(line) = self.lines.get(path) {
                return Some(*line);
            }
            path = &path[..path.rfind(['.', '['])?];
        }
    }

    /// The field at byte `offset`: the smallest key or value containing it, else the last one
    /// starting before it (table headers span only the header, not the fields under it).
    pub fn path_at(&self, offset: usize) -> Option<&str> {
        let containing = self
            .spans
            .iter()
            .filter(|(_, span)| span.contains(&offset))
            .min_by_key(|(_, span)| span.len());
        let preceding = || {
            self.spans
                .iter()
                .filter(|(_, span)| span.start <= offset)
                .max_by_key(|(_, span)| span.start)
        };
        containing.or_else(preceding).map(|(path, _)| path.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_paths_to_lines_with_fallback_to_the_parent() {
        let text = "title = \"x\"\nplaces = [\n  \"a\",\n  \"b\",\n]\n[[links]]\nlabel = \"l\"\nurl = \"u\"\n";
        let source = TomlText::new(text, 2);
        let table = DeTable::parse(text).unwrap();
        let map = LineMap::of_table(table.get_ref(), &source);
        assert_eq!(map.line_of("title"), Some(2));
        assert_eq!(map.line_of("places[1]"), Some(5));
        assert_eq!(map.line_of("links[0].url"), Some(9));
        assert_eq!(map.line_of("title[3].x"), Some(2));
        assert_eq!(map.line_of("nothing"), None);
    }
}
