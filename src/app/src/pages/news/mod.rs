//! `/news`: the news list with full-text search and filters, all in the browser.
//!
//! The URL query is the state (see `query`). Prerendered by the build, the page lists every
//! article; the search box and filters need the app, so readers without it are told so
//! instead of being shown controls that do nothing.

mod filters;
mod query;
mod results;
mod search_box;

use crate::content::{page_loading_note, use_content, Archive, LoadFailed, Loaded};
use crate::host::use_host;
use crate::lang::use_lang;
use filters::{ActiveFilters, FilterPanel};
use leptos::prelude::*;
use query::use_news_query;
use results::{news_item, EmptyState};
use search_box::SearchBox;
use site_domain::i18n::{fill, t, Lang};
use site_domain::news_query::NewsQuery;
use std::sync::Arc;

/// Results shown at first and added by each "Show more".
const PAGE_SIZE: usize = 20;

/// The list needs the whole archive (every article, for the filters and the search).
#[component]
pub fn NewsPage() -> impl IntoView {
    let content = use_content();
    content.want_archive();
    move || match content.archive() {
        Some(Loaded::Ready(archive)) => view! { <NewsList archive/> }.into_any(),
        Some(Loaded::Failed(error)) => {
            let content = content.clone();
            let retry = Callback::new(move |_| content.want_archive());
            view! { <LoadFailed error on_retry=retry/> }.into_any()
        }
        Some(Loaded::Loading) | None => page_loading_note().into_any(),
    }
}

#[component]
fn NewsList(archive: Arc<Archive>) -> impl IntoView {
    let lang: Signal<Lang> = use_lang().into();
    let state = use_news_query(Arc::clone(&archive));
    let (query, results) = (state.query, state.results);

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

    let total = archive.bundle.articles.len();
    let count_text = move || {
        let lang = lang.get();
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
    let list = move || {
        let lang = lang.get();
        results.with(|results| {
            results
                .articles
                .iter()
                .take(limit.get())
                .map(|&i| news_item(&archive.bundle.articles[i], &results.highlighter, lang))
                .collect_view()
        })
    };
    let has_more = move || results.with(|results| results.articles.len() > limit.get());

    view! {
        <div class="news-page">
            <h1 tabindex="-1">{move || t(lang.get(), "news.heading")}</h1>
            <p class="app-only-note">{move || t(lang.get(), "news.needs_app")}</p>
            <SearchBox state lang/>
            <div class="news-layout">
                <FilterPanel state lang/>
                <section class="news-results" aria-labelledby="news-count">
                    <p id="news-count" class="news-count" role="status" aria-live="polite" aria-atomic="true">
                        {count_text}
                    </p>
                    <ActiveFilters state lang/>
                    <Show
                        when=move || results.with(|results| !results.articles.is_empty())
                        fallback=move || view! { <EmptyState state lang total/> }
                    >
                        <ol class="news-list">{list.clone()}</ol>
                        <Show when=has_more>
                            <button type="button" class="news-more" on:click=move |_| limit.update(|l| *l += PAGE_SIZE)>
                                {move || t(lang.get(), "news.show_more")}
                            </button>
                        </Show>
                    </Show>
                </section>
            </div>
        </div>
    }
}
