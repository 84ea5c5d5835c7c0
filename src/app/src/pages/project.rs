//! `/projects/:slug`: one project, its facts and its news, newest first.

use crate::components::{
    article_card::article_cards, blocks::Blocks, figure::Figure, link::Link,
    project_facts::project_facts,
};
use crate::{
    content::use_content, kiosk::ReadOnYourPhone, lang::text, pages::not_found::NotFoundPage,
};
use leptos::prelude::*;
use site_domain::{
    catalog::{project_by_slug, project_display_name},
    news_query::Facet,
    routes::Route,
    shards::Core,
    Project,
};

/// The project `slug`.
#[component]
pub fn ProjectPage(slug: String) -> impl IntoView {
    let content = use_content();
    match project_by_slug(&content.core.projects, &slug) {
        Some(project) => project_view(&content.core, project).into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

fn project_view(core: &Core, project: &Project) -> impl IntoView {
    // The newest few; the link below leads to all of them.
    let news = core
        .project_news(&project.slug)
        .map_or(&[][..], |news| news.latest.as_slice());
    let news_list = if news.is_empty() {
        view! { <p>{text("project.no_news")}</p> }.into_any()
    } else {
        article_cards(news.to_vec()).into_any()
    };
    view! {
        <div class="page-project">
            <h1 tabindex="-1" lang="en">{project_display_name(project)}</h1>
            {project_facts(core, project)}
            <div class="summary" lang="en"><Blocks blocks=project.summary.clone()/></div>
            {project.images.iter().cloned().map(|image| view! { <Figure image=image/> }).collect_view()}
            <p class="more">
                <Link to=Route::news_filtered(Facet::Project, &project.slug)>{text("project.all_news")}</Link>
            </p>
            <ReadOnYourPhone route=Route::Project(project.slug.clone())/>
            <section aria-labelledby="project-news">
                <h2 id="project-news">{text("project.news")}</h2>
                {news_list}
            </section>
        </div>
    }
}
