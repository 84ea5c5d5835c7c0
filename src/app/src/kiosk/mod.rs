//! Kiosk mode: the site on an unattended touch screen at an event.
//!
//! Opening the site with `?kiosk` turns it on for this device (remembered in localStorage),
//! `?kiosk=off` turns it off; ordinary visitors never see any of it. In kiosk mode:
//! - after `idle_seconds` (site.toml `[kiosk]`) without a touch, "Still there?" counts down,
//!   then the site starts over (home page, default language, search cleared, top of the page)
//!   and an attract loop cycles through the latest news and the projects until touched;
//! - a new release is applied only while the attract loop shows, never under a visitor;
//! - the site is never left: links out and `mailto:` show a QR code with the address, and
//!   every article and project offers its own address as a QR code;
//! - the news search has an on-screen keyboard; navigation never grows the history, so Back
//!   cannot lead to an earlier visitor's pages;
//! - targets are finger-sized, text cannot be selected, there is no context menu and no
//!   pull-to-refresh (`html.kiosk` in style/main.css).

mod attract;
mod idle;
mod keyboard;
mod overlay;
mod qr;

pub use idle::KioskShell;
pub use keyboard::OnScreenKeyboard;
pub use qr::{QrButton, ReadOnYourPhone};

use leptos::prelude::*;

/// Where the choice is remembered on the device.
#[cfg(feature = "csr")]
const STORAGE_KEY: &str = "kiosk";
/// The query parameter that switches it (`?kiosk`, `?kiosk=on`, `?kiosk=off`).
#[cfg(feature = "csr")]
const PARAMETER: &str = "kiosk";

/// What kiosk mode shares between its pieces: the address shown as a QR code, if any.
#[derive(Clone, Copy)]
pub struct Kiosk {
    pub shown_address: RwSignal<Option<String>>,
}

/// Kiosk mode's state, when it is on (call once, at the top of the app).
pub fn provide_kiosk(on: bool) {
    if on {
        provide_context(Kiosk {
            shown_address: RwSignal::new(None),
        });
    }
}

/// `Some` in kiosk mode.
pub fn use_kiosk() -> Option<Kiosk> {
    use_context::<Kiosk>()
}

/// Whether kiosk mode is on for this page: `?kiosk` switches it on for the device and
/// `?kiosk=off` off (the parameter then leaves the address bar); otherwise the stored choice.
#[cfg(feature = "csr")]
pub fn switched_on() -> bool {
    use crate::browser;
    let on = match browser::query_parameter(PARAMETER).as_deref() {
        Some("off" | "0" | "false") => {
            browser::forget(STORAGE_KEY);
            false
        }
        Some(_) => {
            browser::store(STORAGE_KEY, "on");
            true
        }
        None => browser::stored(STORAGE_KEY).as_deref() == Some("on"),
    };
    browser::drop_query_parameter(PARAMETER);
    browser::set_html_class("kiosk", on);
    on
}
