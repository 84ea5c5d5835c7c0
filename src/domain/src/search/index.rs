//! The inverted index: folded term -> postings (article id, title, body and tag term
//! frequencies), ranked with BM25F (fields scored separately, title boosted, tags damped).
//!
//! Tags are the names and aliases of an article's places, projects, donors and topics: they let
//! an article be found by its taxonomy names, ranked below articles whose own words match, and
//! are never highlighted (they are not in the text shown).
//!
//! Terms are kept sorted so a prefix is a binary search plus a short walk, grouped by length
//! so the one-typo scan only looks at terms one char shorter, equal or one longer, and grouped
//! by English stem so a query word also finds the other forms of the word. How a query word
//! becomes the terms it matches is `expand`; building is `build`.

mod build;
mod expand;
mod groups;

use super::highlight::Highlighter;
use super::stem::stem_key;
use crate::news_query::FacetColumns;
pub(crate) use expand::ExpandedWord;
pub(crate) use groups::TermGroups;

/// A title match counts this many times a body match (with BM25 saturation a title-only hit
/// then outranks a body-only hit however often the body repeats the word).
const TITLE_BOOST: f32 = 3.0;
const K1: f32 = 1.2;
/// Titles vary little in length, so their length matters less than a body's.
const B_TITLE: f32 = 0.3;
const B_BODY: f32 = 0.75;
/// A tag match counts this fraction of a body match: enough to find the article, too little
/// to lift it above articles whose title or body has the word (a single body match only falls
/// below it in an article over seven times the average length).
const TAG_WEIGHT: f32 = 0.2;

use expand::Variant;
pub use expand::{MAX_QUERY_WORDS, MIN_FUZZY_CHARS, MIN_FUZZY_PREFIX_CHARS, MIN_PREFIX_CHARS};

/// One search result: `article` indexes the slice the index was built from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SearchHit {
    pub article: usize,
    pub score: f32,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchIndex {
    dictionary: Dictionary,
    postings: PostingTable,
    /// Year, topic, project, donor and place of every article, for the news filters.
    facets: FacetColumns,
}

/// What a query is matched against before any posting is read: the terms and their
/// groupings, and every article's length (for BM25). The search's pieces ship it whole
/// (`pieces`); the postings come in pieces.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Dictionary {
    /// Folded terms, sorted.
    pub terms: Vec<Box<str>>,
    /// Words per article title and body.
    pub title_len: Vec<u16>,
    pub body_len: Vec<u32>,
    /// Term ids grouped by the term's length in chars (index = length).
    pub by_length: Vec<Vec<u32>>,
    /// Term ids grouped by `stem_key`: the forms of each English word.
    pub stems: TermGroups,
    /// Per spelling of a taxonomy name (`naxcivan`), the term ids of all its spellings
    /// (`nakhchivan`, `naxcivan`, `нахчыван`, …), itself included.
    pub spellings: TermGroups,
}

/// The postings of the terms `first_term..first_term + offsets.len() - 1`: the whole index's,
/// or one piece's.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) struct PostingTable {
    pub first_term: u32,
    /// Postings of term `first_term + t` are `offsets[t]..offsets[t + 1]` of the four arrays.
    pub offsets: Vec<u32>,
    pub docs: Vec<u32>,
    pub title_tf: Vec<u16>,
    pub body_tf: Vec<u16>,
    pub tag_tf: Vec<u16>,
}

/// One term's postings, borrowed from a table.
#[derive(Clone, Copy)]
pub(crate) struct PostingList<'a> {
    pub docs: &'a [u32],
    pub title_tf: &'a [u16],
    pub body_tf: &'a [u16],
    pub tag_tf: &'a [u16],
}

impl PostingTable {
    pub fn new(first_term: u32) -> PostingTable {
        PostingTable {
            first_term,
            offsets: vec![0],
            ..PostingTable::default()
        }
    }

    /// Term `term`'s postings; the table must hold it.
    pub fn list(&self, term: u32) -> PostingList<'_> {
        let at = (term - self.first_term) as usize;
        let range = self.offsets[at] as usize..self.offsets[at + 1] as usize;
        PostingList {
            docs: &self.docs[range.clone()],
            title_tf: &self.title_tf[range.clone()],
            body_tf: &self.body_tf[range.clone()],
            tag_tf: &self.tag_tf[range],
        }
    }

    /// Appends the next term's postings.
    pub fn push_term(&mut self, postings: impl IntoIterator<Item = (u32, [u16; 3])>) {
        for (doc, [title, body, tag]) in postings {
            self.docs.push(doc);
            self.title_tf.push(title);
            self.body_tf.push(body);
            self.tag_tf.push(tag);
        }
        self.offsets.push(self.docs.len() as u32);
    }
}

