//! "Did you mean …?" for misspelt field names.

/// The candidate closest to `typed`, if it is close enough to be a likely typo.
pub fn closest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let typed_lower = typed.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| (edit_distance(&typed_lower, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= tolerance(candidate))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// How many edits still look like a typo of `candidate`.
fn tolerance(candidate: &str) -> usize {
    match candidate.chars().count() {
        0..=3 => 1,
        length => (length / 3).max(2),
    }
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// " (did you mean `x`?)" or a list of what is allowed.
pub fn hint(typed: &str, candidates: &[&str]) -> String {
    match closest(typed, candidates.iter().copied()) {
        Some(best) => format!("did you mean `{best}`?"),
        None => format!("allowed fields: {}", candidates.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_field() {
        let fields = ["title", "start", "end", "places", "topics"];
        assert_eq!(closest("tittle", fields), Some("title"));
        assert_eq!(closest("Title", fields), Some("title"));
        assert_eq!(closest("topic", fields), Some("topics"));
        assert_eq!(closest("strat", fields), Some("start"));
        assert_eq!(closest("colour", fields), None);
        assert!(hint("colour", &fields).contains("allowed fields: title, start"));
    }
}
