//! `/`: the mission in brief, the latest news, the projects.

use crate::components::{article_card::article_cards, blocks::Blocks, link::Link};
use crate::{content::use_content, lang::text};
use leptos::prelude::*;
use site_domain::routes::Route;

const LATEST_COUNT: usize = 4;

#[component]
pub fn HomePage() -> impl IntoView {
    let content = use_content();
    let core = &content.core;
    let projects = core
        .projects
        .iter()
        .map(|project| {
            let (to, name) = (Route::Project(project.slug.clone()), project.name.clone());
            view! { <li lang="en"><Link to=to>{name}</Link></li> }
        })
        .collect_view();
    let intro = core.site.intro.clone();
    let latest: Vec<_> = core
        .news
        .latest
        .iter()
        .take(LATEST_COUNT)
        .cloned()
        .collect();
    view! {
        <div class="page-home">
            <h1 tabindex="-1">{text("home.heading")}</h1>
            <div class="intro" lang="en">
                <Blocks blocks=intro/>
            </div>
            <p><Link to=Route::About>{text("home.more_about")}</Link></p>
            <section aria-labelledby="home-latest">
                <h2 id="home-latest">{text("home.latest")}</h2>
                {article_cards(latest)}
                <p class="more"><Link to=Route::news()>{text("home.all_news")}</Link></p>
            </section>
            <section aria-labelledby="home-projects">
                <h2 id="home-projects">{text("nav.projects")}</h2>
                <ul class="project-links">{projects}</ul>
                <p class="more"><Link to=Route::Projects>{text("home.all_projects")}</Link></p>
            </section>
        </div>
    }
}
