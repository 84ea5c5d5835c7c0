//! A comma-separated list of linked names ("EU, USAID"), e.g. an article's donors.

use crate::components::link::Link;
use leptos::prelude::*;
use site_domain::routes::Route;

/// The names as links in content language (English), separated by commas.
#[component]
pub fn LinkedNames(items: Vec<(Route, String)>) -> impl IntoView {
    let count = items.len();
    items
        .into_iter()
        .enumerate()
        .map(|(index, (to, name))| {
            let separator = (index + 1 < count).then_some(", ");
            view! { <Link to=to><span lang="en">{name}</span></Link>{separator} }
        })
        .collect_view()
}
