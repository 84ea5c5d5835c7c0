//! `/about`: IOM Azerbaijan in brief, history, areas of work, partners, contact details.

use crate::components::link::Link;
use crate::{
    components::{blocks::Blocks, contact::ContactDetails},
    content::use_content,
    lang::{t, use_lang},
    title::use_page_title,
};
use leptos::prelude::*;
use site_domain::{catalog::areas_of_work, i18n};

#[component]
pub fn AboutPage() -> impl IntoView {
    let content = use_content();
    let bundle = &content.bundle;
    let site = &bundle.site;
    let lang = use_lang();
    use_page_title(|lang| Some(i18n::t(lang, "about.title").to_string()));
    let since = site.member_state_since.to_string();
    let areas = areas_of_work(bundle)
        .into_iter()
        .map(|topic| {
            let (href, name) = (format!("/news?topic={}", topic.slug), topic.name.clone());
            view! { <li lang="en"><Link href=href>{name}</Link></li> }
        })
        .collect_view();
    let donors = bundle
        .donors
        .iter()
        .map(|donor| {
            let (href, name) = (format!("/news?donor={}", donor.slug), donor.name.clone());
            view! { <li lang="en"><Link href=href>{name}</Link></li> }
        })
        .collect_view();
    let government = site
        .government_partners
        .iter()
        .map(|partner| view! { <li lang="en">{partner.clone()}</li> })
        .collect_view();
    view! {
        <div class="page-about">
            <h1 tabindex="-1">{t("about.title")}</h1>
            <section aria-labelledby="about-brief">
                <h2 id="about-brief">{t("about.in_brief")}</h2>
                <p class="member-state">
                    {move || i18n::fill(i18n::t(lang.get(), "home.member_state"), &[("year", &since)])}
                </p>
            </section>
            <section aria-labelledby="about-history">
                <h2 id="about-history">{t("about.history")}</h2>
                <div lang="en"><Blocks blocks=site.history.clone()/></div>
            </section>
            <section aria-labelledby="about-areas">
                <h2 id="about-areas">{t("about.areas")}</h2>
                <p>{t("about.areas_hint")}</p>
                <ul class="tag-list">{areas}</ul>
            </section>
            <section aria-labelledby="about-partners">
                <h2 id="about-partners">{t("about.partners")}</h2>
                <div class="columns">
                    <div>
                        <h3>{t("about.donors")}</h3>
                        <ul class="plain-list">{donors}</ul>
                    </div>
                    <div>
                        <h3>{t("about.government")}</h3>
                        <ul class="plain-list">{government}</ul>
                    </div>
                </div>
            </section>
            <section aria-labelledby="about-contact">
                <h2 id="about-contact">{t("about.contact")}</h2>
                <ContactDetails/>
            </section>
        </div>
    }
}
