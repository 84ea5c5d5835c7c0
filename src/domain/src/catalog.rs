//! Read-only questions the pages ask of a bundle: which article has this slug, what comes
//! before and after it, what is related, what a project covers, which vacancies are open.
//! Pure functions so they are tested natively and shared with any build-time rendering.

use crate::{Article, Block, Bundle, Date, Project, Site, Term, Vacancy};

pub fn article_by_slug<'a>(bundle: &'a Bundle, slug: &str) -> Option<&'a Article> {
    bundle.articles.iter().find(|article| article.slug == slug)
}

pub fn project_by_slug<'a>(projects: &'a [Project], slug: &str) -> Option<&'a Project> {
    projects.iter().find(|project| project.slug == slug)
}

/// A project as pages name it: "Full name (ACRONYM)".
pub fn project_display_name(project: &Project) -> String {
    match &project.short_name {
        Some(short) => format!("{} ({short})", project.name),
        None => project.name.clone(),
    }
}

/// The display name of a taxonomy slug; the slug itself if the bundle does not list it (the
/// build rejects such references, so this only guards against hand-edited bundles).
pub fn term_name<'a>(terms: &'a [Term], slug: &'a str) -> &'a str {
    terms
        .iter()
        .find(|term| term.slug == slug)
        .map_or(slug, |term| term.name.as_str())
}

/// The taxonomy entries for a list of slugs, in the list's order, skipping unknown slugs.
pub fn terms_for<'a>(terms: &'a [Term], slugs: &[String]) -> Vec<&'a Term> {
    slugs
        .iter()
        .filter_map(|slug| terms.iter().find(|term| &term.slug == slug))
        .collect()
}

/// The newest `count` articles (the bundle is already newest first).
pub fn latest_articles(bundle: &Bundle, count: usize) -> Vec<&Article> {
    bundle.articles.iter().take(count).collect()
}

/// The articles either side of one in the bundle's order (newest first): `previous` is the
/// one listed before it (newer), `next` the one after it (older).
#[derive(Debug, Default, PartialEq)]
pub struct Neighbours<'a> {
    pub previous: Option<&'a Article>,
    pub next: Option<&'a Article>,
}

pub fn neighbours<'a>(bundle: &'a Bundle, slug: &str) -> Neighbours<'a> {
    let Some(index) = bundle.articles.iter().position(|a| a.slug == slug) else {
        return Neighbours::default();
    };
    Neighbours {
        previous: index.checked_sub(1).map(|i| &bundle.articles[i]),
        next: bundle.articles.get(index + 1),
    }
}

/// Up to `limit` other articles sharing a project or topic with `article`, best first: a
/// shared project counts more than a shared topic; ties go to the article closest in time,
/// then to bundle order.
pub fn related_articles<'a>(
    bundle: &'a Bundle,
    article: &Article,
    limit: usize,
) -> Vec<&'a Article> {
    let shared = |mine: &[String], theirs: &[String]| {
        theirs.iter().filter(|slug| mine.contains(slug)).count()
    };
    let distance = |other: &Article| match (article.start, other.start) {
        (Some(a), Some(b)) => (a.days_since_epoch() - b.days_since_epoch()).abs(),
        _ => i64::MAX,
    };
    let mut scored: Vec<(usize, i64, usize, &Article)> = bundle
        .articles
        .iter()
        .enumerate()
        .filter(|(_, other)| other.slug != article.slug)
        .filter_map(|(index, other)| {
            let score = 2 * shared(&article.projects, &other.projects)
                + shared(&article.topics, &other.topics);
            (score > 0).then(|| (score, distance(other), index, other))
        })
        .collect();
    crate::sort::sort_by(&mut scored, |a, b| {
        b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    });
    scored
        .into_iter()
        .take(limit)
        .map(|(_, _, _, other)| other)
        .collect()
}

/// A project's articles, newest first.
pub fn project_news<'a>(bundle: &'a Bundle, project_slug: &str) -> Vec<&'a Article> {
    bundle
        .articles
        .iter()
        .filter(|article| article.projects.iter().any(|slug| slug == project_slug))
        .collect()
}

/// The first and last day a project's dated news covers; `None` when it has no dated news.
pub fn project_period(bundle: &Bundle, project_slug: &str) -> Option<(Date, Date)> {
    let news = project_news(bundle, project_slug);
    let first = news.iter().filter_map(|a| a.start).min()?;
    let last = news.iter().filter_map(|a| a.last_day()).max()?;
    Some((first, last))
}

