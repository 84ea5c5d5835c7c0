//! URL state, faceted filtering and counting.

use super::*;
use crate::search::SearchIndex;
use crate::{Article, Block, Bundle, Date, Project, Term};
use proptest::prelude::*;

fn term(slug: &str) -> Term {
    Term {
        slug: slug.into(),
        name: slug.to_uppercase(),
        aliases: Vec::new(),
    }
}

fn article(slug: &str, title: &str, year: Option<i32>, facets: [&[&str]; 4]) -> Article {
    let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    Article {
        slug: slug.into(),
        title: title.into(),
        start: year.map(|year| Date::new(year, 5, 1).unwrap()),
        end: None,
        topics: list(facets[0]),
        projects: list(facets[1]),
        donors: list(facets[2]),
        places: list(facets[3]),
        body: vec![Block::Paragraph(format!("{title} in detail.").into())],
        links: vec![],
        images: Vec::new(),
    }
}

/// Newest first, like a built bundle.
fn bundle() -> Bundle {
    Bundle {
        format_version: crate::BUNDLE_FORMAT_VERSION,
        site: crate::test_support::minimal_site(),
        articles: vec![
            article(
                "a",
                "Border guards trained",
                Some(2016),
                [&["border"], &["ibm"], &["eu"], &["baku"]],
            ),
            article(
                "b",
                "Trafficking awareness",
                Some(2016),
                [&["trafficking"], &[], &["us"], &["ganja"]],
            ),
            article(
                "c",
                "Border and trafficking",
                Some(2015),
                [
                    &["border", "trafficking"],
                    &["ibm"],
                    &["eu", "us"],
                    &["baku"],
                ],
            ),
            article(
                "d",
                "Labour migration survey",
                Some(2014),
                [&["labour"], &[], &[], &["baku", "ganja"]],
            ),
            article(
                "e",
                "Undated border note",
                None,
                [&["border"], &[], &[], &[]],
            ),
        ],
        projects: vec![
            Project {
                slug: "ibm".into(),
                name: "Integrated Border Management".into(),
                short_name: None,
                donors: vec![],
                summary: vec![],
                images: Vec::new(),
            },
            Project {
                slug: "unused".into(),
                name: "Unused".into(),
                short_name: None,
                donors: vec![],
                summary: vec![],
                images: Vec::new(),
            },
        ],
        donors: vec![term("eu"), term("us")],
        topics: vec![term("border"), term("labour"), term("trafficking")],
        places: vec![term("baku"), term("ganja")],
        vacancies: vec![],
    }
}

fn run_query(query: &str) -> (Bundle, NewsResults) {
    let bundle = bundle();
    let index = SearchIndex::build(&bundle.articles);
    let results = run(&bundle, &index, &NewsQuery::from_query_string(query));
    (bundle, results)
}

fn slugs(bundle: &Bundle, results: &NewsResults) -> Vec<String> {
    results
        .articles
        .iter()
        .map(|&i| bundle.articles[i].slug.clone())
        .collect()
}

fn counts(options: &[FacetOption]) -> Vec<(String, usize)> {
    options.iter().map(|o| (o.value.clone(), o.count)).collect()
}

fn pairs(items: &[(&str, usize)]) -> Vec<(String, usize)> {
    items.iter().map(|(v, c)| (v.to_string(), *c)).collect()
}

#[test]
fn parses_repeated_params_into_canonical_form() {
    let query = NewsQuery::from_pairs([
        ("topic", "trafficking"),
        ("year", "2015"),
        ("topic", "border"),
        ("year", "2016"),
        ("year", "2016"),
        ("year", "soon"),
        ("place", " "),
        ("utm_source", "x"),
        ("q", "  "),
        ("q", "border guards"),
    ]);
    assert_eq!(query.q, "border guards");
    assert_eq!(query.years, [2016, 2015]);
    assert_eq!(query.topics, ["border", "trafficking"]);
    assert!(query.places.is_empty());
    assert_eq!(
        query.to_query_string(),
        "q=border%20guards&year=2016&year=2015&topic=border&topic=trafficking"
    );
}

#[test]
fn empty_query_string_is_empty() {
    assert_eq!(NewsQuery::default().to_query_string(), "");
    assert_eq!(NewsQuery::default().url(), "/news");
    assert!(NewsQuery::from_query_string("?").is_empty());
    assert!(NewsQuery::from_query_string("q=%20%20").is_empty());
}

#[test]
fn decodes_percent_and_plus() {
    let query =
        NewsQuery::from_query_string("?q=Bak%C4%B1+%C5%9F%C9%99h%C9%99r%20100%25&place=baku");
    assert_eq!(query.q, "Bakı şəhər 100%");
    assert_eq!(query.places, ["baku"]);
    // A malformed escape is kept as typed.
    assert_eq!(NewsQuery::from_query_string("q=50%zz").q, "50%zz");
    assert_eq!(NewsQuery::from_query_string("q=50%").q, "50%");
}

