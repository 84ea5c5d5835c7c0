//! The kiosk's idle cycle: activity keeps it still; after the idle time a countdown asks
//! "Still there?"; when it runs out the site starts over and the attract loop runs until touched.

use super::attract::AttractLoop;
use super::overlay::{stop, stop_touch};
use super::qr::QrDialog;
use super::use_kiosk;
use crate::browser;
use crate::components::site_status::ACCEPT_UPDATE;
use crate::content::use_content;
use crate::host::use_host;
use crate::lang::{remember_lang, text, use_lang, use_set_lang};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use site_domain::i18n::{fill, t, Lang};
use site_domain::routes::Route;
use std::time::Duration;

/// How long "Still there?" waits for a touch before the site starts over.
const COUNTDOWN_SECONDS: u64 = 20;
/// The note a start-over leaves for the page it loads: show the attract loop at once.
const STARTED_OVER: &str = "kiosk-started-over";

#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    /// Someone is using the kiosk (or did recently).
    InUse,
    /// "Still there?", with the seconds left.
    Countdown(u64),
    /// Nobody there: the attract loop shows.
    Attract,
}

/// Everything kiosk mode adds to the page; rendered only in kiosk mode.
#[component]
pub fn KioskShell() -> impl IntoView {
    let kiosk = use_kiosk().expect("KioskShell is rendered in kiosk mode");
    let idle_seconds = u64::from(use_content().core.site.kiosk.idle_seconds);
    let phase = RwSignal::new(if browser::take_note(STARTED_OVER) {
        Phase::Attract
    } else {
        Phase::InUse
    });
    let last_touch = StoredValue::new(browser::now_ms());
    let update_asked = StoredValue::new(false);
    let touched = move || last_touch.set_value(browser::now_ms());
    let navigate = use_navigate();
    let set_lang = use_set_lang();
    let home = format!("{}/", use_host().base);

    // The next visitor finds the site as if it had just been opened.
    let start_over = move || {
        kiosk.shown_address.set(None);
        set_lang.set(Lang::default());
        if browser::served_by_service_worker() {
            // The service worker holds the whole release, so a fresh page loads even
            // offline. It also frees what the last visitor's pages left behind:
            // reactive_graph 0.2 keeps a small record of every view ever shown for as long
            // as the signals it read live (fixed upstream in 0.3); see README, Kiosk mode.
            remember_lang(Lang::default());
            browser::note_for_next_page(STARTED_OVER);
            browser::replace_page(&home);
            return;
        }
        navigate(
            &Route::Home.href(),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
        browser::scroll_to_top();
    };
    let tick = move || {
        let quiet = ((browser::now_ms() - last_touch.get_value()) / 1000.0).max(0.0) as u64;
        match phase.get_untracked() {
            Phase::InUse | Phase::Countdown(_) if quiet >= idle_seconds + COUNTDOWN_SECONDS => {
                start_over();
                phase.set(Phase::Attract);
            }
            Phase::InUse | Phase::Countdown(_) if quiet >= idle_seconds => {
                phase.set(Phase::Countdown(idle_seconds + COUNTDOWN_SECONDS - quiet));
            }
            // Nobody is reading: the moment to switch to a waiting release (asked once; the
            // page reloads on it).
            Phase::Attract
                if !update_asked.get_value()
                    && browser::html_data("update").as_deref() == Some("ready") =>
            {
                update_asked.set_value(true);
                browser::dispatch_window_event(ACCEPT_UPDATE);
            }
            _ => {}
        }
    };
    set_interval(tick, Duration::from_secs(1));
    // Any touch, click, key or scroll counts; a key also ends the countdown or the loop (the
    // overlays end on their own click, so that a touch does not reach the page under them).
    for event in ["pointerdown", "touchstart", "wheel"] {
        let _ = window_event_listener_untyped(event, move |_| touched());
    }
    let _ = window_event_listener_untyped("keydown", move |_| {
        touched();
        phase.set(Phase::InUse);
    });
    // No context menu on a long press.
    let _ = window_event_listener_untyped("contextmenu", |event| event.prevent_default());

    let resume = move |event: MouseEvent| {
        event.prevent_default();
        touched();
        phase.set(Phase::InUse);
    };
    view! {
        {move || match phase.get() {
            Phase::InUse => None,
            Phase::Countdown(left) => Some(view! { <Countdown left on_stay=resume/> }.into_any()),
            Phase::Attract => Some(view! { <AttractLoop on_touch=resume/> }.into_any()),
        }}
        <QrDialog/>
    }
}

/// "Still there?" with the seconds left and a button to stay; the whole screen is the button.
#[component]
fn Countdown(left: u64, on_stay: impl Fn(MouseEvent) + Copy + 'static) -> impl IntoView {
    let lang = use_lang();
    let message = move || {
        fill(
            t(lang.get(), "kiosk.starting_over"),
            &[("n", &left.to_string())],
        )
    };
    view! {
        <div class="kiosk-overlay kiosk-countdown" on:pointerdown=stop on:touchstart=stop_touch on:click=on_stay>
            <div class="kiosk-countdown-box" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-still-there" aria-describedby="kiosk-starting-over">
                <h2 id="kiosk-still-there">{text("kiosk.still_there")}</h2>
                <p id="kiosk-starting-over" aria-live="polite">{message}</p>
                <button type="button" class="kiosk-button" on:click=on_stay>{text("kiosk.stay")}</button>
            </div>
        </div>
    }
}
