//! Marks the words a query matched, in a title and in a short snippet of the body. The result
//! is plain text split into segments; the page wraps the marked ones in `<mark>`.

use super::tokenize::for_each_word;
use std::collections::HashSet;
use std::ops::Range;

/// A piece of text, marked when it is a matched word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub marked: bool,
}

/// The folded index terms a query matched (exact, prefix and one-typo variants).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlighter {
    terms: HashSet<Box<str>>,
}

const ELLIPSIS: &str = "…";

impl Highlighter {
    pub fn new(terms: HashSet<Box<str>>) -> Highlighter {
        Highlighter { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Byte ranges of the matched words of `text`, in order.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        if !self.is_empty() {
            for_each_word(text, |range, word| {
                if self.terms.contains(word) {
                    out.push(range);
                }
            });
        }
        out
    }

    /// The whole of `text` as segments.
    pub fn segments(&self, text: &str) -> Vec<Segment> {
        split(text, 0..text.len(), &self.ranges(text))
    }

    /// About `max_chars` of the first body text with a match, centred near the first match,
    /// cut at word boundaries with "…" where text was left out. Without a match: the start of
    /// the first non-empty text.
    pub fn snippet<'a>(
        &self,
        texts: impl IntoIterator<Item = &'a str>,
        max_chars: usize,
    ) -> Vec<Segment> {
        let mut first_text = None;
        for text in texts {
            if text.trim().is_empty() {
                continue;
            }
            first_text.get_or_insert(text);
            let ranges = self.ranges(text);
            if let Some(first) = ranges.first() {
                let lead = max_chars / 3;
                let start = snap_start(text, back_chars(text, first.start, lead), first.start);
                let end = snap_end(text, forward_chars(text, start, max_chars), first.end);
                return with_ellipses(text, start..end, &ranges);
            }
        }
        match first_text {
            Some(text) => {
                let end = snap_end(text, forward_chars(text, 0, max_chars), 0);
                with_ellipses(text, 0..end, &[])
            }
            None => Vec::new(),
        }
    }
}

fn with_ellipses(text: &str, window: Range<usize>, ranges: &[Range<usize>]) -> Vec<Segment> {
    let mut segments = split(text, window.clone(), ranges);
    let trimmed_start = window.start > 0;
    let trimmed_end = window.end < text.len();
    if trimmed_start {
        push_plain_front(&mut segments, ELLIPSIS);
    }
    if trimmed_end {
        match segments.last_mut() {
            Some(last) if !last.marked => last.text.push_str(ELLIPSIS),
            _ => segments.push(Segment {
                text: ELLIPSIS.into(),
                marked: false,
            }),
        }
    }
    segments
}

fn push_plain_front(segments: &mut Vec<Segment>, text: &str) {
    match segments.first_mut() {
        Some(first) if !first.marked => first.text.insert_str(0, text),
        _ => segments.insert(
            0,
            Segment {
                text: text.into(),
                marked: false,
            },
        ),
    }
}

/// Splits `text[window]` into plain and marked segments; `ranges` are sorted word ranges.
fn split(text: &str, window: Range<usize>, ranges: &[Range<usize>]) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut at = window.start;
    for range in ranges {
        let start = range.start.max(window.start);
        let end = range.end.min(window.end);
        if start >= end || start < at {
            continue;
        }
        if start > at {
            segments.push(Segment {
                text: text[at..start].into(),
                marked: false,
            });
        }
        segments.push(Segment {
            text: text[start..end].into(),
            marked: true,
        });
        at = end;
    }
    if at < window.end {
        segments.push(Segment {
            text: text[at..window.end].into(),
            marked: false,
        });
    }
    segments
}

/// The byte offset `count` chars before `at`.
fn back_chars(text: &str, at: usize, count: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .nth(count.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// The byte offset `count` chars after `at`.
fn forward_chars(text: &str, at: usize, count: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(count)
        .map_or(text.len(), |(i, _)| at + i)
}

/// Moves a cut at `at` forward to the start of a word, never past `limit`.
fn snap_start(text: &str, at: usize, limit: usize) -> usize {
    if at == 0 {
        return 0;
    }
    match text[at..limit].find(char::is_whitespace) {
        Some(space) => {
            let after = at + space;
            after + text[after..].chars().next().map_or(0, char::len_utf8)
        }
        None => at,
    }
}

/// Moves a cut at `at` back to the end of a word, never before `limit`.
fn snap_end(text: &str, at: usize, limit: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    match text[limit..at].rfind(char::is_whitespace) {
        Some(space) => limit + space,
        None => at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn highlighter(terms: &[&str]) -> Highlighter {
        Highlighter::new(terms.iter().map(|t| Box::from(*t)).collect())
    }

    fn render(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| {
                if s.marked {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn marks_matched_words_in_original_spelling() {
        let h = highlighter(&["baki", "migration"]);
        assert_eq!(
            render(&h.segments("Migration office in BAKI, Bakı.")),
            "[Migration] office in [BAKI], [Bakı]."
        );
    }

    #[test]
    fn no_terms_no_marks() {
        let h = Highlighter::default();
        assert_eq!(render(&h.segments("Migration")), "Migration");
    }

    #[test]
    fn snippet_centres_on_first_match_and_cuts_at_words() {
        let h = highlighter(&["readmission"]);
        let text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen \
                    fifteen sixteen seventeen eighteen nineteen twenty readmission agreement signed \
                    by twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six.";
        let snippet = render(&h.snippet(["", "no match here", text], 60));
        assert!(snippet.starts_with('…'), "{snippet}");
        assert!(snippet.ends_with('…'), "{snippet}");
        assert!(snippet.contains("[readmission] agreement"), "{snippet}");
        let inner = snippet.trim_matches('…');
        assert!(
            text.contains(&inner.replace(['[', ']'], "")),
            "cut inside a word: {snippet}"
        );
        assert!(inner.chars().count() <= 62, "{snippet}");
    }

    #[test]
    fn snippet_without_match_shows_the_start() {
        let h = highlighter(&["absent"]);
        assert_eq!(render(&h.snippet(["Short text."], 60)), "Short text.");
        assert_eq!(
            render(&h.snippet(["alpha beta gamma delta"], 12)),
            "alpha beta…"
        );
        assert!(h.snippet(Vec::<&str>::new(), 60).is_empty());
    }
}
