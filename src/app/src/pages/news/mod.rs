//! `/news`: the news list with full-text search and filters, all in the browser.
//!
//! The URL query is the state (see `query`). Prerendered by the build, the page lists the
//! first page of news and links to the archive pages after it (`news_archive`); the search
//! box and filters need the app, so readers without it are told so instead of being shown
//! controls that do nothing.
//!
//! The page opens with the news list's start (the newest articles and the filters' counts),
//! whatever the archive's size. A query, a filter or "Show more" loads the whole list
//! (every article's facts and first paragraph); searching the text loads the search's
//! dictionary and the pieces the words need; a result's snippet comes from its article's own
//! file once that is there (the list has only the first paragraph's start).

mod filters;
mod query;
mod results;
mod search_box;

use crate::browser;
use crate::components::later::Later;
use crate::components::news_pager::NewsPager;
use crate::content::{page_loading_note, use_content, LoadError, LoadFailed, Loaded, SearchStatus};
use crate::lang::use_lang;
use filters::{ActiveFilters, FilterPanel};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use query::{use_news_query, with_listed_article};
pub use results::news_item;
use results::EmptyState;
use search_box::SearchBox;
use site_domain::i18n::{fill, t, Lang};
use site_domain::news_query::NewsQuery;
use site_domain::shards::{news_page_count, NewsStart, NEWS_PAGE_SIZE};
use std::sync::Arc;
use std::time::Duration;

/// Results shown at first and added by each "Show more": a page of the news list.
const PAGE_SIZE: usize = NEWS_PAGE_SIZE;

/// At the latest this long after the page opens, the whole list is fetched.
const LIST_PREFETCH_WITHIN: Duration = Duration::from_secs(2);

/// What the page can show: nothing yet, a failure, or the news list.
#[derive(Clone, PartialEq)]
enum Phase {
    Loading,
    Failed(LoadError),
    Ready,
}

#[component]
pub fn NewsPage() -> impl IntoView {
    let content = use_content();
    let search = use_location().search;
    let has_text = Memo::new(move |_| NewsQuery::from_query_string(&search.get()).has_text());
    // Asked for at once, before the app decides whether it can take the page over; the
    // whole list too when the page opens on a query (a shared link), so both come together.
    content.want_news_start();
    if !NewsQuery::from_query_string(&search.get_untracked()).is_empty() {
        content.want_news_list();
    }
    let searcher = Arc::clone(&content);
    let query_text = Memo::new(move |_| NewsQuery::from_query_string(&search.get()).q);
    Effect::new(move |_| {
        if has_text.get() {
            searcher.want_search();
            // Tracked: runs again as the dictionary and each piece arrive.
            if searcher.search_status(&query_text.get()) == SearchStatus::Waiting {
                searcher.want_search_pieces(&query_text.get_untracked());
            }
        }
    });
    let reader = Arc::clone(&content);
    let phase = Memo::new(move |_| match reader.news_start() {
        Some(Loaded::Ready(_)) => Phase::Ready,
        Some(Loaded::Failed(error)) => Phase::Failed(error),
        Some(Loaded::Loading) | None => Phase::Loading,
    });
    // Mounted once: the search box keeps focus while the search's files arrive.
    move || match phase.get() {
        Phase::Ready => {
            let reader = Arc::clone(&content);
            let start = Signal::derive(move || match reader.news_start() {
                Some(Loaded::Ready(start)) => start,
                _ => unreachable!("the page is shown once the start is there"),
            });
            view! { <NewsList start has_text/> }.into_any()
        }
        Phase::Failed(error) => {
            let content = Arc::clone(&content);
            let retry = Callback::new(move |_| content.want_news_start());
            view! { <LoadFailed error on_retry=retry/> }.into_any()
        }
        Phase::Loading => page_loading_note().into_any(),
    }
}

