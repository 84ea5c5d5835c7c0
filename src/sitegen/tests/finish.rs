//! End-to-end tests of `sitegen finish`: the valid fixture, built and given a Trunk-like page
//! shell, becomes a site with a page per route, the not-found page, sitemap, feed, host files
//! and compressed copies; under a sub-path every address carries the prefix.

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::Content;

/// What Trunk writes: the template with hashed asset names, and an empty body.
const TRUNK_INDEX: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\">\n    <title>IOM Azerbaijan</title>\n    <link rel=\"stylesheet\" href=\"{base}main-0123456789abcdef.css\"/>\n    <script type=\"module\" src=\"{base}boot.js\" data-app-js=\"{base}site_app-0123456789abcdef.js\" data-app-wasm=\"{base}site_app-0123456789abcdef_bg.wasm\"></script>\n  </head>\n  <body>\n  </body>\n</html>\n";

/// The fixture built into a fresh `dist/` with Trunk's files, finished for `public_url`.
fn finished(public_url: &str) -> (Content, PathBuf) {
    let content = Content::new();
    let (ok, _, stderr) = content.build();
    assert!(ok, "{stderr}");
    let dist = content.out().parent().unwrap().to_path_buf();
    fs::write(
        dist.join("index.html"),
        TRUNK_INDEX.replace("{base}", public_url),
    )
    .unwrap();
    for asset in [
        "main-0123456789abcdef.css",
        "site_app-0123456789abcdef.js",
        "site_app-0123456789abcdef_bg.wasm",
        "boot.js",
    ] {
        fs::write(dist.join(asset), format!("/* {asset} */")).unwrap();
    }
    let worker = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/sw.js");
    fs::copy(worker, dist.join("sw.js")).unwrap();
    finish(&dist, public_url);
    (content, dist)
}

