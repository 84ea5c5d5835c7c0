//! The news list's state lives in the URL query (`q`, `year`, `topic`, `project`, `donor`,
//! `place`): every view is shareable and reloadable, and back/forward walk through it.

use super::PAGE_SIZE;
use crate::content::{Archive, Content, Loaded, SearchOutcome};
use crate::host::use_host;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use site_domain::news_query::{run_with_text, NewsQuery, NewsResults};
use site_domain::routes::Route;
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
    results: NewsResults,
    listed: usize,
}

/// The query and its results on `data` (the news list), its text searched with the search's
/// pieces. A found article's snippet shows the first words matched anywhere in its text, so
/// it comes from the article's own file (the list has only its first paragraph's start):
/// the listed results' files are loaded, and the results are shown once they are all there,
/// never with snippets that change under the reader (a file that fails falls back to the
/// list's).
pub fn use_news_query(data: Signal<Arc<Archive>>, content: Arc<Content>) -> NewsState {
    let location = use_location();
    let query = Memo::new(move |_| NewsQuery::from_query_string(&location.search.get()));
    // The build writes the whole list for readers without the app.
    let first_page = if use_host().prerendering {
        usize::MAX
    } else {
        PAGE_SIZE
    };
    let limit = RwSignal::new(first_page);
    Effect::new(move |_| {
        query.track();
        limit.set(first_page);
    });
    // The query's results; `None` while its search's files are on their way.
    let found = {
        let content = Arc::clone(&content);
        Memo::new(move |_| {
            data.with(|data| {
                query.with(|query| {
                    let index = data.facets_index();
                    let text = match query.has_text().then(|| content.search(&query.q)) {
                        None => None,
                        Some(SearchOutcome::Found(hits, highlighter)) => Some((hits, highlighter)),
                        Some(SearchOutcome::Waiting) => return None,
                        Some(SearchOutcome::Failed(_)) => return Some(NewsResults::default()),
                    };
                    Some(run_with_text(
                        &data.bundle,
                        index.facet_columns(),
                        text,
                        query,
                    ))
                })
            })
        })
    };
    let listed_slugs = move |results: &NewsResults, limit: usize| -> Vec<String> {
        data.with(|data| {
            results
                .articles
                .iter()
                .take(limit)
                .map(|&i| data.bundle.articles[i].slug.clone())
                .collect()
        })
    };
    {
        let content = Arc::clone(&content);
        Effect::new(move |_| {
            if !query.with(NewsQuery::has_text) {
                return;
            }
            let limit = limit.get();
            found.with(|found| {
                for slug in found
                    .iter()
                    .flat_map(|results| listed_slugs(results, limit))
                {
                    content.want_article(&slug);
                }
            })
        });
    }
    let shown = Memo::new(move |previous: Option<&Shown>| {
        let Some(results) = found.get() else {
            return Shown::default();
        };
        let query = query.get();
        let limit = limit.get();
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
            listed: limit.min(results.articles.len()),
            results,
        }
    });
    let results = Memo::new(move |_| shown.with(|shown| shown.results.clone()));
    let listed = Memo::new(move |_| shown.with(|shown| shown.listed));
    let loading = Memo::new(move |_| {
        shown.with(|shown| query.with(|query| shown.query.as_ref() != Some(query)))
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
        limit,
        go,
    }
}
