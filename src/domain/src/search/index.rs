//! The inverted index: folded term -> postings (article id, title, body and tag term
//! frequencies), ranked with BM25F (fields scored separately, title boosted, tags damped).
//!
//! Tags are the names and aliases of an article's places, projects, donors and topics: they let
//! "Naxçıvan" find an article whose text says "Nakhchivan", ranked below articles whose own
//! words match, and are never highlighted (they are not in the text shown).
//!
//! Terms are kept sorted so a prefix is a binary search plus a short walk, and grouped by
//! length so the one-typo scan only looks at terms one char shorter, equal or one longer.

use super::fuzzy::within_one_edit;
use super::hash::FxBuildHasher;
use super::highlight::Highlighter;
use super::tokenize::{for_each_word, words};
use crate::model::{Article, Bundle, Term};
use crate::news_query::FacetColumns;
use std::collections::{HashMap, HashSet};

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

/// Weights of the three kinds of match: exact > prefix > one typo.
const EXACT_WEIGHT: f32 = 1.0;
const PREFIX_WEIGHT_MIN: f32 = 0.45;
const PREFIX_WEIGHT_SPAN: f32 = 0.3;
const FUZZY_WEIGHT: f32 = 0.35;

/// A query word of at least this many chars also matches longer words it starts.
pub const MIN_PREFIX_CHARS: usize = 2;
/// A query word of at least this many chars forgives one typo.
pub const MIN_FUZZY_CHARS: usize = 5;
/// Further query words are ignored: it bounds the work a pasted page can cause.
pub const MAX_QUERY_WORDS: usize = 16;

/// One search result: `article` indexes the slice the index was built from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SearchHit {
    pub article: usize,
    pub score: f32,
}

#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "index-serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SearchIndex {
    /// Folded terms, sorted.
    terms: Vec<Box<str>>,
    /// Postings of term `t` are `offsets[t]..offsets[t + 1]` of the four posting arrays.
    offsets: Vec<u32>,
    docs: Vec<u32>,
    title_tf: Vec<u16>,
    body_tf: Vec<u16>,
    tag_tf: Vec<u16>,
    /// Words per article title and body.
    title_len: Vec<u16>,
    body_len: Vec<u32>,
    /// Term ids grouped by the term's length in chars (index = length).
    by_length: Vec<Vec<u32>>,
    /// Year, topic, project, donor and place of every article, for the news filters.
    facets: FacetColumns,
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

/// A query word expanded to the index terms it matches, each with its match weight.
#[derive(Clone, Debug, Default)]
pub(crate) struct ExpandedWord {
    pub variants: Vec<(u32, f32)>,
}

impl SearchIndex {
    /// An index of titles and bodies only (no tags).
    pub fn build(articles: &[Article]) -> SearchIndex {
        SearchIndex::build_with_tags(articles, |_| Vec::new())
    }

    /// The index the site ships: the bundle's articles, tagged with the names and aliases of
    /// their places, projects (name and short name), donors and topics.
    pub fn for_bundle(bundle: &Bundle) -> SearchIndex {
        SearchIndex::build_with_tags(&bundle.articles, |article| tags_of(bundle, article))
    }

