//! The news search box: typing updates the URL (and so the results) at each keystroke.

use crate::content::use_content;
use crate::kiosk::{use_kiosk, OnScreenKeyboard};
use crate::pages::news::query::NewsState;
use leptos::prelude::*;
use site_domain::i18n::{t, Lang};

#[component]
pub fn SearchBox(state: NewsState, lang: Signal<Lang>) -> impl IntoView {
    let NewsState { query, go, .. } = state;
    // What the box shows; follows the URL when it changes from elsewhere (back/forward,
    // clear), but never rewrites what the visitor is typing (e.g. a trailing space).
    let typed = RwSignal::new(query.get_untracked().q);
    Effect::new(move |_| {
        let from_url = query.with(|query| query.q.clone());
        if typed.with_untracked(|typed| typed.trim() != from_url.trim()) {
            typed.set(from_url);
        }
    });
    // Typing in the box and pressing the kiosk's keys take the same path.
    let search_for = move |value: String| {
        typed.set(value.clone());
        go.run((query.get_untracked().with_text(&value), true));
    };
    let on_input = move |event| search_for(event_target_value(&event));
    // Whoever puts the cursor in the box is about to search: the dictionary, and the list
    // whose filters the results are counted on, arrive meanwhile.
    let content = use_content();
    let on_focus = move |_| {
        content.want_search();
        content.prefetch_news_list();
    };
    let kiosk = use_kiosk().is_some();
    let keyboard = kiosk.then(|| {
        view! { <OnScreenKeyboard typed on_text=Callback::new(search_for)/> }
    });
    view! {
        <div class="news-search needs-app" role="search">
            <label for="news-q">{move || t(lang.get(), "news.search.label")}</label>
            <input
                id="news-q"
                type="search"
                name="q"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="news-q-hint"
                // A kiosk has its own keyboard on the page; no system one over the results.
                inputmode=kiosk.then_some("none")
                prop:value=move || typed.get()
                on:input=on_input
                on:focus=on_focus
            />
            <p id="news-q-hint" class="hint">{move || t(lang.get(), "news.search.hint")}</p>
            {keyboard}
        </div>
    }
}
