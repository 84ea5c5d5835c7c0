//! An article in a list: linked title, date, a short teaser.

use crate::components::{date_range::DateRange, link::Link};
use leptos::prelude::*;
use site_domain::{routes::Route, shards::ArticleSummary};

#[component]
pub fn ArticleCard(article: ArticleSummary) -> impl IntoView {
    let teaser = article.teaser;
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
pub fn article_cards(articles: impl IntoIterator<Item = ArticleSummary>) -> impl IntoView {
    let cards = articles
        .into_iter()
        .map(|article| view! { <ArticleCard article/> })
        .collect_view();
    view! { <ul class="cards">{cards}</ul> }
}
