//! One thing wrong with the content, located as precisely as the checker knows.

use std::fmt;

/// A problem found in a content file. `file` is the path editors open (the build prefixes the
/// content directory); `field` is a path such as `title`, `links[1].url` or `body[2]`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub field: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            file: file.into(),
            line: None,
            field: None,
            message: message.into(),
        }
    }

    pub fn in_field(
        file: impl Into<String>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            field: Some(field.into()),
            ..Problem::new(file, message)
        }
    }

    pub fn at_line(mut self, line: usize) -> Problem {
        self.line = Some(line);
        self
    }

    /// The field's top-level key (`links` for `links[1].url`).
    pub fn top_field(&self) -> Option<&str> {
        let field = self.field.as_deref()?;
        Some(field.split(['[', '.']).next().unwrap_or(field))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        if let Some(field) = &self.field {
            write!(f, "field \"{field}\": ")?;
        }
        f.write_str(&self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_file_line_field_and_message() {
        let problem = Problem::in_field("content/articles/x.md", "start", "bad date").at_line(12);
        assert_eq!(
            problem.to_string(),
            "content/articles/x.md:12: field \"start\": bad date"
        );
        assert_eq!(
            Problem::new("content/site.toml", "missing").to_string(),
            "content/site.toml: missing"
        );
        let nested = Problem::in_field("f", "links[1].url", "m");
        assert_eq!(nested.top_field(), Some("links"));
    }
}
