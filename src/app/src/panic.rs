//! What a visitor sees if the app panics: the details go to the console, and the page is
//! replaced by a translated error screen with a "Try again" button that reloads. Built with
//! plain DOM calls (text only) because the reactive runtime may be unusable after a panic.

use crate::browser;
use site_domain::i18n::t;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::{closure::Closure, JsCast};

static SCREEN_SHOWN: AtomicBool = AtomicBool::new(false);

pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        let stack = js_sys::Reflect::get(&js_sys::Error::new(""), &"stack".into())
            .ok()
            .and_then(|stack| stack.as_string())
            .unwrap_or_default();
        web_sys::console::error_1(&format!("The site crashed: {info}\n\nStack:\n{stack}").into());
        // A panic while drawing the screen must not loop.
        if !SCREEN_SHOWN.swap(true, Ordering::SeqCst) {
            show_crash_screen();
        }
    }));
}

fn show_crash_screen() -> Option<()> {
    let doc = browser::document()?;
    let body = doc.body()?;
    let lang = crate::lang::stored_lang().unwrap_or_default();
    let element = |tag: &str, text: Option<&str>| -> Option<web_sys::Element> {
        let el = doc.create_element(tag).ok()?;
        if let Some(text) = text {
            el.set_text_content(Some(text));
        }
        Some(el)
    };

    let main = element("main", None)?;
    main.set_id("main");
    main.set_class_name("page");
    let alert = element("div", None)?;
    alert.set_class_name("error-screen");
    alert.set_attribute("role", "alert").ok()?;
    let heading = element("h1", Some(t(lang, "error.crash.heading")))?;
    let text = element("p", Some(t(lang, "error.crash.text")))?;
    let button = element("button", Some(t(lang, "error.retry")))?;
    button.set_attribute("type", "button").ok()?;
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    button
        .dyn_ref::<web_sys::HtmlElement>()?
        .set_onclick(Some(reload.into_js_value().unchecked_ref()));

    alert.append_child(&heading).ok()?;
    alert.append_child(&text).ok()?;
    alert.append_child(&button).ok()?;
    main.append_child(&alert).ok()?;
    body.set_text_content(None);
    body.append_child(&main).ok()?;
    Some(())
}
