//! The site's addresses: one place that knows every page's path, so the app's links, its
//! router, the build's prerendered files, the sitemap and the feed can never disagree.
//!
//! Paths are relative to the site root and start with "/" ("/news/x"); the app adds its
//! router base (a sub-path such as "/iom-azerbaijan") and the build its public URL.

use crate::news_query::{Facet, NewsQuery};
use crate::Bundle;

/// A page of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    About,
    Projects,
    Project(String),
    /// The news list; a query with text or filters is a search of it.
    News(NewsQuery),
    /// Page 2, 3, … of the news list as the build writes it for readers without the app
    /// (`/news` is page 1). See `shards::NEWS_PAGE_SIZE`.
    NewsArchive(usize),
    Article(String),
    Careers,
}

impl Route {
    /// The whole news list.
    pub fn news() -> Route {
        Route::News(NewsQuery::default())
    }

    /// News filtered to one taxonomy term or year (`/news?topic=x`).
    pub fn news_filtered(facet: Facet, value: &str) -> Route {
        Route::News(NewsQuery::only(facet, value))
    }

    /// The path and query of this page, e.g. "/news/x" or "/news?donor=eu".
    pub fn href(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::About => "/about".to_string(),
            Route::Projects => "/projects".to_string(),
            Route::Project(slug) => format!("/projects/{slug}"),
            Route::News(query) => query.url(),
            Route::NewsArchive(page) => format!("/news/page/{page}"),
            Route::Article(slug) => format!("/news/{slug}"),
            Route::Careers => "/careers".to_string(),
        }
    }

    /// The page a path names (a query string is ignored; one trailing slash is allowed, as
    /// static hosts often add one). `None` for an unknown path: the not-found page.
    pub fn from_path(path: &str) -> Option<Route> {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = match path.strip_suffix('/') {
            Some(trimmed) if !trimmed.is_empty() && !trimmed.ends_with('/') => trimmed,
            _ => path,
        };
        let path = path.strip_prefix('/')?;
        let segments: Vec<&str> = path.split('/').collect();
        match segments.as_slice() {
            [""] => Some(Route::Home),
            ["about"] => Some(Route::About),
            ["projects"] => Some(Route::Projects),
            ["projects", slug] if !slug.is_empty() => Some(Route::Project(slug.to_string())),
            ["news"] => Some(Route::news()),
            ["news", slug] if !slug.is_empty() => Some(Route::Article(slug.to_string())),
            ["news", "page", page] => archive_page(page).map(Route::NewsArchive),
            ["careers"] => Some(Route::Careers),
            _ => None,
        }
    }

    /// The page at a browser path under the site's `base` ("" at the root of a domain,
    /// "/iom-azerbaijan" under a sub-path): "/iom-azerbaijan/news" is `/news`, the base alone
    /// is the home page, a path outside the base is no page of the site.
    pub fn from_path_under(base: &str, path: &str) -> Option<Route> {
        match path.strip_prefix(base)? {
            "" => Some(Route::Home),
            rest if rest.starts_with(['?', '#']) => Some(Route::Home),
            rest if rest.starts_with('/') => Route::from_path(rest),
            _ => None,
        }
    }

    /// Where the build writes this page's HTML, relative to the output folder
    /// ("news/x/index.html"); a host serves it for the page's path.
    pub fn output_file(&self) -> String {
        let path = match self {
            Route::News(_) => "/news".to_string(),
            other => other.href(),
        };
        match path.trim_matches('/') {
            "" => "index.html".to_string(),
            folder => format!("{folder}/index.html"),
        }
    }
}

/// An archive page's number from its path segment: 2 or more, written without a sign or
/// leading zeros (so each page has one address).
pub fn archive_page(segment: &str) -> Option<usize> {
    let page: usize = segment.parse().ok()?;
    (page >= 2 && page.to_string() == segment).then_some(page)
}

/// Where the site is published: its origin (site.toml's `url`) and the sub-path it is served
/// under (the build's public URL), from which every absolute link is made: canonical links,
/// the sitemap, the feed, QR codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteAddress {
    origin: String,
    base: String,
}

