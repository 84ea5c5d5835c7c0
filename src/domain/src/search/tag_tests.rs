//! Tags: taxonomy names and aliases find articles, rank below text matches, never highlight.

use super::*;
use crate::model::{Article, Block, Bundle, Project, Term};

fn term(slug: &str, name: &str, aliases: &[&str]) -> Term {
    Term {
        slug: slug.into(),
        name: name.into(),
        aliases: aliases.iter().map(|alias| alias.to_string()).collect(),
    }
}

fn article(slug: &str, title: &str, body: &str, places: &[&str]) -> Article {
    Article {
        slug: slug.into(),
        title: title.into(),
        start: None,
        end: None,
        places: places.iter().map(|place| place.to_string()).collect(),
        projects: vec![],
        donors: vec![],
        topics: vec![],
        body: vec![Block::Paragraph(body.into())],
        links: vec![],
        images: Vec::new(),
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
fn aliases_of_an_article_place_find_it() {
    let bundle = bundle(vec![
        article("camp", "Summer camp", FILLER, &["nakhchivan"]),
        article("forum", "Youth forum", FILLER, &["baku"]),
        article("other", "Training", FILLER, &[]),
    ]);
    let index = SearchIndex::for_bundle(&bundle);
    for query in [
        "Naxçıvan",
        "naxcivan",
        "Нахчыван",
        "нахичевань",
        "Nakhchivan",
    ] {
        assert_eq!(ranked(&index, query), [0], "{query}");
    }
    for query in ["Bakı", "BAKI", "Баку", "Baku"] {
        assert_eq!(ranked(&index, query), [1], "{query}");
    }
    // Tags narrow like any other word: every query word must match somewhere.
    assert_eq!(ranked(&index, "Naxçıvan summer"), [0]);
    assert!(ranked(&index, "Naxçıvan forum").is_empty());
    // Without tags the alias is unknown.
    assert!(ranked(&SearchIndex::build(&bundle.articles), "Naxçıvan").is_empty());
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
fn aliases_are_never_highlighted() {
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
    let (hits, highlighter) = index.search_with_highlighter("Naxçıvan");
    assert_eq!(hits.len(), 1);
    assert!(highlighter.is_empty());
    assert!(marked(&highlighter, "Naxçıvan and Nakhchivan").is_empty());
    // "bak" is a prefix of the alias "baki" and of "baku"; only "baku" is in some text.
    let (hits, highlighter) = index.search_with_highlighter("bak");
    assert_eq!(hits.len(), 1);
    assert_eq!(marked(&highlighter, "Bakı, Baku"), ["Baku"]);
}
