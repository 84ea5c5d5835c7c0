//! The mission's contact details (footer, About, Careers).

use crate::{content::use_content, lang::text};
use leptos::prelude::*;

#[component]
pub fn ContactDetails() -> impl IntoView {
    let contact = use_content().core.site.contact.clone();
    view! {
        <address class="contact">
            <p class="contact-org">{contact.organisation}</p>
            <dl>
                <div><dt>{text("contact.address")}</dt><dd>{contact.address}</dd></div>
                <div><dt>{text("contact.phone")}</dt><dd>{contact.phone}</dd></div>
                <div><dt>{text("contact.fax")}</dt><dd>{contact.fax}</dd></div>
            </dl>
        </address>
    }
}
