//! The news list's state lives in the URL query (`q`, `year`, `topic`, `project`, `donor`,
//! `place`): every view is shareable and reloadable, and back/forward walk through it.

use crate::content::{Archive, Content, SearchOutcome};
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
    pub results: Memo<NewsResults>,
    /// Goes to another query: `replace` for typing (no history entry per keystroke), a new
    /// entry for ticking a filter or clearing, so Back undoes the last filter change.
    pub go: Callback<(NewsQuery, bool)>,
}

/// The query and its results on `data` (the news list), its text searched with the search's
/// pieces (no results while they are on their way).
pub fn use_news_query(data: Signal<Arc<Archive>>, content: Arc<Content>) -> NewsState {
    let location = use_location();
    let query = Memo::new(move |_| NewsQuery::from_query_string(&location.search.get()));
    let results = Memo::new(move |_| {
        data.with(|data| {
            query.with(|query| {
                let index = data.facets_index();
                let text = match query.has_text().then(|| content.search(&query.q)) {
                    None => None,
                    Some(SearchOutcome::Found(hits, highlighter)) => Some((hits, highlighter)),
                    Some(SearchOutcome::Waiting | SearchOutcome::Failed(_)) => {
                        return NewsResults::default()
                    }
                };
                run_with_text(&data.bundle, index.facet_columns(), text, query)
            })
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
    NewsState { query, results, go }
}
