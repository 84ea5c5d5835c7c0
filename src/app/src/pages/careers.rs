//! `/careers`: open vacancies and internships; each disappears the day after it closes.

use crate::{
    browser,
    components::{blocks::Blocks, contact::ContactDetails, external_link::ExternalLink},
    content::use_content,
    lang::{t, use_lang},
    title::use_page_title,
};
use leptos::prelude::*;
use site_domain::{catalog::open_vacancies, date_format::format_date, i18n, Vacancy, VacancyKind};

#[component]
pub fn CareersPage() -> impl IntoView {
    let content = use_content();
    use_page_title(|lang| Some(i18n::t(lang, "careers.title").to_string()));
    let open = open_vacancies(&content.bundle, browser::today());
    let listing = if open.is_empty() {
        view! { <p class="empty">{t("careers.none")}</p> }.into_any()
    } else {
        let items = open
            .into_iter()
            .map(|vacancy| vacancy_view(vacancy.clone()))
            .collect_view();
        view! { <ul class="vacancies">{items}</ul> }.into_any()
    };
    view! {
        <div class="page-careers">
            <h1 tabindex="-1">{t("careers.title")}</h1>
            <p>{t("careers.intro")}</p>
            {listing}
            <section class="careers-contact" aria-labelledby="careers-contact">
                <h2 id="careers-contact">{t("footer.contact")}</h2>
                <p>{t("careers.contact")}</p>
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
        view! { <div><dt>{t("careers.location")}</dt><dd lang="en">{location}</dd></div> }
    });
    let links = vacancy
        .links
        .into_iter()
        .map(|link| view! { <li lang="en"><ExternalLink href=link.url label=link.label/></li> })
        .collect_view();
    view! {
        <li class="vacancy">
            <h2 lang="en">{vacancy.title}</h2>
            <p class="kind">{t(kind)}</p>
            <dl class="vacancy-facts">
                <div>
                    <dt>{t("careers.closes")}</dt>
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
