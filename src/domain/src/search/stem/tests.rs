use super::*;
use proptest::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};

fn reference(word: &str) -> String {
    Stemmer::create(Algorithm::English).stem(word).into_owned()
}

#[test]
fn word_forms_share_a_key() {
    for (forms, key) in [
        (
            &["smuggling", "smuggled", "smugglers", "smuggler"][..],
            "smuggl",
        ),
        (
            &["training", "trained", "trainings", "trainers", "trainees"],
            "train",
        ),
        (&["trafficking", "traffickers", "trafficked"], "traffick"),
        (&["readmission", "readmissions"], "readmiss"),
        (&["returnees", "return", "returned"], "return"),
        (&["visitors", "visit"], "visit"),
    ] {
        for form in forms {
            assert_eq!(stem_key(form).as_deref(), Some(key), "{form}");
        }
    }
}

#[test]
fn short_roots_keep_their_ending() {
    for word in ["water", "order", "border", "center", "donor", "state"] {
        assert_eq!(stem_key(word), Some(snowball_english(word)), "{word}");
    }
    assert_ne!(stem_key("border"), stem_key("bord"));
}

#[test]
fn only_plain_english_letters_are_stemmed() {
    for word in ["20th", "миграция", "ab", "x", "café"] {
        assert_eq!(stem_key(word), None, "{word}");
    }
    assert_eq!(stem_key("baki").as_deref(), Some("baki"));
}

/// Every word of the site's own content stems as the reference implementation does.
#[test]
fn matches_snowball_on_the_site_content() {
    let content = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");
    let mut words = std::collections::BTreeSet::new();
    let mut pending = vec![std::path::PathBuf::from(content)];
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            pending.extend(
                std::fs::read_dir(&path)
                    .unwrap()
                    .map(|entry| entry.unwrap().path()),
            );
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            words.extend(crate::search::words(&text));
        }
    }
    let english: Vec<&String> = words
        .iter()
        .filter(|word| word.bytes().all(|b| b.is_ascii_lowercase()))
        .collect();
    assert!(english.len() > 1000, "read only {} words", english.len());
    for word in english {
        assert_eq!(snowball_english(word), reference(word), "{word}");
    }
}

/// Every suffix the algorithm knows, so random words reach every branch.
const SUFFIXES: &[&str] = &[
    "", "s", "ss", "us", "sses", "ied", "ies", "eed", "eedly", "ed", "edly", "ing", "ingly", "y",
    "tional", "enci", "anci", "abli", "entli", "izer", "ization", "ational", "ation", "ator",
    "alism", "aliti", "alli", "fulness", "ousli", "ousness", "iveness", "iviti", "biliti", "bli",
    "logi", "fulli", "lessli", "li", "alize", "icate", "iciti", "ical", "ful", "ness", "ative",
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate",
    "iti", "ous", "ive", "ize", "sion", "tion", "ion", "e", "ll", "l", "at", "bl", "iz", "bb",
    "ly", "ee",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn matches_snowball_on_any_word(
        start in prop_oneof![
            "[a-z]{0,7}",
            "[bcdy]?[aeiouy][bcdfglmnprstwxy]{1,2}",
            Just("gener".to_string()),
            Just("commun".to_string()),
            Just("arsen".to_string()),
        ],
        first in prop::sample::select(SUFFIXES),
        second in prop::sample::select(SUFFIXES),
    ) {
        let word = format!("{start}{first}{second}");
        prop_assert_eq!(snowball_english(&word), reference(&word), "{}", word);
    }
}
