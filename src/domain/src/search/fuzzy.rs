//! One-typo matching: Damerau–Levenshtein (optimal string alignment) distance of at most 1,
//! i.e. one inserted, deleted or substituted letter, or two adjacent letters swapped.

/// Whether `a` and `b` differ by at most one edit, counting chars (not bytes).
pub fn within_one_edit(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return slices_within_one_edit(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    slices_within_one_edit(&a, &b)
}

pub fn slices_within_one_edit<T: Eq>(a: &[T], b: &[T]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[common..], &b[common..]);
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Equal => {
            a.len() <= 1 || a[1..] == b[1..] || (a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..])
        }
        std::cmp::Ordering::Greater => a[1..] == *b,
        std::cmp::Ordering::Less => *a == b[1..],
    }
}

#[cfg(test)]
mod tests {
    use super::within_one_edit;

    #[test]
    fn one_edit_of_each_kind() {
        assert!(within_one_edit("migration", "migration"));
        assert!(within_one_edit("migration", "migraton")); // deletion
        assert!(within_one_edit("migraton", "migration")); // insertion
        assert!(within_one_edit("migration", "migretion")); // substitution
        assert!(within_one_edit("migration", "imgration")); // swap at the start
        assert!(within_one_edit("migration", "migratino")); // swap at the end
        assert!(within_one_edit("migration", "migrationx")); // extra letter at the end
    }

    #[test]
    fn two_edits_are_rejected() {
        assert!(!within_one_edit("migration", "migrtaon"));
        assert!(!within_one_edit("migration", "migrat"));
        assert!(!within_one_edit("border", "brodre"));
        assert!(!within_one_edit("abc", "cba"));
        assert!(!within_one_edit("abcd", "badc"));
    }

    #[test]
    fn counts_chars_not_bytes() {
        assert!(within_one_edit("şəhər", "şəhar"));
        assert!(within_one_edit("миграция", "мигарция"));
        assert!(!within_one_edit("миграция", "мгираця"));
    }
}