#[component]
fn NewsList(start: Signal<Arc<NewsStart>>, has_text: Memo<bool>) -> impl IntoView {
    let content = use_content();
    let lang: Signal<Lang> = use_lang().into();
    let state = use_news_query(start, Arc::clone(&content));
    let (query, results, listed, loading, failed) = (
        state.query,
        state.results,
        state.listed,
        state.loading,
        state.failed,
    );
    let outcome = {
        let content = Arc::clone(&content);
        Memo::new(move |_| {
            has_text
                .get()
                .then(|| query.with(|query| content.search_status(&query.q)))
        })
    };

    let total = start.with_untracked(|start| start.total);
    // The page shows the list's start; the whole list, which a search or a filter needs,
    // comes once the browser is idle (and the app shows the page), so it is there when the
    // visitor reaches for them.
    {
        let content = Arc::clone(&content);
        Effect::new(move |_| {
            let content = Arc::clone(&content);
            browser::when_idle(move || content.prefetch_news_list(), LIST_PREFETCH_WITHIN);
        });
    }
    // A failed list or search piece, said in the results with a way to try again, when the
    // query needs it: the list fetched ahead of need may fail while the page shows its start.
    let failure = {
        let content = Arc::clone(&content);
        move || {
            if !failed.get() {
                return None;
            }
            if let Some(Loaded::Failed(error)) = content.news_list() {
                return Some(error);
            }
            outcome.with(|outcome| match outcome {
                Some(SearchStatus::Failed(error)) => Some(error.clone()),
                _ => None,
            })
        }
    };
    let retry = {
        let content = Arc::clone(&content);
        Callback::new(move |_| {
            content.want_news_list();
            if let Some(text) =
                query.with_untracked(|query| query.has_text().then(|| query.q.clone()))
            {
                content.retry_search(&text);
            }
        })
    };
    let count_text = move || {
        let lang = lang.get();
        if loading.get() {
            return t(lang, "load.loading").to_string();
        }
        // The failure says why there are no results; a count would claim none were found.
        if failed.get() {
            return String::new();
        }
        let shown = results.with(|results| results.articles.len());
        if query.with(NewsQuery::is_empty) {
            fill(t(lang, "news.count.all"), &[("total", &total.to_string())])
        } else {
            fill(
                t(lang, "news.count.found"),
                &[("count", &shown.to_string()), ("total", &total.to_string())],
            )
        }
    };
    // Copy, as the list is drawn again inside `Show`.
    let content = StoredValue::new(content);
    let list = move || {
        let lang = lang.get();
        results.with(|results| {
            results
                .articles
                .iter()
                .take(listed.get())
                .map(|&i| {
                    content.with_value(|content| {
                        with_listed_article(content, start, i, |listed| {
                            // Untracked: the results are shown once their files are there,
                            // and other files arriving must not draw the list again.
                            match untrack(|| content.article(&listed.slug)) {
                                Loaded::Ready(Some(shard)) => {
                                    news_item(&shard.article, &results.highlighter, lang)
                                }
                                _ => news_item(listed, &results.highlighter, lang),
                            }
                        })
                    })
                })
                .collect_view()
        })
    };
    let has_more = move || results.with(|results| results.articles.len() > listed.get());
    let limit = state.limit;

    view! {
        <div class="news-page">
            <h1 tabindex="-1">{move || t(lang.get(), "news.heading")}</h1>
            <p class="app-only-note">{move || t(lang.get(), "news.needs_app")}</p>
            <SearchBox state lang/>
            <div class="news-layout">
                // Half of the page's first render: drawn in a task of its own.
                <Later>
                    <FilterPanel state lang/>
                </Later>
                <section class="news-results" aria-labelledby="news-count">
                    <p id="news-count" class="news-count" role="status" aria-live="polite" aria-atomic="true">
                        {count_text}
                    </p>
                    {move || failure().map(|error| view! { <LoadFailed error on_retry=retry within_page=true/> })}
                    <ActiveFilters state lang/>
                    <Show
                        when=move || loading.get() || failed.get() || results.with(|results| !results.articles.is_empty())
                        fallback=move || view! { <EmptyState state lang total/> }
                    >
                        <ol class="news-list">{list}</ol>
                        <Show when=has_more>
                            <button type="button" class="news-more needs-app" on:click=move |_| limit.set(listed.get_untracked() + PAGE_SIZE)>
                                {move || t(lang.get(), "news.show_more")}
                            </button>
                        </Show>
                    </Show>
                    {pager_without_app(total)}
                </section>
            </div>
        </div>
    }
}

/// Links to the archive pages, for readers without the app (hidden while it runs).
fn pager_without_app(total: usize) -> Option<AnyView> {
    let pages = news_page_count(total);
    (pages > 1)
        .then(|| view! { <div class="without-app-only"><NewsPager page=1 pages/></div> }.into_any())
}
