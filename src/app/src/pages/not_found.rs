//! Any unknown address, article or project: say so, and offer a way on.

use crate::components::link::Link;
use crate::{lang::t, title::use_page_title};
use leptos::prelude::*;
use site_domain::i18n;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    use_page_title(|lang| Some(i18n::t(lang, "notfound.title").to_string()));
    view! {
        <div class="page-not-found">
            <h1 tabindex="-1">{t("notfound.title")}</h1>
            <p>{t("notfound.text")}</p>
            <ul class="link-list">
                <li><Link href="/">{t("notfound.home")}</Link></li>
                <li><Link href="/news">{t("notfound.news")}</Link></li>
            </ul>
        </div>
    }
}
