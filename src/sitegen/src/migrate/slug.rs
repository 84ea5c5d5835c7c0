//! URL slugs from titles: lowercase ASCII letters, digits and single hyphens, cut at a word
//! boundary so they stay short, made unique by a numeric suffix.

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
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if let Some(plain) = fold_letter(c) {
            slug.push(plain);
        } else if matches!(c, '\'' | '’' | '‘') {
            // "IOM’s" -> "ioms", not "iom-s".
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

/// Latin letters with accents the legacy text uses ("vis-à-vis").
fn fold_letter(c: char) -> Option<char> {
    let plain = match c.to_lowercase().next()? {
        'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'ə' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ı' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ş' => 's',
        'ğ' => 'g',
        _ => return None,
    };
    Some(plain)
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
