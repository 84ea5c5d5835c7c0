//! Ranking, prefix, typo and folding behaviour of the whole index.

use super::*;
use crate::model::Article;
use crate::test_support::plain_article;

fn article(title: &str, body: &str) -> Article {
    plain_article(&title.to_lowercase().replace(' ', "-"), title, body)
}

fn ranked(articles: &[Article], query: &str) -> Vec<usize> {
    SearchIndex::build(articles)
        .search(query)
        .iter()
        .map(|hit| hit.article)
        .collect()
}

const FILLER: &str = "The office held a meeting with partners in the capital about several plans.";

#[test]
fn empty_and_blank_queries_find_nothing() {
    let articles = [article("Border management", FILLER)];
    let index = SearchIndex::build(&articles);
    assert!(index.search("").is_empty());
    assert!(index.search("  ,.;  ").is_empty());
}

#[test]
fn title_match_outranks_repeated_body_matches() {
    let articles = [
        article(
            "Meeting of partners",
            "Trafficking trafficking trafficking trafficking trafficking was discussed.",
        ),
        article("Counter trafficking training", FILLER),
    ];
    assert_eq!(ranked(&articles, "trafficking"), [1, 0]);
}

#[test]
fn rarer_word_weighs_more() {
    let articles = [
        article("One", "migration migration readmission"),
        article("Two", "migration migration migration"),
        article("Three", "migration border"),
    ];
    // "readmission" occurs once (rare); "migration" everywhere.
    assert_eq!(ranked(&articles, "migration readmission"), [0]);
    assert_eq!(ranked(&articles, "readmission")[0], 0);
}

#[test]
fn every_query_word_must_match() {
    let articles = [
        article("Border guards", FILLER),
        article("Border management", FILLER),
    ];
    assert_eq!(ranked(&articles, "border management"), [1]);
    assert!(ranked(&articles, "border nonsenseword").is_empty());
}

#[test]
fn prefix_finds_longer_words_while_typing() {
    let articles = [
        article("Readmission agreement signed", FILLER),
        article("Labour migration", FILLER),
    ];
    assert_eq!(ranked(&articles, "readmis"), [0]);
    assert_eq!(ranked(&articles, "labour migr"), [1]);
    assert_eq!(ranked(&articles, "re"), [0]);
    // One-letter words only match exactly.
    assert!(ranked(&articles, "r").is_empty());
}

#[test]
fn one_typo_is_forgiven_in_longer_words_only() {
    let articles = [
        article("Trafficking in persons", FILLER),
        article("Labour market", FILLER),
    ];
    assert_eq!(
        ranked(&articles, "trafickking"),
        Vec::<usize>::new(),
        "two edits"
    );
    assert_eq!(ranked(&articles, "traficking"), [0]);
    assert_eq!(ranked(&articles, "trafifcking"), [0], "swapped letters");
    assert_eq!(ranked(&articles, "labuor"), [1]);
    // Four letters: no typo allowed ("labr" is not a prefix of anything either).
    assert!(ranked(&articles, "labr").is_empty());
}

#[test]
fn exact_beats_prefix_beats_typo_beats_typo_in_the_part_typed() {
    // Same shape of article four times; only the spelling of the matched word differs.
    let articles = [
        article("Support for migrnatsko", FILLER), // starts with "migrants" with a swap
        article("Support for migrantes", FILLER),  // typo variant of "migrants" (one insertion)
        article("Support for migrantsx", FILLER),  // prefix variant
        article("Support for migrants", FILLER),   // exact
    ];
    let hits = SearchIndex::build(&articles).search("migrants");
    let order: Vec<usize> = hits.iter().map(|h| h.article).collect();
    assert_eq!(order, [3, 2, 1, 0]);
    assert!(hits.windows(2).all(|pair| pair[0].score > pair[1].score));
}

#[test]
fn a_typo_in_the_word_being_typed_is_forgiven_from_seven_letters() {
    let articles = [
        article("Readmission agreement signed", FILLER),
        article("Counter-trafficking training", FILLER),
    ];
    assert_eq!(ranked(&articles, "readmsi"), [0], "swapped letters");
    assert_eq!(ranked(&articles, "trafick"), [1], "a letter missed");
    assert_eq!(ranked(&articles, "readmussi"), [0], "a wrong letter");
    assert_eq!(ranked(&articles, "traffficki"), [1], "a letter too many");
    // Six letters are not enough, and the first letter must be right.
    assert!(ranked(&articles, "readms").is_empty());
    assert!(ranked(&articles, "eeadmissi").is_empty());
    // Two slips are not forgiven.
    assert!(ranked(&articles, "raedmsision").is_empty());
}

#[test]
fn ties_keep_article_order_newest_first() {
    let articles = [
        article("Border", FILLER),
        article("Border", FILLER),
        article("Border", FILLER),
    ];
    assert_eq!(ranked(&articles, "border"), [0, 1, 2]);
}

