//! Test builds only (feature `panic-trigger`; the site Trunk builds never has it): a
//! `site-test-panic` event on the document makes the app panic, so a browser test can see the
//! crash screen (`panic.rs`) a real bug would bring up, in a real browser, after the app has
//! taken the page over.

use crate::browser;
use wasm_bindgen::{closure::Closure, JsCast};

/// Listens for the event for the rest of the page's life.
pub fn arm() {
    let Some(doc) = browser::document() else {
        return;
    };
    let panic_now = Closure::<dyn FnMut()>::new(|| {
        panic!("site-test-panic event received (a test build with the panic-trigger feature)")
    });
    let _ =
        doc.add_event_listener_with_callback("site-test-panic", panic_now.as_ref().unchecked_ref());
    panic_now.forget();
}
