//! The published content, split so that a page downloads what it shows and not the archive.
//!
//! - `content.json`, the core: the site, the taxonomies, the projects, the vacancies and a
//!   digest of the news (the newest articles, each project's newest, the counts). Its size
//!   follows the taxonomies, not the archive. Every page loads it.
//! - `content/<release>/news/<slug>.json`: one article with its neighbours and related news,
//!   for the article's page.
//! - `content/<release>/news-start.json`: `/news` as it opens, with no query: the newest
//!   articles and the filters' counts. Its size follows the taxonomies, not the archive.
//! - `content/<release>/list.json`: the news list without search text (every article's
//!   facts and first paragraph: what a query, a filter or "Show more" needs).
//! - `content/<release>/archive.json`: the whole bundle, for searching the text.
//!
//! Everything under `content/<release>/` is named by the release (a hash of the archive), so
//! it can be cached forever, and any article's file follows from its slug alone.

use crate::catalog::{neighbours, project_news, project_period, related_articles, teaser};
use crate::model::{Article, Block, Bundle, Project, Site, Term, Vacancy, BUNDLE_FORMAT_VERSION};
use crate::news_query::{run_with_text, FacetColumns, Facets, NewsQuery, NewsResults};
use crate::Date;
use serde::Serialize;

/// The core's file, beside the pages.
pub const CORE_FILE: &str = "content.json";
/// How many of the newest articles the core carries (Home shows 4, the kiosk loop 5).
pub const LATEST_COUNT: usize = 5;
/// How many of a project's newest articles its page lists (then a link to all of them).
pub const PROJECT_NEWS_COUNT: usize = 12;
/// How many related articles an article's page suggests.
pub const RELATED_COUNT: usize = 3;
/// How many articles a page of the news list shows: `/news` at first and each "Show more",
/// and each of the build's archive pages (`/news/page/2`, …) for readers without the app.
pub const NEWS_PAGE_SIZE: usize = 20;
/// Length of the teaser under an article's title in a list, in characters.
pub const TEASER_CHARS: usize = 180;
/// Length of the snippet under a news result's title, in characters.
pub const SNIPPET_CHARS: usize = 180;

/// What every page needs (`content.json`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Core {
    pub format_version: u32,
    /// The folder of this release's other files: `content/<release>/`.
    pub release: String,
    pub site: Site,
    pub projects: Vec<Project>,
    pub donors: Vec<Term>,
    pub topics: Vec<Term>,
    pub places: Vec<Term>,
    pub vacancies: Vec<Vacancy>,
    pub news: NewsDigest,
}

/// The news as far as Home, the project pages and the kiosk show it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct NewsDigest {
    /// How many articles the archive has.
    pub count: usize,
    /// The newest [`LATEST_COUNT`] articles, newest first.
    pub latest: Vec<ArticleSummary>,
    /// Per project, in the order of `Core::projects`.
    pub projects: Vec<ProjectNews>,
}

/// A project's news as its page shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectNews {
    pub project: String,
    pub count: usize,
    /// The first and last day its dated news covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<(Date, Date)>,
    /// The newest [`PROJECT_NEWS_COUNT`], newest first.
    pub latest: Vec<ArticleSummary>,
}

/// An article in a list: what a card shows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleSummary {
    pub slug: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    pub teaser: String,
}

/// `/news` as it opens, with no query: the newest articles and every filter's options with
/// their counts over the whole archive. Whatever the archive's size, this is what the page
/// shows; the whole list comes when the visitor asks for more.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NewsStart {
    /// How many articles the archive has.
    pub total: usize,
    /// The newest [`NEWS_PAGE_SIZE`], newest first, as the news list has them.
    pub articles: Vec<Article>,
    /// The filters with nothing ticked.
    pub facets: Facets,
}

impl NewsStart {
    /// The start of `list` (the news list, or the whole archive: the same result), whose
    /// articles' facets are `columns`.
    pub fn of(list: &Bundle, columns: &FacetColumns) -> NewsStart {
        let query = NewsQuery::default();
        NewsStart {
            total: list.articles.len(),
            articles: list
                .articles
                .iter()
                .take(NEWS_PAGE_SIZE)
                .map(listed)
                .collect(),
            facets: run_with_text(list, columns, None, &query).facets,
        }
    }

    /// The news query's results with no query: every article, in the list's order. The start
    /// has the facts of the first [`NEWS_PAGE_SIZE`], at the same positions as in the list.
    pub fn results(&self) -> NewsResults {
        NewsResults {
            articles: (0..self.total).collect(),
            facets: self.facets.clone(),
            highlighter: Default::default(),
        }
    }
}

/// How many archive pages of [`NEWS_PAGE_SIZE`] articles `count` articles fill (at least one).
pub fn news_page_count(count: usize) -> usize {
    count.div_ceil(NEWS_PAGE_SIZE).max(1)
}

