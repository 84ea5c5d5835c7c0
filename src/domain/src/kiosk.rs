//! The kiosk never leaves the site: an address outside it is shown as a QR code to scan with
//! a phone, and every article and project offers its own public address the same way. The
//! build writes one SVG per address; the app finds it by the same name.

use crate::routes::{Route, SiteAddress};
use crate::{Block, Bundle};
use std::collections::BTreeSet;

/// The folder of the QR codes in the built site.
pub const QR_FOLDER: &str = "qr";

/// Where the build puts the QR code of `url`, relative to the site root: `qr/<hash>.svg`,
/// named by a 64-bit FNV-1a hash of the address (the build refuses two addresses with one name).
pub fn qr_code_file(url: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in url.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{QR_FOLDER}/{hash:016x}.svg")
}

/// Every address the kiosk may show as a QR code: each link out of the site (in front matter
/// and in the text, `mailto:` included) and the public address of each article and project.
pub fn qr_addresses(bundle: &Bundle, address: &SiteAddress) -> BTreeSet<String> {
    let mut urls = BTreeSet::new();
    let from_blocks = |blocks: &[Block], urls: &mut BTreeSet<String>| {
        let links = blocks.iter().flat_map(Block::link_urls);
        urls.extend(
            links
                .filter(|url| !url.starts_with('/'))
                .map(str::to_string),
        );
    };
    for article in &bundle.articles {
        urls.extend(article.links.iter().map(|link| link.url.clone()));
        from_blocks(&article.body, &mut urls);
        urls.insert(address.url(&Route::Article(article.slug.clone())));
    }
    for project in &bundle.projects {
        from_blocks(&project.summary, &mut urls);
        urls.insert(address.url(&Route::Project(project.slug.clone())));
    }
    for vacancy in &bundle.vacancies {
        urls.extend(vacancy.links.iter().map(|link| link.url.clone()));
        from_blocks(&vacancy.body, &mut urls);
    }
    from_blocks(&bundle.site.intro, &mut urls);
    from_blocks(&bundle.site.history, &mut urls);
    urls
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::minimal_bundle;
    use crate::{Inline, Link, RichText};

    #[test]
    fn qr_files_are_named_by_a_stable_hash_of_the_address() {
        // FNV-1a 64 of the empty string and of "a" (the algorithm's published values).
        assert_eq!(qr_code_file(""), "qr/cbf29ce484222325.svg");
        assert_eq!(qr_code_file("a"), "qr/af63dc4c8601ec8c.svg");
        assert_ne!(
            qr_code_file("https://example.org/news/a"),
            qr_code_file("https://example.org/news/b")
        );
    }

    #[test]
    fn every_link_out_and_every_article_and_project_address_gets_a_code() {
        let mut bundle = minimal_bundle();
        bundle.articles[0].links.push(Link {
            label: "Report".into(),
            url: "https://example.org/report.pdf".into(),
        });
        bundle.articles[1]
            .body
            .push(Block::Quote(vec![Block::Paragraph(RichText(vec![
                Inline::Link {
                    url: "mailto:web@example.org".into(),
                    text: vec![Inline::Text("write".into())],
                },
                Inline::Link {
                    url: "/news?topic=x".into(),
                    text: vec![Inline::Text("in the site".into())],
                },
            ]))]));
        let address = SiteAddress::new("https://iom.example", "/kiosk/");
        let urls = qr_addresses(&bundle, &address);
        for expected in [
            "https://example.org/report.pdf",
            "mailto:web@example.org",
            "https://iom.example/kiosk/news/newest",
            "https://iom.example/kiosk/news/undated",
            "https://iom.example/kiosk/projects/p2",
        ] {
            assert!(urls.contains(expected), "{expected} missing from {urls:?}");
        }
        assert!(
            !urls.iter().any(|url| url.starts_with('/')),
            "in-site links stay links"
        );
        assert_eq!(
            urls.len(),
            2 + bundle.articles.len() + bundle.projects.len()
        );
    }
}
