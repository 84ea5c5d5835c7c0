//! `/news/:slug`: one article with its date, places, projects, donors, body, neighbours and
//! related news.

use crate::components::{
    article_card::article_cards, blocks::Blocks, date_range::DateRange,
    external_link::ExternalLink, figure::Figure, link::Link, linked_names::LinkedNames,
};
use crate::{
    content::{page_loading_note, use_content, LoadFailed, Loaded},
    kiosk::ReadOnYourPhone,
    lang::{text, use_lang},
    pages::not_found::NotFoundPage,
};
use leptos::prelude::*;
use site_domain::{
    catalog::{project_by_slug, term_name},
    i18n::Lang,
    news_query::Facet,
    routes::Route,
    shards::{ArticleShard, ArticleSummary, Core},
    Article, Term,
};

/// The article `slug` (a neighbouring or related article is another page: `routing` draws it anew).
#[component]
pub fn ArticlePage(slug: String) -> impl IntoView {
    let content = use_content();
    // Asked for at once, before the app decides whether it can take the page over.
    content.want_article(&slug);
    move || match content.article(&slug) {
        Loaded::Ready(Some(shard)) => article_view(&content.core, &shard).into_any(),
        Loaded::Ready(None) => view! { <NotFoundPage/> }.into_any(),
        Loaded::Loading => page_loading_note().into_any(),
        Loaded::Failed(error) => {
            let content = content.clone();
            let slug = slug.clone();
            let retry = Callback::new(move |_| content.want_article(&slug));
            view! { <LoadFailed error on_retry=retry/> }.into_any()
        }
    }
}

fn article_view(core: &Core, shard: &ArticleShard) -> impl IntoView {
    let lang = use_lang();
    let article = &shard.article;
    view! {
        <article class="page-article">
            <h1 tabindex="-1" lang="en">{article.title.clone()}</h1>
            {details(core, article)}
            <Show when=move || lang.get() != Lang::En>
                <p class="note">{text("article.english_only")}</p>
            </Show>
            // The first photo is seen on arrival; the others follow the text.
            {article.images.first().cloned().map(|image| view! { <Figure image=image eager=true/> })}
            <div class="article-body" lang="en">
                <Blocks blocks=article.body.clone()/>
            </div>
            {article.images.iter().skip(1).cloned().map(|image| view! { <Figure image=image/> }).collect_view()}
            {links(article)}
            <ReadOnYourPhone route=Route::Article(article.slug.clone())/>
            {neighbour_links(shard)}
            {related(&shard.related)}
        </article>
    }
}

/// Date, places, projects, donors and topics, each row left out when empty.
fn details(core: &Core, article: &Article) -> impl IntoView {
    // Each name in its own element, so each is isolated from the commas (style/main.css).
    let count = article.places.len();
    let places = (count > 0).then(|| {
        article
            .places
            .iter()
            .enumerate()
            .map(|(index, slug)| {
                let separator = (index + 1 < count).then_some(", ");
                let name = term_name(&core.places, slug).to_string();
                view! { <span lang="en">{name}</span>{separator} }
            })
            .collect_view()
    });
    let projects = article
        .projects
        .iter()
        .map(|slug| {
            let name =
                project_by_slug(&core.projects, slug).map_or(slug.as_str(), |p| p.name.as_str());
            (Route::Project(slug.clone()), name.to_string())
        })
        .collect();
    view! {
        <dl class="article-details" aria-label=text("article.details")>
            <div>
                <dt>{text("article.date")}</dt>
                <dd><DateRange start=article.start end=article.end/></dd>
            </div>
            {detail_row("article.places", places)}
            {detail_row("article.projects", linked_names(projects))}
            {detail_row("article.donors", linked_names(filter_links(&core.donors, &article.donors, Facet::Donor)))}
            {detail_row("article.topics", linked_names(filter_links(&core.topics, &article.topics, Facet::Topic)))}
        </dl>
    }
}

/// Each of `slugs` as a link to the news filtered by it, named from `terms`.
fn filter_links(terms: &[Term], slugs: &[String], facet: Facet) -> Vec<(Route, String)> {
    slugs
        .iter()
        .map(|slug| {
            let name = term_name(terms, slug).to_string();
            (Route::news_filtered(facet, slug), name)
        })
        .collect()
}

fn linked_names(items: Vec<(Route, String)>) -> Option<impl IntoView + 'static> {
    (!items.is_empty()).then(|| view! { <LinkedNames items/> })
}

/// A row of the details list, left out when there is nothing to show.
fn detail_row(key: &'static str, value: Option<impl IntoView + 'static>) -> impl IntoView {
    value.map(|value| view! { <div><dt>{text(key)}</dt><dd>{value}</dd></div> })
}

/// The article's outbound links, if it has any.
fn links(article: &Article) -> impl IntoView {
    (!article.links.is_empty()).then(|| {
        let items = article
            .links
            .iter()
            .map(|link| view! { <li lang="en"><ExternalLink href=link.url.clone() label=link.label.clone()/></li> })
            .collect_view();
        view! {
            <section aria-labelledby="article-links">
                <h2 id="article-links">{text("article.links")}</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}

/// Links to the newer and the older article.
fn neighbour_links(shard: &ArticleShard) -> impl IntoView {
    let link = |neighbour: Option<&ArticleSummary>, key: &'static str, class: &'static str| {
        neighbour.map(|other| {
            let (to, title) = (Route::Article(other.slug.clone()), other.title.clone());
            view! {
                <li class=class>
                    <span class="neighbour-label">{text(key)}</span>
                    <Link to=to><span lang="en">{title}</span></Link>
                </li>
            }
        })
    };
    view! {
        <nav class="neighbours" aria-label=text("article.more")>
            <ul>
                {link(shard.newer.as_ref(), "article.newer", "newer")}
                {link(shard.older.as_ref(), "article.older", "older")}
            </ul>
        </nav>
    }
}

/// Related news, if there is any.
fn related(related: &[ArticleSummary]) -> impl IntoView {
    (!related.is_empty()).then(|| {
        view! {
            <section class="related" aria-labelledby="article-related">
                <h2 id="article-related">{text("article.related")}</h2>
                {article_cards(related.to_vec())}
            </section>
        }
    })
}
