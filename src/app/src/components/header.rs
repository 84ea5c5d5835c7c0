//! Site header: name linking home, the main navigation, the language switcher.

use crate::components::link::Link;
use crate::{components::lang_switch::LangSwitch, lang::t};
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    // The link to the current section gets aria-current="page", also on its sub-pages.
    view! {
        <header class="site-header">
            <div class="wrap header-inner">
                <span class="brand">
                    <Link href="/">{t("site.name")}</Link>
                </span>
                <nav class="main-nav" aria-label=t("nav.label")>
                    <ul>
                        <li><Link href="/about" section=true>{t("nav.about")}</Link></li>
                        <li><Link href="/projects" section=true>{t("nav.projects")}</Link></li>
                        <li><Link href="/news" section=true>{t("nav.news")}</Link></li>
                        <li><Link href="/careers" section=true>{t("nav.careers")}</Link></li>
                    </ul>
                </nav>
                <LangSwitch/>
            </div>
        </header>
    }
}
