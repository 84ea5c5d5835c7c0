//! One-typo matching: Damerau–Levenshtein (optimal string alignment) distance of at most 1,
//! i.e. one inserted, deleted or substituted letter, or two adjacent letters swapped; of a
//! whole word, or of the part of a word typed so far.

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

/// Whether some start of `term` is within one edit of `typed`: the visitor may still be
/// typing `term` and made one slip ("trafick" starts "trafficking" less one letter). Counts
/// chars.
pub fn starts_within_one_edit(term: &str, typed: &str) -> bool {
    if term.is_ascii() && typed.is_ascii() {
        return slices_start_within_one_edit(term.as_bytes(), typed.as_bytes());
    }
    let term: Vec<char> = term.chars().collect();
    let typed: Vec<char> = typed.chars().collect();
    slices_start_within_one_edit(&term, &typed)
}

fn slices_start_within_one_edit<T: Eq>(term: &[T], typed: &[T]) -> bool {
    let common = term.iter().zip(typed).take_while(|(a, b)| a == b).count();
    let (term, typed) = (&term[common..], &typed[common..]);
    let Some((_, typed_rest)) = typed.split_first() else {
        return true;
    };
    let Some((_, term_rest)) = term.split_first() else {
        // The word ends where the typed text has one letter more.
        return typed_rest.is_empty();
    };
    term_rest.starts_with(typed_rest) // a letter typed wrong
        || term.starts_with(typed_rest) // a letter too many
        || term_rest.starts_with(typed) // a letter missed
        || (typed.len() >= 2 && term.len() >= 2
            && typed[0] == term[1]
            && typed[1] == term[0]
            && term[2..].starts_with(&typed[2..])) // two letters swapped
}

#[cfg(test)]
mod tests {
    use super::{starts_within_one_edit, within_one_edit};

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
    fn a_typo_in_the_part_typed_so_far() {
        assert!(starts_within_one_edit("readmission", "readmsi")); // swap
        assert!(starts_within_one_edit("trafficking", "trafick")); // missed letter
        assert!(starts_within_one_edit("trafficking", "trafficc")); // wrong letter
        assert!(starts_within_one_edit("trafficking", "traffiicking")); // letter too many
        assert!(starts_within_one_edit("trafficking", "traffic")); // no typo at all
        assert!(starts_within_one_edit("migration", "migrationx"));
        assert!(starts_within_one_edit("миграция", "мигар"));
        assert!(!starts_within_one_edit("trafficking", "trfaick")); // two slips
        assert!(!starts_within_one_edit("readmission", "redamsi"));
        assert!(!starts_within_one_edit("migration", "migrationxx"));
        assert!(!starts_within_one_edit("border", "brodre"));
    }

    #[test]
    fn counts_chars_not_bytes() {
        assert!(within_one_edit("şəhər", "şəhar"));
        assert!(within_one_edit("миграция", "мигарция"));
        assert!(!within_one_edit("миграция", "мгираця"));
    }
}
