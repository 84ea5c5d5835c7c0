//! An article's date or span of days in the interface language, or "date not stated".

use crate::lang::{text, use_lang};
use leptos::prelude::*;
use site_domain::{date_format::format_range, Date};

#[component]
pub fn DateRange(start: Option<Date>, end: Option<Date>) -> impl IntoView {
    let lang = use_lang();
    match start {
        Some(start) => view! {
            <time datetime=start.to_string()>{move || format_range(lang.get(), start, end)}</time>
        }
        .into_any(),
        None => view! { <span class="undated">{text("date.undated")}</span> }.into_any(),
    }
}
