//! One sort for the code the app runs. The standard library's sorts are compiled anew for each
//! element type and comparison (2–3 KB of wasm each, a dozen of them in the app); these sort
//! positions with one compiled copy, then move the items into that order. Each comparison is
//! an indirect call: sorts of up to every article or term (the search's ranking at every
//! keystroke, a dictionary as it loads) keep the standard sort.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably (equal items keep their order).
pub fn sort_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|position| slots[position].take()),
    );
}

/// Sorts `items` in their natural order, stably.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// Sorts `items` and keeps one of each.
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort(items);
    items.dedup();
}

/// The positions `0..len` in the order `compare` gives them: the one instance of the sort.
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_items_in_order() {
        // Pairs compared by their first member only: stability shows in the second.
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        let mut expected = items.clone();
        expected.sort_by_key(|item| item.0);
        sort_by(&mut items, |a, b| a.0.cmp(&b.0));
        assert_eq!(items, expected);
        assert_eq!(
            items,
            [(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
    }

    #[test]
    fn sorts_owned_values_without_losing_any() {
        let mut words: Vec<String> = ["pear", "apple", "fig", "apple", ""]
            .map(String::from)
            .to_vec();
        sort(&mut words);
        assert_eq!(words, ["", "apple", "apple", "fig", "pear"]);
        sort_dedup(&mut words);
        assert_eq!(words, ["", "apple", "fig", "pear"]);
    }

    #[test]
    fn sorts_empty_and_single_lists_and_in_reverse() {
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort_by(&mut one, |a, b| b.cmp(a));
        assert_eq!(one, [7]);
        let mut years = vec![2019, 2023, 2021, 2023];
        sort_by(&mut years, |a, b| b.cmp(a));
        assert_eq!(years, [2023, 2023, 2021, 2019]);
    }
}
