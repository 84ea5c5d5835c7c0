//! `sitemap.xml` (every page, with the day its content last changed) and `robots.txt`.

use super::escape::escape;
use site_domain::catalog::{article_by_slug, project_period};
use site_domain::routes::{all_routes, Route, SiteAddress};
use site_domain::{Bundle, Date};

pub const SITEMAP_PATH: &str = "/sitemap.xml";

pub fn sitemap(bundle: &Bundle, address: &SiteAddress) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for route in all_routes(bundle) {
        xml.push_str(&format!(
            "  <url><loc>{}</loc>",
            escape(&address.url(&route))
        ));
        if let Some(day) = last_changed(bundle, &route) {
            xml.push_str(&format!("<lastmod>{day}</lastmod>"));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// The last day a page's content covers: an article's last day, a project's latest news;
/// pages that gather everything (home, news, lists) change with the newest article. `None`
/// for an undated article: the content gives no day.
pub fn last_changed(bundle: &Bundle, route: &Route) -> Option<Date> {
    match route {
        Route::Article(slug) => article_by_slug(bundle, slug).and_then(|a| a.last_day()),
        Route::Project(slug) => project_period(bundle, slug).map(|(_, last)| last),
        _ => newest_day(bundle),
    }
}

/// The newest day any article covers.
pub fn newest_day(bundle: &Bundle) -> Option<Date> {
    bundle.articles.iter().filter_map(|a| a.last_day()).max()
}

pub fn robots(address: &SiteAddress) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        address.file_url(SITEMAP_PATH)
    )
}
