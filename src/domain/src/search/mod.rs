//! Full-text search over the news articles, entirely in memory: a compact inverted index
//! ranked with BM25F, prefix matching while typing, one typo forgiven in longer words, and
//! highlighting of the matched words.

mod fuzzy;
mod hash;
mod highlight;
mod index;
mod stem;
mod tokenize;

pub use fuzzy::within_one_edit;
pub use highlight::{Highlighter, Segment};
pub use index::{
    IndexStats, SearchHit, SearchIndex, MAX_QUERY_WORDS, MIN_FUZZY_CHARS, MIN_PREFIX_CHARS,
};
pub use tokenize::{for_each_word, words, MAX_TERM_CHARS};

#[cfg(test)]
mod forms_tests;
#[cfg(test)]
mod tag_tests;
#[cfg(test)]
mod tests;
