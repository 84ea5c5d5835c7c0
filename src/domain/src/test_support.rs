//! Shared pieces for the domain's unit tests: a minimal valid `Site`, so each test bundle
//! only spells out what its test is about.

use crate::{Contact, Site};

/// A site with every required fact filled in and no lists.
pub fn minimal_site() -> Site {
    Site {
        name: "IOM Azerbaijan".into(),
        url: "https://example.org".into(),
        member_state_since: 2001,
        intro: vec![],
        history: vec![],
        areas: vec![],
        government_partners: vec![],
        contact: Contact {
            organisation: "IOM".into(),
            address: "Baku".into(),
            phone: "+994".into(),
            fax: "+994".into(),
        },
        kiosk: Default::default(),
    }
}

/// An undated, untagged article with one paragraph of body.
pub fn plain_article(slug: &str, title: &str, body: &str) -> crate::Article {
    crate::Article {
        slug: slug.into(),
        title: title.into(),
        start: None,
        end: None,
        places: vec![],
        projects: vec![],
        donors: vec![],
        topics: vec![],
        body: vec![crate::Block::Paragraph(body.into())],
        links: vec![],
        images: vec![],
    }
}

/// A bundle with two projects and three articles (one undated), in bundle order.
pub fn minimal_bundle() -> crate::Bundle {
    use crate::{Article, Block, Bundle, Date, Project, BUNDLE_FORMAT_VERSION};
    let article = |slug: &str, start: Option<&str>, projects: &[&str]| Article {
        slug: slug.into(),
        title: format!("Title of {slug}"),
        start: start.map(|text| Date::parse(text).unwrap()),
        end: None,
        places: vec![],
        projects: projects.iter().map(|p| p.to_string()).collect(),
        donors: vec![],
        topics: vec![],
        body: vec![Block::Paragraph(
            format!("First sentence of {slug}. More.").into(),
        )],
        images: vec![],
        links: vec![],
    };
    let project = |slug: &str| Project {
        slug: slug.into(),
        name: format!("Project {slug}"),
        short_name: None,
        donors: vec![],
        summary: vec![],
        images: vec![],
    };
    Bundle {
        format_version: BUNDLE_FORMAT_VERSION,
        site: minimal_site(),
        articles: vec![
            article("newest", Some("2016-05-02"), &["p1"]),
            article("older", Some("2015-01-10"), &[]),
            article("undated", None, &[]),
        ],
        projects: vec![project("p1"), project("p2")],
        donors: vec![],
        topics: vec![],
        places: vec![],
        vacancies: vec![],
    }
}
