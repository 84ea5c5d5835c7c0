//! A link leaving the site: new tab, no opener, and says so to screen readers.

use crate::kiosk::{use_kiosk, QrButton};
use crate::lang::text;
use leptos::prelude::*;
use site_domain::validate::link_url_error;

/// In a kiosk, a button showing the address as a QR code instead (the kiosk never leaves).
/// Only URLs the build would accept (http(s), mailto) become links: a hand-edited bundle with
/// a `javascript:` URL shows its label as plain text instead.
#[component]
pub fn ExternalLink(href: String, label: String) -> impl IntoView {
    if let Some(problem) = link_url_error(&href) {
        leptos::logging::warn!("Link \"{label}\" not shown as a link: {problem}");
        return view! { <span>{label}</span> }.into_any();
    }
    if use_kiosk().is_some() {
        return view! { <QrButton href label/> }.into_any();
    }
    view! {
        <a href=href target="_blank" rel="noopener noreferrer">
            {label}
            <span class="visually-hidden">" " {text("link.new_tab")}</span>
        </a>
    }
    .into_any()
}
