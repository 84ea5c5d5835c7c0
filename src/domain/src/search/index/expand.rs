//! From a query word to the index terms it matches, each with the weight of its kind of match:
//! the word itself (exact) > another form of the same English word (stem) > a longer word it
//! starts (prefix, closer lengths weigh more) > the word with one typo > a longer word whose
//! start is the word with one typo (a slip while still typing).
//!
//! Spellings of a taxonomy name (`Naxçıvan`, `Нахчыван`, `Nakhchivan`) are one word: a query
//! word that is a spelling matches what every spelling matches, and a term matched in any
//! way brings its other spellings at the same weight, so each spelling gives the same results.

use super::Dictionary;
use crate::search::fuzzy::{starts_within_one_edit, within_one_edit};
use crate::search::stem::stem_key;
use crate::search::tokenize::words;
use std::collections::HashSet;

const EXACT_WEIGHT: f32 = 1.0;
/// Below exact (and an article needing another form ranks after those matching exactly).
const STEM_WEIGHT: f32 = 0.7;
const PREFIX_WEIGHT_MIN: f32 = 0.45;
const PREFIX_WEIGHT_SPAN: f32 = 0.3;
const FUZZY_WEIGHT: f32 = 0.35;
/// Below a whole-word typo: the word is both unfinished and mistyped.
const FUZZY_PREFIX_WEIGHT: f32 = 0.3;

/// A query word of at least this many chars also matches longer words it starts.
pub const MIN_PREFIX_CHARS: usize = 2;
/// A query word of at least this many chars forgives one typo.
pub const MIN_FUZZY_CHARS: usize = 5;
/// A query word of at least this many chars also matches longer words whose start is within
/// one typo of it, the first letter excepted ("readmsi" finds "readmission"). A slip costs the
/// typed part one letter, and six letters start few words: on the real content and the 10,000
/// article archive no correctly typed word of the benchmark gains a result from this rule at
/// 7, while at 6 "readmi" and at 5 "train" do.
pub const MIN_FUZZY_PREFIX_CHARS: usize = 7;
/// Further query words are ignored: it bounds the work a pasted page can cause.
pub const MAX_QUERY_WORDS: usize = 16;

/// A query word expanded to the index terms it matches, each once with its best weight.
#[derive(Clone, Debug, Default)]
pub struct ExpandedWord {
    pub variants: Vec<Variant>,
}

/// One index term a query word matches.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Variant {
    pub term: u32,
    pub weight: f32,
    /// The word itself (or another spelling of the same name), not a prefix, a typo or
    /// another form: an article matching every query word exactly ranks above any that needs
    /// one of those (`SearchIndex::search`).
    pub exact: bool,
}

impl Variant {
    fn exact(term: u32) -> Variant {
        Variant {
            term,
            weight: EXACT_WEIGHT,
            exact: true,
        }
    }

    fn near(term: u32, weight: f32) -> Variant {
        Variant {
            term,
            weight,
            exact: false,
        }
    }
}

impl Dictionary {
    /// The distinct words of `query` (at most `MAX_QUERY_WORDS`), each expanded.
    pub(crate) fn expand(&self, query: &str) -> Vec<ExpandedWord> {
        let mut seen = HashSet::new();
        let mut expanded = Vec::new();
        for word in words(query) {
            if expanded.len() == MAX_QUERY_WORDS {
                break;
            }
            if seen.insert(word.clone()) {
                expanded.push(self.expand_word(&word));
            }
        }
        expanded
    }

    fn expand_word(&self, word: &str) -> ExpandedWord {
        let mut variants = Vec::new();
        let spellings = self.spellings.members(word);
        if spellings.is_empty() {
            self.add_matches(word, &mut variants);
        } else {
            for &spelling in spellings {
                self.add_matches(self.term(spelling), &mut variants);
            }
        }
        for at in 0..variants.len() {
            let variant = variants[at];
            let others = self.spellings.members(self.term(variant.term));
            variants.extend(others.iter().map(|&term| Variant { term, ..variant }));
        }
        // Keep each term once, with its best weight (exact when it matched exactly). The
        // standard sort, as in the ranking's (`rank`): this runs at every keystroke.
        variants.sort_unstable_by(|a, b| a.term.cmp(&b.term).then(b.weight.total_cmp(&a.weight)));
        let mut merged: Vec<Variant> = Vec::with_capacity(variants.len());
        for variant in variants {
            match merged.last_mut() {
                Some(last) if last.term == variant.term => last.exact |= variant.exact,
                _ => merged.push(variant),
            }
        }
        ExpandedWord { variants: merged }
    }

    /// Every term `word` matches, with the weight of each way it matches (a term may appear
    /// more than once).
    fn add_matches(&self, word: &str, variants: &mut Vec<Variant>) {
        let chars = word.chars().count();
        let first = self.terms.partition_point(|term| &**term < word);
        if self.terms.get(first).is_some_and(|term| &**term == word) {
            variants.push(Variant::exact(first as u32));
        }
        if let Some(key) = stem_key(word) {
            let forms = self.stems.members(&key).iter();
            variants.extend(forms.map(|&term| Variant::near(term, STEM_WEIGHT)));
        }
        if chars >= MIN_PREFIX_CHARS {
            for (id, term) in self.terms.iter().enumerate().skip(first) {
                if !term.starts_with(word) {
                    break;
                }
                if &**term != word {
                    let closeness = chars as f32 / term.chars().count() as f32;
                    variants.push(Variant::near(
                        id as u32,
                        PREFIX_WEIGHT_MIN + PREFIX_WEIGHT_SPAN * closeness,
                    ));
                }
            }
        }
        if chars >= MIN_FUZZY_CHARS {
            let lengths = chars - 1..=chars + 1;
            for ids in lengths.filter_map(|length| self.by_length.get(length)) {
                for &id in ids {
                    let term = &self.terms[id as usize];
                    if !term.starts_with(word) && within_one_edit(term, word) {
                        variants.push(Variant::near(id, FUZZY_WEIGHT));
                    }
                }
            }
        }
        if chars >= MIN_FUZZY_PREFIX_CHARS {
            self.add_typo_prefixes(word, variants);
        }
    }

    /// Longer words whose start is within one typo of `word`: only those with its first
    /// letter, a contiguous run of the sorted terms.
    fn add_typo_prefixes(&self, word: &str, variants: &mut Vec<Variant>) {
        let Some(first_letter) = word.chars().next() else {
            return;
        };
        let mut buffer = [0; 4];
        let initial: &str = first_letter.encode_utf8(&mut buffer);
        let start = self.terms.partition_point(|term| &**term < initial);
        for (id, term) in self.terms.iter().enumerate().skip(start) {
            if !term.starts_with(initial) {
                break;
            }
            if !term.starts_with(word) && starts_within_one_edit(term, word) {
                variants.push(Variant::near(id as u32, FUZZY_PREFIX_WEIGHT));
            }
        }
    }
}
