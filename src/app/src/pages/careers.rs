//! `/careers`: open vacancies and internships; each disappears the day after it closes.

use crate::{
    components::{blocks::Blocks, contact::ContactDetails, external_link::ExternalLink},
    content::use_content,
    host::use_host,
    lang::{text, use_lang},
};
use leptos::prelude::*;
use site_domain::{catalog::open_vacancies, date_format::format_date, Vacancy, VacancyKind};

#[component]
pub fn CareersPage() -> impl IntoView {
    let content = use_content();
    let open = open_vacancies(&content.core.vacancies, use_host().today);
    let listing = if open.is_empty() {
        view! { <p class="empty">{text("careers.none")}</p> }.into_any()
    } else {
        let items = open
            .into_iter()
            .map(|vacancy| vacancy_view(vacancy.clone()))
            .collect_view();
        // The build's HTML of this list goes stale when a vacancy closes: public/boot.js
        // starts the app at once on a page marked so.
        view! { <ul class="vacancies" data-start-app="closing-dates">{items}</ul> }.into_any()
    };
    view! {
        <div class="page-careers">
            <h1 tabindex="-1">{text("careers.title")}</h1>
            <p>{text("careers.intro")}</p>
            {listing}
            <section class="careers-contact" aria-labelledby="careers-contact">
                <h2 id="careers-contact">{text("footer.contact")}</h2>
                <p>{text("careers.contact")}</p>
                <ContactDetails/>
            </section>
        </div>
    }
}

fn vacancy_view(vacancy: Vacancy) -> impl IntoView {
    let lang = use_lang();
    let kind = match vacancy.kind {
        VacancyKind::Vacancy => "careers.kind.vacancy",
        VacancyKind::Internship => "careers.kind.internship",
    };
    let closes = vacancy.closes;
    let location = vacancy.location.map(|location| {
        view! { <div><dt>{text("careers.location")}</dt><dd lang="en">{location}</dd></div> }
    });
    let links = vacancy
        .links
        .into_iter()
        .map(|link| view! { <li lang="en"><ExternalLink href=link.url label=link.label/></li> })
        .collect_view();
    view! {
        <li class="vacancy">
            <h2 lang="en">{vacancy.title}</h2>
            <p class="kind">{text(kind)}</p>
            <dl class="vacancy-facts">
                <div>
                    <dt>{text("careers.closes")}</dt>
                    <dd class="closes">
                        <time datetime=closes.to_string()>{move || format_date(lang.get(), closes)}</time>
                    </dd>
                </div>
                {location}
            </dl>
            <div lang="en"><Blocks blocks=vacancy.body/></div>
            <ul class="links">{links}</ul>
        </li>
    }
}
