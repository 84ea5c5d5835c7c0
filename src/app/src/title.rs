//! The browser tab title ("News — IOM Azerbaijan"), from the same `page_meta` the build uses
//! for each prerendered page's `<title>`.

use crate::content::Loaded;
use crate::{browser, content::use_content, lang::use_lang, routing::use_route};
use leptos::prelude::*;
use site_domain::{page_meta::page_meta, routes::Route};

/// Keeps `document.title` naming the page shown, in the interface language.
#[component]
pub fn DocumentTitle() -> impl IntoView {
    let content = use_content();
    let lang = use_lang();
    let route = use_route();
    Effect::new(move |_| {
        let route = route.get();
        // An article's title is known once its file is there (the effect runs again then).
        let article = match &route {
            Some(Route::Article(slug)) => match content.article(slug) {
                Loaded::Ready(shard) => shard,
                Loaded::Loading | Loaded::Failed(_) => return,
            },
            _ => None,
        };
        let article = article.as_ref().map(|shard| &shard.article);
        let meta = page_meta(&content.core, route.as_ref(), article, lang.get());
        browser::set_document_title(&meta.document_title);
    });
}
