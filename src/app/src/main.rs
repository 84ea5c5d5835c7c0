//! The IOM Azerbaijan website: a Leptos client-side app. It loads one content bundle
//! (`content.json`) and renders every page from it in the browser.

mod app;
mod browser;
mod components;
mod content;
mod lang;
mod pages;
mod panic;
mod title;

fn main() {
    panic::install_hook();
    leptos::mount::mount_to_body(app::App);
}
