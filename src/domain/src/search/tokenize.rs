//! Splits text into folded words, remembering where each word sits in the original text so
//! matches can be highlighted there.

use crate::fold::{fold_char_into, is_word_char};
use std::ops::Range;

/// Words longer than this (in folded chars) are cut: no real word is that long, and it bounds
/// the work a pasted blob can cause.
pub const MAX_TERM_CHARS: usize = 48;

/// Calls `each(original_byte_range, folded_word)` for every word of `text`, in order.
/// Words that fold to nothing (a lone combining mark) are skipped.
pub fn for_each_word(text: &str, mut each: impl FnMut(Range<usize>, &str)) {
    let bytes = text.as_bytes();
    let mut folded = String::new();
    let mut start: Option<usize> = None;
    let mut emit = |range: Range<usize>, folded: &mut String| {
        truncate_chars(folded, MAX_TERM_CHARS);
        if !folded.is_empty() {
            each(range, folded);
        }
        folded.clear();
    };
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        // ASCII, the bulk of the text, without decoding chars.
        let (is_word, width) = if byte.is_ascii() {
            let is_word = byte.is_ascii_alphanumeric();
            if is_word {
                folded.push(byte.to_ascii_lowercase() as char);
            }
            (is_word, 1)
        } else {
            let c = text[at..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            let is_word = is_word_char(c);
            if is_word {
                fold_char_into(c, &mut folded);
            }
            (is_word, c.len_utf8())
        };
        if is_word {
            start.get_or_insert(at);
        } else if let Some(begin) = start.take() {
            emit(begin..at, &mut folded);
        }
        at += width;
    }
    if let Some(begin) = start {
        emit(begin..text.len(), &mut folded);
    }
}

/// The folded words of `text`, in order (duplicates kept).
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_word(text, |_, word| out.push(word.to_string()));
    out
}

fn truncate_chars(text: &mut String, max: usize) {
    // Most words are short ASCII: no need to walk their chars.
    if text.len() <= max {
        return;
    }
    if let Some((cut, _)) = text.char_indices().nth(max) {
        text.truncate(cut);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_punctuation_and_keeps_ranges() {
        let text = "IOM’s 20th Anniversary — Bakı!";
        let mut seen = Vec::new();
        for_each_word(text, |range, word| {
            seen.push((&text[range], word.to_string()))
        });
        let expected = [
            ("IOM", "iom"),
            ("s", "s"),
            ("20th", "20th"),
            ("Anniversary", "anniversary"),
            ("Bakı", "baki"),
        ];
        let expected: Vec<_> = expected.iter().map(|(a, b)| (*a, b.to_string())).collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn combining_marks_stay_inside_words() {
        assert_eq!(words("cafe\u{301} s\u{327}ehər"), ["cafe", "seher"]);
        assert!(words("\u{301}\u{301}").is_empty());
    }

    #[test]
    fn long_words_are_cut() {
        let long = "a".repeat(500);
        assert_eq!(words(&long)[0].chars().count(), MAX_TERM_CHARS);
    }
}