#[test]
fn links_for_project_and_topic_pages() {
    assert_eq!(
        news_url_for(Facet::Project, "ibm-azerbaijan"),
        "/news?project=ibm-azerbaijan"
    );
    assert_eq!(NewsQuery::for_topic("border").url(), "/news?topic=border");
    assert_eq!(NewsQuery::for_project("x").projects, ["x"]);
}

#[test]
fn toggling_adds_and_removes() {
    let query = NewsQuery::for_topic("border");
    let both = query.toggled(Facet::Topic, "labour");
    assert_eq!(both.topics, ["border", "labour"]);
    assert_eq!(both.toggled(Facet::Topic, "border").topics, ["labour"]);
    let with_year = both.toggled(Facet::Year, "2016");
    assert_eq!(with_year.years, [2016]);
    assert!(with_year.toggled(Facet::Year, "2016").years.is_empty());
    let texted = with_year.with_text("guards");
    assert_eq!(
        texted.without_filters(),
        NewsQuery {
            q: "guards".into(),
            ..NewsQuery::default()
        }
    );
}

#[test]
fn no_query_lists_everything_in_bundle_order() {
    let (bundle, results) = run_query("");
    assert_eq!(slugs(&bundle, &results), ["a", "b", "c", "d", "e"]);
    assert!(results.highlighter.is_empty());
    assert_eq!(
        counts(&results.facets.years),
        pairs(&[("2016", 2), ("2015", 1), ("2014", 1)])
    );
    assert_eq!(
        counts(&results.facets.topics),
        pairs(&[("border", 3), ("labour", 1), ("trafficking", 2)])
    );
    // A project no article mentions is not offered.
    assert_eq!(counts(&results.facets.projects), pairs(&[("ibm", 2)]));
    assert_eq!(results.facets.topics[0].label, "BORDER");
}

#[test]
fn values_of_one_facet_are_alternatives() {
    let (bundle, results) = run_query("topic=labour&topic=trafficking");
    assert_eq!(slugs(&bundle, &results), ["b", "c", "d"]);
}

#[test]
fn facets_combine_with_and() {
    let (bundle, results) = run_query("topic=border&place=baku&year=2015");
    assert_eq!(slugs(&bundle, &results), ["c"]);
}

#[test]
fn counts_use_the_other_facets_only() {
    let (_, results) = run_query("topic=border");
    // Topic counts ignore the topic selection itself, so alternatives keep their counts.
    assert_eq!(
        counts(&results.facets.topics),
        pairs(&[("border", 3), ("labour", 1), ("trafficking", 2)])
    );
    // Other facets count within border articles (a, c, e).
    assert_eq!(
        counts(&results.facets.years),
        pairs(&[("2016", 1), ("2015", 1), ("2014", 0)])
    );
    assert_eq!(
        counts(&results.facets.places),
        pairs(&[("baku", 2), ("ganja", 0)])
    );
    let ganja = &results.facets.places[1];
    assert!(
        !ganja.is_available() && !ganja.selected,
        "zero options stay listed, unavailable"
    );
    assert!(results.facets.topics[0].selected);
}

#[test]
fn counts_follow_the_search_text() {
    let (bundle, results) = run_query("q=trafficking");
    assert_eq!(slugs(&bundle, &results), ["b", "c"]);
    assert_eq!(
        counts(&results.facets.donors),
        pairs(&[("eu", 1), ("us", 2)])
    );
    assert_eq!(
        counts(&results.facets.topics),
        pairs(&[("border", 1), ("labour", 0), ("trafficking", 2)])
    );
    assert!(!results.highlighter.is_empty());
}

#[test]
fn text_results_keep_relevance_order() {
    let (bundle, results) = run_query("q=border");
    // "Border" leads the titles of a and c (short titles); e's title is longer.
    assert_eq!(
        slugs(&bundle, &results)[..2],
        ["a".to_string(), "c".to_string()]
    );
    assert_eq!(results.articles.len(), 3);
}

#[test]
fn unknown_selected_value_is_shown_so_it_can_be_removed() {
    let (_, results) = run_query("project=gone&topic=border");
    assert!(results.articles.is_empty());
    let gone = results
        .facets
        .projects
        .iter()
        .find(|o| o.value == "gone")
        .unwrap();
    assert!(gone.selected && !gone.known && gone.is_available());
}

#[test]
fn undated_articles_only_without_year_filter() {
    let (bundle, results) = run_query("q=undated");
    assert_eq!(slugs(&bundle, &results), ["e"]);
    let (_, filtered) = run_query("q=undated&year=2016");
    assert!(filtered.articles.is_empty());
}

fn any_pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop_oneof![
        Just("q".to_string()),
        Just("year".to_string()),
        Just("topic".to_string()),
        Just("project".to_string()),
        Just("donor".to_string()),
        Just("place".to_string()),
        any::<String>(),
    ];
    prop::collection::vec((name, any::<String>()), 0..12)
}

