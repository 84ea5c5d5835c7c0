use super::*;
use crate::bundle::{parse_article_shard, parse_core, BundleError};
use crate::test_support::{minimal_bundle, plain_article};

/// `minimal_bundle` with `extra` more articles of project p1, dated one day apart, newest first.
fn bundle_with_p1_news(extra: usize) -> Bundle {
    let mut bundle = minimal_bundle();
    let added = (0..extra).map(|i| {
        let mut article = plain_article(&format!("p1-{i:02}"), &format!("P1 news {i}"), "Text.");
        article.start = Date::new(2017, 1, 28 - i as u8).ok();
        article.projects = vec!["p1".into()];
        article
    });
    bundle.articles.splice(0..0, added);
    bundle
}

#[test]
fn the_core_carries_the_newest_articles_and_each_projects_newest_with_counts() {
    let bundle = bundle_with_p1_news(20);
    let core = Core::of(&bundle, "abc");
    assert_eq!(core.news.count, 23);
    let latest: Vec<&str> = core.news.latest.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(latest, ["p1-00", "p1-01", "p1-02", "p1-03", "p1-04"]);

    let p1 = core.project_news("p1").unwrap();
    assert_eq!(p1.count, 21, "every article of p1, not only those listed");
    assert_eq!(p1.latest.len(), PROJECT_NEWS_COUNT);
    assert_eq!(p1.latest[0].slug, "p1-00");
    assert_eq!(
        p1.period,
        Some((
            Date::new(2016, 5, 2).unwrap(),
            Date::new(2017, 1, 28).unwrap()
        ))
    );
    let p2 = core.project_news("p2").unwrap();
    assert_eq!((p2.count, p2.period, p2.latest.len()), (0, None, 0));
    assert!(core.project_news("unknown").is_none());
}

#[test]
fn a_summary_is_what_a_card_shows() {
    let mut article = plain_article("a", "Title", &"word ".repeat(100));
    article.start = Date::new(2016, 5, 2).ok();
    let summary = ArticleSummary::of(&article);
    assert_eq!(
        (summary.slug.as_str(), summary.title.as_str()),
        ("a", "Title")
    );
    assert_eq!(summary.start, article.start);
    assert!(summary.teaser.ends_with('…') && summary.teaser.chars().count() <= TEASER_CHARS + 1);
}

#[test]
fn an_articles_shard_has_its_neighbours_and_related_news() {
    let bundle = bundle_with_p1_news(2);
    let shard = article_shard(&bundle, "p1-01").unwrap();
    assert_eq!(shard.article.slug, "p1-01");
    assert_eq!(shard.newer.as_ref().map(|a| a.slug.as_str()), Some("p1-00"));
    assert_eq!(
        shard.older.as_ref().map(|a| a.slug.as_str()),
        Some("newest")
    );
    let related: Vec<&str> = shard.related.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(
        related,
        ["p1-00", "newest"],
        "shares project p1, closest in time first"
    );

    let first = article_shard(&bundle, "p1-00").unwrap();
    assert!(first.newer.is_none());
    assert!(article_shard(&bundle, "missing").is_none());
}

#[test]
fn the_other_files_are_in_the_release_folder() {
    let core = Core::of(&minimal_bundle(), "1a2b3c");
    assert_eq!(core.archive_file(), "content/1a2b3c/archive.json");
    assert_eq!(core.article_file("x-y"), "content/1a2b3c/news/x-y.json");
}

#[test]
fn the_core_and_an_articles_shard_read_back_what_the_build_writes() {
    let bundle = bundle_with_p1_news(3);
    let core = Core::of(&bundle, "abc");
    assert_eq!(parse_core(&serde_json::to_string(&core).unwrap()), Ok(core));
    for article in &bundle.articles {
        let shard = article_shard(&bundle, &article.slug).unwrap();
        let json = serde_json::to_string_pretty(&shard).unwrap();
        assert_eq!(parse_article_shard(&json), Ok(shard));
    }
}

#[test]
fn a_broken_core_or_shard_says_what_is_wrong() {
    let core = serde_json::to_value(Core::of(&minimal_bundle(), "abc")).unwrap();
    let mut old = core.clone();
    old["format_version"] = 2.into();
    assert_eq!(
        parse_core(&old.to_string()),
        Err(BundleError::WrongVersion {
            found: 2,
            expected: BUNDLE_FORMAT_VERSION
        })
    );
    let mut no_news = core.clone();
    no_news.as_object_mut().unwrap().remove("news");
    assert!(
        matches!(parse_core(&no_news.to_string()), Err(BundleError::Malformed(m)) if m.contains("news"))
    );
    assert!(matches!(
        parse_article_shard("{\"article\": "),
        Err(BundleError::NotJson(_))
    ));
    assert!(matches!(
        parse_article_shard("{\"related\": []}"),
        Err(BundleError::Malformed(m)) if m.contains("article")
    ));
}

