use super::*;
use crate::model::*;
use crate::Date;

fn minimal_json(version: &str) -> String {
    format!(
        r#"{{"format_version":{version},"site":{{"name":"IOM","url":"https://example.org","member_state_since":2001,"intro":[{{"kind":"paragraph","text":[{{"text":"Hi."}}]}}],
        "history":[],"areas":[],"government_partners":[],"contact":{{"organisation":"IOM","address":"Baku","phone":"1","fax":"2"}}}},
        "articles":[],"projects":[],"donors":[],"topics":[],"places":[],"vacancies":[]}}"#
    )
}

#[test]
fn reads_a_bundle_of_the_current_version() {
    let bundle = parse_bundle(&minimal_json(&BUNDLE_FORMAT_VERSION.to_string())).unwrap();
    assert_eq!(bundle.site.name, "IOM");
    assert_eq!(bundle.site.intro, vec![Block::Paragraph("Hi.".into())]);
}

#[test]
fn refuses_another_version_before_reading_the_rest() {
    let json = r#"{"format_version": 99, "whatever": "shape a future version has"}"#;
    let error = parse_bundle(json).unwrap_err();
    assert_eq!(
        error,
        BundleError::WrongVersion {
            found: 99,
            expected: BUNDLE_FORMAT_VERSION
        }
    );
    assert!(error.to_string().contains("format version 99"), "{error}");
}

#[test]
fn says_where_json_is_broken_or_cut_short() {
    let json = minimal_json("1");
    let BundleError::NotJson(detail) = parse_bundle(&json[..json.len() / 2]).unwrap_err() else {
        panic!()
    };
    assert!(detail.contains("line"), "{detail}");
    assert!(matches!(
        parse_bundle("<!doctype html>"),
        Err(BundleError::NotJson(_))
    ));
    assert!(matches!(parse_bundle(""), Err(BundleError::NotJson(_))));
}

