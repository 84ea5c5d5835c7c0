//! From the legacy page's text to the content files: segment, date, tag, curate, render.

use crate::curated::{
    Override, DONORS, EDITOR_NOTES, GOVERNMENT_PARTNERS, HEADLESS_TITLES, HISTORY, OVERRIDES,
    PHOTO_CREDIT, PHOTO_CREDITED, PLACES, PROJECTS, SIDEBAR_INTRO, SITE_NAME, SITE_URL, TOPICS,
};
use crate::dates::{self, EventDate, Mention};
use crate::render;
use crate::{clean, curated, segment, site, slug, tagging};
use site_domain::source::files::{ArticleFront, ProjectFront, SiteFile};
use site_domain::source::TextBlocks;
use site_domain::Block;
use std::collections::HashSet;
use std::path::PathBuf;

/// An article before it is written.
struct Draft {
    slug: String,
    front: ArticleFront,
    body: Vec<Block>,
}

/// Every content file the legacy page yields, as (path relative to content/, text).
pub fn migrate(legacy: &str) -> Result<Vec<(PathBuf, String)>, String> {
    let page = clean::split_page(legacy)?;
    let items = segment::split_items(&page.news)?;
    let mut taken = HashSet::new();
    let mut drafts: Vec<Draft> = items
        .iter()
        .map(|item| draft(item, &mut taken))
        .collect::<Result<_, _>>()?;
    apply_curation(&mut drafts)?;

    let all_text: String = drafts
        .iter()
        .map(|draft| format!("{}\n{}", draft.front.title, block_text(&draft.body)))
        .collect::<Vec<_>>()
        .join("\n");
    check_verbatim(&all_text)?;

    let mut files = Vec::new();
    for draft in &drafts {
        files.push((
            PathBuf::from(format!("articles/{}.md", draft.slug)),
            render::article(&draft.front, &draft.body),
        ));
    }
    for project in PROJECTS {
        if !drafts
            .iter()
            .any(|draft| draft.front.projects.iter().any(|slug| slug == project.slug))
        {
            return Err(format!(
                "project \"{}\" is named by no article",
                project.slug
            ));
        }
        let front = ProjectFront {
            name: project.name.to_string(),
            short_name: project.short_name.map(str::to_string),
            donors: strings(project.donors),
            editor_notes: strings(project.editor_notes),
            images: Vec::new(),
        };
        let summary: Vec<Block> = project
            .summary
            .iter()
            .map(|sentence| Block::Paragraph((*sentence).into()))
            .collect();
        files.push((
            PathBuf::from(format!("projects/{}.md", project.slug)),
            render::project(&front, &summary),
        ));
    }
    let pairs = |table: &'static [curated::Entry]| {
        table
            .iter()
            .map(|entry| (entry.slug, entry.name))
            .collect::<Vec<_>>()
    };
    files.push((
        PathBuf::from("taxonomies.toml"),
        render::taxonomies(&pairs(DONORS), &pairs(TOPICS), &pairs(PLACES)),
    ));

    let used_topics: Vec<String> = TOPICS
        .iter()
        .filter(|topic| {
            drafts
                .iter()
                .any(|draft| draft.front.topics.iter().any(|slug| slug == topic.slug))
        })
        .map(|topic| topic.slug.to_string())
        .collect();
    let paragraphs = |texts: &[&str]| {
        TextBlocks(
            texts
                .iter()
                .map(|text| Block::Paragraph((*text).into()))
                .collect(),
        )
    };
    let site = SiteFile {
        name: SITE_NAME.to_string(),
        url: SITE_URL.to_string(),
        member_state_since: site::member_state_since(&page.chrome)?,
        intro: paragraphs(&[SIDEBAR_INTRO]),
        history: paragraphs(HISTORY),
        areas: used_topics,
        government_partners: strings(GOVERNMENT_PARTNERS),
        contact: site::contact(&page.footer)?,
        kiosk: Default::default(),
    };
    files.push((PathBuf::from("site.toml"), render::site(&site)));
    Ok(files)
}

