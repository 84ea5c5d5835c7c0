//! URL slugs from titles: lowercase ASCII letters, digits and single hyphens, cut at a word
//! boundary so they stay short, made unique by a numeric suffix.

use site_domain::fold::fold_char_into;
use std::collections::HashSet;

pub const MAX_SLUG_CHARS: usize = 80;

/// Words a cut slug should not end on ("...-of-the-republic-of" -> "...-of-the-republic").
const DANGLING_WORDS: [&str; 15] = [
    "a", "an", "and", "at", "by", "for", "from", "in", "its", "of", "on", "the", "to", "with",
    "within",
];

pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if matches!(c, '\'' | '’' | '‘') {
            continue; // "IOM’s" -> "ioms", not "iom-s".
        }
        // Folded as search folds it: "à" -> "a", "ə" -> "e"; a combining accent folds to nothing.
        let mut folded = String::new();
        fold_char_into(c, &mut folded);
        if folded.chars().all(|f| f.is_ascii_alphanumeric()) {
            slug.push_str(&folded);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.len() <= MAX_SLUG_CHARS {
        return slug.to_string();
    }
    let cut = &slug[..=MAX_SLUG_CHARS];
    let mut cut = match cut.rfind('-') {
        Some(boundary) => &cut[..boundary],
        None => &slug[..MAX_SLUG_CHARS],
    };
    while let Some((rest, last)) = cut.rsplit_once('-') {
        if !DANGLING_WORDS.contains(&last) {
            break;
        }
        cut = rest;
    }
    cut.to_string()
}

/// `slug`, or `slug-2`, `slug-3`, ... if already taken; records the result as taken.
pub fn unique(slug: String, taken: &mut HashSet<String>) -> String {
    let mut candidate = slug.clone();
    let mut counter = 2;
    while taken.contains(&candidate) {
        candidate = format!("{slug}-{counter}");
        counter += 1;
    }
    taken.insert(candidate.clone());
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_ascii_with_single_hyphens() {
        assert_eq!(
            slugify("Launch Event for the ‘Two Little Girls’ campaign in Azerbaijan"),
            "launch-event-for-the-two-little-girls-campaign-in-azerbaijan"
        );
        assert_eq!(
            slugify("IOM’s 20th Anniversary — vis-à-vis"),
            "ioms-20th-anniversary-vis-a-vis"
        );
        assert_eq!(slugify("Bakı, Gəncə, Şəki"), "baki-gence-seki");
        assert_eq!(slugify("Cafe\u{301} Straße"), "cafe-strasse");
        assert_eq!(
            slugify("  Public service announcement. "),
            "public-service-announcement"
        );
    }

    #[test]
    fn long_titles_are_cut_at_a_word_boundary() {
        let slug = slugify(
            "IOM and the Academy of Public Administration under the President of the Republic of Azerbaijan continue contributing",
        );
        assert!(slug.len() <= MAX_SLUG_CHARS, "{slug}");
        assert_eq!(
            slug,
            "iom-and-the-academy-of-public-administration-under-the-president-of-the-republic"
        );
        assert!(!slug.ends_with('-'));
        let slug = slugify(
            "Launch of e-Service for the State Migration Service of the Republic of Azerbaijan",
        );
        assert_eq!(
            slug, "launch-of-e-service-for-the-state-migration-service-of-the-republic",
            "no dangling \"of\""
        );
        assert_eq!(
            slugify("Short title of the"),
            "short-title-of-the",
            "short titles are left whole"
        );
    }

    #[test]
    fn taken_slugs_get_a_suffix() {
        let mut taken = HashSet::new();
        assert_eq!(unique("news".into(), &mut taken), "news");
        assert_eq!(unique("news".into(), &mut taken), "news-2");
        assert_eq!(unique("news".into(), &mut taken), "news-3");
    }
}