impl SiteAddress {
    /// `site_url` as site.toml gives it ("https://example.org"); `public_url` as Trunk's
    /// `--public-url` ("/", "/iom-azerbaijan/", or a full URL whose path is used).
    pub fn new(site_url: &str, public_url: &str) -> SiteAddress {
        SiteAddress {
            origin: site_url.trim_end_matches('/').to_string(),
            base: base_path(public_url),
        }
    }

    /// The sub-path without a trailing slash: "" at the root of the domain.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The path of a page as a link on the site: "/iom-azerbaijan/news/x".
    pub fn path(&self, route: &Route) -> String {
        self.file_path(&route.href())
    }

    /// The path of a file of the site given from its root ("/news/feed.xml").
    pub fn file_path(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The page's absolute URL: "https://example.org/iom-azerbaijan/news/x".
    pub fn url(&self, route: &Route) -> String {
        format!("{}{}", self.origin, self.path(route))
    }

    /// A file's absolute URL, given its path from the site root.
    pub fn file_url(&self, path: &str) -> String {
        format!("{}{}", self.origin, self.file_path(path))
    }
}

/// The router base for a public URL: its path without the trailing slash.
pub fn base_path(public_url: &str) -> String {
    let path = match public_url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |at| &rest[at..]),
        None => public_url,
    };
    let path = path.trim_end_matches('/');
    if path.is_empty() || path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    }
}

/// The file the build writes for any unknown address; hosts answer 404 with it.
pub const NOT_FOUND_FILE: &str = "404.html";

