//! An in-site link that keeps working when the site is served from a sub-path.

use crate::browser;
use leptos::prelude::*;
use leptos_router::components::A;

thread_local! {
    static BASE: String = browser::router_base();
}

/// `path` ("/news/x", "/news?topic=y") under the router base ("/iom/news/x" when the site is
/// served from /iom/). leptos_router 0.8's `<A>` leaves absolute hrefs without the base.
pub fn site_href(path: &str) -> String {
    BASE.with(|base| format!("{base}{path}"))
}

/// `<A>` with the base added: client-side navigation, and aria-current="page" when it links
/// to the page shown; with `section`, also on the section's sub-pages (header navigation:
/// /news/x marks News). Other links never mark a sub-page's parent as current.
#[component]
pub fn Link(
    #[prop(into)] href: String,
    #[prop(optional)] section: bool,
    children: Children,
) -> impl IntoView {
    view! { <A href=site_href(&href) exact=!section>{children()}</A> }
}
