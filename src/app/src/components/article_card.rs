//! An article in a list: linked title, date, a short teaser.

use crate::components::date_range::DateRange;
use crate::components::link::Link;
use leptos::prelude::*;
use site_domain::{catalog::teaser, Article};

const TEASER_CHARS: usize = 180;

#[component]
pub fn ArticleCard(article: Article) -> impl IntoView {
    let href = format!("/news/{}", article.slug);
    let teaser = teaser(&article.body, TEASER_CHARS);
    view! {
        <li class="card">
            <h3 class="card-title" lang="en">
                <Link href=href>{article.title}</Link>
            </h3>
            <p class="meta">
                <DateRange start=article.start end=article.end/>
            </p>
            <p class="teaser" lang="en">{teaser}</p>
        </li>
    }
}
