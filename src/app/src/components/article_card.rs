//! An article in a list: linked title, date, a short teaser.

use crate::components::{date_range::DateRange, link::Link};
use leptos::prelude::*;
use site_domain::{catalog::teaser, routes::Route, Article};

const TEASER_CHARS: usize = 180;

#[component]
pub fn ArticleCard(article: Article) -> impl IntoView {
    let teaser = teaser(&article.body, TEASER_CHARS);
    view! {
        <li class="card">
            <h3 class="card-title" lang="en">
                <Link to=Route::Article(article.slug)>{article.title}</Link>
            </h3>
            <p class="meta">
                <DateRange start=article.start end=article.end/>
            </p>
            <p class="teaser" lang="en">{teaser}</p>
        </li>
    }
}

/// Cards for a list of articles (newest first, as given).
pub fn article_cards(articles: Vec<&Article>) -> impl IntoView {
    let cards = articles
        .into_iter()
        .map(|article| view! { <ArticleCard article=article.clone()/> })
        .collect_view();
    view! { <ul class="cards">{cards}</ul> }
}
