//! `/projects`: every project with its donors, the period its news covers and its summary.

use crate::components::{blocks::Blocks, link::Link, project_facts::project_facts};
use crate::{content::use_content, lang::text};
use leptos::prelude::*;
use site_domain::{catalog::project_display_name, routes::Route};

#[component]
pub fn ProjectsPage() -> impl IntoView {
    let content = use_content();
    let items = content
        .core
        .projects
        .iter()
        .map(|project| {
            let (to, name) = (
                Route::Project(project.slug.clone()),
                project_display_name(project),
            );
            view! {
                <li class="project-item">
                    <h2 lang="en"><Link to=to>{name}</Link></h2>
                    {project_facts(&content.core, project)}
                    <div class="summary" lang="en"><Blocks blocks=project.summary.clone()/></div>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="page-projects">
            <h1 tabindex="-1">{text("projects.title")}</h1>
            <p>{text("projects.intro")}</p>
            <ul class="project-list">{items}</ul>
        </div>
    }
}