impl PostingList<'_> {
    /// Whether some title or body (not only a tag) has the term.
    fn in_text(&self) -> bool {
        self.title_tf
            .iter()
            .zip(self.body_tf)
            .any(|(&title, &body)| title > 0 || body > 0)
    }
}

/// Size figures for benchmarks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndexStats {
    pub articles: usize,
    pub terms: usize,
    pub postings: usize,
    /// Approximate heap bytes held by the index.
    pub bytes: usize,
}

impl SearchIndex {
    /// Articles matching every word of `query` (exactly, as another form of the word, as a
    /// prefix, or with one typo), best first: fewest query words matched only inexactly, then
    /// by score (so the very word typed ranks first even when another form of it sits in a
    /// title); ties keep the articles' order (newest first). Empty query: no hits.
    pub fn search(&self, query: &str) -> Vec<SearchHit> {
        let expanded = self.dictionary.expand(query);
        self.dictionary
            .rank(&expanded, &|term| self.postings.list(term))
    }

    /// The hits and a highlighter marking the words that made them match.
    pub fn search_with_highlighter(&self, query: &str) -> (Vec<SearchHit>, Highlighter) {
        let expanded = self.dictionary.expand(query);
        let postings = |term| self.postings.list(term);
        (
            self.dictionary.rank(&expanded, &postings),
            self.dictionary.highlighter_for(&expanded, &postings),
        )
    }

    /// A highlighter for the words `query` matches in this index.
    pub fn highlighter(&self, query: &str) -> Highlighter {
        let expanded = self.dictionary.expand(query);
        self.dictionary
            .highlighter_for(&expanded, &|term| self.postings.list(term))
    }

    /// The news filters' column of every facet.
    pub fn facet_columns(&self) -> &FacetColumns {
        &self.facets
    }

    pub fn article_count(&self) -> usize {
        self.dictionary.article_count()
    }

    pub(crate) fn parts(&self) -> (&Dictionary, &PostingTable) {
        (&self.dictionary, &self.postings)
    }

    pub fn stats(&self) -> IndexStats {
        let dictionary = &self.dictionary;
        let term_bytes: usize = dictionary.terms.iter().map(|t| t.len() + 16).sum();
        let posting_bytes = self.postings.docs.len() * 10 + self.postings.offsets.len() * 4;
        let doc_bytes = dictionary.title_len.len() * 6;
        let length_bytes: usize = dictionary
            .by_length
            .iter()
            .map(|ids| ids.len() * 4 + 24)
            .sum();
        let group_bytes = dictionary.stems.bytes() + dictionary.spellings.bytes();
        IndexStats {
            articles: self.article_count(),
            terms: dictionary.terms.len(),
            postings: self.postings.docs.len(),
            bytes: term_bytes + posting_bytes + doc_bytes + length_bytes + group_bytes,
        }
    }
}

impl Dictionary {
    /// A dictionary of sorted `terms`, with their groupings (the same whoever builds it:
    /// the index builder or the reader of the search's pieces).
    pub fn new(
        terms: Vec<Box<str>>,
        title_len: Vec<u16>,
        body_len: Vec<u32>,
        spellings: TermGroups,
    ) -> Dictionary {
        let mut by_length: Vec<Vec<u32>> = Vec::new();
        for (id, term) in terms.iter().enumerate() {
            let length = term.chars().count();
            if by_length.len() <= length {
                by_length.resize(length + 1, Vec::new());
            }
            by_length[length].push(id as u32);
        }
        let stems = TermGroups::new(
            terms
                .iter()
                .enumerate()
                .filter_map(|(id, term)| Some((stem_key(term)?, id as u32))),
        );
        Dictionary {
            terms,
            title_len,
            body_len,
            by_length,
            stems,
            spellings,
        }
    }

    /// The folded word of term `id`.
    pub fn term(&self, id: u32) -> &str {
        &self.terms[id as usize]
    }

    pub fn article_count(&self) -> usize {
        self.title_len.len()
    }

