//! The interface language: chosen in the header, remembered in localStorage, reflected in
//! `<html lang>`, read by every piece of interface text through `text`.

use crate::browser;
use leptos::prelude::*;
use site_domain::i18n::{self, Lang};

/// Where the visitor's choice is remembered between visits.
const STORAGE_KEY: &str = "lang";

/// The language the visitor chose on an earlier visit, if any.
#[cfg(feature = "csr")]
pub fn stored_lang() -> Option<Lang> {
    browser::stored(STORAGE_KEY).and_then(|code| Lang::from_code(&code))
}

/// Creates the language signal, starting in `initial`, and keeps `<html lang>` and storage in
/// step with it. Call once, at the top of the app.
pub fn provide_lang(initial: Lang) {
    let (lang, set_lang) = signal(initial);
    Effect::new(move |_| {
        let lang = lang.get();
        browser::set_document_lang(lang.code());
        remember_lang(lang);
    });
    provide_context(lang);
    provide_context(set_lang);
}

/// Remembers `lang` as the visitor's choice for the next visit.
pub fn remember_lang(lang: Lang) {
    browser::store(STORAGE_KEY, lang.code());
}

pub fn use_lang() -> ReadSignal<Lang> {
    expect_context::<ReadSignal<Lang>>()
}

pub fn use_set_lang() -> WriteSignal<Lang> {
    expect_context::<WriteSignal<Lang>>()
}

/// Interface text for `key` that follows the current language (a reactive closure, unlike the
/// plain lookup `i18n::t`); use it in views (`{text("nav.news")}`) or attributes
/// (`aria-label=text("lang.label")`).
pub fn text(key: &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || i18n::t(lang.get(), key)
}
