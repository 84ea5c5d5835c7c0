//! A page's own head tags: title, description, canonical link, Open Graph and Twitter card,
//! the feed's autodiscovery link, and what readers without the app need.

use super::escape::escape;
use site_domain::i18n::{fill, t, Lang};
use site_domain::page_meta::{PageKind, PageMeta};
use site_domain::routes::{Route, SiteAddress};

/// Where the news feed is, from the site root.
pub const FEED_PATH: &str = "/news/feed.xml";
/// The stylesheet that hides what needs the app, loaded only when scripts do not run.
pub const NO_APP_STYLESHEET: &str = "/no-app.css";
/// The `<meta name>` of each content file the page's app loads (read by public/boot.js).
pub const APP_CONTENT_META: &str = "app-content";

/// The head tags of a page (`route` `None`: the not-found page).
pub fn head_tags(
    meta: &PageMeta,
    route: Option<&Route>,
    content_files: &[String],
    address: &SiteAddress,
    lang: Lang,
) -> String {
    let site = t(lang, "site.name");
    let mut tags = vec![
        format!("<title>{}</title>", escape(&meta.document_title)),
        meta_name("description", &meta.description),
    ];
    match (route, &meta.kind) {
        (Some(route), kind) if *kind != PageKind::NotFound => {
            let url = address.url(route);
            tags.push(format!(
                "<link rel=\"canonical\" href=\"{}\">",
                escape(&url)
            ));
            tags.push(meta_property("og:url", &url));
        }
        _ => tags.push(meta_name("robots", "noindex")),
    }
    let feed_title = fill(
        t(lang, "site.title_pattern"),
        &[("page", t(lang, "news.heading")), ("site", site)],
    );
    tags.push(format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{}\">",
        escape(&feed_title),
        escape(&address.file_path(FEED_PATH))
    ));
    let og_type = match meta.kind {
        PageKind::Article { .. } => "article",
        _ => "website",
    };
    tags.push(meta_property("og:type", og_type));
    tags.push(meta_property("og:site_name", site));
    tags.push(meta_property("og:title", &meta.name));
    tags.push(meta_property("og:description", &meta.description));
    if let PageKind::Article {
        published: Some(day),
    } = meta.kind
    {
        tags.push(meta_property("article:published_time", &day.to_string()));
    }
    tags.push(meta_name("twitter:card", "summary"));
    tags.push(meta_name("twitter:title", &meta.name));
    tags.push(meta_name("twitter:description", &meta.description));
    // Not preloaded here: the app starts only where it is needed, and boot.js downloads
    // these beside it when it does.
    for file in content_files {
        tags.push(meta_name(
            APP_CONTENT_META,
            &address.file_path(&format!("/{file}")),
        ));
    }
    tags.push(format!(
        "<noscript><link rel=\"stylesheet\" href=\"{}\"></noscript>",
        escape(&address.file_path(NO_APP_STYLESHEET))
    ));
    tags.iter().map(|tag| format!("    {tag}\n")).collect()
}

fn meta_name(name: &str, content: &str) -> String {
    format!(
        "<meta name=\"{}\" content=\"{}\">",
        escape(name),
        escape(content)
    )
}

fn meta_property(property: &str, content: &str) -> String {
    format!(
        "<meta property=\"{}\" content=\"{}\">",
        escape(property),
        escape(content)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use site_domain::Date;

    fn address() -> SiteAddress {
        SiteAddress::new("https://example.org", "/sub/")
    }

    fn article_meta() -> PageMeta {
        PageMeta {
            name: "Training \"A\" & <B>".into(),
            document_title: "Training — IOM".into(),
            description: "First words.".into(),
            kind: PageKind::Article {
                published: Date::parse("2016-05-02").ok(),
            },
        }
    }

    #[test]
    fn an_article_has_its_canonical_url_and_open_graph_article_tags() {
        let route = Route::Article("x".into());
        let head = head_tags(
            &article_meta(),
            Some(&route),
            &["content.json".to_string()],
            &address(),
            Lang::En,
        );
        for tag in [
            "<title>Training — IOM</title>",
            "<meta name=\"description\" content=\"First words.\">",
            "<link rel=\"canonical\" href=\"https://example.org/sub/news/x\">",
            "<meta property=\"og:type\" content=\"article\">",
            "<meta property=\"og:title\" content=\"Training &quot;A&quot; &amp; &lt;B&gt;\">",
            "<meta property=\"article:published_time\" content=\"2016-05-02\">",
            "<meta name=\"twitter:card\" content=\"summary\">",
            "href=\"/sub/news/feed.xml\"",
            "<noscript><link rel=\"stylesheet\" href=\"/sub/no-app.css\"></noscript>",
        ] {
            assert!(head.contains(tag), "missing {tag} in\n{head}");
        }
    }

    #[test]
    fn the_not_found_page_is_not_indexed_and_has_no_canonical_url() {
        let meta = PageMeta {
            kind: PageKind::NotFound,
            ..article_meta()
        };
        let head = head_tags(&meta, None, &[], &address(), Lang::En);
        assert!(head.contains("<meta name=\"robots\" content=\"noindex\">"));
        assert!(!head.contains("canonical"));
        assert!(head.contains("content=\"website\""));
    }
}
