//! Full-text search over the news articles, entirely in memory: a compact inverted index
//! ranked with BM25F, English word forms (stemming), every spelling of a taxonomy name, prefix
//! matching while typing, one typo forgiven in longer words (also in the part of a word typed
//! so far), and highlighting of the matched words.

mod fuzzy;
mod hash;
mod highlight;
mod index;
mod pieces;
mod stem;
mod tokenize;

pub use fuzzy::within_one_edit;
pub use highlight::{Highlighter, Segment};
pub use index::{
    IndexStats, SearchHit, SearchIndex, MAX_QUERY_WORDS, MIN_FUZZY_CHARS, MIN_FUZZY_PREFIX_CHARS,
    MIN_PREFIX_CHARS,
};
pub use pieces::{search_files, SearchFiles, SearchPieces};
pub use tokenize::{for_each_word, words, MAX_TERM_CHARS};

#[cfg(test)]
mod forms_tests;
#[cfg(test)]
mod tag_tests;
#[cfg(test)]
mod tests;
