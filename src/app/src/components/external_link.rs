//! A link leaving the site: new tab, no opener, and says so to screen readers.

use crate::lang::t;
use leptos::prelude::*;

#[component]
pub fn ExternalLink(href: String, label: String) -> impl IntoView {
    view! {
        <a href=href target="_blank" rel="noopener noreferrer">
            {label}
            <span class="visually-hidden">" " {t("link.new_tab")}</span>
        </a>
    }
}
