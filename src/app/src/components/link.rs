//! An in-site link that keeps working when the site is served from a sub-path.

use crate::host::use_host;
use leptos::prelude::*;
use leptos_router::components::A;
use site_domain::routes::Route;

/// A link to a page of the site: `<A>` with the site's base added (leptos_router 0.8's `<A>`
/// leaves absolute hrefs without it), so client-side navigation, and aria-current="page"
/// when it links to the page shown; with `section`, also on the section's sub-pages (header
/// navigation: /news/x marks News). Other links never mark a sub-page's parent as current.
#[component]
pub fn Link(to: Route, #[prop(optional)] section: bool, children: Children) -> impl IntoView {
    site_path_link(to.href(), section, children)
}

/// A link to a path of the site written in content ("/news?topic=x" in an article's text).
#[component]
pub fn PathLink(path: String, children: Children) -> impl IntoView {
    site_path_link(path, false, children)
}

fn site_path_link(path: String, section: bool, children: Children) -> impl IntoView {
    let host = use_host();
    // A kiosk's history never grows, so Back cannot lead to an earlier visitor's pages.
    view! { <A href=host.href(&path) exact=!section prop:replace=host.kiosk>{children()}</A> }
}
