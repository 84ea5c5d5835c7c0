//! `/news/page/2`, `/news/page/3`, …: the news list a page at a time, newest first, as the
//! build writes it for readers without the app (who cannot use "Show more"); with the app,
//! the same page from the whole news list. No search or filters here: those are on `/news`.

use crate::components::news_pager::NewsPager;
use crate::content::{page_loading_note, use_content, LoadFailed, Loaded};
use crate::lang::use_lang;
use crate::pages::{news::news_item, not_found::NotFoundPage};
use leptos::prelude::*;
use site_domain::i18n::{fill, t};
use site_domain::search::Highlighter;
use site_domain::shards::{news_page_count, NEWS_PAGE_SIZE};
use std::sync::Arc;

/// Page `page` (2 or more) of the news list.
#[component]
pub fn NewsArchivePage(page: usize) -> impl IntoView {
    let content = use_content();
    content.want_news_list();
    let lang = use_lang();
    move || {
        let pages = news_page_count(content.core.news.count);
        if page > pages {
            return view! { <NotFoundPage/> }.into_any();
        }
        match content.news_list() {
            Some(Loaded::Ready(list)) => {
                let lang = lang.get();
                let none = Highlighter::default();
                let items = list
                    .bundle
                    .articles
                    .iter()
                    .skip((page - 1) * NEWS_PAGE_SIZE)
                    .take(NEWS_PAGE_SIZE)
                    .map(|article| news_item(article, &none, lang))
                    .collect_view();
                let heading = fill(
                    t(lang, "news.archive.heading"),
                    &[("page", &page.to_string())],
                );
                view! {
                    <div class="news-page news-archive">
                        <h1 tabindex="-1">{heading}</h1>
                        <ol class="news-list">{items}</ol>
                        <NewsPager page pages/>
                    </div>
                }
                .into_any()
            }
            Some(Loaded::Failed(error)) => {
                let content = Arc::clone(&content);
                let retry = Callback::new(move |_| content.want_news_list());
                view! { <LoadFailed error on_retry=retry/> }.into_any()
            }
            Some(Loaded::Loading) | None => page_loading_note().into_any(),
        }
    }
}
