//! `/projects`: every project with its donors, the period its news covers and its summary.

use crate::components::link::Link;
use crate::{
    components::{blocks::Blocks, date_range::DateRange},
    content::use_content,
    lang::{t, use_lang},
    title::use_page_title,
};
use leptos::prelude::*;
use site_domain::{
    catalog::{project_news, project_period, term_name},
    i18n, Bundle, Project,
};

#[component]
pub fn ProjectsPage() -> impl IntoView {
    let content = use_content();
    use_page_title(|lang| Some(i18n::t(lang, "projects.title").to_string()));
    let items = content
        .bundle
        .projects
        .iter()
        .map(|project| {
            let (href, name) = (format!("/projects/{}", project.slug), display_name(project));
            view! {
                <li class="project-item">
                    <h2 lang="en"><Link href=href>{name}</Link></h2>
                    {project_facts(&content.bundle, project)}
                    <div class="summary" lang="en"><Blocks blocks=project.summary.clone()/></div>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="page-projects">
            <h1 tabindex="-1">{t("projects.title")}</h1>
            <p>{t("projects.intro")}</p>
            <ul class="project-list">{items}</ul>
        </div>
    }
}

/// "Full name (ACRONYM)".
pub fn display_name(project: &Project) -> String {
    match &project.short_name {
        Some(short) => format!("{} ({short})", project.name),
        None => project.name.clone(),
    }
}

/// Donors (linked to their news), the period the news covers, how many articles.
pub fn project_facts(bundle: &Bundle, project: &Project) -> impl IntoView {
    let lang = use_lang();
    let donors = if project.donors.is_empty() {
        view! { <span>{t("project.no_donors")}</span> }.into_any()
    } else {
        let count = project.donors.len();
        project
            .donors
            .iter()
            .enumerate()
            .map(|(index, slug)| {
                let href = format!("/news?donor={slug}");
                let name = term_name(&bundle.donors, slug).to_string();
                let separator = (index + 1 < count).then_some(", ");
                view! { <Link href=href><span lang="en">{name}</span></Link>{separator} }
            })
            .collect_view()
            .into_any()
    };
    let period = match project_period(bundle, &project.slug) {
        Some((first, last)) => view! { <DateRange start=Some(first) end=Some(last)/> }.into_any(),
        None => view! { <span>{t("project.no_period")}</span> }.into_any(),
    };
    let count = project_news(bundle, &project.slug).len().to_string();
    view! {
        <dl class="project-facts">
            <div><dt>{t("project.donors")}</dt><dd>{donors}</dd></div>
            <div><dt>{t("project.period")}</dt><dd>{period}</dd></div>
            <div>
                <dt class="visually-hidden">{t("nav.news")}</dt>
                <dd>{move || i18n::fill(i18n::t(lang.get(), "project.news_count"), &[("n", &count)])}</dd>
            </div>
        </dl>
    }
}
