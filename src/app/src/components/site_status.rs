//! What boot.js learns about the site's life outside this page, told discreetly: a new release
//! is ready (with a button to switch to it), and the network is gone (the saved copy is shown).
//! boot.js sets an attribute on `<html>` and fires an event on window for each (see its header).

use crate::{host::use_host, lang::text};
use leptos::prelude::*;

/// `<html data-{attribute}>` as a signal that follows `event` on window.
fn html_attribute(attribute: &'static str, event: &'static str) -> ReadSignal<Option<String>> {
    let read = move || {
        crate::browser::document()
            .and_then(|doc| doc.document_element())
            .and_then(|html| html.get_attribute(&format!("data-{attribute}")))
    };
    let (value, set_value) = signal(None);
    // Nothing to learn while the build writes the page.
    if !use_host().prerendering {
        set_value.set(read());
        // The handle is not kept: the notices live as long as the page.
        let _ = window_event_listener_untyped(event, move |_| set_value.set(read()));
    }
    value
}

/// "A new version of the site is available. Reload" while a downloaded release waits; the
/// button asks boot.js to switch, and the page reloads on the new release.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let update = html_attribute("update", "site:update");
    let accept = move |_| {
        if let Some(window) = web_sys::window() {
            if let Ok(event) = web_sys::Event::new("site:update-accept") {
                let _ = window.dispatch_event(&event);
            }
        }
    };
    view! {
        <Show when=move || update.get().as_deref() == Some("ready")>
            <div class="site-notice update-notice" role="status">
                <span>{text("release.update")}</span>
                " "
                <button type="button" on:click=accept>{text("release.reload")}</button>
            </div>
        </Show>
    }
}

/// A quiet note while requests to the site fail.
#[component]
pub fn ConnectionNote() -> impl IntoView {
    let connection = html_attribute("connection", "site:connection");
    view! {
        <Show when=move || connection.get().as_deref() == Some("offline")>
            <p class="site-notice offline-note" role="status">{text("connection.offline")}</p>
        </Show>
    }
}
