//! Rendering a page of the site to HTML at build time, with the same components the browser
//! runs. `sitegen pages` calls this once per route.

use crate::{app::App, content::Content, host::Host};
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use site_domain::{i18n::Lang, Date};
use std::sync::Arc;

/// The HTML of the page at `path` ("/news/x"; any unknown path gives the not-found page) for
/// a site served under `base` ("" or "/sub-path"), as it looks on `today` in the default
/// language. `content` has everything at hand ([`Content::whole`]). The result is the markup
/// of the `<div id="app">` the page shows.
pub fn render_page(content: &Arc<Content>, base: &str, path: &str, today: Date) -> String {
    let host = Host {
        base: base.to_string(),
        today,
        lang: Lang::default(),
        kiosk: false,
        prerendering: true,
    };
    let content = Arc::clone(content);
    let owner = Owner::new();
    owner.with(move || {
        provide_context(RequestUrl::new(&format!("{base}{path}")));
        view! { <App host=host preloaded=Some(content)/> }.to_html()
    })
}
