//! Writes content files in the format of content/README.md: TOML front matter between `+++`
//! lines, then the Markdown body (paragraphs separated by one blank line, numbered lists as `1. item`).

use site_domain::model::Contact;
use site_domain::source::files::{ArticleFront, ProjectFront, SiteFile};
use site_domain::source::to_markdown;
use site_domain::Block;

/// Keys in the documented order: title, start, end, undated, places, projects, donors, topics,
/// title_from_text, editor_notes.
pub fn article(front: &ArticleFront, body: &[Block]) -> String {
    // Destructured so that a new front-matter field cannot be forgotten here.
    let ArticleFront {
        title,
        start,
        end,
        undated,
        places,
        projects,
        donors,
        topics,
        title_from_text,
        editor_notes,
        links,
        images,
    } = front;
    // The scrape kept no links and no photos (only some photos' credits: see the notes).
    assert!(links.is_empty() && images.is_empty());
    let mut out = String::from("+++\n");
    line(&mut out, "title", &string(title));
    match start {
        Some(start) => line(&mut out, "start", &string(&start.to_string())),
        None if *undated => line(&mut out, "undated", "true"),
        None => {}
    }
    if let Some(end) = end {
        line(&mut out, "end", &string(&end.to_string()));
    }
    line(&mut out, "places", &array(places));
    line(&mut out, "projects", &array(projects));
    line(&mut out, "donors", &array(donors));
    line(&mut out, "topics", &array(topics));
    if *title_from_text {
        line(&mut out, "title_from_text", "true");
    }
    if !editor_notes.is_empty() {
        line(&mut out, "editor_notes", &array(editor_notes));
    }
    out.push_str("+++\n\n");
    out.push_str(&body_text(body));
    out
}

pub fn project(front: &ProjectFront, summary: &[Block]) -> String {
    let ProjectFront {
        name,
        short_name,
        donors,
        editor_notes,
        images,
    } = front;
    assert!(images.is_empty(), "the scrape kept no photos");
    let mut out = String::from("+++\n");
    line(&mut out, "name", &string(name));
    if let Some(short_name) = short_name {
        line(&mut out, "short_name", &string(short_name));
    }
    line(&mut out, "donors", &array(donors));
    if !editor_notes.is_empty() {
        line(&mut out, "editor_notes", &array(editor_notes));
    }
    out.push_str("+++\n");
    if !summary.is_empty() {
        out.push('\n');
        out.push_str(&body_text(summary));
    }
    out
}

/// `[[donors]]`, `[[topics]]` and `[[places]]` tables of slug and name.
pub fn taxonomies(
    donors: &[(&str, &str)],
    topics: &[(&str, &str)],
    places: &[(&str, &str)],
) -> String {
    let mut out = String::from(
        "# Donors, topics and places articles may refer to by slug. Written by `legacy_migrate` from the\n\
         # legacy news page; edit freely (a slug in use by an article must keep existing).\n",
    );
    for (table, entries) in [("donors", donors), ("topics", topics), ("places", places)] {
        for (slug, name) in entries {
            out.push_str(&format!(
                "\n[[{table}]]\nslug = {}\nname = {}\n",
                string(slug),
                string(name)
            ));
        }
    }
    out
}

pub fn site(file: &SiteFile) -> String {
    let SiteFile {
        name,
        url,
        member_state_since,
        intro,
        history,
        areas,
        government_partners,
        contact:
            Contact {
                organisation,
                address,
                phone,
                fax,
            },
        kiosk,
    } = file;
    let mut out = String::from(
        "# The mission in brief. Written by `legacy_migrate` from the legacy news page.\n",
    );
    line(&mut out, "name", &string(name));
    out.push_str(
        "# Where the site is published (scheme and host): canonical links, sitemap, feed, QR codes.\n",
    );
    line(&mut out, "url", &string(url));
    line(
        &mut out,
        "member_state_since",
        &member_state_since.to_string(),
    );
    line(&mut out, "intro", &array(&block_texts(&intro.0)));
    line(&mut out, "history", &array(&block_texts(&history.0)));
    line(&mut out, "areas", &array(areas));
    line(&mut out, "government_partners", &array(government_partners));
    out.push_str("\n[contact]\n");
    line(&mut out, "organisation", &string(organisation));
    line(&mut out, "address", &string(address));
    line(&mut out, "phone", &string(phone));
    line(&mut out, "fax", &string(fax));
    out.push_str("\n# The site as a kiosk at events (opened with ?kiosk): seconds without a touch before it\n# asks \"Still there?\" and starts over.\n[kiosk]\n");
    line(&mut out, "idle_seconds", &kiosk.idle_seconds.to_string());
    out
}