#[test]
fn the_news_list_answers_every_query_without_text_as_the_archive_does() {
    use crate::news_query::{run, Facet, NewsQuery};
    use crate::search::SearchIndex;
    let mut bundle = bundle_with_p1_news(4);
    bundle.articles[1]
        .body
        .insert(0, crate::Block::Paragraph("  ".into()));
    bundle.articles[1]
        .body
        .push(crate::Block::Paragraph("A second paragraph.".into()));
    // Long first paragraphs, cut on a word and inside one, in more than one script.
    bundle.articles[0].body[0] = crate::Block::Paragraph("Word ".repeat(60).into());
    bundle.articles[2].body[0] =
        crate::Block::Paragraph("Azərbaycanın miqrasiya ".repeat(9).into());
    bundle.articles[3].body[0] =
        crate::Block::Paragraph(format!("{}x", "a".repeat(SNIPPET_CHARS)).into());
    bundle.articles[2].topics = vec!["t".into()];
    bundle.topics = vec![Term {
        slug: "t".into(),
        name: "T".into(),
        aliases: vec![],
    }];
    let list = news_list(&bundle);
    let archive_index = SearchIndex::for_bundle(&bundle);
    // The app indexes the list's facets only: no text is searched on it.
    let list_index = SearchIndex::facets_only(&list.articles);
    let mut queries = vec![NewsQuery::default()];
    for (facet, value) in [
        (Facet::Project, "p1"),
        (Facet::Topic, "t"),
        (Facet::Year, "2017"),
        (Facet::Year, "2015"),
    ] {
        queries.push(NewsQuery::from_query_string(&format!(
            "{}={value}",
            facet.param()
        )));
    }
    for query in &queries {
        let (whole, listed) = (
            run(&bundle, &archive_index, query),
            run(&list, &list_index, query),
        );
        assert_eq!(whole.articles, listed.articles, "{query:?}");
        assert_eq!(whole.facets, listed.facets, "{query:?}");
        for &i in &whole.articles {
            let texts = |b: &Bundle| -> Vec<String> {
                b.articles[i]
                    .body
                    .iter()
                    .flat_map(|block| block.texts())
                    .map(|t| t.into_owned())
                    .collect()
            };
            let snippet = |b: &Bundle| {
                whole
                    .highlighter
                    .snippet(texts(b).iter().map(String::as_str), SNIPPET_CHARS)
            };
            assert_eq!(
                snippet(&bundle),
                snippet(&list),
                "snippet of {}",
                bundle.articles[i].slug
            );
        }
    }
    assert!(list
        .articles
        .iter()
        .all(|a| a.body.len() <= 1 && a.links.is_empty() && a.images.is_empty()));
}

#[test]
fn the_news_start_is_the_lists_first_page_with_the_whole_archives_counts() {
    use crate::news_query::{run, Facet, NewsQuery};
    use crate::search::SearchIndex;
    let mut bundle = bundle_with_p1_news(NEWS_PAGE_SIZE + 3);
    bundle.articles[NEWS_PAGE_SIZE + 1].topics = vec!["t".into()];
    bundle.topics = vec![Term {
        slug: "t".into(),
        name: "T".into(),
        aliases: vec![],
    }];
    let list = news_list(&bundle);
    let columns = FacetColumns::build(&list.articles);
    let start = NewsStart::of(&list, &columns);
    let whole = run(
        &bundle,
        &SearchIndex::for_bundle(&bundle),
        &NewsQuery::default(),
    );
    assert_eq!(start.total, bundle.articles.len());
    assert_eq!(start.articles, list.articles[..NEWS_PAGE_SIZE]);
    // The counts are the whole archive's, including articles past the first page.
    assert_eq!(start.facets, whole.facets);
    let topic = &start.facets.options(Facet::Topic)[0];
    assert_eq!((topic.value.as_str(), topic.count), ("t", 1));
    let results = start.results();
    assert_eq!(results, whole);
    assert_eq!(results.facets, whole.facets);
    // Made from the archive itself, the start is the same.
    let from_archive = NewsStart::of(&bundle, &FacetColumns::build(&bundle.articles));
    assert_eq!(from_archive, start);
}

#[test]
fn a_short_archive_starts_with_all_of_it_on_one_page() {
    let bundle = minimal_bundle();
    let start = NewsStart::of(&bundle, &FacetColumns::build(&bundle.articles));
    assert_eq!(start.articles.len(), bundle.articles.len());
    assert_eq!(news_page_count(0), 1);
    assert_eq!(news_page_count(NEWS_PAGE_SIZE), 1);
    assert_eq!(news_page_count(NEWS_PAGE_SIZE + 1), 2);
}

#[test]
fn the_news_start_reads_back_what_the_build_writes() {
    use crate::bundle::parse_news_start;
    let bundle = bundle_with_p1_news(NEWS_PAGE_SIZE);
    let list = news_list(&bundle);
    let start = NewsStart::of(&list, &FacetColumns::build(&list.articles));
    let json = serde_json::to_string(&start).unwrap();
    assert_eq!(parse_news_start(&json), Ok(start));
    assert!(matches!(
        parse_news_start("{\"total\": 3, \"articles\": []}"),
        Err(BundleError::Malformed(m)) if m.contains("facets")
    ));
}
