//! `/`: the mission in brief, the latest news, the projects.

use crate::components::link::Link;
use crate::{
    components::{article_card::ArticleCard, blocks::Blocks},
    content::use_content,
    lang::t,
    title::use_page_title,
};
use leptos::prelude::*;
use site_domain::catalog::latest_articles;

const LATEST_COUNT: usize = 4;

#[component]
pub fn HomePage() -> impl IntoView {
    let content = use_content();
    let bundle = &content.bundle;
    use_page_title(|_| None);
    let latest = latest_articles(bundle, LATEST_COUNT)
        .into_iter()
        .map(|article| view! { <ArticleCard article=article.clone()/> })
        .collect_view();
    let projects = bundle
        .projects
        .iter()
        .map(|project| {
            let (href, name) = (format!("/projects/{}", project.slug), project.name.clone());
            view! { <li lang="en"><Link href=href>{name}</Link></li> }
        })
        .collect_view();
    view! {
        <div class="page-home">
            <h1 tabindex="-1">{t("home.heading")}</h1>
            <div class="intro" lang="en">
                <Blocks blocks=bundle.site.intro.clone()/>
            </div>
            <p><Link href="/about">{t("home.more_about")}</Link></p>
            <section aria-labelledby="home-latest">
                <h2 id="home-latest">{t("home.latest")}</h2>
                <ul class="cards">{latest}</ul>
                <p class="more"><Link href="/news">{t("home.all_news")}</Link></p>
            </section>
            <section aria-labelledby="home-projects">
                <h2 id="home-projects">{t("nav.projects")}</h2>
                <ul class="project-links">{projects}</ul>
                <p class="more"><Link href="/projects">{t("home.all_projects")}</Link></p>
            </section>
        </div>
    }
}
