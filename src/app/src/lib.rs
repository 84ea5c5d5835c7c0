//! The IOM Azerbaijan website: Leptos pages and their components.
//!
//! In the browser (`csr`), `start` runs the app: it loads the content bundle and takes the
//! page over from the HTML the build wrote. At build time (`ssr`), `prerender` renders the same
//! components to that HTML, so the two can never differ in markup.

mod app;
mod browser;
mod components;
mod content;
mod host;
mod kiosk;
mod lang;
mod pages;
#[cfg(feature = "csr")]
mod panic;
#[cfg(feature = "panic-trigger")]
mod panic_trigger;
#[cfg(feature = "ssr")]
pub mod prerender;
mod routing;
mod takeover;
mod title;

pub use content::Content;
pub use host::Host;

/// Starts the app in the browser.
#[cfg(feature = "csr")]
pub fn start() {
    panic::install_hook();
    #[cfg(feature = "panic-trigger")]
    panic_trigger::arm();
    // Compiling and starting the wasm are already one long task of the page: the first render
    // runs in the next, so that the browser can answer input in between.
    wasm_bindgen_futures::spawn_local(async {
        browser::next_task().await;
        let host = Host::from_browser();
        let Some(root) = takeover::app_root() else {
            leptos::logging::error!("The page has no <body> to show the site in.");
            return;
        };
        leptos::mount::mount_to(root, move || {
            leptos::prelude::view! { <app::App host=host preloaded=None/> }
        })
        .forget();
    });
}
