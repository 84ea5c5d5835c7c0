//! QR codes in place of leaving the site: a link out (or `mailto:`) opens a dialog with the
//! address's QR code and the address in text; article and project pages offer their own
//! public address the same way. The codes are SVG files the build wrote (`qr/<hash>.svg`).

use super::use_kiosk;
use crate::content::use_content;
use crate::host::use_host;
use crate::lang::text;
use leptos::prelude::*;
use site_domain::kiosk::qr_code_file;
use site_domain::routes::{Route, SiteAddress};

/// A link out of the site, as a kiosk shows it: a button opening the address's QR code.
#[component]
pub fn QrButton(href: String, label: String) -> impl IntoView {
    let kiosk = use_kiosk().expect("QrButton is used in kiosk mode");
    view! {
        <button type="button" class="kiosk-link" on:click=move |_| kiosk.shown_address.set(Some(href.clone()))>
            {label}
        </button>
    }
}

/// "Read this on your phone": the page's public address as a QR code (kiosk mode only).
#[component]
pub fn ReadOnYourPhone(route: Route) -> impl IntoView {
    use_kiosk().map(|_| {
        let content = use_content();
        let address = SiteAddress::new(&content.core.site.url, &use_host().base);
        let url = address.url(&route);
        view! {
            <aside class="kiosk-read-on-phone" aria-labelledby="kiosk-read-on-phone">
                <h2 id="kiosk-read-on-phone">{text("kiosk.read_on_phone")}</h2>
                <QrCode url/>
            </aside>
        }
    })
}

/// The QR code of `url` with the address written under it.
#[component]
fn QrCode(url: String) -> impl IntoView {
    let src = use_host().file_href(&qr_code_file(&url));
    view! {
        <figure class="kiosk-qr">
            <img src=src width="264" height="264" alt=""/>
            <figcaption class="kiosk-qr-address" lang="en">{url}</figcaption>
        </figure>
    }
}

/// The dialog showing the QR code of the address a link out pointed at.
#[component]
pub fn QrDialog() -> impl IntoView {
    let kiosk = use_kiosk().expect("QrDialog is used in kiosk mode");
    let close = move |_| kiosk.shown_address.set(None);
    move || {
        kiosk.shown_address.get().map(|url| {
            view! {
                <div class="kiosk-overlay kiosk-qr-backdrop" on:click=close>
                    <div class="kiosk-qr-dialog" role="dialog" aria-modal="true" aria-labelledby="kiosk-scan"
                        on:click=|event| event.stop_propagation()>
                        <h2 id="kiosk-scan">{text("kiosk.scan")}</h2>
                        <QrCode url/>
                        <button type="button" class="kiosk-button" on:click=close>{text("kiosk.close")}</button>
                    </div>
                </div>
            }
        })
    }
}
