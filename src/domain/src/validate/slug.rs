//! Slugs: the URL segment of an article, project or vacancy, and the id of a taxonomy term.

/// Longest slug accepted; longer ones make unwieldy URLs.
pub const MAX_SLUG_LEN: usize = 100;

/// Why `slug` cannot be a URL segment, or `None` when it is fine. Slugs are lowercase ASCII
/// letters, digits and single hyphens, neither starting nor ending with a hyphen.
pub fn slug_error(slug: &str) -> Option<String> {
    if slug.is_empty() {
        return Some("the slug is empty".into());
    }
    if slug.len() > MAX_SLUG_LEN {
        return Some(format!(
            "slug \"{slug}\" is {} characters long; the limit is {MAX_SLUG_LEN}",
            slug.len()
        ));
    }
    if let Some(bad) = slug
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        let hint = if bad.is_ascii_uppercase() {
            " (use lowercase)"
        } else {
            ""
        };
        return Some(format!(
            "slug \"{slug}\" contains {bad:?}{hint}: only lowercase ASCII letters, digits and single hyphens are allowed"
        ));
    }
    if slug.starts_with('-') || slug.ends_with('-') || slug.contains("--") {
        return Some(format!(
            "slug \"{slug}\" must not start or end with a hyphen or contain two hyphens in a row"
        ));
    }
    None
}

/// The form under which two slugs count as the same (URLs are matched case-insensitively by
/// some servers and by people typing them).
pub fn slug_key(slug: &str) -> String {
    slug.to_lowercase()
}

/// Pairs `(first, repeat)` of indexes whose slugs are equal ignoring case, in input order.
pub fn duplicate_slugs<'a>(slugs: impl IntoIterator<Item = &'a str>) -> Vec<(usize, usize)> {
    let mut seen = std::collections::HashMap::new();
    let mut duplicates = Vec::new();
    for (index, slug) in slugs.into_iter().enumerate() {
        match seen.entry(slug_key(slug)) {
            std::collections::hash_map::Entry::Occupied(first) => {
                duplicates.push((*first.get(), index))
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(index);
            }
        }
    }
    duplicates
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_lowercase_digits_and_single_hyphens() {
        for slug in ["a", "counter-trafficking-2016", "2016", "x-1-y"] {
            assert_eq!(slug_error(slug), None, "{slug}");
        }
    }

    #[test]
    fn rejects_what_cannot_be_a_url_segment() {
        for slug in [
            "", "Foo", "a b", "a--b", "-a", "a-", "a_b", "a.b", "ä", "a/b", "a%20",
        ] {
            assert!(slug_error(slug).is_some(), "{slug:?} should be rejected");
        }
        assert!(slug_error(&"a".repeat(MAX_SLUG_LEN + 1))
            .unwrap()
            .contains("limit"));
        assert!(slug_error("Foo").unwrap().contains("use lowercase"));
    }

    #[test]
    fn finds_duplicates_ignoring_case() {
        assert_eq!(
            duplicate_slugs(["a", "b", "A", "c", "b"]),
            vec![(0, 2), (1, 4)]
        );
        assert!(duplicate_slugs(["a", "b"]).is_empty());
    }
}