fn finish(dist: &Path, public_url: &str) {
    let output = Command::new(env!("CARGO_BIN_EXE_sitegen"))
        .args([
            "finish",
            "--today",
            "2016-12-01",
            "--public-url",
            public_url,
            "--dist",
        ])
        .arg(dist)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn read(dist: &Path, file: &str) -> String {
    fs::read_to_string(dist.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The text of the first `<h1 …>…</h1>` of a page.
fn h1(page: &str) -> &str {
    let start = page.find("<h1").expect("a page has an h1");
    let open_end = start + page[start..].find('>').unwrap() + 1;
    let close = open_end + page[open_end..].find("</h1>").unwrap();
    &page[open_end..close]
}

#[test]
fn every_route_is_a_page_with_its_own_heading_and_head_tags() {
    let (_content, dist) = finished("/");
    let pages = [
        (
            "index.html",
            "International Organization for Migration in Azerbaijan",
        ),
        ("about/index.html", "About IOM Azerbaijan"),
        ("projects/index.html", "Projects"),
        ("projects/proj-a/index.html", "Project A"),
        ("news/index.html", "News"),
        ("news/newer/index.html", "Newer article"),
        ("news/older/index.html", "Older article"),
        ("news/no-date/index.html", "Undated article"),
        ("careers/index.html", "Careers"),
        ("404.html", "Page not found"),
    ];
    for (file, heading) in pages {
        let page = read(&dist, file);
        assert!(h1(&page).starts_with(heading), "{file}: {}", h1(&page));
        assert_eq!(page.matches("<title>").count(), 1, "{file}");
        assert!(page.contains("<div id=\"app\" class=\"app\">"), "{file}");
        assert!(
            page.contains("href=\"/main-0123456789abcdef.css\""),
            "{file}"
        );
        assert!(!page.contains("<script>"), "{file}: no inline script");
    }
    let article = read(&dist, "news/newer/index.html");
    for tag in [
        "<title>Newer article — IOM Azerbaijan</title>",
        "<link rel=\"canonical\" href=\"https://example.org/news/newer\">",
        "<meta property=\"og:type\" content=\"article\">",
        "<meta property=\"og:title\" content=\"Newer article\">",
        "<meta property=\"article:published_time\" content=\"2016-11-22\">",
        "<meta name=\"description\" content=\"Paragraph one continues.",
    ] {
        assert!(article.contains(tag), "missing {tag}");
    }
    // The body is the app's markup: Markdown structure, links with plain hrefs. (Leptos marks
    // text boundaries with empty comments, `<!>`, for hydration: harmless, ignored here.)
    let markup = article.replace("<!>", "");
    assert!(
        markup.contains("<h2>Results <em>so far</em></h2>"),
        "{markup}"
    );
    assert!(article.contains("href=\"/news?topic=border-management\""));
    let not_found = read(&dist, "404.html");
    assert!(not_found.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(!not_found.contains("rel=\"canonical\""));
}

#[test]
fn the_news_page_lists_every_article_for_readers_without_the_app() {
    let (_content, dist) = finished("/");
    let news = read(&dist, "news/index.html");
    for slug in ["newer", "older", "no-date"] {
        assert!(news.contains(&format!("href=\"/news/{slug}\"")), "{slug}");
    }
    assert!(news.contains("class=\"app-only-note\""));
    assert!(news.contains("news-search needs-app"));
}

#[test]
fn a_vacancy_shows_while_it_is_open_on_the_day_of_the_build_and_its_page_starts_the_app() {
    let (_content, dist) = finished("/");
    let careers = read(&dist, "careers/index.html");
    let vacancy = "Test internship";
    assert!(careers.contains(vacancy), "open on 2016-12-01: {careers}");
    // The list goes stale when the vacancy closes: the page asks boot.js for the app at once.
    assert!(careers.contains("data-start-app=\"closing-dates\""));
    finish_on(&dist, "2099-01-01");
    let careers = read(&dist, "careers/index.html");
    assert!(!careers.contains(vacancy));
    // With nothing listed, nothing goes stale: the page reads without the app.
    assert!(!careers.contains("data-start-app"));
}

fn finish_on(dist: &Path, today: &str) {
    let output = Command::new(env!("CARGO_BIN_EXE_sitegen"))
        .args(["finish", "--no-compress", "--today", today, "--dist"])
        .arg(dist)
        .output()
        .unwrap();
    assert!(output.status.success());
}

#[test]
fn sitemap_feed_and_robots_list_every_article() {
    let (_content, dist) = finished("/");
    let sitemap = read(&dist, "sitemap.xml");
    assert_eq!(sitemap.matches("<url>").count(), 5 + 1 + 3, "{sitemap}");
    assert!(sitemap.contains(
        "<url><loc>https://example.org/news/newer</loc><lastmod>2016-11-24</lastmod></url>"
    ));
    assert!(sitemap.contains("<url><loc>https://example.org/news/no-date</loc></url>"));
    let feed = read(&dist, "news/feed.xml");
    assert_eq!(feed.matches("<entry>").count(), 3);
    let ids: Vec<&str> = feed
        .split("<id>")
        .skip(2)
        .map(|rest| rest.split("</id>").next().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "https://example.org/news/newer",
            "https://example.org/news/older",
            "https://example.org/news/no-date"
        ],
        "newest first, one stable id per article"
    );
    assert_eq!(
        read(&dist, "robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n"
    );
}

#[test]
fn host_files_and_compressed_copies_are_written() {
    let (_content, dist) = finished("/");
    let headers = read(&dist, "_headers");
    assert!(headers.contains(
        "/site_app-0123456789abcdef_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable"
    ));
    assert!(headers.contains("/content.json\n  Cache-Control: no-cache"));
    let nginx = read(&dist, "deploy/nginx.conf");
    assert!(nginx.contains("error_page 404 /404.html;"));
    for file in [
        "index.html",
        "news/newer/index.html",
        "content.json",
        "sitemap.xml",
        "news/feed.xml",
    ] {
        assert!(dist.join(format!("{file}.br")).exists(), "{file}.br");
        assert!(dist.join(format!("{file}.gz")).exists(), "{file}.gz");
    }
}

#[test]
fn the_service_worker_lists_every_page_and_file_of_the_release() {
    let (_content, dist) = finished("/");
    let worker = read(&dist, "sw.js");
    let release = worker
        .split("/* release */ ")
        .nth(1)
        .and_then(|rest| rest.split(" /* /release */").next())
        .expect("the release between the markers");
    let release: serde_json::Value = serde_json::from_str(release).unwrap();
    let paths: Vec<&str> = release["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| file["path"].as_str().unwrap())
        .collect();
    for expected in [
        "index.html",
        "404.html",
        "news/newer/index.html",
        "projects/proj-a/index.html",
        "content.json",
        "site_app-0123456789abcdef_bg.wasm",
        "boot.js",
        "sitemap.xml",
    ] {
        assert!(paths.contains(&expected), "{expected} not in {paths:?}");
    }
    assert!(!paths
        .iter()
        .any(|p| p.ends_with(".br") || *p == "sw.js" || *p == "_headers"));
    assert_eq!(release["id"].as_str().unwrap().len(), 16);
}

#[test]
fn finishing_twice_gives_the_same_site() {
    let (_content, dist) = finished("/");
    let once = read(&dist, "news/newer/index.html");
    finish(&dist, "/");
    assert_eq!(read(&dist, "news/newer/index.html"), once);
}

#[test]
fn under_a_sub_path_every_address_carries_the_prefix() {
    let (_content, dist) = finished("/iom-azerbaijan/");
    let article = read(&dist, "news/newer/index.html");
    assert!(article.contains(
        "<link rel=\"canonical\" href=\"https://example.org/iom-azerbaijan/news/newer\">"
    ));
    assert!(article.contains("href=\"/iom-azerbaijan/news/feed.xml\""));
    assert!(
        article.contains("href=\"/iom-azerbaijan/projects\""),
        "nav links"
    );
    assert!(
        !article.contains("href=\"/news"),
        "no link without the prefix"
    );
    assert!(read(&dist, "sitemap.xml")
        .contains("<loc>https://example.org/iom-azerbaijan/news/older</loc>"));
    assert!(read(&dist, "news/feed.xml")
        .contains("<id>https://example.org/iom-azerbaijan/news/older</id>"));
    assert!(read(&dist, "deploy/nginx.conf").contains("error_page 404 /iom-azerbaijan/404.html;"));
}

#[test]
fn a_folder_without_a_bundle_or_shell_is_refused_with_what_is_missing() {
    let dir = std::env::temp_dir().join(format!("sitegen-finish-empty-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_sitegen"))
        .args(["finish", "--dist"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("content.json"), "{stderr}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn each_page_names_the_content_files_it_loads_and_nothing_of_the_archive_it_does_not() {
    let (_content, dist) = finished("/");
    let core: serde_json::Value = serde_json::from_str(&read(&dist, "content.json")).unwrap();
    let release = core["release"].as_str().unwrap();
    let content_files = |file: &str| -> Vec<String> {
        read(&dist, file)
            .split("<meta name=\"app-content\" content=\"")
            .skip(1)
            .map(|rest| rest[..rest.find('"').unwrap()].to_string())
            .collect()
    };
    let list = format!("/content/{release}/list.json");
    let start = format!("/content/{release}/news-start.json");
    let newer = format!("/content/{release}/news/newer.json");
    assert_eq!(content_files("index.html"), ["/content.json"]);
    // Nothing is fetched for the app before it starts, which a reading visit never needs.
    assert!(!read(&dist, "index.html").contains("rel=\"preload\""));
    assert_eq!(
        content_files("projects/proj-a/index.html"),
        ["/content.json"]
    );
    // The news page opens with the list's start; the whole list comes when asked for.
    assert_eq!(
        content_files("news/index.html"),
        ["/content.json", start.as_str()]
    );
    assert_eq!(
        content_files("news/newer/index.html"),
        ["/content.json", newer.as_str()]
    );
    let archive = format!("/content/{release}/archive.json");
    for file in [archive, list, start, newer] {
        assert!(dist.join(&file[1..]).is_file(), "{file} is written");
    }
    // The core carries no article bodies: its size follows the taxonomies, not the archive.
    assert_eq!(core["news"]["count"], 3);
    assert!(core.get("articles").is_none());
}
