//! Benchmark harness for the browser: exposes the domain crate's search index and news query
//! to JavaScript so `tests/bench` can time them keystroke by keystroke against MiniSearch in
//! the same page. Timing is done in JS with `performance.now()`; these functions only do the
//! work and return a count so it cannot be optimised away.
//!
//! `search` and `query` run the way the app does: on the search's dictionary and pieces (as
//! the build writes them, every piece loaded) and the news list's facets-only index.

mod live_bytes;

use serde::Deserialize;
use site_domain::bundle::parse_bundle;
use site_domain::news_query::{self, NewsQuery};
use site_domain::search::{search_files, Highlighter, SearchHit, SearchIndex, SearchPieces};
use site_domain::Bundle;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[global_allocator]
static ALLOCATOR: live_bytes::CountingAllocator = live_bytes::CountingAllocator;

/// The filters of a news query, as the page passes them (the query text comes separately).
#[derive(Debug, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Filters {
    pub years: Vec<i32>,
    pub topics: Vec<String>,
    pub projects: Vec<String>,
    pub donors: Vec<String>,
    pub places: Vec<String>,
}

struct Loaded {
    bundle: Bundle,
    index: Option<Indexed>,
    /// The last filter JSON and its parse: the page repeats one filter for many keystrokes,
    /// as the app keeps its parsed filters while the visitor types.
    filters: Option<(String, Filters)>,
}

struct Indexed {
    index: SearchIndex,
    live_bytes: usize,
    /// What the app searches: the index's files read back, every piece added.
    pieces: SearchPieces,
    /// What the app filters and counts with (the news list's index).
    facets: SearchIndex,
}

impl Indexed {
    fn new(index: SearchIndex, live_bytes: usize, bundle: &Bundle) -> Result<Indexed, JsError> {
        let files = search_files(&index);
        let mut pieces = SearchPieces::read(&files.dictionary).map_err(|e| JsError::new(&e))?;
        for (number, piece) in files.pieces.iter().enumerate() {
            pieces
                .add_piece(number, piece)
                .map_err(|e| JsError::new(&e))?;
        }
        Ok(Indexed {
            index,
            live_bytes,
            pieces,
            facets: SearchIndex::facets_only(&bundle.articles),
        })
    }
}

thread_local! {
    static LOADED: RefCell<Option<Loaded>> = const { RefCell::new(None) };
}

fn with_loaded<T>(work: impl FnOnce(&mut Loaded) -> T) -> Result<T, JsError> {
    LOADED.with(|cell| {
        let mut slot = cell.borrow_mut();
        let loaded = slot
            .as_mut()
            .ok_or_else(|| JsError::new("no bundle loaded: call load_bundle first"))?;
        Ok(work(loaded))
    })
}

/// Parses a bundle (dropping any previous one and its index); returns its article count.
#[wasm_bindgen]
pub fn load_bundle(json: &str) -> Result<usize, JsError> {
    LOADED.with(|cell| cell.borrow_mut().take());
    // The app's own reader (the bundle has no serde Deserialize outside the build).
    let bundle = parse_bundle(json).map_err(|error| JsError::new(&format!("bundle: {error}")))?;
    let count = bundle.articles.len();
    LOADED.with(|cell| {
        *cell.borrow_mut() = Some(Loaded {
            bundle,
            index: None,
            filters: None,
        })
    });
    Ok(count)
}

/// Builds the search index the app ships (articles tagged with their taxonomies' names and
/// aliases); returns the number of indexed articles.
#[wasm_bindgen]
pub fn build_index() -> Result<usize, JsError> {
    with_loaded(|loaded| {
        loaded.index = None;
        let before = live_bytes::live_bytes();
        let index = SearchIndex::for_bundle(&loaded.bundle);
        let live_bytes = live_bytes::live_bytes().saturating_sub(before);
        let count = index.article_count();
        loaded.index = Some(Indexed::new(index, live_bytes, &loaded.bundle)?);
        Ok(count)
    })?
}

/// Heap bytes the index holds once built, counted by the allocator (see `live_bytes`).
#[wasm_bindgen]
pub fn index_live_bytes() -> Result<usize, JsError> {
    with_index(|indexed, _| indexed.live_bytes)
}

/// The index's own estimate of its heap size (`SearchIndex::stats`).
#[wasm_bindgen]
pub fn index_estimated_bytes() -> Result<usize, JsError> {
    with_index(|indexed, _| indexed.index.stats().bytes)
}