/// One article's page: the article, the ones either side of it and related news.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleShard {
    pub article: Article,
    /// The next newer article (listed before it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub newer: Option<ArticleSummary>,
    /// The next older article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub older: Option<ArticleSummary>,
    pub related: Vec<ArticleSummary>,
}

impl ArticleSummary {
    pub fn of(article: &Article) -> ArticleSummary {
        ArticleSummary {
            slug: article.slug.clone(),
            title: article.title.clone(),
            start: article.start,
            end: article.end,
            teaser: teaser(&article.body, TEASER_CHARS),
        }
    }
}

impl Core {
    /// The core of `bundle`, whose other files are in `content/<release>/`.
    pub fn of(bundle: &Bundle, release: &str) -> Core {
        let summaries = |articles: &[&Article], count: usize| {
            articles
                .iter()
                .take(count)
                .map(|article| ArticleSummary::of(article))
                .collect()
        };
        let latest: Vec<&Article> = bundle.articles.iter().collect();
        Core {
            format_version: BUNDLE_FORMAT_VERSION,
            release: release.to_string(),
            site: bundle.site.clone(),
            projects: bundle.projects.clone(),
            donors: bundle.donors.clone(),
            topics: bundle.topics.clone(),
            places: bundle.places.clone(),
            vacancies: bundle.vacancies.clone(),
            news: NewsDigest {
                count: bundle.articles.len(),
                latest: summaries(&latest, LATEST_COUNT),
                projects: bundle
                    .projects
                    .iter()
                    .map(|project| {
                        let news = project_news(bundle, &project.slug);
                        ProjectNews {
                            project: project.slug.clone(),
                            count: news.len(),
                            period: project_period(bundle, &project.slug),
                            latest: summaries(&news, PROJECT_NEWS_COUNT),
                        }
                    })
                    .collect(),
            },
        }
    }

    /// The news digest of a project (empty for an unknown one).
    pub fn project_news(&self, project: &str) -> Option<&ProjectNews> {
        self.news
            .projects
            .iter()
            .find(|news| news.project == project)
    }

    /// The start of the news list ([`NewsStart`]), relative to the site's root.
    pub fn news_start_file(&self) -> String {
        release_file(&self.release, "news-start.json")
    }

    /// The news list's file ([`news_list`]), relative to the site's root.
    pub fn list_file(&self) -> String {
        release_file(&self.release, "list.json")
    }

    /// The archive's file, relative to the site's root.
    pub fn archive_file(&self) -> String {
        release_file(&self.release, "archive.json")
    }

    /// The search's dictionary (`search::SearchPieces`), relative to the site's root.
    pub fn search_dictionary_file(&self) -> String {
        release_file(&self.release, "search/dictionary.bin")
    }

    /// Piece `piece` of the search's postings, relative to the site's root.
    pub fn search_piece_file(&self, piece: usize) -> String {
        release_file(&self.release, &format!("search/{piece}.bin"))
    }

    /// The file of the article `slug` (which may not exist), relative to the site's root.
    pub fn article_file(&self, slug: &str) -> String {
        release_file(&self.release, &format!("news/{slug}.json"))
    }
}

fn release_file(release: &str, name: &str) -> String {
    format!("content/{release}/{name}")
}

/// The archive as the news list needs it while nobody searches the text: every article with
/// its facts and only the start of its first paragraph (as much as a result's snippet shows
/// before a search, and one character more so the snippet still ends in "…"), without links
/// or photos. For every query without search text, the news query gives the same
/// results, counts and snippets on it as on the archive (tested).
pub fn news_list(bundle: &Bundle) -> Bundle {
    Bundle {
        articles: bundle.articles.iter().map(listed).collect(),
        ..bundle.clone()
    }
}

/// An article as the news list has it (see [`news_list`]); one already listed is unchanged.
fn listed(article: &Article) -> Article {
    Article {
        body: first_text(&article.body)
            .map(|text| text.chars().take(SNIPPET_CHARS + 1).collect::<String>())
            .map(|text| vec![Block::Paragraph(text.into())])
            .unwrap_or_default(),
        links: Vec::new(),
        images: Vec::new(),
        ..article.clone()
    }
}

/// The first text of a body that is not blank: where a snippet without a match comes from.
fn first_text(body: &[Block]) -> Option<String> {
    body.iter()
        .flat_map(Block::texts)
        .find(|text| !text.trim().is_empty())
        .map(|text| text.into_owned())
}

/// The page of article `slug`, or `None` when the bundle has no such article.
pub fn article_shard(bundle: &Bundle, slug: &str) -> Option<ArticleShard> {
    let article = bundle
        .articles
        .iter()
        .find(|article| article.slug == slug)?;
    let around = neighbours(bundle, slug);
    Some(ArticleShard {
        article: article.clone(),
        newer: around.previous.map(ArticleSummary::of),
        older: around.next.map(ArticleSummary::of),
        related: related_articles(bundle, article, RELATED_COUNT)
            .into_iter()
            .map(ArticleSummary::of)
            .collect(),
    })
}

#[cfg(test)]
mod tests;
