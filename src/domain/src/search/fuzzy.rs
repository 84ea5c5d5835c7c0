//! One-typo matching: Damerau–Levenshtein (optimal string alignment) distance of at most 1,
//! i.e. one inserted, deleted or substituted letter, or two adjacent letters swapped; of a
//! whole word, or of the part of a word typed so far.

use super::tokenize::MAX_TERM_CHARS;

/// Whether `a` and `b` differ by at most one edit, counting chars (not bytes).
pub fn within_one_edit(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return slices_within_one_edit(a.as_bytes(), b.as_bytes());
    }
    if (a.is_ascii() && two_non_ascii(b)) || (b.is_ascii() && two_non_ascii(a)) {
        return false;
    }
    with_chars(a, b, slices_within_one_edit)
}

/// Calls `compare` with the chars of `a` and `b`, on the stack for words the tokenizer makes
/// (this runs for every term a query word is compared with).
fn with_chars(a: &str, b: &str, compare: fn(&[char], &[char]) -> bool) -> bool {
    let (mut a_chars, mut b_chars) = (['\0'; MAX_TERM_CHARS], ['\0'; MAX_TERM_CHARS]);
    // The count of chars copied, None when `text` does not fit.
    let fill = |text: &str, buffer: &mut [char; MAX_TERM_CHARS]| {
        let mut chars = text.chars();
        for (count, slot) in buffer.iter_mut().enumerate() {
            match chars.next() {
                Some(c) => *slot = c,
                None => return Some(count),
            }
        }
        chars.next().is_none().then_some(MAX_TERM_CHARS)
    };
    match (fill(a, &mut a_chars), fill(b, &mut b_chars)) {
        (Some(a_len), Some(b_len)) => compare(&a_chars[..a_len], &b_chars[..b_len]),
        _ => {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            compare(&a, &b)
        }
    }
}

fn slices_within_one_edit<T: Eq>(a: &[T], b: &[T]) -> bool {
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
    if term.is_ascii() && two_non_ascii(typed) {
        return false;
    }
    with_chars(term, typed, slices_start_within_one_edit)
}

/// One edit changes at most one char, so ASCII text is never one edit from text with two
/// non-ASCII chars: most terms are ASCII, and a Cyrillic query word skips them at once.
fn two_non_ascii(text: &str) -> bool {
    text.chars().filter(|c| !c.is_ascii()).nth(1).is_some()
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
        assert!(starts_within_one_edit("abcdefgəə", "abcdefx"));
        assert!(!starts_within_one_edit("abcdefgh", "abcdeəə"));
        assert!(!starts_within_one_edit("trafficking", "trfaick")); // two slips
        assert!(!starts_within_one_edit("readmission", "redamsi"));
        assert!(!starts_within_one_edit("migration", "migrationxx"));
        assert!(!starts_within_one_edit("border", "brodre"));
    }

    #[test]
    fn words_longer_than_any_term_still_compare() {
        let long = "ə".repeat(60);
        assert!(within_one_edit(&long, &format!("{long}x")));
        assert!(starts_within_one_edit(&format!("{long}ab"), &long));
        assert!(!within_one_edit(&long, &"ə".repeat(58)));
    }

    #[test]
    fn counts_chars_not_bytes() {
        assert!(within_one_edit("şəhər", "şəhar"));
        assert!(within_one_edit("миграция", "мигарция"));
        assert!(!within_one_edit("миграция", "мгираця"));
    }
}
