//! Site header: name linking home, the main navigation, the language switcher.

use crate::{components::lang_switch::LangSwitch, lang::t};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Header() -> impl IntoView {
    // `<A>` marks the link to the current section with aria-current="page", including its
    // sub-pages (/news/x marks News); Home only on itself.
    view! {
        <header class="site-header">
            <div class="wrap header-inner">
                <A href="/" exact=true attr:class="brand">
                    {t("site.name")}
                </A>
                <nav class="main-nav" aria-label=t("nav.label")>
                    <ul>
                        <li><A href="/about">{t("nav.about")}</A></li>
                        <li><A href="/projects">{t("nav.projects")}</A></li>
                        <li><A href="/news">{t("nav.news")}</A></li>
                        <li><A href="/careers">{t("nav.careers")}</A></li>
                    </ul>
                </nav>
                <LangSwitch/>
            </div>
        </header>
    }
}
