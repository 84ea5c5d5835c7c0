//! A project's facts: its donors (linked to their news), the period its news covers, how
//! many articles. Shown on the projects list and on the project's own page.

use crate::components::{date_range::DateRange, linked_names::LinkedNames};
use crate::lang::{text, use_lang};
use leptos::prelude::*;
use site_domain::{
    catalog::term_name, i18n, news_query::Facet, routes::Route, shards::Core, Project,
};

pub fn project_facts(core: &Core, project: &Project) -> impl IntoView {
    let lang = use_lang();
    let donors = if project.donors.is_empty() {
        view! { <span>{text("project.no_donors")}</span> }.into_any()
    } else {
        let items = project
            .donors
            .iter()
            .map(|slug| {
                let name = term_name(&core.donors, slug).to_string();
                (Route::news_filtered(Facet::Donor, slug), name)
            })
            .collect();
        view! { <LinkedNames items/> }.into_any()
    };
    let news = core.project_news(&project.slug);
    let period = match news.and_then(|news| news.period) {
        Some((first, last)) => view! { <DateRange start=Some(first) end=Some(last)/> }.into_any(),
        None => view! { <span>{text("project.no_period")}</span> }.into_any(),
    };
    let count = news.map_or(0, |news| news.count).to_string();
    view! {
        <dl class="project-facts">
            <div><dt>{text("project.donors")}</dt><dd>{donors}</dd></div>
            <div><dt>{text("project.period")}</dt><dd>{period}</dd></div>
            <div>
                <dt class="visually-hidden">{text("nav.news")}</dt>
                <dd>{move || i18n::fill(i18n::t(lang.get(), "project.news_count"), &[("n", &count)])}</dd>
            </div>
        </dl>
    }
}
