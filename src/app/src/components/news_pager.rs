//! Links between the pages of the news list that the build writes (`/news`, `/news/page/2`,
//! …): how readers without the app reach every article. With the app, `/news` has its
//! "Show more" instead.

use crate::components::link::Link;
use crate::lang::use_lang;
use leptos::prelude::*;
use site_domain::i18n::{fill, t};
use site_domain::routes::Route;

/// The route of page `page` of the news list (page 1 is `/news`).
pub fn news_page_route(page: usize) -> Route {
    if page <= 1 {
        Route::news()
    } else {
        Route::NewsArchive(page)
    }
}

/// "Newer news", "Page 2 of 5", "Older news", for page `page` of `pages`.
#[component]
pub fn NewsPager(page: usize, pages: usize) -> impl IntoView {
    let lang = use_lang();
    let current = move || {
        fill(
            t(lang.get(), "news.pages.current"),
            &[("page", &page.to_string()), ("pages", &pages.to_string())],
        )
    };
    view! {
        <nav class="news-pages" aria-label=move || t(lang.get(), "news.pages.label")>
            {(page > 1).then(|| view! {
                <Link to=news_page_route(page - 1)>{move || t(lang.get(), "news.pages.newer")}</Link>
            })}
            <span class="news-pages-current">{current}</span>
            {(page < pages).then(|| view! {
                <Link to=news_page_route(page + 1)>{move || t(lang.get(), "news.pages.older")}</Link>
            })}
        </nav>
    }
}
