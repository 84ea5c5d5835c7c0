//! Site footer with the contact details.

use crate::{components::contact::ContactDetails, lang::text};
use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <h2 class="footer-heading">{text("footer.contact")}</h2>
                <ContactDetails/>
            </div>
        </footer>
    }
}
