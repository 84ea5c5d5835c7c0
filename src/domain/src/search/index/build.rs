//! Building the index from articles: postings per folded word, then the sorted dictionary and
//! its groupings (by length for typos, by English stem for word forms).

use super::groups::TermGroups;
use super::{Dictionary, PostingTable, SearchIndex};
use crate::model::{Article, Bundle, Term};
use crate::news_query::FacetColumns;
use crate::search::hash::FxBuildHasher;
use crate::search::tokenize::{for_each_word, words};
use std::collections::HashMap;

impl SearchIndex {
    /// An index of titles and bodies only (no tags).
    pub fn build(articles: &[Article]) -> SearchIndex {
        build(articles, |_| Vec::new(), &[])
    }

    /// The index the site ships: the bundle's articles, tagged with the names of their
    /// places, projects (name and short name), donors and topics, and every one-word alias of
    /// a one-word taxonomy name taken as another spelling of it (`spellings_of`).
    pub fn for_bundle(bundle: &Bundle) -> SearchIndex {
        let spellings = spellings_of(bundle);
        build(
            &bundle.articles,
            |article| tags_of(bundle, article),
            &spellings,
        )
    }

    /// An index of the facets alone: it filters and counts, but searches no text (every
    /// search finds nothing). Enough for the news list before a search, at a fraction of the
    /// cost of indexing every word.
    pub fn facets_only(articles: &[Article]) -> SearchIndex {
        let lengths = (vec![0; articles.len()], vec![0; articles.len()]);
        SearchIndex {
            dictionary: Dictionary::new(Vec::new(), lengths.0, lengths.1, TermGroups::default()),
            postings: PostingTable::new(0),
            facets: FacetColumns::build(articles),
        }
    }
}

/// An index whose articles also match the words of `tags(article)`, weighted low, and whose
/// query words match every spelling of their `spellings` set.
fn build(
    articles: &[Article],
    tags: impl Fn(&Article) -> Vec<String>,
    spellings: &[Vec<String>],
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
            for_each_word(&text, |_, word| {
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
    // Every spelling is a term, so prefixes and typos of a spelling no text uses still reach it.
    for word in spellings.iter().flatten() {
        builder.intern(word);
    }
    let Builder { ids, lists, .. } = builder;

    let mut sorted: Vec<(String, u32)> = ids.into_iter().collect();
    sorted.sort_unstable();
    let mut postings = PostingTable::new(0);
    let mut terms = Vec::with_capacity(sorted.len());
    for (term, old_id) in sorted {
        postings.push_term(lists[old_id as usize].iter().copied());
        terms.push(term.into_boxed_str());
    }
    let term_id = |word: &str| {
        let id = terms.binary_search_by(|term| (**term).cmp(word));
        id.ok().map(|id| id as u32)
    };
    let spelling_pairs: Vec<(String, u32)> = spellings
        .iter()
        .flat_map(|set| {
            set.iter()
                .flat_map(move |key| set.iter().map(move |other| (key, other)))
        })
        .filter_map(|(key, other)| Some((key.clone(), term_id(other)?)))
        .collect();
    let spellings = TermGroups::new(spelling_pairs.into_iter());
    SearchIndex {
        dictionary: Dictionary::new(terms, title_len, body_len, spellings),
        postings,
        facets: FacetColumns::build(articles),
    }
}

/// The folded spellings of each one-word place, donor and topic name that has one-word
/// aliases (`nakhchivan`, `naxcivan`, `нахчыван`, …): the same word, so a query word that is
/// any of them matches whatever the others match. Aliases of several words, or of a name of
/// several words, are not one word's spellings: they only find the tagged articles.
fn spellings_of(bundle: &Bundle) -> Vec<Vec<String>> {
    let taxonomies = [&bundle.places, &bundle.donors, &bundle.topics];
    let mut sets = Vec::new();
    for term in taxonomies.into_iter().flatten() {
        let Some(name) = single_word(&term.name) else {
            continue;
        };
        let mut set = vec![name];
        for alias in term.aliases.iter().filter_map(|alias| single_word(alias)) {
            if !set.contains(&alias) {
                set.push(alias);
            }
        }
        if set.len() > 1 {
            sets.push(set);
        }
    }
    sets
}

/// The folded word of `text` when it is exactly one word.
fn single_word(text: &str) -> Option<String> {
    let mut found = words(text);
    (found.len() == 1).then(|| found.remove(0))
}

/// Whether `alias` is a spelling of `name` (see `spellings_of`), rather than a tag.
fn is_spelling(name: &str, alias: &str) -> bool {
    single_word(name).is_some() && single_word(alias).is_some()
}

/// The names an article is tagged with, looked up in the bundle's taxonomies, with the
/// aliases that are not spellings of their name.
fn tags_of(bundle: &Bundle, article: &Article) -> Vec<String> {
    let mut tags = Vec::new();
    let mut add_terms = |terms: &[Term], slugs: &[String]| {
        for term in terms.iter().filter(|term| slugs.contains(&term.slug)) {
            tags.push(term.name.clone());
            let tag_aliases = term
                .aliases
                .iter()
                .filter(|alias| !is_spelling(&term.name, alias));
            tags.extend(tag_aliases.cloned());
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
    /// The id of `word`, a new one (with no postings yet) for a word not seen before.
    fn intern(&mut self, word: &str) -> u32 {
        match self.ids.get(word) {
            Some(&id) => id,
            None => {
                let id = self.lists.len() as u32;
                self.lists.push(Vec::new());
                self.frequencies.push([0; 3]);
                self.ids.insert(word.to_string(), id);
                id
            }
        }
    }

    fn count(&mut self, word: &str, field: Field) {
        let id = self.intern(word);
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
