//! Tags and spellings: taxonomy names find the articles tagged with them, ranked below text
//! matches and never highlighted; a one-word alias of a one-word name is another spelling of
//! it and gives exactly the results of the name.

use super::*;
use crate::model::{Article, Bundle, Project, Term};

fn term(slug: &str, name: &str, aliases: &[&str]) -> Term {
    Term {
        slug: slug.into(),
        name: name.into(),
        aliases: aliases.iter().map(|alias| alias.to_string()).collect(),
    }
}

fn article(slug: &str, title: &str, body: &str, places: &[&str]) -> Article {
    Article {
        places: places.iter().map(|place| place.to_string()).collect(),
        ..crate::test_support::plain_article(slug, title, body)
    }
}

fn bundle(articles: Vec<Article>) -> Bundle {
    Bundle {
        format_version: crate::BUNDLE_FORMAT_VERSION,
        site: crate::test_support::minimal_site(),
        articles,
        projects: vec![Project {
            slug: "stability".into(),
            name: "Conflict, Stability and Security Fund project".into(),
            short_name: Some("CSSF".into()),
            donors: vec!["uk".into()],
            summary: vec![],
            images: Vec::new(),
        }],
        donors: vec![
            term("usaid", "USAID", &[]),
            term("uk", "United Kingdom", &[]),
        ],
        topics: vec![term("border", "Border management", &[])],
        places: vec![
            term(
                "nakhchivan",
                "Nakhchivan",
                &["Naxçıvan", "Нахчыван", "Нахичевань"],
            ),
            term("baku", "Baku", &["Bakı", "Баку"]),
        ],
        vacancies: vec![],
    }
}

const FILLER: &str = "The office held a meeting with partners about several plans.";

fn ranked(index: &SearchIndex, query: &str) -> Vec<usize> {
    index.search(query).iter().map(|hit| hit.article).collect()
}

#[test]
fn every_spelling_of_a_place_gives_the_same_results() {
    let bundle = bundle(vec![
        article("camp", "Summer camp", FILLER, &["nakhchivan"]),
        article("forum", "Youth forum", FILLER, &["baku"]),
        article("report", "Report", "Trains from Nakhchivan to Baku.", &[]),
        article("hesabat", "Hesabat", "Naxçıvan və Bakı.", &[]),
        article("other", "Training", FILLER, &[]),
    ]);
    let index = SearchIndex::for_bundle(&bundle);
    let expected = index.search("Nakhchivan");
    // Both texts (the English and the Azerbaijani spelling), then the tag.
    assert_eq!(ranked(&index, "Nakhchivan"), [3, 2, 0]);
    for query in [
        "Naxçıvan",
        "naxcivan",
        "Нахчыван",
        "нахичевань",
        "nakhchıvan",
    ] {
        assert_eq!(index.search(query), expected, "{query}");
    }
    let expected = index.search("Baku");
    assert_eq!(ranked(&index, "Baku"), [3, 2, 1]);
    for query in ["Bakı", "BAKI", "Баку"] {
        assert_eq!(index.search(query), expected, "{query}");
    }
    // Spellings narrow like any other word: every query word must match somewhere.
    assert_eq!(ranked(&index, "Naxçıvan summer"), [0]);
    assert!(ranked(&index, "Naxçıvan forum").is_empty());
    // Without the bundle's taxonomies the alias is only the word it is.
    assert_eq!(
        ranked(&SearchIndex::build(&bundle.articles), "Naxçıvan"),
        [3]
    );
}

#[test]
fn typing_a_spelling_finds_every_spelling() {
    let bundle = bundle(vec![
        article("camp", "Summer camp", FILLER, &["nakhchivan"]),
        article("report", "Report", "Trains from Nakhchivan.", &[]),
    ]);
    let index = SearchIndex::for_bundle(&bundle);
    for typed in ["Нахч", "Naxçı", "naxcivn"] {
        assert_eq!(ranked(&index, typed), [1, 0], "{typed}");
    }
}

#[test]
fn aliases_of_several_words_stay_tags() {
    let mut bundle = bundle(vec![
        article("tagged", "Workshop", FILLER, &[]),
        article("text", "Border management", FILLER, &[]),
    ]);
    bundle.topics[0].aliases = vec!["Sərhəd idarəçiliyi".into()];
    bundle.articles[0].topics = vec!["border".into()];
    let index = SearchIndex::for_bundle(&bundle);
    assert_eq!(ranked(&index, "sərhəd idarəçiliyi"), [0]);
    assert_eq!(ranked(&index, "border management"), [1, 0]);
}

