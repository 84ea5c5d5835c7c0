//! The browser tab title: "News — IOM Azerbaijan", or just the site name on Home.

use crate::{browser, lang::use_lang};
use leptos::prelude::*;
use site_domain::i18n::{fill, t, Lang};

/// Keeps `document.title` naming the page; `page` returns the page's own name (`None` for Home)
/// and is re-read when it or the language changes.
pub fn use_page_title(page: impl Fn(Lang) -> Option<String> + 'static) {
    let lang = use_lang();
    Effect::new(move |_| {
        let lang = lang.get();
        let site = t(lang, "site.name");
        let title = match page(lang) {
            Some(page) => fill(
                t(lang, "site.title_pattern"),
                &[("page", &page), ("site", site)],
            ),
            None => site.to_string(),
        };
        browser::set_document_title(&title);
    });
}
