use super::*;
use crate::model::*;
use crate::Date;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn term(slug: &str) -> Term {
    Term {
        slug: slug.into(),
        name: format!("Name of {slug}"),
        aliases: Vec::new(),
    }
}

fn article(slug: &str) -> Article {
    Article {
        slug: slug.into(),
        title: "Border officers trained".into(),
        start: Some(date("2016-11-22")),
        end: None,
        places: vec!["baku".into()],
        projects: vec!["cmba".into()],
        donors: vec!["eu".into()],
        topics: vec!["border-management".into()],
        body: vec![
            Block::Paragraph("Text.".into()),
            Block::BulletList(vec!["one".into()]),
        ],
        links: vec![Link {
            label: "Report".into(),
            url: "https://www.iom.int/".into(),
        }],
        images: Vec::new(),
    }
}

fn valid_bundle() -> Bundle {
    Bundle {
        format_version: BUNDLE_FORMAT_VERSION,
        site: Site {
            intro: vec![Block::Paragraph("Intro.".into())],
            areas: vec!["border-management".into()],
            government_partners: vec!["State Border Service".into()],
            ..crate::test_support::minimal_site()
        },
        articles: vec![article("a")],
        projects: vec![Project {
            slug: "cmba".into(),
            name: "Consolidation".into(),
            short_name: Some("CMBA".into()),
            donors: vec!["eu".into()],
            summary: vec![],
            images: Vec::new(),
        }],
        donors: vec![term("eu")],
        topics: vec![term("border-management")],
        places: vec![term("baku")],
        vacancies: vec![Vacancy {
            slug: "driver".into(),
            title: "Driver".into(),
            kind: VacancyKind::Vacancy,
            closes: date("2027-01-31"),
            location: None,
            body: vec![Block::Paragraph("Apply.".into())],
            links: vec![Link {
                label: "Apply".into(),
                url: "mailto:hr@iom.int".into(),
            }],
        }],
    }
}

