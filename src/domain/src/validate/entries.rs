//! Checks on one bundle entry at a time: slugs, empty texts, markup, URLs, date order.

use super::slug::{duplicate_slugs, slug_error};
use super::text::{
    link_url_error, media_url_error, site_url_error, text_errors, text_link_url_error,
};
use super::Problem;
use crate::model::{
    Article, Block, Contact, Image, Inline, KioskSettings, Link, Project, RichText, Site, Term,
    Vacancy,
};

/// Collects the problems of one file.
pub(crate) struct FileChecker<'a> {
    file: String,
    problems: &'a mut Vec<Problem>,
}

impl<'a> FileChecker<'a> {
    pub fn new(file: String, problems: &'a mut Vec<Problem>) -> FileChecker<'a> {
        FileChecker { file, problems }
    }

    fn report(&mut self, field: Option<&str>, message: String) {
        let problem = match field {
            Some(field) => Problem::in_field(self.file.clone(), field, message),
            None => Problem::new(self.file.clone(), message),
        };
        self.problems.push(problem);
    }

    /// The file name is the slug.
    pub fn file_slug(&mut self, slug: &str) {
        if let Some(error) = slug_error(slug) {
            self.report(None, format!("the file name must be a valid slug: {error}"));
        }
    }

    pub fn slug(&mut self, field: &str, slug: &str) {
        if let Some(error) = slug_error(slug) {
            self.report(Some(field), error);
        }
    }

    pub fn text(&mut self, field: &str, text: &str) {
        for error in text_errors(text) {
            self.report(Some(field), error);
        }
    }

    /// A text that must say something (titles, names).
    pub fn required_text(&mut self, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.report(Some(field), "is empty".into());
        } else {
            self.text(field, text);
        }
    }

    pub fn blocks(&mut self, field: &str, blocks: &[Block], required: bool) {
        if required && blocks.is_empty() {
            self.report(Some(field), "is empty: write at least one paragraph".into());
        }
        for (index, block) in blocks.iter().enumerate() {
            self.block(&format!("{field}[{index}]"), block, false);
        }
    }

    fn block(&mut self, path: &str, block: &Block, in_quote: bool) {
        match block {
            Block::Paragraph(text) => self.rich_text(path, text),
            Block::Heading(heading) => {
                if !(2..=4).contains(&heading.level) {
                    let message = format!(
                        "a level {} heading is not allowed: use ## (level 2) to #### (level 4); the page title is the level 1 heading",
                        heading.level
                    );
                    self.report(Some(path), message);
                }
                self.rich_text(path, &heading.text);
            }
            Block::NumberedList(items) | Block::BulletList(items) => {
                if items.is_empty() {
                    self.report(Some(path), "is an empty list".into());
                }
                for (item, text) in items.iter().enumerate() {
                    self.rich_text(&format!("{path}[{item}]"), text);
                }
            }
            Block::Quote(blocks) => {
                if in_quote {
                    self.report(Some(path), "is a quote inside a quote".into());
                }
                if blocks.is_empty() {
                    self.report(Some(path), "is an empty quote".into());
                }
                for (index, inner) in blocks.iter().enumerate() {
                    self.block(&format!("{path}[{index}]"), inner, true);
                }
            }
        }
    }

    /// Text that must say something, and links in it that go somewhere safe.
    fn rich_text(&mut self, path: &str, text: &RichText) {
        self.required_text(path, &text.plain());
        self.links_in(path, &text.0);
    }

    fn links_in(&mut self, path: &str, inlines: &[Inline]) {
        for inline in inlines {
            match inline {
                Inline::Text(_) => {}
                Inline::Emphasis(inner) | Inline::Strong(inner) => self.links_in(path, inner),
                Inline::Link { url, text } => {
                    if let Some(error) = text_link_url_error(url) {
                        self.report(Some(path), error);
                    }
                    if RichText(text.clone()).plain().trim().is_empty() {
                        let message = format!("the link to \"{url}\" has no text");
                        self.report(Some(path), message);
                    }
                    self.links_in(path, text);
                }
            }
        }
    }

    /// Photos: alt text and credit say something; every copy is a file in media/.
    pub fn images(&mut self, images: &[Image]) {
        for (index, image) in images.iter().enumerate() {
            let field = |name: &str| format!("images[{index}].{name}");
            self.required_text(&field("alt"), &image.alt);
            self.required_text(&field("credit"), &image.credit);
            if let Some(caption) = &image.caption {
                self.required_text(&field("caption"), caption);
            }
            if image.variants.is_empty() {
                self.report(Some(&field("file")), "has no copies to show".into());
            }
            for variant in &image.variants {
                if let Some(error) = media_url_error(&variant.url) {
                    self.report(Some(&field("file")), error);
                }
                if variant.width == 0 || variant.height == 0 {
                    let message = format!("{} has no size", variant.url);
                    self.report(Some(&field("file")), message);
                }
            }
        }
    }

