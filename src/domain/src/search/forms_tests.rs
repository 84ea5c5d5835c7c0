//! English word forms: a query finds the other forms of its words (through `stem_key`), while
//! the form typed ranks first and is never lost.

use super::*;
use crate::model::Article;
use crate::test_support::plain_article;
use proptest::prelude::*;

fn article(title: &str, body: &str) -> Article {
    plain_article(&title.to_lowercase().replace(' ', "-"), title, body)
}

const FILLER: &str = "The office held a meeting with partners in the capital about several plans.";

fn ranked(index: &SearchIndex, query: &str) -> Vec<usize> {
    index.search(query).iter().map(|hit| hit.article).collect()
}

#[test]
fn other_forms_of_a_word_are_found() {
    let articles = [
        article("Migrant smuggling routes", FILLER),
        article("Border guards training", FILLER),
        article("Readmission agreement", FILLER),
    ];
    let index = SearchIndex::build(&articles);
    for query in ["smugglers", "smuggler", "smuggled", "smuggle"] {
        assert_eq!(ranked(&index, query), [0], "{query}");
    }
    for query in ["trained", "trainers", "trainees", "trainings"] {
        assert_eq!(ranked(&index, query), [1], "{query}");
    }
    assert_eq!(ranked(&index, "readmissions"), [2]);
    // Words that only look alike stay apart.
    assert!(ranked(&index, "trainspotting").is_empty());
}

#[test]
fn the_form_typed_ranks_first() {
    let articles = [
        article("Report on smuggling", FILLER),
        article("Report on smugglers", FILLER),
    ];
    let index = SearchIndex::build(&articles);
    let hits = index.search("smugglers");
    assert_eq!(
        hits.iter().map(|hit| hit.article).collect::<Vec<_>>(),
        [1, 0]
    );
    assert!(hits[0].score > hits[1].score);
    assert_eq!(ranked(&index, "smuggling"), [0, 1]);
}

#[test]
fn the_form_typed_in_a_body_outranks_another_form_in_a_title() {
    let articles = [
        article("Training of border guards", FILLER),
        article("Meeting", "Forty officers were trained this spring."),
    ];
    let index = SearchIndex::build(&articles);
    let hits = index.search("trained");
    assert_eq!(
        hits.iter().map(|hit| hit.article).collect::<Vec<_>>(),
        [1, 0]
    );
    // The title scores higher; the form typed still comes first.
    assert!(hits[1].score > hits[0].score);

    // Every word must match exactly to be in the first group.
    let articles = [
        article("Training of border guards", FILLER),
        article("Meeting", "The trainers planned their training."),
    ];
    assert_eq!(
        ranked(&SearchIndex::build(&articles), "training trainers"),
        [1, 0]
    );
}

#[test]
fn other_forms_are_highlighted() {
    let articles = [article("Report on smuggling", "Smugglers were caught.")];
    let index = SearchIndex::build(&articles);
    let marked: Vec<String> = index
        .highlighter("smuggler")
        .segments("Smuggling and smugglers; smug.")
        .into_iter()
        .filter(|segment| segment.marked)
        .map(|segment| segment.text)
        .collect();
    assert_eq!(marked, ["Smuggling", "smugglers"]);
}

/// Words built from a few roots and English endings, so forms of one word meet often.
fn english_word() -> impl Strategy<Value = String> {
    (
        prop::sample::select(
            &[
                "train", "smuggl", "return", "migrat", "border", "visit", "state",
            ][..],
        ),
        prop::sample::select(
            &[
                "", "e", "s", "ed", "ing", "er", "ers", "ee", "ees", "ion", "ions", "ly",
            ][..],
        ),
    )
        .prop_map(|(root, ending)| format!("{root}{ending}"))
}

proptest! {
    /// Every word of an article finds it, as an exact match (full weight), whatever other
    /// forms of the word the index holds.
    #[test]
    fn stemming_never_loses_an_exact_match(
        texts in prop::collection::vec(prop::collection::vec(english_word(), 1..6), 1..6),
    ) {
        let articles: Vec<Article> = texts
            .iter()
            .map(|words| article(&words.join(" "), FILLER))
            .collect();
        let index = SearchIndex::build(&articles);
        for (at, words) in texts.iter().enumerate() {
            for word in words {
                let hits = ranked(&index, word);
                prop_assert!(hits.contains(&at), "{} does not find article {}", word, at);
                let expanded = index.parts().0.expand(word);
                let exact = expanded[0].variants.iter().find(|variant| index.parts().0.term(variant.term) == word);
                prop_assert_eq!(exact.map(|variant| (variant.weight, variant.exact)), Some((1.0, true)), "{}", word);
            }
        }
    }

    /// Of two articles alike but for the form of one word, the one with the form typed is first.
    #[test]
    fn the_exact_form_outranks_any_other_form(typed in english_word(), other in english_word()) {
        prop_assume!(typed != other);
        let articles = [
            article(&format!("Report on {other}"), FILLER),
            article(&format!("Report on {typed}"), FILLER),
        ];
        let hits = SearchIndex::build(&articles).search(&typed);
        prop_assert_eq!(hits[0].article, 1);
        if let Some(second) = hits.get(1) {
            prop_assert!(hits[0].score > second.score);
        }
    }
}
