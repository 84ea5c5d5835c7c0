//! Site header: name linking home, the main navigation, the language switcher.

use crate::components::link::Link;
use crate::{components::lang_switch::LangSwitch, lang::text};
use leptos::prelude::*;
use site_domain::routes::Route;

#[component]
pub fn Header() -> impl IntoView {
    // The link to the current section gets aria-current="page", also on its sub-pages.
    view! {
        <header class="site-header">
            <div class="wrap header-inner">
                <span class="brand">
                    <Link to=Route::Home>{text("site.name")}</Link>
                </span>
                <nav class="main-nav" aria-label=text("nav.label")>
                    <ul>
                        <li><Link to=Route::About section=true>{text("nav.about")}</Link></li>
                        <li><Link to=Route::Projects section=true>{text("nav.projects")}</Link></li>
                        <li><Link to=Route::news() section=true>{text("nav.news")}</Link></li>
                        <li><Link to=Route::Careers section=true>{text("nav.careers")}</Link></li>
                    </ul>
                </nav>
                <LangSwitch/>
            </div>
        </header>
    }
}
