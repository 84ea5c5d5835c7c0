//! The interface language: chosen in the header, remembered in localStorage (`lang`),
//! reflected in `<html lang>`, read by every piece of interface text through `t`.

use crate::browser;
use leptos::prelude::*;
use site_domain::i18n::{self, Lang};

const STORAGE_KEY: &str = "lang";

/// Creates the language signal from the stored choice and keeps `<html lang>` and storage in
/// step with it. Call once, at the top of the app.
pub fn provide_lang() {
    let initial = browser::stored(STORAGE_KEY)
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let (lang, set_lang) = signal(initial);
    Effect::new(move |_| {
        let code = lang.get().code();
        browser::set_document_lang(code);
        browser::store(STORAGE_KEY, code);
    });
    provide_context(lang);
    provide_context(set_lang);
}

pub fn use_lang() -> ReadSignal<Lang> {
    expect_context::<ReadSignal<Lang>>()
}

pub fn use_set_lang() -> WriteSignal<Lang> {
    expect_context::<WriteSignal<Lang>>()
}

/// Interface text for `key` that follows the current language; use it directly in views
/// (`{t("nav.news")}`) or attributes (`aria-label=t("lang.label")`).
pub fn t(key: &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || i18n::t(lang.get(), key)
}
