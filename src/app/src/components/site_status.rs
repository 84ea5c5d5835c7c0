//! What boot.js learns about the site's life outside this page, told discreetly: a new release
//! is ready (with a button to switch to it), and the network is gone (the saved copy is shown).
//! boot.js sets an attribute on `<html>` and fires an event on window for each (see its header).

use crate::{host::use_host, lang::text};
use leptos::prelude::*;

/// Asks boot.js to switch to the release that is waiting (the page then reloads on it).
pub const ACCEPT_UPDATE: &str = "site:update-accept";

/// `<html data-{attribute}>` as a signal that follows `event` on window.
pub fn html_attribute(attribute: &'static str, event: &'static str) -> ReadSignal<Option<String>> {
    let read = move || crate::browser::html_data(attribute);
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
    // A kiosk switches by itself, while nobody is using it (see kiosk::idle).
    let kiosk = use_host().kiosk;
    let update = html_attribute("update", "site:update");
    let accept = move |_| crate::browser::dispatch_window_event(ACCEPT_UPDATE);
    view! {
        <Show when=move || !kiosk && update.get().as_deref() == Some("ready")>
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
