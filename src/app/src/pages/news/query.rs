//! The news list's state lives in the URL query (`q`, `year`, `topic`, `project`, `donor`,
//! `place`): every view is shareable and reloadable, and back/forward walk through it.

use super::PAGE_SIZE;
use crate::content::{Content, Loaded, SearchOutcome};
use crate::host::use_host;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use site_domain::news_query::{run_with_text, NewsQuery, NewsResults};
use site_domain::routes::Route;
use site_domain::shards::NewsStart;
use site_domain::Article;
use std::sync::Arc;

/// The query in the URL, its results, and how to change it.
#[derive(Clone, Copy)]
pub struct NewsState {
    pub query: Memo<NewsQuery>,
    /// The results shown: those of `query` once they can be shown whole (see `use_news_query`),
    /// until then the last ones shown.
    pub results: Memo<NewsResults>,
    /// How many of `results` are listed.
    pub listed: Memo<usize>,
    /// Whether `results` are not yet `query`'s: its search's files or its results' own files
    /// are on their way.
    pub loading: Memo<bool>,
    /// Whether `query` could not be answered: the list or a search piece it needs failed to
    /// load (`results` then list nothing, which says nothing about the news, and their
    /// filters are the start's with the query's values ticked).
    pub failed: Memo<bool>,
    /// How many results the visitor asked to see (the first page, more with "Show more").
    pub limit: RwSignal<usize>,
    /// Goes to another query: `replace` for typing (no history entry per keystroke), a new
    /// entry for ticking a filter or clearing, so Back undoes the last filter change.
    pub go: Callback<(NewsQuery, bool)>,
}

/// What the list shows.
#[derive(Clone, Debug, Default, PartialEq)]
struct Shown {
    /// The query these are the results of; `None` before any can be shown.
    query: Option<NewsQuery>,
    /// The limit they were listed for.
    limit: usize,
    results: NewsResults,
    listed: usize,
    /// The results list nothing because a file the query needs failed.
    failed: bool,
}

/// The query and its results. With no query the page shows the news list's start (`start`:
/// the newest articles and the filters' counts); any other query, and "Show more", need the
/// whole list, which is then loaded, its text searched with the search's pieces. A found
/// article's snippet shows the first words matched anywhere in its text, so it comes from
/// the article's own file (the list has only its first paragraph's start): the listed
/// results' files are loaded, and the results are shown once they are all there, never with
/// snippets that change under the reader (a file that fails falls back to the list's).
pub fn use_news_query(start: Signal<Arc<NewsStart>>, content: Arc<Content>) -> NewsState {
    let location = use_location();
    let query = Memo::new(move |_| NewsQuery::from_query_string(&location.search.get()));
    let limit = RwSignal::new(PAGE_SIZE);
    Effect::new(move |_| {
        query.track();
        limit.set(PAGE_SIZE);
    });
    let needs_list =
        Memo::new(move |_| !query.with(NewsQuery::is_empty) || limit.get() > PAGE_SIZE);
    {
        let content = Arc::clone(&content);
        Effect::new(move |_| {
            if needs_list.get() {
                content.want_news_list();
            }
        });
    }
    // The query's results, and whether a file they need failed; `None` while the list or its
    // search's files are on their way. A failed query has no results; its filters are the
    // start's options with the query's ticked, so the visitor's choice stays and can be undone.
    let failed_query = move |query: &NewsQuery| {
        let facets = start.with(|start| start.facets.ticked_as(query));
        let results = NewsResults {
            facets,
            ..NewsResults::default()
        };
        Some((results, true))
    };
    let found = {
        let content = Arc::clone(&content);
        Memo::new(move |_| {
            if !needs_list.get() {
                return Some((start.with(|start| start.results()), false));
            }
            let data = match content.news_list() {
                Some(Loaded::Ready(list)) => list,
                Some(Loaded::Failed(_)) => return query.with(failed_query),
                Some(Loaded::Loading) | None => return None,
            };
            query.with(|query| {
                let index = data.facets_index();
                let text = match query.has_text().then(|| content.search(&query.q)) {
                    None => None,
                    Some(SearchOutcome::Found(hits, highlighter)) => Some((hits, highlighter)),
                    Some(SearchOutcome::Waiting) => return None,
                    Some(SearchOutcome::Failed(_)) => return failed_query(query),
                };
                let results = run_with_text(&data.bundle, index.facet_columns(), text, query);
                Some((results, false))
            })
        })
    };
    let listed_slugs = {
        let content = Arc::clone(&content);
        move |results: &NewsResults, limit: usize| -> Vec<String> {
            results
                .articles
                .iter()
                .take(limit)
                .map(|&i| with_listed_article(&content, start, i, |article| article.slug.clone()))
                .collect()
        }
    };
    {
        let content = Arc::clone(&content);
        let listed_slugs = listed_slugs.clone();
        Effect::new(move |_| {
            if !query.with(NewsQuery::has_text) {
                return;
            }
            let limit = limit.get();
            found.with(|found| {
                for slug in found
                    .iter()
                    .flat_map(|(results, _)| listed_slugs(results, limit))
                {
                    content.want_article(&slug);
                }
            })
        });
    }
    let shown = Memo::new(move |previous: Option<&Shown>| {
        let query = query.get();
        let limit = limit.get();
        let Some((results, failed)) = found.get() else {
            // Waiting for files: the same query's results stay while more of them come
            // ("Show more"); another query's go.
            return match previous {
                Some(shown) if shown.query.as_ref() == Some(&query) => shown.clone(),
                _ => Shown::default(),
            };
        };
        let files_there = || {
            listed_slugs(&results, limit)
                .iter()
                .all(|slug| !matches!(content.article(slug), Loaded::Loading))
        };
        if query.has_text() && !files_there() {
            return previous.cloned().unwrap_or_default();
        }
        Shown {
            query: Some(query),
            limit,
            listed: limit.min(results.articles.len()),
            results,
            failed,
        }
    });
    let results = Memo::new(move |_| shown.with(|shown| shown.results.clone()));
    let listed = Memo::new(move |_| shown.with(|shown| shown.listed));
    let failed = Memo::new(move |_| shown.with(|shown| shown.failed));
    let loading = Memo::new(move |_| {
        shown.with(|shown| {
            shown.limit != limit.get() || query.with(|query| shown.query.as_ref() != Some(query))
        })
    });
    let navigate = use_navigate();
    let kiosk = use_host().kiosk;
    let go = Callback::new(move |(next, replace): (NewsQuery, bool)| {
        // The router adds its base to an absolute path itself (unlike `<A>`'s href).
        navigate(
            &Route::News(next).href(),
            NavigateOptions {
                replace: replace || kiosk,
                scroll: false,
                ..Default::default()
            },
        );
    });
    NewsState {
        query,
        results,
        listed,
        loading,
        failed,
        limit,
        go,
    }
}

/// Reads result `i` (a position in the news list) from the list when it is there, otherwise
/// from the start, which has the list's first articles at the same positions. Untracked:
/// results are drawn again when they change, not when a file arrives.
pub fn with_listed_article<R>(
    content: &Content,
    start: Signal<Arc<NewsStart>>,
    i: usize,
    read: impl FnOnce(&Article) -> R,
) -> R {
    match content.news_list_untracked() {
        Some(Loaded::Ready(list)) => read(&list.bundle.articles[i]),
        _ => start.with_untracked(|start| read(&start.articles[i])),
    }
}