    pub fn links(&mut self, links: &[Link]) {
        for (index, link) in links.iter().enumerate() {
            self.required_text(&format!("links[{index}].label"), &link.label);
            if let Some(error) = link_url_error(&link.url) {
                self.report(Some(&format!("links[{index}].url")), error);
            }
        }
    }

    /// A list of slugs must not name the same thing twice.
    pub fn distinct(&mut self, field: &str, slugs: &[String]) {
        for (_, repeat) in duplicate_slugs(slugs.iter().map(String::as_str)) {
            self.report(
                Some(&format!("{field}[{repeat}]")),
                format!("\"{}\" is listed twice", slugs[repeat]),
            );
        }
    }
}

pub(crate) fn check_article(article: &Article, checker: &mut FileChecker) {
    checker.file_slug(&article.slug);
    checker.required_text("title", &article.title);
    match (article.start, article.end) {
        (None, Some(_)) => checker.report(Some("end"), "is given without a start date".into()),
        (Some(start), Some(end)) if end < start => checker.report(
            Some("end"),
            format!("{end} is before the start date {start}"),
        ),
        _ => {}
    }
    for (field, slugs) in [
        ("places", &article.places),
        ("projects", &article.projects),
        ("donors", &article.donors),
        ("topics", &article.topics),
    ] {
        checker.distinct(field, slugs);
    }
    checker.blocks("body", &article.body, true);
    checker.links(&article.links);
    checker.images(&article.images);
}

pub(crate) fn check_project(project: &Project, checker: &mut FileChecker) {
    checker.file_slug(&project.slug);
    checker.required_text("name", &project.name);
    if let Some(short_name) = &project.short_name {
        checker.required_text("short_name", short_name);
    }
    checker.distinct("donors", &project.donors);
    checker.blocks("body", &project.summary, false);
    checker.images(&project.images);
}

pub(crate) fn check_vacancy(vacancy: &Vacancy, checker: &mut FileChecker) {
    checker.file_slug(&vacancy.slug);
    checker.required_text("title", &vacancy.title);
    if let Some(location) = &vacancy.location {
        checker.required_text("location", location);
    }
    checker.blocks("body", &vacancy.body, true);
    checker.links(&vacancy.links);
}

pub(crate) fn check_site(site: &Site, checker: &mut FileChecker) {
    checker.required_text("name", &site.name);
    if let Some(problem) = site_url_error(&site.url) {
        checker.report(Some("url"), problem);
    }
    if site.kiosk.idle_seconds < KioskSettings::MIN_IDLE_SECONDS {
        checker.report(
            Some("kiosk.idle_seconds"),
            format!(
                "is {} seconds; at least {} are needed to read a page",
                site.kiosk.idle_seconds,
                KioskSettings::MIN_IDLE_SECONDS
            ),
        );
    }
    checker.blocks("intro", &site.intro, true);
    checker.blocks("history", &site.history, false);
    checker.distinct("areas", &site.areas);
    for (index, partner) in site.government_partners.iter().enumerate() {
        checker.required_text(&format!("government_partners[{index}]"), partner);
    }
    let Contact {
        organisation,
        address,
        phone,
        fax,
    } = &site.contact;
    for (field, text) in [
        ("organisation", organisation),
        ("address", address),
        ("phone", phone),
        ("fax", fax),
    ] {
        checker.required_text(&format!("contact.{field}"), text);
    }
}

/// One taxonomy (`donors`, `topics` or `places`): valid, distinct slugs; names and aliases
/// non-empty plain text.
pub(crate) fn check_terms(taxonomy: &str, terms: &[Term], checker: &mut FileChecker) {
    for (index, term) in terms.iter().enumerate() {
        checker.slug(&format!("{taxonomy}[{index}].slug"), &term.slug);
        checker.required_text(&format!("{taxonomy}[{index}].name"), &term.name);
        for (alias_index, alias) in term.aliases.iter().enumerate() {
            checker.required_text(
                &format!("{taxonomy}[{index}].aliases[{alias_index}]"),
                alias,
            );
        }
    }
    for (first, repeat) in duplicate_slugs(terms.iter().map(|t| t.slug.as_str())) {
        let message = format!(
            "slug \"{}\" is already used by {taxonomy}[{first}]",
            terms[repeat].slug
        );
        checker.report(Some(&format!("{taxonomy}[{repeat}].slug")), message);
    }
}
