//! "Skip to main content": the first stop for keyboard users.

use crate::lang::text;
use leptos::{ev::MouseEvent, prelude::*};
use wasm_bindgen::JsCast;

#[component]
pub fn SkipLink() -> impl IntoView {
    // Moves focus by hand: with a `<base href>` a bare "#main" would resolve to the home page.
    let skip = |event: MouseEvent| {
        event.prevent_default();
        let main = crate::browser::document()
            .and_then(|doc| doc.get_element_by_id("main"))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(main) = main {
            if !main.has_attribute("tabindex") {
                let _ = main.set_attribute("tabindex", "-1");
            }
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! { <a class="skip-link" href="#main" on:click=skip>{text("skip.to_main")}</a> }
}
