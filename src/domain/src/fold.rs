//! Text folding shared by the search index and the query: two spellings of a word that a
//! visitor would consider the same letter fold to the same key.
//!
//! Folding lowercases (Latin, Cyrillic, Greek, …), applies compatibility decomposition (NFKD)
//! and drops the combining marks, so `é`, `ş`, `ü`, `ё` lose their accents, full-width and
//! ligature forms become plain letters. Azerbaijani and Turkish letters that decomposition
//! leaves alone are mapped explicitly: `İ I ı i` all become `i`, `ə Ə` become `e`.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Folds a whole string (used for tests and one-off keys; the tokenizer folds word by word).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char_into(c, &mut out);
    }
    out
}

/// Appends the folded form of one character (zero, one or several chars) to `out`.
pub fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if let Some(special) = special_letter(c) {
        out.push_str(special);
        return;
    }
    decompose_compatible(c, |part| {
        if is_combining_mark(part) {
            return;
        }
        if let Some(special) = special_letter(part) {
            out.push_str(special);
        } else {
            out.extend(
                part.to_lowercase()
                    .filter(|lower| !is_combining_mark(*lower)),
            );
        }
    });
}

/// Letters whose folded form is not "decompose, drop marks, lowercase".
fn special_letter(c: char) -> Option<&'static str> {
    Some(match c {
        // Dotted and dotless I of Azerbaijani and Turkish: a visitor types any of them for `i`.
        'İ' | 'I' | 'ı' | 'i' => "i",
        // Schwa: typed as `e` on keyboards without it.
        'Ə' | 'ə' => "e",
        // Letters with a stroke or ligatures, which canonical decomposition leaves whole.
        'Ø' | 'ø' => "o",
        'Đ' | 'đ' => "d",
        'Ł' | 'ł' => "l",
        'Æ' | 'æ' => "ae",
        'Œ' | 'œ' => "oe",
        'ß' | 'ẞ' => "ss",
        _ => return None,
    })
}

/// Whether a character belongs inside a word: letters, digits and the combining marks that
/// decorate them. Everything else (spaces, punctuation, symbols, controls) separates words.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_combining_mark(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Café RÉSUMÉ naïve"), "cafe resume naive");
    }

    #[test]
    fn folds_azerbaijani_letters() {
        assert_eq!(fold("Azərbaycan"), "azerbaycan");
        assert_eq!(fold("ƏLİYEV"), "eliyev");
        assert_eq!(
            fold("şəhər Çağırış Göyçay Ümid"),
            "seher cagiris goycay umid"
        );
    }

    #[test]
    fn every_i_is_i() {
        for spelling in ["İstanbul", "Istanbul", "ıstanbul", "istanbul", "ISTANBUL"] {
            assert_eq!(fold(spelling), "istanbul", "{spelling}");
        }
        assert_eq!(fold("BAKI"), fold("Bakı"));
    }

    #[test]
    fn folds_cyrillic_case_and_yo() {
        assert_eq!(fold("МИГРАЦИЯ"), "миграция");
        assert_eq!(fold("Ёлка"), "елка");
    }

    #[test]
    fn decomposed_input_equals_precomposed() {
        // "é" typed as e + U+0301 and "ş" as s + U+0327.
        assert_eq!(fold("Cafe\u{301}"), fold("Café"));
        assert_eq!(fold("s\u{327}eher"), fold("şəhər"));
    }

    #[test]
    fn folds_compatibility_forms() {
        assert_eq!(fold("ＩＯＭ"), "iom");
        assert_eq!(fold("ﬁnal"), "final");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn word_chars() {
        assert!(is_word_char('ə'));
        assert!(is_word_char('7'));
        assert!(is_word_char('\u{301}'));
        assert!(!is_word_char('-'));
        assert!(!is_word_char('\u{200f}'));
    }
}
