//! Applies the curated gazetteers to an article's text: projects, donors, topics and places.

use crate::curated::{
    Entry, DONORS, DONOR_COMPOUNDS, FUNDING_CUES, PLACES, PLACE_FALSE_FRIENDS, PROJECTS, TOPICS,
    TOPIC_MIN_MENTIONS,
};

/// Byte offsets of `needle` in `haystack` as a whole word (no letter or digit either side).
pub fn find_word(haystack: &str, needle: &str) -> Vec<usize> {
    let mut found = Vec::new();
    if needle.is_empty() {
        return found;
    }
    let mut from = 0;
    while let Some(offset) = haystack[from..].find(needle) {
        let start = from + offset;
        let end = start + needle.len();
        let before = haystack[..start].chars().next_back();
        let after = haystack[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            found.push(start);
        }
        from = start + needle.len();
    }
    found
}

fn blank_out(text: &str, needle: &str) -> String {
    let mut text = text.to_string();
    for start in find_word(&text.clone(), needle) {
        text.replace_range(start..start + needle.len(), &" ".repeat(needle.len()));
    }
    text
}

/// Projects whose name the text spells (any known spelling, any case), in curated order.
pub fn projects_in(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    PROJECTS
        .iter()
        .filter(|project| {
            project
                .aliases
                .iter()
                .any(|alias| !find_word(&lower, &alias.to_lowercase()).is_empty())
        })
        .map(|project| project.slug)
        .collect()
}

/// Donors the text names as paying: after a funding cue, up to the end of that sentence.
pub fn donors_in(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let mut windows = Vec::new();
    for cue in FUNDING_CUES {
        for start in find_word(&lower, cue) {
            let from = start + cue.len();
            let end = sentence_end(text, from);
            windows.push(&text[from..end]);
        }
    }
    let mut slugs: Vec<&'static str> = DONORS
        .iter()
        .filter(|donor| {
            windows.iter().any(|window| {
                donor
                    .aliases
                    .iter()
                    .any(|alias| !find_word(window, alias).is_empty())
            })
        })
        .map(|donor| donor.slug)
        .collect();
    for (compound, slug) in DONOR_COMPOUNDS {
        if !find_word(text, compound).is_empty() && !slugs.contains(slug) {
            slugs.push(slug);
        }
    }
    in_order(DONORS, slugs)
}

/// Topics named in the title, or often enough in the body (with project names blanked out).
pub fn topics_in(title: &str, body: &str) -> Vec<&'static str> {
    let without_projects = |text: &str| {
        let mut lower = text.to_lowercase();
        for alias in PROJECTS.iter().flat_map(|project| project.aliases) {
            lower = blank_out(&lower, &alias.to_lowercase());
        }
        lower
    };
    let (title, body) = (without_projects(title), without_projects(body));
    TOPICS
        .iter()
        .filter(|topic| {
            let aliases = topic.aliases.iter().map(|alias| alias.to_lowercase());
            let mut in_title = false;
            let mut in_body = 0;
            for alias in aliases {
                in_title |= !find_word(&title, &alias).is_empty();
                in_body += find_word(&body, &alias).len();
            }
            in_title || in_body >= TOPIC_MIN_MENTIONS
        })
        .map(|topic| topic.slug)
        .collect()
}

/// Places the text names (case-sensitive), ignoring names that only contain a place.
pub fn places_in(text: &str) -> Vec<&'static str> {
    let text = PLACE_FALSE_FRIENDS
        .iter()
        .fold(text.to_string(), |text, name| blank_out(&text, name));
    PLACES
        .iter()
        .filter(|place| {
            place
                .aliases
                .iter()
                .any(|alias| !find_word(&text, alias).is_empty())
        })
        .map(|place| place.slug)
        .collect()
}

/// The end of the sentence containing `from`: a full stop followed by a space or the end.
fn sentence_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    rest.match_indices('.')
        .map(|(offset, _)| from + offset)
        .find(|&end| {
            text[end + 1..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace)
        })
        .unwrap_or(text.len())
}

/// `slugs` sorted in the order of `table`, without duplicates.
pub fn in_order(table: &[Entry], slugs: Vec<&'static str>) -> Vec<&'static str> {
    table
        .iter()
        .map(|entry| entry.slug)
        .filter(|slug| slugs.contains(slug))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_whole() {
        assert_eq!(find_word("EU-funded by the EU", "EU"), vec![0, 17]);
        assert!(find_word("the EURO budget", "EU").is_empty());
        assert!(find_word("Bakunin", "Baku").is_empty());
    }

    #[test]
    fn every_spelling_of_a_donor_is_one_donor() {
        for text in [
            "The training was organized within the framework of the US Department of State (INL) funded project.",
            "funded by the United States Department of State, Bureau of International Narcotics and Law Enforcement Affairs and implemented by IOM.",
            "‘Phase V’ funded by Bureau of International Narcotics and Law Enforcement Affairs (INL), both implemented by IOM.",
        ] {
            assert_eq!(donors_in(text), vec!["us-inl"], "{text}");
        }
        assert_eq!(
            donors_in("funded by the European Union and co-funded by BP and its co-venturers. The EU Delegation attended."),
            vec!["eu", "bp"]
        );
        assert_eq!(
            donors_in("Within the framework of the EU-funded project"),
            vec!["eu"]
        );
    }

    #[test]
    fn donors_are_only_read_where_the_text_says_who_pays() {
        assert!(donors_in(
            "representatives of UNICEF, OSCE, USAID, UNHCR and the EU Delegation attended."
        )
        .is_empty());
        assert_eq!(
            donors_in("funded by USAID. Officials of the European Union spoke."),
            vec!["usaid"],
            "the window ends with the sentence"
        );
    }

    #[test]
    fn project_names_match_in_any_case_and_spelling() {
        let text = "‘Enhancing Cooperation Measures To Effectively Combat Trafficking in Persons Through Capacity Building’";
        assert_eq!(
            projects_in(text),
            vec!["enhancing-cooperation-against-trafficking"]
        );
        assert_eq!(projects_in("the CMBA project"), vec!["cmba"]);
        assert_eq!(
            projects_in("‘Counter – Trafficking in Persons Activity’"),
            vec!["counter-trafficking-in-persons-activity"]
        );
    }

    #[test]
    fn topics_need_the_title_or_repeated_mentions_outside_project_names() {
        let body = "within the framework of the project ‘Consolidation of Migration and Border Management Capacities \
                    in Azerbaijan’ on border management";
        assert!(!topics_in("Seminar", body).contains(&"border-management"));
        assert!(topics_in(
            "Going beyond borders: building border health capacities",
            ""
        )
        .contains(&"migration-and-health"));
        assert!(
            topics_in("T", "trafficking in persons and human trafficking")
                .contains(&"counter-trafficking")
        );
        assert!(
            !topics_in("T", "its linkage to human trafficking").contains(&"counter-trafficking")
        );
    }

    #[test]
    fn places_ignore_names_that_only_contain_a_place() {
        assert_eq!(
            places_in("academics from Baku State University and the British Embassy Baku"),
            Vec::<&str>::new()
        );
        assert_eq!(
            places_in("a training in Baku and Nakhchivan Autonomous Republic"),
            vec!["baku", "nakhchivan"]
        );
    }
}