fn draft(item: &segment::Item, taken: &mut HashSet<String>) -> Result<Draft, String> {
    let body_text = block_text(&item.blocks);
    let (title, title_from_text) = match &item.heading {
        Some(heading) => (heading.clone(), false),
        None => (title_from_first_sentence(&item.blocks), true),
    };
    let slug = slug::unique(slug::slugify(&title), taken);
    if slug.is_empty() {
        return Err(format!(
            "line {}: the title \"{title}\" gives an empty slug",
            item.line
        ));
    }

    let mut editor_notes = date_notes(&dates::find_dates(&body_text));
    let (start, end) = match dates::event_date(&body_text) {
        EventDate::Dated { start, end } => (Some(start), end),
        EventDate::Undated => {
            editor_notes.push(
                "The legacy item gives no date anywhere in its text, so it is marked undated; add the date if it is known."
                    .to_string(),
            );
            (None, None)
        }
    };
    if item.lost_photo {
        editor_notes.push(lost_photo_note());
    }
    let text = format!("{title}\n{body_text}");
    Ok(Draft {
        slug,
        front: ArticleFront {
            title: title.clone(),
            start,
            end,
            undated: start.is_none(),
            places: strings(&tagging::places_in(&text)),
            projects: strings(&tagging::projects_in(&text)),
            donors: strings(&tagging::donors_in(&text)),
            topics: strings(&tagging::topics_in(&title, &body_text)),
            title_from_text,
            editor_notes,
            links: Vec::new(),
            images: Vec::new(),
        },
        body: item.blocks.clone(),
    })
}

/// The legacy page's photo captions survived the scrape, their photos did not.
fn lost_photo_note() -> String {
    format!(
        "The legacy page showed a photo with this article, credited “{PHOTO_CREDIT}”; the scrape kept \
         the credit but lost the photo. If you find it, add it to the article as an [[images]] entry with \
         credit = \"{PHOTO_CREDITED}\"."
    )
}

/// Dates that cannot be right as written: impossible days, weekdays that do not match.
fn date_notes(found: &[dates::Found]) -> Vec<String> {
    let mut notes = Vec::new();
    for item in found {
        match (&item.mention, item.weekday) {
            (Mention::Invalid { reason }, _) => {
                notes.push(format!("“{}” is not a real date: {reason}.", item.text))
            }
            (Mention::Days { first, last }, Some(weekday))
                if first == last && dates::weekday_of(*first) != weekday =>
            {
                notes.push(format!(
                    "“{}”: {first} was a {}, not a {}.",
                    item.text,
                    dates::weekday_name(dates::weekday_of(*first)),
                    dates::weekday_name(weekday)
                ))
            }
            _ => {}
        }
    }
    notes
}

/// The curated title for a heading-less item, or its first sentence without the date lead.
fn title_from_first_sentence(blocks: &[Block]) -> String {
    let texts = blocks.first().map(Block::texts).unwrap_or_default();
    let first = texts.first().map_or("", |text| text.as_ref());
    if let Some((_, title)) = HEADLESS_TITLES
        .iter()
        .find(|(start, _)| first.starts_with(start))
    {
        return title.to_string();
    }
    let sentence = first_sentence(first);
    let without_date = match sentence.split_once(", ") {
        Some((lead, rest)) if lead.starts_with("On ") && !dates::find_dates(lead).is_empty() => {
            rest
        }
        _ => sentence,
    };
    let mut title: String = without_date.trim_end_matches('.').to_string();
    if let Some(first_char) = title.chars().next() {
        title.replace_range(
            ..first_char.len_utf8(),
            &first_char.to_uppercase().to_string(),
        );
    }
    title
}

/// Up to the first full stop that ends a sentence (not "Mr." or "H.E.").
pub fn first_sentence(text: &str) -> &str {
    const ABBREVIATIONS: [&str; 6] = ["Mr", "Ms", "Dr", "Prof", "H.E", "U.S"];
    for (index, _) in text.match_indices(". ") {
        let word_before = text[..index].rsplit(' ').next().unwrap_or_default();
        let next = text[index + 2..].chars().next();
        if !ABBREVIATIONS.contains(&word_before) && next.is_some_and(char::is_uppercase) {
            return &text[..=index];
        }
    }
    text
}