/// Text that stresses the tokenizer: controls, bidi marks, combining sequences, Turkic and
/// Cyrillic letters, plus arbitrary Unicode.
fn nasty_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<String>(),
        Just("\u{200f}\u{202e}\u{61c}".to_string()),
        Just("e\u{301}\u{301}\u{327}".to_string()),
        Just("\u{301}".to_string()),
        Just("İIıiƏəŞşÇçĞğ".to_string()),
        Just("МИГРАЦИЯ ёЁ".to_string()),
        Just("\0\u{7}\t\r\n".to_string()),
        Just("border trafficking".to_string()),
        Just("ﬁ ß ẞ ǅ ﷺ".to_string()),
    ];
    prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn url_round_trips(pairs in any_pairs()) {
        let query = NewsQuery::from_pairs(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        let again = NewsQuery::from_query_string(&query.to_query_string());
        prop_assert_eq!(&again, &query);
        prop_assert_eq!(again.to_query_string(), query.to_query_string());
    }

    #[test]
    fn any_query_text_is_safe(text in nasty_text()) {
        let bundle = bundle();
        let index = SearchIndex::build(&bundle.articles);
        let hits = index.search(&text);
        prop_assert!(hits.iter().all(|hit| hit.article < bundle.articles.len() && hit.score.is_finite()));
        let highlighter = index.highlighter(&text);
        let _ = highlighter.segments(&text);
        let _ = highlighter.snippet([text.as_str()], 40);
        let _ = run(&bundle, &index, &NewsQuery::from_query_string(&text));
    }

    #[test]
    fn huge_queries_are_safe(word in "[a-zə ]{1,20}", repeats in 1usize..2000) {
        let bundle = bundle();
        let index = SearchIndex::build(&bundle.articles);
        let _ = index.search(&word.repeat(repeats));
    }

    #[test]
    fn results_never_violate_active_filters(
        text in prop_oneof![Just(String::new()), Just("border".to_string()), Just("traf".to_string()), nasty_text()],
        years in prop::collection::vec(prop_oneof![Just("2014"), Just("2015"), Just("2016"), Just("1999")], 0..3),
        topics in prop::collection::vec(prop_oneof![Just("border"), Just("labour"), Just("trafficking"), Just("x")], 0..3),
        places in prop::collection::vec(prop_oneof![Just("baku"), Just("ganja")], 0..2),
        donors in prop::collection::vec(prop_oneof![Just("eu"), Just("us")], 0..2),
        projects in prop::collection::vec(prop_oneof![Just("ibm"), Just("unused"), Just("x")], 0..3),
    ) {
        let bundle = bundle();
        let index = SearchIndex::build(&bundle.articles);
        let mut pairs: Vec<(&str, &str)> = vec![("q", text.as_str())];
        pairs.extend(years.iter().map(|v| ("year", *v)));
        pairs.extend(topics.iter().map(|v| ("topic", *v)));
        pairs.extend(places.iter().map(|v| ("place", *v)));
        pairs.extend(donors.iter().map(|v| ("donor", *v)));
        pairs.extend(projects.iter().map(|v| ("project", *v)));
        let query = NewsQuery::from_pairs(pairs);
        let results = run(&bundle, &index, &query);
        let allowed = |article: &Article| {
            let year = article.start.map(|d| d.year);
            (query.years.is_empty() || year.is_some_and(|y| query.years.contains(&y)))
                && [
                    (&query.topics, &article.topics),
                    (&query.places, &article.places),
                    (&query.donors, &article.donors),
                    (&query.projects, &article.projects),
                ]
                .into_iter()
                .all(|(selected, has)| selected.is_empty() || has.iter().any(|s| selected.contains(s)))
        };
        for &i in &results.articles {
            prop_assert!(allowed(&bundle.articles[i]));
        }
        // Without search text, every article the filters allow is listed.
        if query.q.trim().is_empty() {
            let expected = bundle.articles.iter().filter(|article| allowed(article)).count();
            prop_assert_eq!(results.articles.len(), expected);
        }
        // The count of a selected option with only that facet filtering equals the results.
        let total_selected_years: usize = results.facets.years.iter().filter(|o| o.selected).map(|o| o.count).sum();
        if !query.years.is_empty() {
            prop_assert_eq!(total_selected_years, results.articles.len());
        }
    }
}

#[test]
fn facets_ticked_as_a_query_keep_their_options_and_counts() {
    let (_, all) = run_query("");
    let query = NewsQuery::from_query_string("topic=border&year=2015&place=nowhere");
    let ticked = all.facets.ticked_as(&query);
    for facet in Facet::ALL {
        let (before, after) = (all.facets.options(facet), ticked.options(facet));
        assert_eq!(
            counts(before),
            counts(after),
            "{facet:?}: same options, same counts"
        );
        for option in after {
            assert_eq!(
                option.selected,
                query.is_selected(facet, &option.value),
                "{facet:?} {}",
                option.value
            );
        }
    }
    let selected: Vec<_> = Facet::ALL
        .into_iter()
        .flat_map(|facet| {
            ticked
                .options(facet)
                .iter()
                .filter(|o| o.selected)
                .map(|o| o.value.clone())
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(selected.len(), 2, "{selected:?}");
    // Unticking: a ticked option of the query before is not ticked in another.
    let unticked = ticked.ticked_as(&NewsQuery::default());
    assert!(Facet::ALL
        .into_iter()
        .all(|facet| unticked.options(facet).iter().all(|o| !o.selected)));
}