#[test]
fn donor_topic_and_project_names_are_tags() {
    let mut tagged = article("tagged", "Workshop", FILLER, &[]);
    tagged.donors = vec!["usaid".into()];
    tagged.topics = vec!["border".into()];
    tagged.projects = vec!["stability".into()];
    let bundle = bundle(vec![article("plain", "Workshop", FILLER, &[]), tagged]);
    let index = SearchIndex::for_bundle(&bundle);
    for query in ["USAID", "CSSF", "border management", "stability fund"] {
        assert_eq!(ranked(&index, query), [1], "{query}");
    }
}

#[test]
fn tag_matches_rank_below_title_and_body_matches() {
    let bundle = bundle(vec![
        article("tagged", "Summer camp", FILLER, &["nakhchivan"]),
        article(
            "in-body",
            "Summer camp",
            "Children from Nakhchivan met.",
            &[],
        ),
        article("in-title", "Nakhchivan camp", FILLER, &[]),
        article(
            "both",
            "Summer camp",
            "Held in Nakhchivan.",
            &["nakhchivan"],
        ),
    ]);
    let index = SearchIndex::for_bundle(&bundle);
    let order = ranked(&index, "nakhchivan");
    assert_eq!(order.len(), 4);
    assert_eq!(order[0], 2, "title match first");
    assert_eq!(order[3], 0, "tag-only match last");
    // The alias written in an article's own text also beats the alias as a tag.
    let bundle = self::bundle(vec![
        article("tagged", "Summer camp", FILLER, &["nakhchivan"]),
        article("written", "Summer camp", "Uşaqlar Naxçıvan şəhərində.", &[]),
    ]);
    assert_eq!(
        ranked(&SearchIndex::for_bundle(&bundle), "Naxçıvan"),
        [1, 0]
    );
}

#[test]
fn a_spelling_highlights_the_name_in_the_text_but_tags_never() {
    let bundle = bundle(vec![
        article("camp", "Summer camp", FILLER, &["nakhchivan"]),
        article("forum", "Youth forum in Baku", FILLER, &["baku"]),
    ]);
    let index = SearchIndex::for_bundle(&bundle);
    let marked = |highlighter: &Highlighter, text: &str| -> Vec<String> {
        highlighter
            .segments(text)
            .into_iter()
            .filter(|segment| segment.marked)
            .map(|segment| segment.text)
            .collect()
    };
    // Only a tag matches: nothing in any text to mark.
    let (hits, highlighter) = index.search_with_highlighter("Naxçıvan");
    assert_eq!(hits.len(), 1);
    assert!(highlighter.is_empty());
    // "Bakı" is a spelling of "Baku", which the text has.
    let (hits, highlighter) = index.search_with_highlighter("Bakı");
    assert_eq!(hits.len(), 1);
    assert_eq!(marked(&highlighter, "Bakı, Baku, Баку"), ["Baku"]);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Any of these words, place names and their aliases among them, in any order.
    fn text() -> impl Strategy<Value = String> {
        let word = prop::sample::select(
            &[
                "Nakhchivan",
                "Naxçıvan",
                "Нахчыван",
                "Baku",
                "Bakı",
                "Баку",
                "Bakuvian",
                "camp",
                "forum",
                "trains",
                "training",
                "office",
            ][..],
        );
        prop::collection::vec(word, 1..8).prop_map(|words| words.join(" "))
    }

    fn place() -> impl Strategy<Value = Vec<&'static str>> {
        prop::sample::subsequence(&["nakhchivan", "baku"][..], 0..=2)
    }

    proptest! {
        /// An alias and its canonical name always give the same results, alone or with
        /// another word, whatever the articles say and however they are tagged.
        #[test]
        fn an_alias_and_its_name_give_the_same_results(
            articles in prop::collection::vec((text(), text(), place()), 1..8),
            other in prop::sample::select(&["", " camp", " train"][..]),
        ) {
            let articles = articles
                .iter()
                .enumerate()
                .map(|(at, (title, body, places))| article(&format!("a{at}"), title, body, places))
                .collect();
            let index = SearchIndex::for_bundle(&bundle(articles));
            for (name, aliases) in [
                ("Nakhchivan", &["Naxçıvan", "naxcivan", "Нахчыван", "Нахичевань"][..]),
                ("Baku", &["Bakı", "BAKI", "Баку"][..]),
            ] {
                let expected = index.search(&format!("{name}{other}"));
                for alias in aliases {
                    prop_assert_eq!(&index.search(&format!("{alias}{other}")), &expected, "{}", alias);
                }
            }
        }
    }
}
