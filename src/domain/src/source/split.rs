//! Splits a content file into its TOML front matter (between `+++` lines) and its body.

use crate::validate::Problem;

/// The parts of a `.md` content file. Line numbers are 1-based lines of the whole file.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub front_matter: &'a str,
    /// Line of the file on which the front matter's first line stands.
    pub front_matter_line: usize,
    pub body: &'a str,
    pub body_line: usize,
}

fn is_delimiter(line: &str) -> bool {
    line.trim_end() == "+++"
}

/// Finds the front matter, or says what is wrong with the delimiters.
pub fn split<'a>(file: &str, text: &'a str) -> Result<Split<'a>, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if !is_delimiter(&text[..first_line_end]) {
        let message = "the file must start with a line `+++` that opens the front matter (title, dates, …), closed by another `+++` line";
        return Err(Problem::new(file, message).at_line(1));
    }
    let mut offset = first_line_end;
    let mut line = 2;
    while offset < text.len() {
        let end = text[offset..]
            .find('\n')
            .map_or(text.len(), |i| offset + i + 1);
        if is_delimiter(&text[offset..end]) {
            return Ok(Split {
                front_matter: &text[first_line_end..offset],
                front_matter_line: 2,
                body: &text[end..],
                body_line: line + 1,
            });
        }
        offset = end;
        line += 1;
    }
    let message = "the front matter opened by `+++` on line 1 is never closed: add a line `+++` after the last field";
    Err(Problem::new(file, message).at_line(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body_with_their_lines() {
        let parts = split("a.md", "+++\ntitle = \"x\"\n+++\n\nBody.\n").unwrap();
        assert_eq!(parts.front_matter, "title = \"x\"\n");
        assert_eq!((parts.front_matter_line, parts.body_line), (2, 4));
        assert_eq!(parts.body, "\nBody.\n");
        let crlf = split("a.md", "\u{feff}+++\r\ntitle = 1\r\n+++\r\nB").unwrap();
        assert_eq!((crlf.front_matter, crlf.body), ("title = 1\r\n", "B"));
        assert_eq!(split("a.md", "+++\n+++").unwrap().body, "");
    }

    #[test]
    fn reports_missing_or_unclosed_delimiters_on_line_1() {
        let missing = split("a.md", "title = \"x\"\n").unwrap_err();
        assert_eq!(missing.line, Some(1));
        assert!(missing.message.contains("must start with a line `+++`"));
        let unclosed = split("a.md", "+++\ntitle = \"x\"\n\nBody").unwrap_err();
        assert!(unclosed.message.contains("never closed"), "{unclosed}");
        assert!(split("a.md", "").is_err());
    }
}
