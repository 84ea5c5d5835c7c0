//! Taking the page over from the prerendered HTML without a visible change.
//!
//! The build writes every page as HTML (`<div id="app">` holds it). The app renders into an
//! element not yet in the document and, once its content has loaded (or failed to), puts it
//! in the prerendered page's place in one frame:
//! the visitor never sees an empty or half-drawn page, and the layout does not move, because
//! both are drawn by the same components from the same content. Replacing instead of
//! hydrating keeps the app free to differ from the build's HTML where it must: the visitor's
//! language, today's vacancies, the news list paged by "Show more".

mod visitor_state;

use crate::browser;
use leptos::prelude::*;
use visitor_state::VisitorState;

/// The element holding the page; prerendered by the build, then the app's own.
const ROOT_ID: &str = "app";
/// Set on `<html>` once the app shows the page (tests and styles can wait for it).
const READY_ATTRIBUTE: &str = "data-app";

/// The element the app mounts into: kept out of the document while the prerendered page is
/// shown (so ids and headings are never doubled), or shown at once when there is no
/// prerendered page.
#[cfg(feature = "csr")]
pub fn app_root() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let doc = browser::document()?;
    let root = doc
        .create_element("div")
        .ok()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    root.set_class_name("app");
    if doc.get_element_by_id(ROOT_ID).is_none() {
        root.set_id(ROOT_ID);
        doc.body()?.append_child(&root).ok()?;
    }
    APP_ROOT.with(|app| *app.borrow_mut() = Some(root.clone()));
    Some(root)
}

thread_local! {
    /// The app's element until it has replaced the prerendered page.
    static APP_ROOT: std::cell::RefCell<Option<web_sys::HtmlElement>> = const { std::cell::RefCell::new(None) };
    /// Work waiting for the app to show the page (`after_reveal`).
    static AFTER_REVEAL: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether the app shows the page already (always, where the build renders it).
pub fn is_revealed() -> bool {
    APP_ROOT.with(|app| app.borrow().is_none())
}

/// Runs `work` once the app shows the page (at once if it does). For work ahead of need, such
/// as a download the page may want later: the takeover waits for every file on its way, so
/// started before, it would hold the page back.
pub fn after_reveal(work: impl FnOnce() + 'static) {
    if is_revealed() {
        work();
    } else {
        AFTER_REVEAL.with(|waiting| waiting.borrow_mut().push(Box::new(work)));
    }
}

/// How many parts of the app's first render are still to be drawn in a task of their own
/// (`components::later::Later`); the app takes the page over once there are none.
#[derive(Clone, Copy)]
pub struct PartsToDraw(RwSignal<usize>);

impl PartsToDraw {
    pub fn new() -> Self {
        Self(RwSignal::new(0))
    }

    pub fn add(self) {
        self.0.update(|parts| *parts += 1);
    }

    pub fn drawn(self) {
        self.0.update(|parts| *parts = parts.saturating_sub(1));
    }

    /// Tracked: an effect that reads it runs again when the last part is drawn.
    pub fn all_drawn(self) -> bool {
        self.0.get() == 0
    }

    pub fn all_drawn_untracked(self) -> bool {
        self.0.get_untracked() == 0
    }
}

/// Shows the app in place of the prerendered page, in the next frame (after the app's view
/// of the loaded content is in the DOM). Does nothing once done.
pub fn reveal_app() {
    leptos::prelude::request_animation_frame(|| {
        let Some(doc) = browser::document() else {
            return;
        };
        let app = APP_ROOT.with(|app| app.borrow_mut().take());
        let visitor_did = app.as_ref().and_then(|app| put_in_place(&doc, app));
        // Ready before the replay: boot.js stops noting presses, which the replay's would be.
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute(READY_ATTRIBUTE, "ready");
        }
        if let (Some(app), Some(visitor_did)) = (app, visitor_did) {
            visitor_did.replay(&app);
        }
        for work in AFTER_REVEAL.with(|waiting| std::mem::take(&mut *waiting.borrow_mut())) {
            work();
        }
    });
}

/// Puts `app` in the prerendered page's place, unless it is in the document already; returns
/// what the visitor did on the prerendered page.
fn put_in_place(doc: &web_sys::Document, app: &web_sys::HtmlElement) -> Option<VisitorState> {
    if app.is_connected() {
        return None;
    }
    let prerendered = doc.get_element_by_id(ROOT_ID);
    let visitor_did = prerendered.as_ref().map(VisitorState::read);
    if let Some(prerendered) = prerendered {
        let _ = prerendered.replace_with_with_node_1(app);
    }
    app.set_id(ROOT_ID);
    visitor_did
}