/// The single problem of `bundle`, as "file field: message".
fn only_problem(bundle: &Bundle) -> Problem {
    let problems = check_bundle(bundle);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn a_valid_bundle_has_no_problems() {
    assert_eq!(check_bundle(&valid_bundle()), vec![]);
}

#[test]
fn reports_unknown_references_with_their_position() {
    let mut bundle = valid_bundle();
    bundle.articles[0].topics.push("migration-health".into());
    let problem = only_problem(&bundle);
    assert_eq!(problem.file, "articles/a.md");
    assert_eq!(problem.field.as_deref(), Some("topics[1]"));
    assert!(
        problem
            .message
            .contains("unknown topic \"migration-health\""),
        "{problem}"
    );

    let mut bundle = valid_bundle();
    bundle.articles[0].projects = vec!["ibm".into()];
    assert!(only_problem(&bundle)
        .message
        .contains("no file projects/ibm.md"));
    let mut bundle = valid_bundle();
    bundle.projects[0].donors = vec!["usaid".into()];
    assert_eq!(only_problem(&bundle).file, "projects/cmba.md");
    let mut bundle = valid_bundle();
    bundle.site.areas.push("health".into());
    let problem = only_problem(&bundle);
    assert_eq!(
        (problem.file.as_str(), problem.field.as_deref()),
        ("site.toml", Some("areas[1]"))
    );
    assert!(problem.message.contains("[[topics]]"), "{problem}");
}

#[test]
fn skips_references_into_an_unknown_catalogue() {
    let mut bundle = valid_bundle();
    bundle.articles[0].donors = vec!["nobody".into()];
    let catalogue = Catalogue {
        donors: None,
        ..Catalogue::of(&bundle)
    };
    assert_eq!(check_references(&bundle, &catalogue), vec![]);
}

#[test]
fn reports_bad_slugs_and_case_insensitive_duplicates() {
    let mut bundle = valid_bundle();
    bundle.articles.push(article("A"));
    let problems = check_bundle(&bundle);
    assert!(
        problems
            .iter()
            .any(|p| p.file == "articles/A.md" && p.message.contains("use lowercase")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.file == "articles/A.md" && p.message.contains("same slug as articles/a.md")),
        "{problems:#?}"
    );

    let mut bundle = valid_bundle();
    bundle.places.push(term("Baku"));
    let problems = check_bundle(&bundle);
    assert!(
        problems
            .iter()
            .any(|p| p.field.as_deref() == Some("places[1].slug")
                && p.message.contains("already used by places[0]")),
        "{problems:#?}"
    );
}

#[test]
fn reports_empty_titles_and_bodies() {
    let mut bundle = valid_bundle();
    bundle.articles[0].title = "  ".into();
    assert_eq!(only_problem(&bundle).field.as_deref(), Some("title"));
    let mut bundle = valid_bundle();
    bundle.articles[0].body.clear();
    assert_eq!(only_problem(&bundle).field.as_deref(), Some("body"));
    let mut bundle = valid_bundle();
    bundle.vacancies[0].body.clear();
    assert_eq!(only_problem(&bundle).file, "vacancies/driver.md");
}

#[test]
fn reports_markup_and_unsafe_urls_in_any_text() {
    let mut bundle = valid_bundle();
    bundle.articles[0].body[1] =
        Block::BulletList(vec!["ok".into(), "<script>alert(1)</script>".into()]);
    let problem = only_problem(&bundle);
    assert_eq!(problem.field.as_deref(), Some("body[1][1]"));
    assert!(problem.message.contains("<script>"), "{problem}");

    let mut bundle = valid_bundle();
    bundle.projects[0].name = "A <b>bold</b> name".into();
    assert_eq!(only_problem(&bundle).field.as_deref(), Some("name"));

    let mut bundle = valid_bundle();
    bundle.articles[0].links[0].url = "javascript:alert(1)".into();
    assert_eq!(only_problem(&bundle).field.as_deref(), Some("links[0].url"));

    let mut bundle = valid_bundle();
    bundle.articles[0].body[0] = Block::Paragraph("see vbscript:msgbox".into());
    assert_eq!(only_problem(&bundle).field.as_deref(), Some("body[0]"));
}

#[test]
fn aliases_are_checked_like_names() {
    let mut bundle = valid_bundle();
    bundle.places[0].aliases = vec!["Bakı".into(), "Баку".into()];
    assert_eq!(check_bundle(&bundle), vec![]);

    bundle.places[0].aliases[1] = "<b>Баку</b>".into();
    let problem = only_problem(&bundle);
    assert_eq!(problem.file, "taxonomies.toml");
    assert_eq!(problem.field.as_deref(), Some("places[0].aliases[1]"));
    assert!(problem.message.contains("markup"), "{problem}");

    bundle.places[0].aliases[1] = " ".into();
    let problem = only_problem(&bundle);
    assert_eq!(problem.field.as_deref(), Some("places[0].aliases[1]"));
    assert!(problem.message.contains("empty"), "{problem}");
}

#[test]
fn reports_end_before_start_and_end_without_start() {
    let mut bundle = valid_bundle();
    bundle.articles[0].end = Some(date("2016-11-21"));
    let problem = only_problem(&bundle);
    assert_eq!(problem.field.as_deref(), Some("end"));
    assert!(
        problem.message.contains("before the start date 2016-11-22"),
        "{problem}"
    );
    bundle.articles[0].start = None;
    assert!(only_problem(&bundle)
        .message
        .contains("without a start date"));
    bundle.articles[0].end = None;
    assert_eq!(check_bundle(&bundle), vec![]);
}

#[test]
fn reports_a_slug_listed_twice() {
    let mut bundle = valid_bundle();
    bundle.articles[0].places.push("baku".into());
    assert_eq!(only_problem(&bundle).field.as_deref(), Some("places[1]"));
}

#[test]
fn the_site_url_is_a_host_alone() {
    for good in [
        "https://example.org",
        "https://example.org/",
        "http://localhost:8080",
    ] {
        assert_eq!(super::site_url_error(good), None, "{good}");
    }
    for (bad, says) in [
        ("", "empty"),
        ("example.org", "no scheme"),
        ("mailto:web@example.org", "must start with https://"),
        ("https://example.org/iom/", "host alone"),
        ("https://example.org/?a=1", "host alone"),
        ("javascript:alert(1)", "scheme"),
    ] {
        let problem = super::site_url_error(bad).unwrap_or_default();
        assert!(problem.contains(says), "{bad}: {problem}");
    }
    let mut bundle = valid_bundle();
    bundle.site.url = "https://example.org/sub".into();
    let problem = only_problem(&bundle);
    assert_eq!(
        (problem.file.as_str(), problem.field.as_deref()),
        ("site.toml", Some("url"))
    );
}

#[test]
fn links_in_the_text_go_to_site_paths_or_safe_urls_and_have_text() {
    let link = |url: &str, text: &str| {
        Block::Paragraph(RichText(vec![
            Inline::Text("See ".into()),
            Inline::Strong(vec![Inline::Link {
                url: url.into(),
                text: vec![Inline::Text(text.into())],
            }]),
        ]))
    };
    let mut bundle = valid_bundle();
    bundle.articles[0].body[0] = link("/news?topic=border-management", "news");
    bundle.articles[0]
        .body
        .push(link("https://www.iom.int/", "IOM"));
    assert_eq!(check_bundle(&bundle), vec![]);

    bundle.articles[0].body[0] = link("javascript:alert(1)", "news");
    let problem = only_problem(&bundle);
    assert_eq!(problem.field.as_deref(), Some("body[0]"));
    assert!(problem.message.contains("\"javascript:\""), "{problem}");

    bundle.articles[0].body[0] = link("//evil.example", "news");
    assert!(only_problem(&bundle).message.contains("in-site link"));
    bundle.articles[0].body[0] = link("/news", " ");
    assert!(only_problem(&bundle).message.contains("has no text"));
}

#[test]
fn headings_are_of_level_2_to_4_and_quotes_are_not_nested() {
    let mut bundle = valid_bundle();
    let heading = |level| {
        Block::Heading(Heading {
            level,
            text: "Results".into(),
        })
    };
    bundle.articles[0].body = vec![heading(2), heading(4)];
    assert_eq!(check_bundle(&bundle), vec![]);
    bundle.articles[0].body = vec![heading(1)];
    assert!(only_problem(&bundle).message.contains("level 1 heading"));
    bundle.articles[0].body = vec![Block::Quote(vec![Block::Quote(vec![heading(2)])])];
    assert_eq!(
        only_problem(&bundle).field.as_deref(),
        Some("body[0][0]"),
        "a quote in a quote"
    );
}
