//! The mission's contact details (footer, About, Careers).

use crate::{content::use_content, lang::t};
use leptos::prelude::*;

#[component]
pub fn ContactDetails() -> impl IntoView {
    let contact = use_content().bundle.site.contact.clone();
    view! {
        <address class="contact">
            <p class="contact-org">{contact.organisation}</p>
            <dl>
                <div><dt>{t("contact.address")}</dt><dd>{contact.address}</dd></div>
                <div><dt>{t("contact.phone")}</dt><dd>{contact.phone}</dd></div>
                <div><dt>{t("contact.fax")}</dt><dd>{contact.fax}</dd></div>
            </dl>
        </address>
    }
}
