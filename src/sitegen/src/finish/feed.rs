//! The Atom feed of the news (`/news/feed.xml`): one entry per article, newest first, each
//! identified by its permanent address.

use super::escape::escape;
use super::head::FEED_PATH;
use super::sitemap::newest_day;
use site_domain::catalog::{teaser, term_name};
use site_domain::i18n::{fill, t, Lang};
use site_domain::routes::{Route, SiteAddress};
use site_domain::{Bundle, Date};

/// Length of an entry's summary, in characters.
const SUMMARY_CHARS: usize = 300;

pub fn feed(bundle: &Bundle, address: &SiteAddress) -> String {
    let lang = Lang::default();
    let news = address.url(&Route::news());
    let title = fill(
        t(lang, "site.title_pattern"),
        &[
            ("page", t(lang, "news.heading")),
            ("site", t(lang, "site.name")),
        ],
    );
    // Atom needs a date on every entry; an undated article (the content gives no day) takes
    // the oldest day of the archive, so readers sorting by date list it last, as the site does.
    let oldest = bundle.articles.iter().filter_map(|a| a.start).min();
    let fallback = oldest.unwrap_or(Date::from_days_since_epoch(0));
    let updated = newest_day(bundle).unwrap_or(fallback);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{}</title>\n  <subtitle>{}</subtitle>\n  <id>{}</id>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <updated>{}</updated>\n  <author><name>{}</name></author>\n",
        lang.code(),
        escape(&title),
        escape(t(lang, "news.description")),
        escape(&news),
        escape(&address.file_url(FEED_PATH)),
        escape(&news),
        timestamp(updated),
        escape(&bundle.site.contact.organisation),
    );
    for article in &bundle.articles {
        let url = address.url(&Route::Article(article.slug.clone()));
        let published = article.start.unwrap_or(fallback);
        let categories: String = article
            .topics
            .iter()
            .map(|slug| {
                format!(
                    "    <category term=\"{}\" label=\"{}\"/>\n",
                    escape(slug),
                    escape(term_name(&bundle.topics, slug))
                )
            })
            .collect();
        xml.push_str(&format!(
            "  <entry>\n    <id>{url}</id>\n    <title>{}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <published>{}</published>\n    <updated>{}</updated>\n    <summary>{}</summary>\n{categories}  </entry>\n",
            escape(&article.title),
            timestamp(published),
            timestamp(article.last_day().unwrap_or(fallback)),
            escape(&teaser(&article.body, SUMMARY_CHARS)),
            url = escape(&url),
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

/// A day as an Atom date-time (the content gives days, not times).
fn timestamp(day: Date) -> String {
    format!("{day}T00:00:00Z")
}
