//! `/about`: IOM Azerbaijan in brief, history, areas of work, partners, contact details.

use crate::components::{blocks::Blocks, contact::ContactDetails, link::Link};
use crate::{
    content::use_content,
    lang::{text, use_lang},
};
use leptos::prelude::*;
use site_domain::{catalog::areas_of_work, i18n, news_query::Facet, routes::Route, Term};

#[component]
pub fn AboutPage() -> impl IntoView {
    let content = use_content();
    let core = &content.core;
    let site = &core.site;
    let lang = use_lang();
    let since = site.member_state_since.to_string();
    let areas = term_links(areas_of_work(site, &core.topics), Facet::Topic);
    let donors = term_links(core.donors.iter().collect(), Facet::Donor);
    let government = site
        .government_partners
        .iter()
        .map(|partner| view! { <li lang="en">{partner.clone()}</li> })
        .collect_view();
    view! {
        <div class="page-about">
            <h1 tabindex="-1">{text("about.title")}</h1>
            <section aria-labelledby="about-brief">
                <h2 id="about-brief">{text("about.in_brief")}</h2>
                <p class="member-state">
                    {move || i18n::fill(i18n::t(lang.get(), "home.member_state"), &[("year", &since)])}
                </p>
            </section>
            <section aria-labelledby="about-history">
                <h2 id="about-history">{text("about.history")}</h2>
                <div lang="en"><Blocks blocks=site.history.clone()/></div>
            </section>
            <section aria-labelledby="about-areas">
                <h2 id="about-areas">{text("about.areas")}</h2>
                <p>{text("about.areas_hint")}</p>
                <ul class="tag-list">{areas}</ul>
            </section>
            <section aria-labelledby="about-partners">
                <h2 id="about-partners">{text("about.partners")}</h2>
                <div class="columns">
                    <div>
                        <h3>{text("about.donors")}</h3>
                        <ul class="plain-list">{donors}</ul>
                    </div>
                    <div>
                        <h3>{text("about.government")}</h3>
                        <ul class="plain-list">{government}</ul>
                    </div>
                </div>
            </section>
            <section aria-labelledby="about-contact">
                <h2 id="about-contact">{text("about.contact")}</h2>
                <ContactDetails/>
            </section>
        </div>
    }
}

/// Each term as a list item linking to its news.
fn term_links(terms: Vec<&Term>, facet: Facet) -> impl IntoView {
    terms
        .into_iter()
        .map(|term| {
            let (to, name) = (Route::news_filtered(facet, &term.slug), term.name.clone());
            view! { <li lang="en"><Link to=to>{name}</Link></li> }
        })
        .collect_view()
}