    /// An index whose articles also match the words of `tags(article)`, weighted low.
    pub fn build_with_tags(
        articles: &[Article],
        tags: impl Fn(&Article) -> Vec<String>,
    ) -> SearchIndex {
        let mut builder = Builder::default();
        let mut title_len = Vec::with_capacity(articles.len());
        let mut body_len = Vec::with_capacity(articles.len());
        for (doc, article) in articles.iter().enumerate() {
            let mut words_in_title = 0u32;
            for_each_word(&article.title, |_, word| {
                words_in_title += 1;
                builder.count(word, Field::Title);
            });
            let mut words_in_body = 0u32;
            for text in article.body.iter().flat_map(|block| block.texts()) {
                for_each_word(text, |_, word| {
                    words_in_body += 1;
                    builder.count(word, Field::Body);
                });
            }
            for tag in tags(article) {
                for_each_word(&tag, |_, word| builder.count(word, Field::Tag));
            }
            builder.finish_article(doc as u32);
            title_len.push(u16::try_from(words_in_title).unwrap_or(u16::MAX));
            body_len.push(words_in_body);
        }
        let Builder { ids, lists, .. } = builder;

        let mut sorted: Vec<(String, u32)> = ids.into_iter().collect();
        sorted.sort_unstable();
        let total: usize = lists.iter().map(Vec::len).sum();
        let mut index = SearchIndex {
            terms: Vec::with_capacity(sorted.len()),
            offsets: Vec::with_capacity(sorted.len() + 1),
            docs: Vec::with_capacity(total),
            title_tf: Vec::with_capacity(total),
            body_tf: Vec::with_capacity(total),
            tag_tf: Vec::with_capacity(total),
            title_len,
            body_len,
            by_length: Vec::new(),
            facets: FacetColumns::build(articles),
        };
        index.offsets.push(0);
        for (new_id, (term, old_id)) in sorted.into_iter().enumerate() {
            for &(doc, [title, body, tag]) in &lists[old_id as usize] {
                index.docs.push(doc);
                index.title_tf.push(title);
                index.body_tf.push(body);
                index.tag_tf.push(tag);
            }
            index.offsets.push(index.docs.len() as u32);
            let length = term.chars().count();
            if index.by_length.len() <= length {
                index.by_length.resize(length + 1, Vec::new());
            }
            index.by_length[length].push(new_id as u32);
            index.terms.push(term.into_boxed_str());
        }
        index
    }

    /// Articles matching every word of `query` (exactly, as a prefix, or with one typo),
    /// best first; ties keep the articles' order (newest first). Empty query: no hits.
    pub fn search(&self, query: &str) -> Vec<SearchHit> {
        self.rank(&self.expand(query))
    }

    /// The hits and a highlighter marking the words that made them match.
    pub fn search_with_highlighter(&self, query: &str) -> (Vec<SearchHit>, Highlighter) {
        let expanded = self.expand(query);
        (self.rank(&expanded), self.highlighter_for(&expanded))
    }

    /// A highlighter for the words `query` matches in this index.
    pub fn highlighter(&self, query: &str) -> Highlighter {
        self.highlighter_for(&self.expand(query))
    }

    /// The news filters' column of every facet.
    pub fn facet_columns(&self) -> &FacetColumns {
        &self.facets
    }

    pub fn article_count(&self) -> usize {
        self.title_len.len()
    }

    pub fn stats(&self) -> IndexStats {
        let term_bytes: usize = self.terms.iter().map(|t| t.len() + 16).sum();
        let posting_bytes = self.docs.len() * 10 + self.offsets.len() * 4;
        let doc_bytes = self.title_len.len() * 6;
        let length_bytes: usize = self.by_length.iter().map(|ids| ids.len() * 4 + 24).sum();
        IndexStats {
            articles: self.article_count(),
            terms: self.terms.len(),
            postings: self.docs.len(),
            bytes: term_bytes + posting_bytes + doc_bytes + length_bytes,
        }
    }

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
        let chars = word.chars().count();
        let first = self.terms.partition_point(|term| &**term < word);
        if self.terms.get(first).is_some_and(|term| &**term == word) {
            variants.push((first as u32, EXACT_WEIGHT));
        }
        if chars >= MIN_PREFIX_CHARS {
            for (id, term) in self.terms.iter().enumerate().skip(first) {
                if !term.starts_with(word) {
                    break;
                }
                if &**term != word {
                    let closeness = chars as f32 / term.chars().count() as f32;
                    variants.push((
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
                        variants.push((id, FUZZY_WEIGHT));
                    }
                }
            }
        }
        ExpandedWord { variants }
    }

