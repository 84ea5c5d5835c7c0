//! `/news/:slug`: one article with its date, places, projects, donors, body, neighbours and
//! related news.

use crate::components::link::Link;
use crate::{
    components::{
        article_card::ArticleCard, blocks::Blocks, date_range::DateRange,
        external_link::ExternalLink, figure::Figure,
    },
    content::use_content,
    lang::{t, use_lang},
    pages::not_found::NotFoundPage,
    title::use_page_title,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use site_domain::{
    catalog::{article_by_slug, neighbours, related_articles, term_name},
    i18n::{self, Lang},
    Article, Bundle,
};

const RELATED_COUNT: usize = 3;

#[component]
pub fn ArticlePage() -> impl IntoView {
    let content = use_content();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    {
        let content = content.clone();
        use_page_title(move |lang| {
            Some(match article_by_slug(&content.bundle, &slug.get()) {
                Some(article) => article.title.clone(),
                None => i18n::t(lang, "notfound.title").to_string(),
            })
        });
    }
    // Re-rendered when the slug changes (following a related or neighbouring article).
    move || match article_by_slug(&content.bundle, &slug.get()) {
        Some(article) => article_view(&content.bundle, article).into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

fn article_view(bundle: &Bundle, article: &Article) -> impl IntoView {
    let lang = use_lang();
    let around = neighbours(bundle, &article.slug);
    let neighbour_link = |neighbour: Option<&Article>, key: &'static str, class: &'static str| {
        neighbour.map(|other| {
            let (href, title) = (format!("/news/{}", other.slug), other.title.clone());
            view! {
                <li class=class>
                    <span class="neighbour-label">{t(key)}</span>
                    <Link href=href><span lang="en">{title}</span></Link>
                </li>
            }
        })
    };
    let related = related_articles(bundle, article, RELATED_COUNT);
    let related_section = (!related.is_empty()).then(|| {
        let cards = related
            .into_iter()
            .map(|other| view! { <ArticleCard article=other.clone()/> })
            .collect_view();
        view! {
            <section class="related" aria-labelledby="article-related">
                <h2 id="article-related">{t("article.related")}</h2>
                <ul class="cards">{cards}</ul>
            </section>
        }
    });
    let links = (!article.links.is_empty()).then(|| {
        let items = article
            .links
            .iter()
            .map(|link| view! { <li lang="en"><ExternalLink href=link.url.clone() label=link.label.clone()/></li> })
            .collect_view();
        view! {
            <section aria-labelledby="article-links">
                <h2 id="article-links">{t("article.links")}</h2>
                <ul>{items}</ul>
            </section>
        }
    });

    let places: Vec<String> = article
        .places
        .iter()
        .map(|slug| term_name(&bundle.places, slug).to_string())
        .collect();
    let projects = linked_names(
        article
            .projects
            .iter()
            .map(|slug| {
                let name = bundle
                    .projects
                    .iter()
                    .find(|p| &p.slug == slug)
                    .map_or(slug.as_str(), |p| p.name.as_str());
                (format!("/projects/{slug}"), name.to_string())
            })
            .collect(),
    );
    let donors = linked_names(
        article
            .donors
            .iter()
            .map(|slug| {
                (
                    format!("/news?donor={slug}"),
                    term_name(&bundle.donors, slug).to_string(),
                )
            })
            .collect(),
    );
    let topics = linked_names(
        article
            .topics
            .iter()
            .map(|slug| {
                (
                    format!("/news?topic={slug}"),
                    term_name(&bundle.topics, slug).to_string(),
                )
            })
            .collect(),
    );

    view! {
        <article class="page-article">
            <h1 tabindex="-1" lang="en">{article.title.clone()}</h1>
            <dl class="article-details" aria-label=t("article.details")>
                <div>
                    <dt>{t("article.date")}</dt>
                    <dd><DateRange start=article.start end=article.end/></dd>
                </div>
                {detail_row("article.places", (!places.is_empty()).then(|| view! { <span lang="en">{places.join(", ")}</span> }))}
                {detail_row("article.projects", projects)}
                {detail_row("article.donors", donors)}
                {detail_row("article.topics", topics)}
            </dl>
            <Show when=move || lang.get() != Lang::En>
                <p class="note">{t("article.english_only")}</p>
            </Show>
            // The first photo is seen on arrival; the others follow the text.
            {article.images.first().cloned().map(|image| view! { <Figure image=image eager=true/> })}
            <div class="article-body" lang="en">
                <Blocks blocks=article.body.clone()/>
            </div>
            {article.images.iter().skip(1).cloned().map(|image| view! { <Figure image=image/> }).collect_view()}
            {links}
            <nav class="neighbours" aria-label=t("article.more")>
                <ul>
                    {neighbour_link(around.previous, "article.newer", "newer")}
                    {neighbour_link(around.next, "article.older", "older")}
                </ul>
            </nav>
            {related_section}
        </article>
    }
}

/// A row of the details list, left out when there is nothing to show.
fn detail_row(key: &'static str, value: Option<impl IntoView + 'static>) -> impl IntoView {
    value.map(|value| view! { <div><dt>{t(key)}</dt><dd>{value}</dd></div> })
}

/// Comma-separated links; `None` when there are none.
fn linked_names(items: Vec<(String, String)>) -> Option<impl IntoView + 'static> {
    if items.is_empty() {
        return None;
    }
    let count = items.len();
    Some(
        items
            .into_iter()
            .enumerate()
            .map(|(index, (href, name))| {
                let separator = (index + 1 < count).then_some(", ");
                view! { <Link href=href><span lang="en">{name}</span></Link>{separator} }
            })
            .collect_view(),
    )
}
