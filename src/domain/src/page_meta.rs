//! What a page is called and how it describes itself: the browser tab title the app sets,
//! and the `<title>`, description and Open Graph facts the build writes into each
//! prerendered page. One function for both, so the two can never differ.

use crate::catalog::{project_by_slug, project_display_name, teaser};
use crate::i18n::{fill, t, Lang};
use crate::routes::Route;
use crate::shards::Core;
use crate::{Article, Date};

/// Length of a page description (search results show about 160 characters).
const DESCRIPTION_CHARS: usize = 160;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    /// The page's own name ("News", an article's title); the site's name on Home.
    pub name: String,
    /// The browser tab title: "News — IOM Azerbaijan", or the site's name alone on Home.
    pub document_title: String,
    pub description: String,
    pub kind: PageKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageKind {
    Website,
    /// A news article, with the day it reports (absent for an undated article).
    Article {
        published: Option<Date>,
    },
    /// An unknown address, or a slug the content does not have.
    NotFound,
}

/// The name and description of `route` (`None`: an unknown address) in `lang`. For an
/// article's route, `article` is that article (`None`: there is no such article).
pub fn page_meta(
    core: &Core,
    route: Option<&Route>,
    article: Option<&Article>,
    lang: Lang,
) -> PageMeta {
    let text = |key: &str| t(lang, key).to_string();
    let site = t(lang, "site.name");
    // Content may be empty (a project without a summary): then a translated sentence.
    let first_words_or = |blocks: &[crate::Block], key: &str| {
        let words = teaser(blocks, DESCRIPTION_CHARS);
        if words.is_empty() {
            text(key)
        } else {
            words
        }
    };
    let intro = || first_words_or(&core.site.intro, "home.heading");
    let (name, description, kind) = match route {
        Some(Route::Home) => (site.to_string(), intro(), PageKind::Website),
        Some(Route::About) => (text("about.title"), intro(), PageKind::Website),
        Some(Route::Projects) => (
            text("projects.title"),
            text("projects.intro"),
            PageKind::Website,
        ),
        Some(Route::News(_)) => (
            text("news.heading"),
            text("news.description"),
            PageKind::Website,
        ),
        Some(Route::NewsArchive(page))
            if *page <= crate::shards::news_page_count(core.news.count) =>
        {
            (
                fill(
                    t(lang, "news.archive.heading"),
                    &[("page", &page.to_string())],
                ),
                text("news.description"),
                PageKind::Website,
            )
        }
        Some(Route::NewsArchive(_)) => not_found(lang),
        Some(Route::Careers) => (
            text("careers.title"),
            text("careers.intro"),
            PageKind::Website,
        ),
        Some(Route::Project(slug)) => match project_by_slug(&core.projects, slug) {
            Some(project) => (
                project_display_name(project),
                first_words_or(&project.summary, "projects.intro"),
                PageKind::Website,
            ),
            None => not_found(lang),
        },
        Some(Route::Article(slug)) => match article.filter(|article| &article.slug == slug) {
            Some(article) => (
                article.title.clone(),
                first_words_or(&article.body, "news.description"),
                PageKind::Article {
                    published: article.start,
                },
            ),
            None => not_found(lang),
        },
        None => not_found(lang),
    };
    let document_title = match route {
        Some(Route::Home) => site.to_string(),
        _ => fill(
            t(lang, "site.title_pattern"),
            &[("page", &name), ("site", site)],
        ),
    };
    PageMeta {
        name,
        document_title,
        description,
        kind,
    }
}

fn not_found(lang: Lang) -> (String, String, PageKind) {
    (
        t(lang, "notfound.title").to_string(),
        t(lang, "notfound.text").to_string(),
        PageKind::NotFound,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::article_by_slug;
    use crate::test_support::minimal_bundle;
    use crate::Bundle;

    /// As the build asks: the core of the bundle, and the route's article from the bundle.
    fn page_meta(bundle: &Bundle, route: Option<&Route>, lang: Lang) -> PageMeta {
        let article = match route {
            Some(Route::Article(slug)) => article_by_slug(bundle, slug),
            _ => None,
        };
        super::page_meta(&Core::of(bundle, "test"), route, article, lang)
    }

    #[test]
    fn an_article_is_named_by_its_title_and_described_by_its_first_words() {
        let bundle = minimal_bundle();
        let meta = page_meta(&bundle, Some(&Route::Article("newest".into())), Lang::En);
        assert_eq!(meta.name, "Title of newest");
        assert_eq!(meta.document_title, "Title of newest — IOM Azerbaijan");
        assert_eq!(meta.description, "First sentence of newest. More.");
        assert_eq!(
            meta.kind,
            PageKind::Article {
                published: Date::new(2016, 5, 2).ok()
            }
        );
    }

    #[test]
    fn home_is_the_site_name_alone() {
        let meta = page_meta(&minimal_bundle(), Some(&Route::Home), Lang::Ru);
        assert_eq!(meta.document_title, t(Lang::Ru, "site.name"));
    }

    #[test]
    fn unknown_slugs_and_addresses_are_not_found_pages() {
        let bundle = minimal_bundle();
        for route in [
            Some(Route::Article("missing".into())),
            Some(Route::Project("missing".into())),
            // The archive has one page of news: there is no page 2.
            Some(Route::NewsArchive(2)),
            None,
        ] {
            let meta = page_meta(&bundle, route.as_ref(), Lang::Az);
            assert_eq!(meta.kind, PageKind::NotFound);
            assert_eq!(meta.name, t(Lang::Az, "notfound.title"));
        }
    }

    #[test]
    fn every_page_has_a_description() {
        let bundle = minimal_bundle();
        for route in crate::routes::all_routes(&bundle) {
            for lang in Lang::ALL {
                let meta = page_meta(&bundle, Some(&route), lang);
                assert!(!meta.description.trim().is_empty(), "{route:?} in {lang:?}");
            }
        }
    }
}
