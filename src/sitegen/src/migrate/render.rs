//! Writes content files in the format of content/README.md: TOML front matter between `+++`
//! lines, then the body (paragraphs separated by one blank line, numbered lists as `1. item`).

use site_domain::{Block, Date};

pub struct ArticleFile {
    pub title: String,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub places: Vec<String>,
    pub projects: Vec<String>,
    pub donors: Vec<String>,
    pub topics: Vec<String>,
    pub title_from_text: bool,
    pub editor_notes: Vec<String>,
    pub body: Vec<Block>,
}

pub struct ProjectFile {
    pub name: String,
    pub short_name: Option<String>,
    pub donors: Vec<String>,
    pub editor_notes: Vec<String>,
    pub summary: Vec<Block>,
}

pub struct SiteFile {
    pub name: String,
    pub url: String,
    pub member_state_since: u16,
    pub intro: Vec<String>,
    pub history: Vec<String>,
    pub areas: Vec<String>,
    pub government_partners: Vec<String>,
    pub organisation: String,
    pub address: String,
    pub phone: String,
    pub fax: String,
}

/// Keys in the documented order: title, start, end, undated, places, projects, donors, topics,
/// title_from_text, editor_notes.
pub fn article(file: &ArticleFile) -> String {
    let mut out = String::from("+++\n");
    line(&mut out, "title", &string(&file.title));
    match file.start {
        Some(start) => line(&mut out, "start", &string(&start.to_string())),
        None => line(&mut out, "undated", "true"),
    }
    if let Some(end) = file.end {
        line(&mut out, "end", &string(&end.to_string()));
    }
    line(&mut out, "places", &array(&file.places));
    line(&mut out, "projects", &array(&file.projects));
    line(&mut out, "donors", &array(&file.donors));
    line(&mut out, "topics", &array(&file.topics));
    if file.title_from_text {
        line(&mut out, "title_from_text", "true");
    }
    if !file.editor_notes.is_empty() {
        line(&mut out, "editor_notes", &array(&file.editor_notes));
    }
    out.push_str("+++\n\n");
    out.push_str(&body(&file.body));
    out
}

pub fn project(file: &ProjectFile) -> String {
    let mut out = String::from("+++\n");
    line(&mut out, "name", &string(&file.name));
    if let Some(short_name) = &file.short_name {
        line(&mut out, "short_name", &string(short_name));
    }
    line(&mut out, "donors", &array(&file.donors));
    if !file.editor_notes.is_empty() {
        line(&mut out, "editor_notes", &array(&file.editor_notes));
    }
    out.push_str("+++\n");
    if !file.summary.is_empty() {
        out.push('\n');
        out.push_str(&body(&file.summary));
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
        "# Donors, topics and places articles may refer to by slug. Written by `sitegen migrate` from the\n\
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
    let mut out = String::from(
        "# The mission in brief. Written by `sitegen migrate` from the legacy news page.\n",
    );
    line(&mut out, "name", &string(&file.name));
    out.push_str("# Where the site is published (scheme and host): canonical links, sitemap, feed, QR codes.\n");
    line(&mut out, "url", &string(&file.url));
    line(
        &mut out,
        "member_state_since",
        &file.member_state_since.to_string(),
    );
    line(&mut out, "intro", &array(&file.intro));
    line(&mut out, "history", &array(&file.history));
    line(&mut out, "areas", &array(&file.areas));
    line(
        &mut out,
        "government_partners",
        &array(&file.government_partners),
    );
    out.push_str("\n[contact]\n");
    line(&mut out, "organisation", &string(&file.organisation));
    line(&mut out, "address", &string(&file.address));
    line(&mut out, "phone", &string(&file.phone));
    line(&mut out, "fax", &string(&file.fax));
    out
}

pub fn body(blocks: &[Block]) -> String {
    let rendered: Vec<String> = blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(text) => text.clone(),
            Block::NumberedList(items) => items
                .iter()
                .enumerate()
                .map(|(index, item)| format!("{}. {item}", index + 1))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::BulletList(items) => items
                .iter()
                .map(|item| format!("- {item}"))
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect();
    let mut out = rendered.join("\n\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out
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

    #[test]
    fn strings_are_escaped() {
        assert_eq!(
            string(r#"IOM has launched the new "Counter-Trafficking" \ project"#),
            r#""IOM has launched the new \"Counter-Trafficking\" \\ project""#
        );
        assert_eq!(string("a\u{7}b"), "\"a\\u0007b\"");
    }

    #[test]
    fn articles_follow_the_documented_layout() {
        let file = ArticleFile {
            title: "T".into(),
            start: Some(Date::parse("2016-11-22").unwrap()),
            end: Some(Date::parse("2016-11-24").unwrap()),
            places: vec!["baku".into()],
            projects: vec![],
            donors: vec!["us-inl".into()],
            topics: vec!["border-management".into()],
            title_from_text: true,
            editor_notes: vec!["Check \"Phase VI\".".into()],
            body: vec![
                Block::Paragraph("First.".into()),
                Block::NumberedList(vec!["One".into(), "Two".into()]),
                Block::Paragraph("Last.".into()),
            ],
        };
        assert_eq!(
            article(&file),
            "+++\ntitle = \"T\"\nstart = \"2016-11-22\"\nend = \"2016-11-24\"\nplaces = [\"baku\"]\nprojects = []\n\
             donors = [\"us-inl\"]\ntopics = [\"border-management\"]\ntitle_from_text = true\n\
             editor_notes = [\"Check \\\"Phase VI\\\".\"]\n+++\n\nFirst.\n\n1. One\n2. Two\n\nLast.\n"
        );
    }

    #[test]
    fn undated_articles_say_so() {
        let file = ArticleFile {
            title: "T".into(),
            start: None,
            end: None,
            places: vec![],
            projects: vec![],
            donors: vec![],
            topics: vec![],
            title_from_text: false,
            editor_notes: vec![],
            body: vec![Block::Paragraph("Text.".into())],
        };
        assert!(article(&file).contains("\nundated = true\n"));
        assert!(!article(&file).contains("start ="));
    }
}