/// Each block in the body format, one string per block (site.toml's text arrays).
fn block_texts(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .map(|block| {
            body_text(std::slice::from_ref(block))
                .trim_end()
                .to_string()
        })
        .collect()
}

/// A body in Markdown: the legacy text escaped wherever Markdown would read it as markup.
fn body_text(blocks: &[Block]) -> String {
    to_markdown(blocks)
}

fn line(out: &mut String, key: &str, value: &str) {
    out.push_str(&format!("{key} = {value}\n"));
}

/// A TOML basic string.
pub fn string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Inline when short, one element per line otherwise.
fn array(items: &[String]) -> String {
    let inline = format!(
        "[{}]",
        items
            .iter()
            .map(|item| string(item))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if inline.chars().count() <= 80 {
        return inline;
    }
    let mut out = String::from("[\n");
    for item in items {
        out.push_str(&format!("  {},\n", string(item)));
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use site_domain::Date;

    #[test]
    fn strings_are_escaped() {
        assert_eq!(
            string(r#"IOM has launched the new "Counter-Trafficking" \ project"#),
            r#""IOM has launched the new \"Counter-Trafficking\" \\ project""#
        );
        assert_eq!(string("a\u{7}b"), "\"a\\u0007b\"");
    }

    fn front(start: Option<&str>, end: Option<&str>) -> ArticleFront {
        ArticleFront {
            title: "T".into(),
            start: start.map(|date| Date::parse(date).unwrap()),
            end: end.map(|date| Date::parse(date).unwrap()),
            undated: start.is_none(),
            places: vec![],
            projects: vec![],
            donors: vec![],
            topics: vec![],
            title_from_text: false,
            editor_notes: vec![],
            links: vec![],
            images: vec![],
        }
    }

    #[test]
    fn articles_follow_the_documented_layout() {
        let file = ArticleFront {
            places: vec!["baku".into()],
            donors: vec!["us-inl".into()],
            topics: vec!["border-management".into()],
            title_from_text: true,
            editor_notes: vec!["Check \"Phase VI\".".into()],
            ..front(Some("2016-11-22"), Some("2016-11-24"))
        };
        let body = [
            Block::Paragraph("First.".into()),
            Block::NumberedList(vec!["One".into(), "Two".into()]),
            Block::Paragraph("Last.".into()),
        ];
        assert_eq!(
            article(&file, &body),
            "+++\ntitle = \"T\"\nstart = \"2016-11-22\"\nend = \"2016-11-24\"\nplaces = [\"baku\"]\nprojects = []\n\
             donors = [\"us-inl\"]\ntopics = [\"border-management\"]\ntitle_from_text = true\n\
             editor_notes = [\"Check \\\"Phase VI\\\".\"]\n+++\n\nFirst.\n\n1. One\n2. Two\n\nLast.\n"
        );
    }

    #[test]
    fn legacy_text_that_looks_like_markdown_stays_text() {
        let body = [
            Block::Paragraph("2016. A *starred* [note] <b> & R&D".into()),
            Block::NumberedList(vec!["# not a heading".into()]),
        ];
        let text = article(&front(Some("2016-11-22"), None), &body);
        assert!(
            text.ends_with(
                "2016\\. A \\*starred\\* \\[note\\] \\<b> & R&D\n\n1. \\# not a heading\n"
            ),
            "{text}"
        );
        let (_, written_body) = text.rsplit_once("+++\n").unwrap();
        let read = site_domain::source::parse_markdown("a.md", written_body, 1, "body");
        assert_eq!(read.blocks, body);
    }

    #[test]
    fn undated_articles_say_so() {
        let text = article(&front(None, None), &[Block::Paragraph("Text.".into())]);
        assert!(text.contains("\nundated = true\n"));
        assert!(!text.contains("start ="));
    }
}
