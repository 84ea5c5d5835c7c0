//! Buttons switching the interface language instantly (article text stays English).

use crate::lang::{text, use_lang, use_set_lang};
use leptos::prelude::*;
use site_domain::i18n::Lang;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let set_lang = use_set_lang();
    let buttons = Lang::ALL
        .into_iter()
        .map(|option| {
            view! {
                <button
                    type="button"
                    lang=option.code()
                    aria-pressed=move || if lang.get() == option { "true" } else { "false" }
                    on:click=move |_| set_lang.set(option)
                >
                    {option.native_name()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="lang-switch needs-app" role="group" aria-labelledby="lang-switch-label">
            <span id="lang-switch-label" class="lang-label">{text("lang.label")}</span>
            {buttons}
        </div>
    }
}