    fn rank(&self, expanded: &[ExpandedWord]) -> Vec<SearchHit> {
        if expanded.is_empty() || expanded.iter().any(|word| word.variants.is_empty()) {
            return Vec::new();
        }
        let count = self.article_count();
        let (avg_title, avg_body) = self.average_lengths();
        let mut total = vec![0f32; count];
        let mut words_matched = vec![0u8; count];
        let mut best = vec![0f32; count];
        let mut touched: Vec<u32> = Vec::new();
        for word in expanded {
            for &(term, weight) in &word.variants {
                let range =
                    self.offsets[term as usize] as usize..self.offsets[term as usize + 1] as usize;
                for posting in range {
                    let doc = self.docs[posting];
                    let title = saturate(
                        self.title_tf[posting],
                        self.title_len[doc as usize] as f32 / avg_title,
                        B_TITLE,
                    );
                    let body = saturate(
                        self.body_tf[posting],
                        self.body_len[doc as usize] as f32 / avg_body,
                        B_BODY,
                    );
                    let tag = self
                        .tag_tf
                        .get(posting)
                        .map_or(0.0, |&tf| saturate(tf, 1.0, 0.0));
                    let score = weight * (TITLE_BOOST * title + body + TAG_WEIGHT * tag);
                    let slot = &mut best[doc as usize];
                    if *slot == 0.0 {
                        touched.push(doc);
                    }
                    *slot = slot.max(score);
                }
            }
            // One idf per query word over all the articles any of its variants matched.
            let idf = inverse_document_frequency(count, touched.len());
            for doc in touched.drain(..) {
                let doc = doc as usize;
                total[doc] += idf * best[doc];
                words_matched[doc] += 1;
                best[doc] = 0.0;
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
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.article.cmp(&b.article)));
        hits
    }

    /// Only terms some title or body contains: a word found only in tags (an alias) would
    /// mark nothing true in the text shown.
    fn highlighter_for(&self, expanded: &[ExpandedWord]) -> Highlighter {
        let terms = expanded
            .iter()
            .flat_map(|word| word.variants.iter())
            .filter(|&&(term, _)| self.in_text(term))
            .map(|&(term, _)| self.terms[term as usize].clone())
            .collect();
        Highlighter::new(terms)
    }

    fn in_text(&self, term: u32) -> bool {
        let range = self.offsets[term as usize] as usize..self.offsets[term as usize + 1] as usize;
        range
            .into_iter()
            .any(|posting| self.title_tf[posting] > 0 || self.body_tf[posting] > 0)
    }

    fn average_lengths(&self) -> (f32, f32) {
        let count = self.article_count().max(1) as f32;
        let title: f32 = self.title_len.iter().map(|&l| l as f32).sum::<f32>() / count;
        let body: f32 = self.body_len.iter().map(|&l| l as f32).sum::<f32>() / count;
        (title.max(1.0), body.max(1.0))
    }
}

/// The names and aliases an article is tagged with, looked up in the bundle's taxonomies.
fn tags_of(bundle: &Bundle, article: &Article) -> Vec<String> {
    let mut tags = Vec::new();
    let mut add_terms = |terms: &[Term], slugs: &[String]| {
        for term in terms.iter().filter(|term| slugs.contains(&term.slug)) {
            tags.push(term.name.clone());
            tags.extend(term.aliases.iter().cloned());
        }
    };
    add_terms(&bundle.places, &article.places);
    add_terms(&bundle.donors, &article.donors);
    add_terms(&bundle.topics, &article.topics);
    for project in bundle
        .projects
        .iter()
        .filter(|project| article.projects.contains(&project.slug))
    {
        tags.push(project.name.clone());
        tags.extend(project.short_name.iter().cloned());
    }
    tags
}

#[derive(Clone, Copy)]
enum Field {
    Title = 0,
    Body = 1,
    Tag = 2,
}

/// Collects postings while the articles are read, in article order.
#[derive(Default)]
struct Builder {
    ids: HashMap<String, u32, FxBuildHasher>,
    /// Per term: (article, [title, body, tag] frequencies).
    lists: Vec<Vec<(u32, [u16; 3])>>,
    /// Title, body and tag frequency of each term in the current article, by term id.
    frequencies: Vec<[u16; 3]>,
    /// Terms the current article used.
    touched: Vec<u32>,
}

impl Builder {
    fn count(&mut self, word: &str, field: Field) {
        let id = match self.ids.get(word) {
            Some(&id) => id,
            None => {
                let id = self.lists.len() as u32;
                self.lists.push(Vec::new());
                self.frequencies.push([0; 3]);
                self.ids.insert(word.to_string(), id);
                id
            }
        };
        let tf = &mut self.frequencies[id as usize];
        if *tf == [0; 3] {
            self.touched.push(id);
        }
        let slot = &mut tf[field as usize];
        *slot = slot.saturating_add(1);
    }

    fn finish_article(&mut self, doc: u32) {
        for id in self.touched.drain(..) {
            let frequencies = std::mem::take(&mut self.frequencies[id as usize]);
            self.lists[id as usize].push((doc, frequencies));
        }
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