#[test]
fn folding_applies_to_index_and_query() {
    let articles = [
        article("Bakı Şəhər İcra Hakimiyyəti", FILLER),
        article("Миграционная служба", FILLER),
        article("Café opening", FILLER),
    ];
    for query in [
        "baki",
        "BAKI",
        "Bakı",
        "BAKİ",
        "seher",
        "ŞƏHƏR",
        "icra",
        "ICRA",
        "hakimiyyeti",
    ] {
        assert_eq!(ranked(&articles, query), [0], "{query}");
    }
    for query in ["миграционная", "МИГРАЦИОННАЯ", "миграц"] {
        assert_eq!(ranked(&articles, query), [1], "{query}");
    }
    for query in ["cafe", "CAFÉ", "cafe\u{301}"] {
        assert_eq!(ranked(&articles, query), [2], "{query}");
    }
}

#[test]
fn highlighter_marks_all_variants_that_matched() {
    let articles = [article(
        "Readmission and readmissions",
        "A readmision typo.",
    )];
    let index = SearchIndex::build(&articles);
    let (hits, highlighter) = index.search_with_highlighter("readmission");
    assert_eq!(hits.len(), 1);
    let marked: Vec<String> = highlighter
        .segments("Readmission and readmissions; readmision.")
        .into_iter()
        .filter(|s| s.marked)
        .map(|s| s.text)
        .collect();
    assert_eq!(marked, ["Readmission", "readmissions", "readmision"]);
}

#[test]
fn hits_index_the_given_slice() {
    let articles: Vec<Article> = (0..50)
        .map(|i| article(&format!("Item {i}"), FILLER))
        .collect();
    let index = SearchIndex::build(&articles);
    assert_eq!(index.article_count(), 50);
    let hits = index.search("office");
    assert_eq!(hits.len(), 50);
    assert!(hits.iter().all(|hit| hit.article < 50));
    assert_eq!(
        index
            .search("42")
            .iter()
            .map(|h| h.article)
            .collect::<Vec<_>>(),
        [42]
    );
}

#[test]
fn index_round_trips_through_json() {
    let articles = [article("Border management", FILLER)];
    let index = SearchIndex::build(&articles);
    let json = serde_json::to_string(&index).unwrap();
    let back: SearchIndex = serde_json::from_str(&json).unwrap();
    assert_eq!(back, index);
}

mod properties {
    use super::*;
    use crate::fold::fold;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn folding_is_idempotent(text in any::<String>()) {
            let once = fold(&text);
            prop_assert_eq!(fold(&once), once);
        }

        /// However a visitor types the letters of a word (case, Turkish dotted/dotless I,
        /// Azerbaijani schwa, accents precomposed or combining), the article is found.
        #[test]
        fn any_spelling_of_a_word_finds_it(
            word in "[a-z]{3,12}",
            style in 0usize..4,
        ) {
            let articles = [article(&format!("Report on {word}"), FILLER)];
            let index = SearchIndex::build(&articles);
            let typed: String = word
                .chars()
                .map(|c| match (style, c) {
                    (0, c) => c.to_ascii_uppercase().to_string(),
                    (1, 'i') => "İ".to_string(),
                    (1, c) => c.to_ascii_uppercase().to_string(),
                    (2, 'i') => "ı".to_string(),
                    (2, 'e') => "ə".to_string(),
                    (3, c) if "aeiou".contains(c) => format!("{c}\u{301}"),
                    (_, c) => c.to_string(),
                })
                .collect();
            let hits = index.search(&typed);
            prop_assert_eq!(hits.len(), 1, "{} typed as {}", word, typed);
            // Found as the same word, not rescued by typo matching: same score as typed plainly.
            prop_assert_eq!(hits[0].score, index.search(&word)[0].score, "{} typed as {}", word, typed);
        }

        /// One slip anywhere after the first letter of the part typed so far (seven letters
        /// or more, the slip included) still finds the word.
        #[test]
        fn one_slip_while_typing_still_finds_the_word(
            word in "[a-z]{10,14}",
            typed_chars in 8usize..10,
            at in 1usize..7,
            slip in 0usize..4,
            letter in "[a-z]",
        ) {
            let articles = [article(&format!("Report on {word}"), FILLER)];
            let index = SearchIndex::build(&articles);
            let mut typed: Vec<char> = word.chars().take(typed_chars).collect();
            let letter = letter.chars().next().unwrap_or('a');
            match slip {
                0 => typed[at] = letter,
                1 => typed.insert(at, letter),
                2 => { typed.remove(at); }
                _ => typed.swap(at, at + 1),
            }
            let typed: String = typed.into_iter().collect();
            prop_assert_eq!(index.search(&typed).len(), 1, "{} typed as {}", word, typed);
        }
    }
}
