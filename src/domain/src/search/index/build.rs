//! Building the index from articles: postings per folded word, then the sorted dictionary and
//! its groupings (by length for typos, by English stem for word forms).

use super::groups::TermGroups;
use super::SearchIndex;
use crate::model::{Article, Bundle, Term};
use crate::news_query::FacetColumns;
use crate::search::hash::FxBuildHasher;
use crate::search::stem::stem_key;
use crate::search::tokenize::for_each_word;
use std::collections::HashMap;

impl SearchIndex {
    /// An index of titles and bodies only (no tags).
    pub fn build(articles: &[Article]) -> SearchIndex {
        build(articles, |_| Vec::new())
    }

    /// The index the site ships: the bundle's articles, tagged with the names and aliases of
    /// their places, projects (name and short name), donors and topics.
    pub fn for_bundle(bundle: &Bundle) -> SearchIndex {
        build(&bundle.articles, |article| tags_of(bundle, article))
    }
}

/// An index whose articles also match the words of `tags(article)`, weighted low.
fn build(articles: &[Article], tags: impl Fn(&Article) -> Vec<String>) -> SearchIndex {
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
        stems: TermGroups::default(),
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
    index.stems = TermGroups::new(
        index
            .terms
            .iter()
            .enumerate()
            .filter_map(|(id, term)| Some((stem_key(term)?, id as u32))),
    );
    index
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
