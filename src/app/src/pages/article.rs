//! `/news/:slug`: one article with its date, places, projects, donors, body, neighbours and
//! related news.

use crate::components::{
    article_card::article_cards, blocks::Blocks, date_range::DateRange,
    external_link::ExternalLink, figure::Figure, link::Link, linked_names::LinkedNames,
};
use crate::{
    content::use_content,
    kiosk::ReadOnYourPhone,
    lang::{text, use_lang},
    pages::not_found::NotFoundPage,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use site_domain::{
    catalog::{article_by_slug, neighbours, project_by_slug, related_articles, term_name},
    i18n::Lang,
    news_query::Facet,
    routes::Route,
    Article, Bundle, Term,
};

const RELATED_COUNT: usize = 3;

#[component]
pub fn ArticlePage() -> impl IntoView {
    let content = use_content();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    // Re-rendered when the slug changes (following a related or neighbouring article).
    move || match article_by_slug(&content.bundle, &slug.get()) {
        Some(article) => article_view(&content.bundle, article).into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

fn article_view(bundle: &Bundle, article: &Article) -> impl IntoView {
    let lang = use_lang();
    view! {
        <article class="page-article">
            <h1 tabindex="-1" lang="en">{article.title.clone()}</h1>
            {details(bundle, article)}
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
            {neighbour_links(bundle, article)}
            {related(bundle, article)}
        </article>
    }
}

/// Date, places, projects, donors and topics, each row left out when empty.
fn details(bundle: &Bundle, article: &Article) -> impl IntoView {
    // Each name in its own element, so each is isolated from the commas (style/main.css).
    let count = article.places.len();
    let places = (count > 0).then(|| {
        article
            .places
            .iter()
            .enumerate()
            .map(|(index, slug)| {
                let separator = (index + 1 < count).then_some(", ");
                let name = term_name(&bundle.places, slug).to_string();
                view! { <span lang="en">{name}</span>{separator} }
            })
            .collect_view()
    });
    let projects = article
        .projects
        .iter()
        .map(|slug| {
            let name = project_by_slug(bundle, slug).map_or(slug.as_str(), |p| p.name.as_str());
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
            {detail_row("article.donors", linked_names(filter_links(&bundle.donors, &article.donors, Facet::Donor)))}
            {detail_row("article.topics", linked_names(filter_links(&bundle.topics, &article.topics, Facet::Topic)))}
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
fn neighbour_links(bundle: &Bundle, article: &Article) -> impl IntoView {
    let around = neighbours(bundle, &article.slug);
    let link = |neighbour: Option<&Article>, key: &'static str, class: &'static str| {
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
                {link(around.previous, "article.newer", "newer")}
                {link(around.next, "article.older", "older")}
            </ul>
        </nav>
    }
}

/// Related news, if there is any.
fn related(bundle: &Bundle, article: &Article) -> impl IntoView {
    let related = related_articles(bundle, article, RELATED_COUNT);
    (!related.is_empty()).then(|| {
        view! {
            <section class="related" aria-labelledby="article-related">
                <h2 id="article-related">{text("article.related")}</h2>
                {article_cards(related)}
            </section>
        }
    })
}
