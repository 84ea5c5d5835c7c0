//! The one translation table for interface text (English, Azerbaijani, Russian).
//!
//! Keys are short dotted strings. Each area of the interface keeps its rows in its own file so
//! they can be edited independently; `tests` checks that every key is unique and translated.
//! Article text is content and stays in its original English: it never goes through here.

mod common;
mod kiosk;
mod news;
mod pages;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Az,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Az, Lang::Ru];

    /// BCP 47 tag, used for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Az => "az",
            Lang::Ru => "ru",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language's name in itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Az => "Azərbaycanca",
            Lang::Ru => "Русский",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One row: key, then English, Azerbaijani, Russian.
pub type Entry = (&'static str, [&'static str; 3]);

/// Shown for a key missing from the table: visible on screen, caught by the table test.
const MISSING: &str = "⟨missing text⟩";

const TABLES: &[&[Entry]] = &[
    common::ENTRIES,
    kiosk::ENTRIES,
    news::ENTRIES,
    pages::ENTRIES,
];

/// The text for `key` in `lang`; an unknown key shows a visible marker rather than crashing.
pub fn t(lang: Lang, key: &str) -> &'static str {
    for table in TABLES {
        if let Some((_, texts)) = table.iter().find(|(k, _)| *k == key) {
            return texts[lang.index()];
        }
    }
    MISSING
}

/// Replaces `{name}` placeholders in a translated template.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// All keys, for tests and tooling.
pub fn all_entries() -> impl Iterator<Item = &'static Entry> {
    TABLES.iter().flat_map(|table| table.iter())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_key_is_unique_and_translated() {
        let mut seen = HashSet::new();
        for (key, texts) in all_entries() {
            assert!(seen.insert(*key), "duplicate i18n key {key}");
            for (lang, text) in Lang::ALL.iter().zip(texts) {
                assert!(!text.trim().is_empty(), "{key} has no {} text", lang.code());
            }
        }
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("{n} results", &[("n", "3")]), "3 results");
    }
}