    /// The articles matching every expanded word, best first (see `SearchIndex::search`);
    /// `postings` gives each variant term's postings.
    /// (`postings` is dynamic so the app carries one copy of this for both kinds of index.)
    pub fn rank<'a>(
        &self,
        expanded: &[ExpandedWord],
        postings: &dyn Fn(u32) -> PostingList<'a>,
    ) -> Vec<SearchHit> {
        if expanded.is_empty() || expanded.iter().any(|word| word.variants.is_empty()) {
            return Vec::new();
        }
        let count = self.article_count();
        let (avg_title, avg_body) = self.average_lengths();
        let mut total = vec![0f32; count];
        let mut words_matched = vec![0u8; count];
        let mut best = vec![0f32; count];
        // Per article: query words matched only inexactly, and whether the current word
        // matched exactly.
        let mut inexact = vec![0u8; count];
        let mut exact = vec![false; count];
        let mut touched: Vec<u32> = Vec::new();
        for word in expanded {
            for &Variant {
                term,
                weight,
                exact: variant_exact,
            } in &word.variants
            {
                let list = postings(term);
                for (posting, &doc) in list.docs.iter().enumerate() {
                    let title = saturate(
                        list.title_tf[posting],
                        self.title_len[doc as usize] as f32 / avg_title,
                        B_TITLE,
                    );
                    let body = saturate(
                        list.body_tf[posting],
                        self.body_len[doc as usize] as f32 / avg_body,
                        B_BODY,
                    );
                    let tag = list
                        .tag_tf
                        .get(posting)
                        .map_or(0.0, |&tf| saturate(tf, 1.0, 0.0));
                    let score = weight * (TITLE_BOOST * title + body + TAG_WEIGHT * tag);
                    let slot = &mut best[doc as usize];
                    if *slot == 0.0 {
                        touched.push(doc);
                    }
                    *slot = slot.max(score);
                    exact[doc as usize] |= variant_exact;
                }
            }
            // One idf per query word over all the articles any of its variants matched.
            let idf = inverse_document_frequency(count, touched.len());
            for doc in touched.drain(..) {
                let doc = doc as usize;
                total[doc] += idf * best[doc];
                words_matched[doc] += 1;
                inexact[doc] += u8::from(!exact[doc]);
                best[doc] = 0.0;
                exact[doc] = false;
            }
        }
        let wanted = expanded.len() as u8;
        let mut hits: Vec<SearchHit> = (0..count)
            .filter(|&doc| words_matched[doc] == wanted)
            .map(|doc| SearchHit {
                article: doc,
                score: total[doc],
            })
            .collect();
        // The standard sort, not `crate::sort`: this runs at every keystroke over up to every
        // article, where the shared sort's indirect comparisons made the search at 10,000
        // articles half as slow again (tests/bench).
        hits.sort_by(|a, b| {
            let inexact = |hit: &SearchHit| inexact[hit.article];
            inexact(a)
                .cmp(&inexact(b))
                .then(b.score.total_cmp(&a.score))
                .then(a.article.cmp(&b.article))
        });
        hits
    }

    /// Only terms some title or body contains: a word found only in tags (an alias) would
    /// mark nothing true in the text shown.
    pub fn highlighter_for<'a>(
        &self,
        expanded: &[ExpandedWord],
        postings: &dyn Fn(u32) -> PostingList<'a>,
    ) -> Highlighter {
        let terms = expanded
            .iter()
            .flat_map(|word| word.variants.iter())
            .filter(|variant| postings(variant.term).in_text())
            .map(|variant| Box::from(self.term(variant.term)))
            .collect();
        Highlighter::new(terms)
    }

    fn average_lengths(&self) -> (f32, f32) {
        let count = self.article_count().max(1) as f32;
        let title: f32 = self.title_len.iter().map(|&l| l as f32).sum::<f32>() / count;
        let body: f32 = self.body_len.iter().map(|&l| l as f32).sum::<f32>() / count;
        (title.max(1.0), body.max(1.0))
    }
}

/// BM25 term-frequency saturation with length normalisation (`relative_length` = len / avg).
fn saturate(tf: u16, relative_length: f32, b: f32) -> f32 {
    if tf == 0 {
        return 0.0;
    }
    let tf = tf as f32;
    tf * (K1 + 1.0) / (tf + K1 * (1.0 - b + b * relative_length))
}

fn inverse_document_frequency(articles: usize, matching: usize) -> f32 {
    let (n, df) = (articles as f32, matching as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}
