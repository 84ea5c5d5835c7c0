//! The on-screen keyboard for the news search (a kiosk has no physical keyboard): Latin with
//! the Azerbaijani letters, or Cyrillic, following the interface language (and switchable),
//! with space, backspace and clear. Each key edits the search text exactly as typing would.

use crate::lang::{text, use_lang};
use leptos::prelude::*;
use site_domain::i18n::Lang;

const LATIN: [&str; 4] = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "əğıİöşüç"];
const CYRILLIC: [&str; 3] = ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё"];

#[derive(Clone, Copy)]
enum Key {
    Letter(char),
    Backspace,
    Clear,
}

/// `text` as it is after pressing `key`.
fn pressed(text: &str, key: Key) -> String {
    match key {
        Key::Letter(letter) => format!("{text}{letter}"),
        Key::Backspace => {
            let mut text = text.to_string();
            text.pop();
            text
        }
        Key::Clear => String::new(),
    }
}

/// Calls `on_text` with the search text after each key, given what is `typed` so far.
#[component]
pub fn OnScreenKeyboard(
    #[prop(into)] typed: Signal<String>,
    on_text: Callback<String>,
) -> impl IntoView {
    let lang = use_lang();
    // None: follow the interface language; Some(true): Cyrillic chosen by hand.
    let cyrillic_chosen = RwSignal::new(None::<bool>);
    let cyrillic = move || cyrillic_chosen.get().unwrap_or(lang.get() == Lang::Ru);
    let press = move |key: Key| on_text.run(pressed(&typed.get_untracked(), key));
    let rows = move || {
        let rows: Vec<&'static str> = if cyrillic() {
            CYRILLIC.to_vec()
        } else {
            LATIN.to_vec()
        };
        rows.into_iter()
            .map(|row| {
                let keys = row
                    .chars()
                    .map(|letter| {
                        view! {
                            <button type="button" class="osk-key" on:click=move |_| press(Key::Letter(letter))>
                                {letter.to_string()}
                            </button>
                        }
                    })
                    .collect_view();
                view! { <div class="osk-row">{keys}</div> }
            })
            .collect_view()
    };
    view! {
        <div class="osk" role="group" aria-label=text("kiosk.keyboard")>
            {rows}
            <div class="osk-row">
                <button type="button" class="osk-key osk-wide" on:click=move |_| cyrillic_chosen.set(Some(!cyrillic()))>
                    {move || if cyrillic() { "ABC" } else { "АБВ" }}
                </button>
                <button type="button" class="osk-key osk-space" on:click=move |_| press(Key::Letter(' '))>
                    {text("kiosk.key.space")}
                </button>
                <button type="button" class="osk-key osk-wide" aria-label=text("kiosk.key.backspace") on:click=move |_| press(Key::Backspace)>
                    "⌫"
                </button>
                <button type="button" class="osk-key osk-wide" on:click=move |_| press(Key::Clear)>
                    {text("kiosk.key.clear")}
                </button>
            </div>
        </div>
    }
}
