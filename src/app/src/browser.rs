//! Thin wrappers over the browser APIs the app needs; each tolerates a missing API (old
//! browsers, storage disabled) rather than panicking.

use site_domain::Date;
use wasm_bindgen::JsCast;

pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The URL the site is served from (ending in "/"), so `content.json` and the routes also
/// work under a sub-path: a `<base href>` if the page has one (`document.baseURI`), else the
/// folder of the boot script Trunk wrote (the page's own URL is a deep link like /news/x).
fn site_root() -> Option<web_sys::Url> {
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

/// Where the content bundle is: `content.json` at the site's root.
pub fn content_url() -> String {
    site_url("content.json")
}

/// The address of a file the build wrote beside the bundle (`content.json`,
/// `media/x-960-0a1b2c3d4e.webp`), given relative to the site's root.
pub fn site_url(path: &str) -> String {
    site_root()
        .and_then(|root| web_sys::Url::new_with_base(path, &root.href()).ok())
        .map(|url| url.href())
        .unwrap_or_else(|| format!("/{path}"))
}

/// The router's base: the site root's path without its trailing slash ("" at the root of
/// the domain).
pub fn router_base() -> String {
    site_root()
        .map(|root| root.pathname().trim_end_matches('/').to_string())
        .unwrap_or_default()
}

/// Today's date in the visitor's time zone.
pub fn today() -> Date {
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

/// Whether the viewport matches a CSS media query (false when it cannot be asked).
pub fn media_matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|window| window.match_media(query).ok().flatten())
        .is_some_and(|list| list.matches())
}

pub fn stored(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn store(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        // Private browsing may refuse to store; the choice then lasts for this visit only.
        let _ = storage.set_item(key, value);
    }
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
