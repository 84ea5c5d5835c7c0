//! What the pages need to know about where they run: the site's base path, today's date, the
//! visitor's language, and whether this is the build prerendering a page. In the browser
//! these come from the page (`Host::from_browser`); the build passes its own.

use leptos::prelude::*;
use site_domain::{i18n::Lang, Date};

#[derive(Clone, Debug, PartialEq)]
pub struct Host {
    /// The router base: "" at the root of a domain, "/iom-azerbaijan" under a sub-path.
    pub base: String,
    /// Today in the visitor's time zone (careers hide closed vacancies).
    pub today: Date,
    /// The language the interface starts in.
    pub lang: Lang,
    /// Kiosk mode (see `kiosk`): on for this device since the site was opened with `?kiosk`.
    pub kiosk: bool,
    /// True while the build writes a page's HTML: nothing is interactive yet, and lists that
    /// the app pages through ("Show more") are written out in full for readers without
    /// JavaScript.
    pub prerendering: bool,
}

impl Host {
    /// `path` ("/news/x", "/news?topic=y") under the site's base ("/iom/news/x").
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The path of a file the build wrote, given relative to the site root
    /// ("media/x-960-0a1b2c3d4e.webp" → "/iom/media/x-960-0a1b2c3d4e.webp").
    pub fn file_href(&self, relative: &str) -> String {
        format!("{}/{relative}", self.base)
    }
}

pub fn provide_host(host: Host) {
    provide_context(host);
}

pub fn use_host() -> Host {
    expect_context::<Host>()
}

#[cfg(feature = "csr")]
impl Host {
    pub fn from_browser() -> Host {
        Host {
            base: crate::browser::router_base(),
            today: crate::browser::today(),
            lang: crate::lang::stored_lang().unwrap_or_default(),
            kiosk: crate::kiosk::switched_on(),
            prerendering: false,
        }
    }
}
