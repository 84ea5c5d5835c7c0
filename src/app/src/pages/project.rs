//! `/projects/:slug`: one project, its facts and its news, newest first.

use crate::components::link::Link;
use crate::{
    components::{article_card::ArticleCard, blocks::Blocks, figure::Figure},
    content::use_content,
    lang::t,
    pages::{
        not_found::NotFoundPage,
        projects::{display_name, project_facts},
    },
    title::use_page_title,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use site_domain::{
    catalog::{project_by_slug, project_news},
    i18n, Bundle, Project,
};

#[component]
pub fn ProjectPage() -> impl IntoView {
    let content = use_content();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    {
        let content = content.clone();
        use_page_title(move |lang| {
            Some(match project_by_slug(&content.bundle, &slug.get()) {
                Some(project) => display_name(project),
                None => i18n::t(lang, "notfound.title").to_string(),
            })
        });
    }
    move || match project_by_slug(&content.bundle, &slug.get()) {
        Some(project) => project_view(&content.bundle, project).into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

fn project_view(bundle: &Bundle, project: &Project) -> impl IntoView {
    let news = project_news(bundle, &project.slug);
    let news_list = if news.is_empty() {
        view! { <p>{t("project.no_news")}</p> }.into_any()
    } else {
        let cards = news
            .into_iter()
            .map(|article| view! { <ArticleCard article=article.clone()/> })
            .collect_view();
        view! { <ul class="cards">{cards}</ul> }.into_any()
    };
    let all_news = format!("/news?project={}", project.slug);
    view! {
        <div class="page-project">
            <h1 tabindex="-1" lang="en">{display_name(project)}</h1>
            {project_facts(bundle, project)}
            <div class="summary" lang="en"><Blocks blocks=project.summary.clone()/></div>
            {project.images.iter().cloned().map(|image| view! { <Figure image=image/> }).collect_view()}
            <p class="more"><Link href=all_news>{t("project.all_news")}</Link></p>
            <section aria-labelledby="project-news">
                <h2 id="project-news">{t("project.news")}</h2>
                {news_list}
            </section>
        </div>
    }
}
