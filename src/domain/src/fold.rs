//! Text folding shared by the search index and the query: two spellings of a word that a
//! visitor would consider the same letter fold to the same key.
//!
//! Folding lowercases (Latin, Cyrillic, Greek, …), strips diacritics (the canonical
//! decomposition's combining marks, whether the text is precomposed or not), turns full-width
//! forms and ligatures into plain letters, and maps the Azerbaijani and Turkish letters that
//! decomposition leaves alone: `İ I ı i` all become `i`, `ə Ə` become `e`.
//!
//! The decomposition data is a 3 KB table (`table.rs`) rather than the `unicode-normalization`
//! crate. Measured on a release wasm build (opt-level z, LTO) of a fold function, against
//! plain lowercasing: the table adds 5.8 KB raw / 3.3 KB gzip; the crate would add 53 KB /
//! 29 KB (NFD) or 116 KB / 59 KB (NFKD). A test checks the table against the crate.

mod table;

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
    } else if is_combining_mark(c) {
        // Dropped: the letter it decorates is already in `out`.
    } else if let Some(special) = special_letter(c) {
        out.push_str(special);
    } else if let Some(plain) = full_width_to_ascii(c) {
        out.push(plain.to_ascii_lowercase());
    } else {
        let base = base_letter(c);
        match special_letter(base) {
            Some(special) => out.push_str(special),
            None => {
                for lower in base
                    .to_lowercase()
                    .filter(|lower| !is_combining_mark(*lower))
                {
                    // A sign whose lowercase is an accented letter (Angstrom sign -> å) still
                    // loses the accent, so folding twice changes nothing.
                    let plain = base_letter(lower);
                    match special_letter(plain) {
                        Some(special) => out.push_str(special),
                        None => out.push(plain),
                    }
                }
            }
        }
    }
}

/// The letter `c` decomposes to without its diacritics (`c` itself when it has none).
fn base_letter(c: char) -> char {
    let Ok(code) = u16::try_from(u32::from(c)) else {
        return c;
    };
    match table::BASE_LETTERS.binary_search_by_key(&code, |&(letter, _)| letter) {
        Ok(at) => char::from_u32(u32::from(table::BASE_LETTERS[at].1)).unwrap_or(c),
        Err(_) => c,
    }
}

/// Letters whose folded form is not "strip diacritics, lowercase".
fn special_letter(c: char) -> Option<&'static str> {
    Some(match c {
        // Dotted and dotless I of Azerbaijani and Turkish: a visitor types any of them for `i`.
        'İ' | 'I' | 'ı' | 'i' => "i",
        // Schwa: typed as `e` on keyboards without it.
        'Ə' | 'ə' | 'Ǝ' | 'ǝ' => "e",
        // Letters with a stroke and ligatures, which decomposition leaves whole.
        'Ø' | 'ø' => "o",
        'Đ' | 'đ' => "d",
        'Ł' | 'ł' => "l",
        'Æ' | 'æ' => "ae",
        'Œ' | 'œ' => "oe",
        'ß' | 'ẞ' => "ss",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
        _ => return None,
    })
}

/// Full-width ASCII (as typed with East Asian input methods) to ASCII.
fn full_width_to_ascii(c: char) -> Option<char> {
    let code = u32::from(c);
    if (0xFF01..=0xFF5E).contains(&code) {
        char::from_u32(code - 0xFEE0)
    } else {
        None
    }
}

/// Combining diacritical marks (the blocks accents are written with when not precomposed).
pub fn is_combining_mark(c: char) -> bool {
    matches!(u32::from(c), 0x0300..=0x036F
            | 0x0483..=0x0489
            | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Whether a character belongs inside a word: letters, digits and the combining marks that
/// decorate them. Everything else (spaces, punctuation, symbols, controls) separates words.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
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
        assert_eq!(fold("Ｍｉｇｒａｔｉｏｎ"), "migration");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn signs_that_lowercase_to_accented_letters_lose_the_accent() {
        // U+212B ANGSTROM SIGN lowercases to U+00E5; found by the idempotence property.
        assert_eq!(fold("\u{212B}"), "a");
        assert_eq!(fold(&fold("\u{212B}")), fold("\u{212B}"));
    }

    #[test]
    fn word_chars() {
        assert!(is_word_char('ə'));
        assert!(is_word_char('7'));
        assert!(is_word_char('\u{301}'));
        assert!(!is_word_char('-'));
        assert!(!is_word_char('\u{200f}'));
    }

    #[test]
    fn vietnamese_and_greek_accents() {
        assert_eq!(fold("Việt Nam"), "viet nam");
        assert_eq!(fold("Ἀθῆναι"), "αθηναι");
    }

    /// The table must say what the Unicode data says: for every letter of the covered blocks,
    /// folding equals "canonical decomposition, drop combining marks, lowercase".
    #[test]
    fn table_agrees_with_unicode_normalization() {
        use unicode_normalization::char::{decompose_canonical, is_combining_mark as is_mark};
        let blocks = [
            0xC0..=0x24F,
            0x370..=0x3FF,
            0x400..=0x4FF,
            0x1E00..=0x1EFF,
            0x1F00..=0x1FFF,
        ];
        let mut checked = 0;
        for code in blocks.into_iter().flatten() {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            if special_letter(c).is_some() {
                continue;
            }
            let mut expected = String::new();
            decompose_canonical(c, |part| {
                if !is_mark(part) {
                    expected.extend(part.to_lowercase().filter(|lower| !is_mark(*lower)));
                }
            });
            let expected: String = expected
                .chars()
                .map(|c| special_letter(c).map_or(c.to_string(), str::to_string))
                .collect();
            assert_eq!(fold(&c.to_string()), expected, "U+{code:04X} {c}");
            checked += 1;
        }
        assert!(checked > 1000);
    }

    #[test]
    fn table_is_sorted() {
        assert!(table::BASE_LETTERS
            .windows(2)
            .all(|pair| pair[0].0 < pair[1].0));
    }
}
