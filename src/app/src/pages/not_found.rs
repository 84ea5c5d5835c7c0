//! Any unknown address, article or project: say so, and offer a way on.

use crate::{components::link::Link, lang::text};
use leptos::prelude::*;
use site_domain::routes::Route;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <div class="page-not-found">
            <h1 tabindex="-1">{text("notfound.title")}</h1>
            <p>{text("notfound.text")}</p>
            <ul class="link-list">
                <li><Link to=Route::Home>{text("notfound.home")}</Link></li>
                <li><Link to=Route::news()>{text("notfound.news")}</Link></li>
            </ul>
        </div>
    }
}