/// Every page the content has, in a stable order: the top-level pages, then each project and
/// each article (newest first). This is what the build prerenders and the sitemap lists.
pub fn all_routes(bundle: &Bundle) -> Vec<Route> {
    let mut routes = vec![
        Route::Home,
        Route::About,
        Route::Projects,
        Route::News(NewsQuery::default()),
        Route::Careers,
    ];
    routes.extend(
        (2..=crate::shards::news_page_count(bundle.articles.len())).map(Route::NewsArchive),
    );
    routes.extend(
        bundle
            .projects
            .iter()
            .map(|project| Route::Project(project.slug.clone())),
    );
    routes.extend(
        bundle
            .articles
            .iter()
            .map(|article| Route::Article(article.slug.clone())),
    );
    routes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::minimal_bundle;

    #[test]
    fn a_browser_path_is_read_under_the_base() {
        assert_eq!(Route::from_path_under("", "/"), Some(Route::Home));
        assert_eq!(Route::from_path_under("/iom", "/iom"), Some(Route::Home));
        assert_eq!(Route::from_path_under("/iom", "/iom/"), Some(Route::Home));
        assert_eq!(
            Route::from_path_under("/iom", "/iom?kiosk"),
            Some(Route::Home)
        );
        assert_eq!(
            Route::from_path_under("/iom", "/iom/news/a-b"),
            Some(Route::Article("a-b".into()))
        );
        assert_eq!(
            Route::from_path_under("/iom", "/iom/news?q=baku"),
            Some(Route::news())
        );
        assert_eq!(Route::from_path_under("/iom", "/news/a-b"), None);
        assert_eq!(Route::from_path_under("/iom", "/iomx/news"), None);
        assert_eq!(Route::from_path_under("", "/nowhere"), None);
    }

    #[test]
    fn every_route_reads_back_from_its_own_path() {
        let routes = [
            Route::Home,
            Route::About,
            Route::Projects,
            Route::Project("cmba".into()),
            Route::News(NewsQuery::default()),
            Route::NewsArchive(2),
            Route::NewsArchive(31),
            Route::Article("a-b".into()),
            Route::Careers,
        ];
        for route in routes {
            assert_eq!(
                Route::from_path(&route.href()),
                Some(route.clone()),
                "{route:?}"
            );
            let with_slash = format!("{}/", route.href().trim_end_matches('/'));
            assert_eq!(
                Route::from_path(&with_slash),
                Some(route.clone()),
                "{with_slash}"
            );
        }
    }

    #[test]
    fn unknown_paths_are_not_pages() {
        for path in [
            "/x",
            "/news/a/b",
            "/about/us",
            "//",
            "/news//",
            "/projects//x",
            "/news/page/1",
            "/news/page/0",
            "/news/page/02",
            "/news/page/+2",
            "/news/page/x",
        ] {
            assert_eq!(Route::from_path(path), None, "{path}");
        }
    }

    #[test]
    fn a_query_string_does_not_change_the_page() {
        assert_eq!(
            Route::from_path("/news/x?utm=1"),
            Some(Route::Article("x".into()))
        );
        assert_eq!(
            Route::from_path("/news?q=baku"),
            Some(Route::News(NewsQuery::default()))
        );
    }

    #[test]
    fn filtered_news_links_are_percent_encoded_queries() {
        assert_eq!(
            Route::news_filtered(Facet::Donor, "eu").href(),
            "/news?donor=eu"
        );
        assert_eq!(
            Route::news_filtered(Facet::Topic, "a b&c").href(),
            "/news?topic=a%20b%26c"
        );
    }

    #[test]
    fn output_files_are_folder_indexes() {
        assert_eq!(Route::Home.output_file(), "index.html");
        assert_eq!(Route::About.output_file(), "about/index.html");
        assert_eq!(
            Route::Article("x".into()).output_file(),
            "news/x/index.html"
        );
        assert_eq!(
            Route::News(NewsQuery::only(Facet::Year, "2016")).output_file(),
            "news/index.html"
        );
        assert_eq!(
            Route::NewsArchive(3).output_file(),
            "news/page/3/index.html"
        );
    }

    #[test]
    fn every_page_of_the_news_list_but_the_first_is_an_archive_route() {
        use crate::shards::NEWS_PAGE_SIZE;
        use crate::test_support::plain_article;
        let mut bundle = minimal_bundle();
        let archive_pages = |bundle: &Bundle| -> Vec<usize> {
            all_routes(bundle)
                .into_iter()
                .filter_map(|route| match route {
                    Route::NewsArchive(page) => Some(page),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(archive_pages(&bundle), Vec::<usize>::new());
        bundle.articles = (0..2 * NEWS_PAGE_SIZE + 1)
            .map(|i| plain_article(&format!("a{i}"), "A", "Text."))
            .collect();
        assert_eq!(archive_pages(&bundle), [2, 3]);
    }

    #[test]
    fn absolute_urls_join_origin_base_and_page() {
        let root = SiteAddress::new("https://example.org/", "/");
        assert_eq!(root.url(&Route::Home), "https://example.org/");
        assert_eq!(root.path(&Route::About), "/about");
        let sub = SiteAddress::new("https://example.org", "/iom-azerbaijan/");
        assert_eq!(sub.base(), "/iom-azerbaijan");
        assert_eq!(sub.url(&Route::Home), "https://example.org/iom-azerbaijan/");
        assert_eq!(
            sub.url(&Route::Article("x".into())),
            "https://example.org/iom-azerbaijan/news/x"
        );
        assert_eq!(
            sub.file_url("/news/feed.xml"),
            "https://example.org/iom-azerbaijan/news/feed.xml"
        );
    }

    #[test]
    fn the_base_is_the_public_urls_path() {
        for (public_url, base) in [
            ("/", ""),
            ("", ""),
            ("/a/", "/a"),
            ("/a/b", "/a/b"),
            ("a/", "/a"),
            ("https://cdn.example.org/x/", "/x"),
            ("https://cdn.example.org", ""),
        ] {
            assert_eq!(base_path(public_url), base, "{public_url}");
        }
    }

    #[test]
    fn all_routes_lists_every_page_once() {
        let bundle = minimal_bundle();
        let routes = all_routes(&bundle);
        let files: std::collections::BTreeSet<String> =
            routes.iter().map(Route::output_file).collect();
        assert_eq!(files.len(), routes.len(), "two routes share a file");
        assert_eq!(
            routes.len(),
            5 + bundle.projects.len() + bundle.articles.len()
        );
    }
}