fn apply_curation(drafts: &mut [Draft]) -> Result<(), String> {
    let find = |drafts: &mut [Draft], slug: &str, table: &str| -> Result<usize, String> {
        drafts.iter().position(|draft| draft.slug == slug).ok_or_else(|| format!("curated {table} name the article \"{slug}\", which the migration does not produce"))
    };
    for entry in OVERRIDES {
        let index = find(drafts, entry.slug, "overrides")?;
        apply_override(&mut drafts[index].front, entry)?;
    }
    for (slug, notes) in EDITOR_NOTES {
        let index = find(drafts, slug, "editor notes")?;
        drafts[index]
            .front
            .editor_notes
            .extend(notes.iter().map(|note| note.to_string()));
    }
    Ok(())
}

fn apply_override(file: &mut ArticleFront, entry: &Override) -> Result<(), String> {
    let known = |table: &[&str], slugs: &[&str], what: &str| -> Result<(), String> {
        match slugs.iter().find(|slug| !table.contains(slug)) {
            Some(unknown) => Err(format!(
                "override for \"{}\": unknown {what} \"{unknown}\"",
                entry.slug
            )),
            None => Ok(()),
        }
    };
    let topic_slugs: Vec<&str> = TOPICS.iter().map(|entry| entry.slug).collect();
    let place_slugs: Vec<&str> = PLACES.iter().map(|entry| entry.slug).collect();
    let donor_slugs: Vec<&str> = DONORS.iter().map(|entry| entry.slug).collect();
    let project_slugs: Vec<&str> = PROJECTS.iter().map(|entry| entry.slug).collect();
    known(&topic_slugs, entry.add_topics, "topic")?;
    known(&topic_slugs, entry.remove_topics, "topic")?;
    known(&place_slugs, entry.add_places, "place")?;
    known(&place_slugs, entry.remove_places, "place")?;
    known(&donor_slugs, entry.add_donors, "donor")?;
    known(&project_slugs, entry.add_projects, "project")?;
    let adjust = |current: &mut Vec<String>, table: &[&str], add: &[&str], remove: &[&str]| {
        let keep = |slug: &&str| {
            (current.iter().any(|have| have == *slug) || add.contains(slug))
                && !remove.contains(slug)
        };
        *current = table
            .iter()
            .copied()
            .filter(keep)
            .map(str::to_string)
            .collect();
    };
    adjust(
        &mut file.topics,
        &topic_slugs,
        entry.add_topics,
        entry.remove_topics,
    );
    adjust(
        &mut file.places,
        &place_slugs,
        entry.add_places,
        entry.remove_places,
    );
    adjust(&mut file.donors, &donor_slugs, entry.add_donors, &[]);
    adjust(&mut file.projects, &project_slugs, entry.add_projects, &[]);
    Ok(())
}

/// Curated sentences said to be verbatim from the articles must be.
fn check_verbatim(all_text: &str) -> Result<(), String> {
    let sentences = HISTORY
        .iter()
        .chain(PROJECTS.iter().flat_map(|project| project.summary));
    if let Some(missing) = sentences
        .clone()
        .find(|sentence| !all_text.contains(*sentence))
    {
        return Err(format!(
            "curated sentence not found verbatim in any article: \"{missing}\""
        ));
    }
    if let Some(missing) = GOVERNMENT_PARTNERS
        .iter()
        .find(|name| !all_text.contains(*name))
    {
        return Err(format!(
            "curated government partner not named in any article: \"{missing}\""
        ));
    }
    Ok(())
}

fn block_text(blocks: &[Block]) -> String {
    blocks
        .iter()
        .flat_map(Block::texts)
        .collect::<Vec<_>>()
        .join("\n")
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| item.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentences_skip_abbreviations() {
        assert_eq!(
            first_sentence("Opened by Mr. Serhan Aktoprak. Then more."),
            "Opened by Mr. Serhan Aktoprak."
        );
        assert_eq!(first_sentence("No full stop"), "No full stop");
    }

    #[test]
    fn titles_from_text_drop_the_date_lead() {
        let blocks = [Block::Paragraph(
            "On 3 May 2016, IOM opened an office in Ganja. It is new.".into(),
        )];
        assert_eq!(
            title_from_first_sentence(&blocks),
            "IOM opened an office in Ganja"
        );
    }
}