#[test]
fn reports_valid_json_of_the_wrong_shape() {
    let BundleError::Malformed(detail) = parse_bundle("[1, 2]").unwrap_err() else {
        panic!()
    };
    assert!(!detail.is_empty());
    assert!(
        matches!(parse_bundle("{}"), Err(BundleError::Malformed(m)) if m.contains("format_version"))
    );
    assert!(matches!(
        parse_bundle(r#"{"format_version":"1"}"#),
        Err(BundleError::Malformed(_))
    ));
    let current = BUNDLE_FORMAT_VERSION.to_string();
    let missing_site = minimal_json(&current).replacen("\"site\"", "\"sight\"", 1);
    let BundleError::Malformed(detail) = parse_bundle(&missing_site).unwrap_err() else {
        panic!()
    };
    assert!(detail.contains("sight"), "{detail}");
}

fn article(slug: &str, start: Option<&str>, end: Option<&str>) -> Article {
    Article {
        slug: slug.into(),
        title: slug.into(),
        start: start.map(|d| Date::parse(d).unwrap()),
        end: end.map(|d| Date::parse(d).unwrap()),
        places: vec![],
        projects: vec![],
        donors: vec![],
        topics: vec![],
        body: vec![],
        links: vec![],
        images: Vec::new(),
    }
}

#[test]
fn sorts_newest_first_then_longest_then_slug_with_undated_last() {
    let mut articles = vec![
        article("undated-b", None, None),
        article("old", Some("2014-01-01"), None),
        article("new-b", Some("2016-05-01"), None),
        article("undated-a", None, None),
        article("new-a", Some("2016-05-01"), None),
        article("new-long", Some("2016-05-01"), Some("2016-05-03")),
    ];
    sort_articles(&mut articles);
    let order: Vec<&str> = articles.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(
        order,
        [
            "new-long",
            "new-a",
            "new-b",
            "old",
            "undated-a",
            "undated-b"
        ]
    );
}

/// A bundle with every optional member, every kind of block and text, and text that JSON
/// must escape.
fn every_kind_of_content() -> Bundle {
    let mut bundle = crate::test_support::minimal_bundle();
    let rich = RichText(vec![
        Inline::Text("Plain \"quoted\" \\ line\nbreak\ttab é Ə И 😀 \u{1}".into()),
        Inline::Emphasis(vec![Inline::Strong(vec![Inline::Text("both".into())])]),
        Inline::Link {
            url: "/news?topic=x&q=a%20b".into(),
            text: vec![Inline::Text("a link".into())],
        },
    ]);
    let body = vec![
        Block::Paragraph(rich.clone()),
        Block::Heading(Heading {
            level: 3,
            text: rich.clone(),
        }),
        Block::NumberedList(vec![rich.clone(), RichText(vec![])]),
        Block::BulletList(vec![rich.clone()]),
        Block::Quote(vec![
            Block::Paragraph(rich.clone()),
            Block::Quote(vec![Block::BulletList(vec![rich])]),
        ]),
    ];
    let image = Image {
        alt: "A photo".into(),
        credit: "IOM".into(),
        caption: Some("Caption".into()),
        variants: vec![
            ImageVariant {
                url: "media/a-480-0a1b2c3d4e.webp".into(),
                width: 480,
                height: 320,
                format: ImageFormat::Webp,
            },
            ImageVariant {
                url: "media/a-480-0a1b2c3d4e.jpg".into(),
                width: u32::MAX,
                height: 0,
                format: ImageFormat::Jpeg,
            },
        ],
    };
    let link = Link {
        label: "Report".into(),
        url: "https://example.org/r.pdf".into(),
    };
    let article = &mut bundle.articles[0];
    article.end = Some(Date::parse("2016-05-04").unwrap());
    article.places = vec!["baku".into()];
    article.topics = vec!["trafficking".into(), "migration".into()];
    article.donors = vec!["eu".into()];
    article.body = body.clone();
    article.links = vec![link.clone()];
    article.images = vec![image.clone()];
    let project = &mut bundle.projects[0];
    project.short_name = Some("P1".into());
    project.donors = vec!["eu".into()];
    project.summary = body.clone();
    project.images = vec![image];
    bundle.site.intro = body.clone();
    bundle.site.areas = vec!["migration".into()];
    bundle.site.government_partners = vec!["State Migration Service".into()];
    bundle.site.member_state_since = u16::MAX;
    bundle.site.kiosk = KioskSettings { idle_seconds: 45 };
    let term = |slug: &str, aliases: &[&str]| Term {
        slug: slug.into(),
        name: slug.to_uppercase(),
        aliases: aliases.iter().map(|alias| alias.to_string()).collect(),
    };
    bundle.donors = vec![term("eu", &[])];
    bundle.topics = vec![term("trafficking", &[]), term("migration", &["köç"])];
    bundle.places = vec![term("baku", &["Bakı", "Баку"])];
    bundle.vacancies = vec![
        Vacancy {
            slug: "officer".into(),
            title: "Officer".into(),
            kind: VacancyKind::Vacancy,
            closes: Date::parse("2030-01-31").unwrap(),
            location: Some("Baku".into()),
            body: body.clone(),
            links: vec![link],
        },
        Vacancy {
            slug: "intern".into(),
            title: "Intern".into(),
            kind: VacancyKind::Internship,
            closes: Date::parse("2030-02-28").unwrap(),
            location: None,
            body,
            links: vec![],
        },
    ];
    bundle
}

#[test]
fn reads_back_what_the_build_writes() {
    let bundle = every_kind_of_content();
    let compact = serde_json::to_string(&bundle).unwrap();
    assert_eq!(parse_bundle(&compact), Ok(bundle.clone()));
    let pretty = serde_json::to_string_pretty(&bundle).unwrap();
    assert_eq!(parse_bundle(&pretty), Ok(bundle));
}

#[test]
fn names_the_member_that_is_wrong() {
    // The first of each is in the site's intro, which comes before the articles.
    let json = serde_json::to_string(&every_kind_of_content()).unwrap();
    let malformed = |from: &str, to: &str| {
        assert!(json.contains(from), "{from}");
        match parse_bundle(&json.replacen(from, to, 1)) {
            Err(BundleError::Malformed(detail)) => detail,
            other => panic!("{from} -> {to}: {other:?}"),
        }
    };
    assert_eq!(
        malformed(r#""start":"2016-05-02""#, r#""start":"2016-02-30""#),
        "articles[0].start: day 30 does not exist in 2016-02 (it has 29 days)"
    );
    assert_eq!(
        malformed(r#""level":3"#, r#""level":"3""#),
        "site.intro[1].text.level: expected a whole number, found a string"
    );
    assert_eq!(
        malformed(r#""kind":"quote""#, r#""kind":"aside""#),
        "site.intro[4].kind: unknown variant `aside`, expected `paragraph`, `heading`, `numbered_list`, `bullet_list` or `quote`"
    );
    assert_eq!(
        malformed(r#""credit":"IOM""#, r#""credit":"IOM","author":"X""#),
        "articles[0].images[0].author: unknown field `author`"
    );
    assert_eq!(
        malformed(r#""alt":"A photo","#, ""),
        "articles[0].images[0]: missing field `alt`"
    );
    assert_eq!(
        malformed(r#"{"strong":"#, r#"{"bold":"#),
        "site.intro[0].text[1].emphasis[0].bold: unknown variant `bold`, expected `text`, `emphasis`, `strong` or `link`"
    );
}

#[test]
fn optional_members_may_be_null_or_left_out() {
    let mut bundle = every_kind_of_content();
    let json = serde_json::to_string(&bundle)
        .unwrap()
        .replace(r#""caption":"Caption""#, r#""caption":null"#)
        .replace(r#""short_name":"P1","#, "");
    for image in &mut bundle.articles[0].images {
        image.caption = None;
    }
    for image in &mut bundle.projects[0].images {
        image.caption = None;
    }
    bundle.projects[0].short_name = None;
    assert_eq!(parse_bundle(&json), Ok(bundle));
}

#[test]
fn a_block_passes_over_members_it_does_not_know_as_serde_does() {
    let json = serde_json::to_string(&every_kind_of_content())
        .unwrap()
        .replace(
            r#"{"kind":"paragraph","#,
            r#"{"note":[1,{"a":2}],"kind":"paragraph","#,
        );
    let reference: Bundle = serde_json::from_str(&json).unwrap();
    assert_eq!(parse_bundle(&json), Ok(reference));
}

mod same_as_serde {
    use super::*;
    use proptest::prelude::*;

    /// Characters a one-character change of a bundle is made of.
    fn replacement() -> impl Strategy<Value = char> {
        prop_oneof![
            proptest::sample::select(
                r#"{}[]",:0123456789-.eEtrufalsn \"#.chars().collect::<Vec<_>>()
            ),
            any::<char>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]
        /// Every one-character change of a bundle is read as serde reads it (the reference):
        /// refused by both, or the same bundle (with its format version checked).
        #[test]
        fn fuzz_changed_bundle_read_as_serde_reads_it(
            position in 0usize..4096,
            replacement in replacement(),
            pretty in any::<bool>(),
        ) {
            let bundle = every_kind_of_content();
            let mut json = if pretty {
                serde_json::to_string_pretty(&bundle).unwrap()
            } else {
                serde_json::to_string(&bundle).unwrap()
            };
            let mut position = position % json.len();
            while !json.is_char_boundary(position) {
                position -= 1;
            }
            let replaced = json[position..].chars().next().unwrap().len_utf8();
            json.replace_range(position..position + replaced, &replacement.to_string());
            let reference = serde_json::from_str::<Bundle>(&json);
            let ours = parse_bundle(&json);
            match reference {
                Ok(expected) if expected.format_version == BUNDLE_FORMAT_VERSION => {
                    prop_assert_eq!(ours, Ok(expected), "{}", json)
                }
                Ok(expected) => prop_assert_eq!(
                    ours,
                    Err(BundleError::WrongVersion {
                        found: expected.format_version.into(),
                        expected: BUNDLE_FORMAT_VERSION,
                    })
                ),
                // serde refuses a repeated member; the reader takes the last.
                Err(error) if error.to_string().starts_with("duplicate field") => {}
                Err(error) => prop_assert!(ours.is_err(), "serde: {}\n{}", error, json),
            }
        }
    }
}