/// Vacancies and internships still open on `today` (closing on or after it), closing soonest
/// first, so expired ones drop off without anyone editing the content.
pub fn open_vacancies(vacancies: &[Vacancy], today: Date) -> Vec<&Vacancy> {
    let mut open: Vec<&Vacancy> = vacancies.iter().filter(|v| v.closes >= today).collect();
    crate::sort::sort_by(&mut open, |a, b| {
        a.closes.cmp(&b.closes).then_with(|| a.title.cmp(&b.title))
    });
    open
}

/// The areas of work (About page) as topics, in the site's order.
pub fn areas_of_work<'a>(site: &Site, topics: &'a [Term]) -> Vec<&'a Term> {
    terms_for(topics, &site.areas)
}

/// A short plain-text teaser from the start of a body: whole words, at most `max_chars`
/// characters, with "…" when cut.
pub fn teaser(body: &[Block], max_chars: usize) -> String {
    let text = body
        .iter()
        .flat_map(Block::texts)
        .collect::<Vec<_>>()
        .join(" ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max_chars {
        return text;
    }
    let cut: String = text.chars().take(max_chars).collect();
    let ends_on_word = text.chars().nth(max_chars) == Some(' ');
    let cut = match cut.rfind(' ') {
        Some(space) if space > 0 && !ends_on_word => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Site, VacancyKind, BUNDLE_FORMAT_VERSION};

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    fn article(
        slug: &str,
        start: Option<&str>,
        end: Option<&str>,
        projects: &[&str],
        topics: &[&str],
    ) -> Article {
        Article {
            slug: slug.into(),
            title: format!("Title of {slug}"),
            start: start.map(date),
            end: end.map(date),
            places: vec![],
            projects: strings(projects),
            donors: vec![],
            topics: strings(topics),
            body: vec![Block::Paragraph(format!("Body of {slug}.").into())],
            links: vec![],
            images: Vec::new(),
        }
    }

    fn vacancy(slug: &str, closes: &str) -> Vacancy {
        Vacancy {
            slug: slug.into(),
            title: format!("Vacancy {slug}"),
            kind: VacancyKind::Vacancy,
            closes: date(closes),
            location: None,
            body: vec![],
            links: vec![],
        }
    }

    fn term(slug: &str, name: &str) -> Term {
        Term {
            slug: slug.into(),
            name: name.into(),
            aliases: Vec::new(),
        }
    }

    /// Newest first, undated last, as the build orders them.
    fn bundle() -> Bundle {
        Bundle {
            format_version: BUNDLE_FORMAT_VERSION,
            site: Site {
                areas: strings(&["trafficking", "borders", "no-such-topic"]),
                ..crate::test_support::minimal_site()
            },
            articles: vec![
                article(
                    "e",
                    Some("2016-12-13"),
                    Some("2016-12-16"),
                    &["border"],
                    &["borders"],
                ),
                article("d", Some("2016-06-01"), None, &[], &["trafficking"]),
                article(
                    "c",
                    Some("2015-03-10"),
                    Some("2015-03-12"),
                    &["border"],
                    &[],
                ),
                article("b", Some("2014-09-28"), None, &["border"], &["borders"]),
                article("a", None, None, &["border", "return"], &[]),
            ],
            projects: vec![
                Project {
                    slug: "border".into(),
                    name: "Border".into(),
                    short_name: None,
                    donors: strings(&["eu"]),
                    summary: vec![],
                    images: Vec::new(),
                },
                Project {
                    slug: "quiet".into(),
                    name: "Quiet".into(),
                    short_name: None,
                    donors: vec![],
                    summary: vec![],
                    images: Vec::new(),
                },
            ],
            donors: vec![term("eu", "European Union")],
            topics: vec![
                term("borders", "Border management"),
                term("trafficking", "Counter-trafficking"),
            ],
            places: vec![],
            vacancies: vec![
                vacancy("late", "2027-03-01"),
                vacancy("closed", "2026-01-09"),
                vacancy("today", "2026-01-10"),
            ],
        }
    }

    fn slugs(articles: &[&Article]) -> Vec<String> {
        articles.iter().map(|a| a.slug.clone()).collect()
    }

    #[test]
    fn finds_articles_and_projects_by_slug() {
        let bundle = bundle();
        assert_eq!(article_by_slug(&bundle, "c").unwrap().slug, "c");
        assert!(article_by_slug(&bundle, "zzz").is_none());
        assert_eq!(
            project_by_slug(&bundle.projects, "border").unwrap().name,
            "Border"
        );
        assert!(project_by_slug(&bundle.projects, "e").is_none());
    }

    #[test]
    fn neighbours_follow_bundle_order_and_stop_at_the_ends() {
        let bundle = bundle();
        let middle = neighbours(&bundle, "c");
        assert_eq!(middle.previous.unwrap().slug, "d");
        assert_eq!(middle.next.unwrap().slug, "b");
        assert!(neighbours(&bundle, "e").previous.is_none());
        assert!(neighbours(&bundle, "a").next.is_none());
        assert_eq!(neighbours(&bundle, "missing"), Neighbours::default());
    }

    #[test]
    fn related_prefers_shared_projects_then_closeness_in_time() {
        let bundle = bundle();
        let e = article_by_slug(&bundle, "e").unwrap();
        // b shares project and topic; c only the project; a the project but is undated; d nothing.
        assert_eq!(slugs(&related_articles(&bundle, e, 10)), ["b", "c", "a"]);
        assert_eq!(slugs(&related_articles(&bundle, e, 2)), ["b", "c"]);
        let d = article_by_slug(&bundle, "d").unwrap();
        assert!(
            related_articles(&bundle, d, 3).is_empty(),
            "nothing shares d's topic"
        );
    }

    #[test]
    fn related_never_lists_the_article_itself() {
        let bundle = bundle();
        for article in &bundle.articles {
            assert!(related_articles(&bundle, article, 10)
                .iter()
                .all(|r| r.slug != article.slug));
        }
    }

    #[test]
    fn project_news_is_newest_first_and_period_spans_its_dated_news() {
        let bundle = bundle();
        assert_eq!(
            slugs(&project_news(&bundle, "border")),
            ["e", "c", "b", "a"]
        );
        assert_eq!(
            project_period(&bundle, "border"),
            Some((date("2014-09-28"), date("2016-12-16")))
        );
        assert!(project_news(&bundle, "quiet").is_empty());
        assert_eq!(project_period(&bundle, "quiet"), None);
        assert_eq!(project_period(&bundle, "return"), None, "only undated news");
    }

    #[test]
    fn vacancies_close_at_the_end_of_their_last_day() {
        let bundle = bundle();
        let open = open_vacancies(&bundle.vacancies, date("2026-01-10"));
        let open: Vec<_> = open.iter().map(|v| v.slug.as_str()).collect();
        assert_eq!(open, ["today", "late"]);
        assert_eq!(
            open_vacancies(&bundle.vacancies, date("2026-01-11")).len(),
            1
        );
        assert!(open_vacancies(&bundle.vacancies, date("2027-03-02")).is_empty());
    }

    #[test]
    fn areas_resolve_to_topics_in_site_order() {
        let bundle = bundle();
        let names: Vec<_> = areas_of_work(&bundle.site, &bundle.topics)
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(names, ["Counter-trafficking", "Border management"]);
    }

    #[test]
    fn names_terms_and_takes_the_latest() {
        let bundle = bundle();
        assert_eq!(term_name(&bundle.donors, "eu"), "European Union");
        assert_eq!(term_name(&bundle.donors, "unknown"), "unknown");
        assert_eq!(latest_articles(&bundle, 2).len(), 2);
    }

    #[test]
    fn teaser_cuts_on_a_word_boundary() {
        let body = vec![
            Block::Paragraph("IOM  organised a\ntraining in Baku, Azerbaijan.".into()),
            Block::BulletList(vec!["More".into()]),
        ];
        assert_eq!(
            teaser(&body, 200),
            "IOM organised a training in Baku, Azerbaijan. More"
        );
        assert_eq!(teaser(&body, 33), "IOM organised a training in Baku…");
        assert_eq!(
            teaser(&body, 35),
            "IOM organised a training in Baku…",
            "no half word"
        );
        assert_eq!(
            teaser(&[Block::Paragraph("Ünïcödé wörds".into())], 9),
            "Ünïcödé…"
        );
    }
}