/// The built index serialised as JSON (what shipping a prebuilt index would fetch).
#[wasm_bindgen]
pub fn index_to_json() -> Result<String, JsError> {
    with_index(|indexed, _| serde_json::to_string(&indexed.index))?
        .map_err(|error| JsError::new(&format!("index: {error}")))
}

/// Replaces the index with one read from `index_to_json` output; returns its article count.
#[wasm_bindgen]
pub fn load_index_json(json: &str) -> Result<usize, JsError> {
    let index: SearchIndex = serde_json::from_str(json)
        .map_err(|error| JsError::new(&format!("index JSON: {error}")))?;
    with_loaded(|loaded| {
        if index.article_count() != loaded.bundle.articles.len() {
            return Err(JsError::new("index JSON was built from another bundle"));
        }
        let count = index.article_count();
        let live_bytes = loaded
            .index
            .as_ref()
            .map_or(0, |indexed| indexed.live_bytes);
        loaded.index = Some(Indexed::new(index, live_bytes, &loaded.bundle)?);
        Ok(count)
    })?
}

/// Ranked full-text search only (no filters, no facets), with its highlighter as the app
/// asks for it; returns the number of hits.
#[wasm_bindgen]
pub fn search(text: &str) -> Result<usize, JsError> {
    with_index(|indexed, _| search_pieces(&indexed.pieces, text).0.len())
}

fn search_pieces(pieces: &SearchPieces, text: &str) -> (Vec<SearchHit>, Highlighter) {
    pieces
        .search_with_highlighter(text)
        .expect("every piece is loaded")
}

/// What the news page does per keystroke: text query plus filters, with facet counts.
/// `filters_json` is a `Filters` object (`{}` for none); returns the number of articles.
#[wasm_bindgen]
pub fn query(text: &str, filters_json: &str) -> Result<usize, JsError> {
    with_filters(filters_json, |loaded, indexed, filters| {
        let news = news_query(text, filters);
        let text = news
            .has_text()
            .then(|| search_pieces(&indexed.pieces, &news.q));
        let columns = indexed.facets.facet_columns();
        news_query::run_with_text(&loaded.bundle, columns, text, &news)
            .articles
            .len()
    })
}

/// [`query`] as the app did it before the search was split into pieces: on the whole index in
/// memory (text and facets in one). The reference the pieces are measured against.
#[wasm_bindgen]
pub fn query_whole_index(text: &str, filters_json: &str) -> Result<usize, JsError> {
    with_filters(filters_json, |loaded, indexed, filters| {
        let news = news_query(text, filters);
        news_query::run(&loaded.bundle, &indexed.index, &news)
            .articles
            .len()
    })
}

/// Runs `work` with the index and the filters of `filters_json`, parsed once and kept while
/// the page repeats them (as the app keeps its parsed filters while the visitor types).
fn with_filters<T>(
    filters_json: &str,
    work: impl FnOnce(&Loaded, &Indexed, &Filters) -> T,
) -> Result<T, JsError> {
    LOADED.with(|cell| {
        let mut slot = cell.borrow_mut();
        let loaded = slot
            .as_mut()
            .ok_or_else(|| JsError::new("no bundle loaded: call load_bundle first"))?;
        if loaded
            .filters
            .as_ref()
            .is_none_or(|(json, _)| json != filters_json)
        {
            let filters: Filters = serde_json::from_str(filters_json)
                .map_err(|error| JsError::new(&format!("filters {filters_json}: {error}")))?;
            loaded.filters = Some((filters_json.to_string(), filters));
        }
        let loaded: &Loaded = loaded;
        let indexed = loaded
            .index
            .as_ref()
            .ok_or_else(|| JsError::new("no index: call build_index first"))?;
        let filters = &loaded.filters.as_ref().expect("parsed above").1;
        Ok(work(loaded, indexed, filters))
    })
}

fn news_query(text: &str, filters: &Filters) -> NewsQuery {
    NewsQuery {
        q: text.to_string(),
        years: filters.years.clone(),
        topics: filters.topics.clone(),
        projects: filters.projects.clone(),
        donors: filters.donors.clone(),
        places: filters.places.clone(),
    }
}

fn with_index<T>(work: impl FnOnce(&Indexed, &Bundle) -> T) -> Result<T, JsError> {
    with_loaded(|loaded| {
        loaded
            .index
            .as_ref()
            .map(|indexed| work(indexed, &loaded.bundle))
    })?
    .ok_or_else(|| JsError::new("no index: call build_index first"))
}
