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
