//! Thin wrappers over the browser APIs the app needs; each tolerates a missing API (old
//! browsers, storage disabled) rather than panicking.

use wasm_bindgen::JsCast;

pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The URL the site is served from (ending in "/"): see `find_site_root`. Found once per page
/// (it cannot change while the page lives); every file the app fetches asks for it.
fn site_root() -> Option<String> {
    thread_local! {
        static SITE_ROOT: std::cell::OnceCell<Option<String>> = const { std::cell::OnceCell::new() };
    }
    SITE_ROOT.with(|root| {
        root.get_or_init(|| find_site_root().map(|root| root.href()))
            .clone()
    })
}

/// The URL the site is served from, so `content.json` and the routes also work under a
/// sub-path: a `<base href>` if the page has one (`document.baseURI`), else the folder of the
/// boot script Trunk wrote (the page's own URL is a deep link like /news/x).
fn find_site_root() -> Option<web_sys::Url> {
    let doc = document()?;
    let base_uri = doc.base_uri().ok().flatten()?;
    let has_base_element = doc.query_selector("base[href]").ok().flatten().is_some();
    let script_src = doc
        .query_selector("script[data-app-js]")
        .ok()
        .flatten()
        .and_then(|script| script.get_attribute("src"));
    let root = match script_src {
        Some(src) if !has_base_element => web_sys::Url::new_with_base(&src, &base_uri).ok()?,
        _ => web_sys::Url::new(&base_uri).ok()?,
    };
    web_sys::Url::new_with_base("./", &root.href()).ok()
}

/// The address of a file of the site (`content.json`, `content/…`), from the site's root.
pub fn site_file_url(file: &str) -> String {
    site_root()
        .and_then(|root| web_sys::Url::new_with_base(file, &root).ok())
        .map(|url| url.href())
        .unwrap_or_else(|| format!("/{file}"))
}

/// The router's base: the site root's path without its trailing slash ("" at the root of
/// the domain).
#[cfg(feature = "csr")]
pub fn router_base() -> String {
    site_root()
        .and_then(|root| web_sys::Url::new(&root).ok())
        .map(|root| root.pathname().trim_end_matches('/').to_string())
        .unwrap_or_default()
}

/// Today's date in the visitor's time zone.
#[cfg(feature = "csr")]
pub fn today() -> site_domain::Date {
    use site_domain::Date;
    let now = js_sys::Date::new_0();
    let (year, month, day) = (
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    );
    Date::new(year, month, day).unwrap_or(Date { year, month, day })
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

#[cfg(feature = "csr")]
pub fn stored(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn store(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        // Private browsing may refuse to store; the choice then lasts for this visit only.
        let _ = storage.set_item(key, value);
    }
}

#[cfg(feature = "csr")]
pub fn forget(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Leaves a note for the next page loaded in this tab (sessionStorage).
pub fn note_for_next_page(key: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(key, "1");
    }
}

/// Whether the previous page in this tab left the note `key`; the note is used up.
pub fn take_note(key: &str) -> bool {
    let Some(storage) = session_storage() else {
        return false;
    };
    let noted = storage.get_item(key).ok().flatten().is_some();
    let _ = storage.remove_item(key);
    noted
}

/// Whether a service worker serves this page (it holds a whole release, so pages load offline).
pub fn served_by_service_worker() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    js_sys::Reflect::get(&window, &"navigator".into())
        .and_then(|navigator| js_sys::Reflect::get(&navigator, &"serviceWorker".into()))
        .and_then(|workers| js_sys::Reflect::get(&workers, &"controller".into()))
        .is_ok_and(|controller| controller.is_object())
}

/// Loads this page again from the server.
pub fn reload_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Loads `href` in place of this page (no new history entry).
pub fn replace_page(href: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(href);
    }
}

/// The value of a query parameter of the page's address (`Some("")` for a bare `?name`).
#[cfg(feature = "csr")]
pub fn query_parameter(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Takes a query parameter out of the address bar without a new history entry or a reload.
#[cfg(feature = "csr")]
pub fn drop_query_parameter(name: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&window.location().href().unwrap_or_default()) else {
        return;
    };
    url.search_params().delete(name);
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

/// The value of `<html data-{name}>`, set by boot.js.
pub fn html_data(name: &str) -> Option<String> {
    document()?
        .document_element()?
        .get_attribute(&format!("data-{name}"))
}

/// Adds or removes a class on `<html>` (page-wide styles such as kiosk mode).
#[cfg(feature = "csr")]
pub fn set_html_class(class: &str, on: bool) {
    if let Some(html) = document().and_then(|doc| doc.document_element()) {
        let _ = html.class_list().toggle_with_force(class, on);
    }
}

/// Fires a plain event on window (how the app talks to boot.js).
pub fn dispatch_window_event(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Back to the top of the page.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Resolves in a later task of the page's event loop: a long piece of work split with it lets
/// the browser handle input and paint in between. A message to itself rather than a timer, so
/// that it is neither clamped nor stopped by a test's paused clock.
pub async fn next_task() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return;
    };
    let delivered = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(&resolve));
    });
    if channel
        .port2()
        .post_message(&wasm_bindgen::JsValue::NULL)
        .is_ok()
    {
        let _ = wasm_bindgen_futures::JsFuture::from(delivered).await;
    }
}

/// Runs `work` once the browser has nothing more urgent to do, at the latest after `within`
/// (`requestIdleCallback`; a timer of `within` where there is none, as in Safari).
pub fn when_idle(work: impl FnOnce() + 'static, within: std::time::Duration) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(work);
    let milliseconds = within.as_millis().min(i32::MAX as u128) as i32;
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|idle| idle.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(idle) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &milliseconds.into());
            let _ = idle.call2(&window, &callback, &options);
        }
        None => {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.unchecked_ref(),
                milliseconds,
            );
        }
    }
}

/// Milliseconds since 1970, from the page's clock (which tests may move).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

pub fn set_document_lang(code: &str) {
    if let Some(root) = document().and_then(|doc| doc.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

pub fn set_document_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Moves keyboard and screen-reader focus to the page's main heading after a client-side
/// navigation, as a full page load would.
pub fn focus_main_heading() -> bool {
    let Some(heading) = document()
        .and_then(|doc| doc.query_selector("main h1").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    if !heading.has_attribute("tabindex") {
        let _ = heading.set_attribute("tabindex", "-1");
    }
    heading.focus().is_ok()
}
