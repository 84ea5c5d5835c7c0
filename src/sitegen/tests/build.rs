//! End-to-end tests of `sitegen build`: a valid fixture builds to the expected bundle, and each
//! class of bad content is reported naming the file, the field and the line.

mod support;

use std::fs;
use support::Content;

#[test]
fn the_valid_fixture_builds_to_the_expected_bundle() {
    let content = Content::new();
    let (ok, stdout, stderr) = content.build();
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains("/projects/proj-a.md: summary to be checked"),
        "{stdout}"
    );
    assert!(
        stdout.contains("3 articles (1 undated), 1 projects, 1 vacancies"),
        "{stdout}"
    );
    let built: serde_json::Value =
        serde_json::from_slice(&fs::read(content.out()).unwrap()).unwrap();
    let expected_file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid.expected.json"
    );
    let expected: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(expected_file).unwrap()).unwrap();
    assert_eq!(built, expected);
    let bundle =
        site_domain::bundle::parse_bundle(&fs::read_to_string(content.out()).unwrap()).unwrap();
    let order: Vec<&str> = bundle.articles.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(order, ["newer", "older", "no-date"]);
}

#[test]
fn missing_required_field() {
    let content = Content::new();
    content.edit("articles/older.md", "title = \"Older article\"\n", "");
    assert_eq!(
        content.only_problem(),
        "content/articles/older.md: field \"title\": is missing (it is required)"
    );
}

#[test]
fn wrong_type() {
    let content = Content::new();
    content.edit(
        "projects/proj-a.md",
        "donors = [\"donor-a\"]",
        "donors = \"donor-a\"",
    );
    let problem = content.only_problem();
    assert!(
        problem.starts_with("content/projects/proj-a.md:4: field \"donors\": invalid type"),
        "{problem}"
    );
}

#[test]
fn unknown_field_suggests_the_closest() {
    let content = Content::new();
    content.edit("articles/older.md", "title =", "tittle =");
    let problems = content.problems();
    assert!(
        problems.contains(
            &"content/articles/older.md:2: field \"tittle\": unknown field; did you mean `title`?"
                .to_string()
        ),
        "{problems:#?}"
    );
}

#[test]
fn malformed_and_impossible_dates() {
    let content = Content::new();
    content.edit("articles/older.md", "2015-03-01", "2016-02-30");
    content.edit(
        "articles/newer.md",
        "end = \"2016-11-24\"",
        "end = \"24/11/2016\"",
    );
    let problems = content.problems();
    assert_problems(
        &problems,
        &[
            "content/articles/newer.md:4: field \"end\": \"24/11/2016\" is not a date of the form YYYY-MM-DD",
            "content/articles/older.md:3: field \"start\": day 30 does not exist in 2016-02",
        ],
    );
}

#[test]
fn end_before_start_and_end_without_start() {
    let content = Content::new();
    content.edit("articles/newer.md", "2016-11-24", "2016-11-21");
    let problem = content.only_problem();
    assert_eq!(problem, "content/articles/newer.md:4: field \"end\": 2016-11-21 is before the start date 2016-11-22");
    let content = Content::new();
    content.edit(
        "articles/no-date.md",
        "undated = true",
        "end = \"2016-01-01\"",
    );
    let problems = content.problems();
    assert!(
        problems
            .iter()
            .any(|p| p
                == "content/articles/no-date.md:3: field \"end\": is given without a start date"),
        "{problems:#?}"
    );
}

#[test]
fn missing_start_without_undated() {
    let content = Content::new();
    content.edit("articles/no-date.md", "undated = true\n", "");
    let problem = content.only_problem();
    assert!(
        problem.starts_with("content/articles/no-date.md: field \"start\": is missing"),
        "{problem}"
    );
    assert!(problem.contains("undated = true"), "{problem}");
}

#[test]
fn duplicate_slug_ignoring_case_and_bad_file_names() {
    let content = Content::new();
    let older = fs::read_to_string(content.content().join("articles/older.md")).unwrap();
    content
        .write("articles/Older.md", &older)
        .write("articles/bad_name.md", &older);
    let problems = content.problems();
    let expected = [
        "content/articles/older.md: has the same slug as articles/Older.md (slugs are compared ignoring case)",
        "content/articles/Older.md: the file name must be a valid slug: slug \"Older\" contains 'O' (use lowercase): only lowercase ASCII letters, digits and single hyphens are allowed",
        "content/articles/bad_name.md: the file name must be a valid slug: slug \"bad_name\" contains '_': only lowercase ASCII letters, digits and single hyphens are allowed",
    ];
    for line in expected {
        assert!(
            problems.iter().any(|p| p == line),
            "missing {line}\n{problems:#?}"
        );
    }
}

#[test]
fn unknown_references() {
    let content = Content::new();
    content.edit(
        "articles/older.md",
        "places = [\"town-a\"]",
        "places = [\"town-b\"]",
    );
    content.edit(
        "articles/older.md",
        "projects = [\"proj-a\"]",
        "projects = [\"proj-b\"]",
    );
    content.edit(
        "articles/older.md",
        "donors = [\"donor-a\"]",
        "donors = [\"donor-b\"]",
    );
    content.edit(
        "articles/older.md",
        "topics = [\"border-management\"]",
        "topics = [\"health\"]",
    );
    let problems = content.problems();
    assert_eq!(
        problems,
        [
            "content/articles/older.md:4: field \"places[0]\": unknown place \"town-b\" (not listed under [[places]] in taxonomies.toml)",
            "content/articles/older.md:5: field \"projects[0]\": unknown project \"proj-b\" (no file projects/proj-b.md)",
            "content/articles/older.md:6: field \"donors[0]\": unknown donor \"donor-b\" (not listed under [[donors]] in taxonomies.toml)",
            "content/articles/older.md:7: field \"topics[0]\": unknown topic \"health\" (not listed under [[topics]] in taxonomies.toml)",
        ]
    );
}

#[test]
fn empty_title_and_body() {
    let content = Content::new();
    content.edit("articles/older.md", "Older article", " ");
    content.edit("articles/older.md", "Older body.", "");
    let problems = content.problems();
    assert_eq!(
        problems,
        [
            "content/articles/older.md: field \"body\": is empty: write at least one paragraph",
            "content/articles/older.md:2: field \"title\": is empty",
        ]
    );
}

#[test]
fn markup_in_titles_bodies_and_names() {
    let content = Content::new();
    content.edit("articles/older.md", "Older article", "Older <b>article</b>");
    content.edit(
        "articles/newer.md",
        "2. second",
        "2. <script>alert(1)</script>",
    );
    content.edit(
        "taxonomies.toml",
        "name = \"Town A\"",
        "name = \"Town &amp; A\"",
    );
    let problems = content.problems();
    assert_problems(
        &problems,
        &[
            "content/articles/newer.md:16: field \"body[1][1]\": contains a <script> tag",
            "content/articles/older.md:2: field \"title\": contains HTML markup (\"<b>article</b>\")",
            "content/taxonomies.toml:11: field \"places[0].name\": contains an HTML entity",
        ],
    );
}

#[test]
fn unsafe_urls_in_links_and_text() {
    let content = Content::new();
    content.edit(
        "articles/newer.md",
        "https://example.org/report.pdf",
        "javascript:alert(1)",
    );
    content.edit(
        "articles/older.md",
        "Older body.",
        "See data:text/html;base64,PHNjcmlwdD4= here.",
    );
    let problems = content.problems();
    assert_problems(
        &problems,
        &[
            "content/articles/newer.md:9: field \"links[0].url\": URL \"javascript:alert(1)\" uses the scheme \"javascript:\"",
            "content/articles/older.md:10: field \"body[0]\": contains a \"data:\" URL",
        ],
    );
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let content = Content::new();
    content.write("articles/older.md", b"+++\ntitle = \"Caf\xe9\"\n+++\n");
    assert_eq!(
        content.only_problem(),
        "content/articles/older.md:2: is not valid UTF-8: the byte at offset 16 (0xE9) cannot be decoded; save the file as UTF-8"
    );
}

#[test]
fn oversized_file_names_size_and_limit() {
    let content = Content::new();
    let body = "word ".repeat(60_000);
    let text = format!("+++\ntitle = \"Long\"\nundated = true\n+++\n{body}\n");
    content.write("articles/older.md", &text);
    let problem = content.only_problem();
    let expected = format!("content/articles/older.md: the file is 294 KiB ({} bytes); the limit is 256 KiB (262144 bytes)", text.len());
    assert!(problem.starts_with(&expected), "{problem}");
}

#[test]
fn missing_and_unclosed_front_matter() {
    let content = Content::new();
    content.edit("articles/older.md", "+++\ntitle", "title");
    content.edit("articles/newer.md", "+++\n\nParagraph", "\nParagraph");
    let problems = content.problems();
    assert_problems(
        &problems,
        &[
            "content/articles/newer.md:1: the front matter opened by `+++` on line 1 is never closed",
            "content/articles/older.md:1: the file must start with a line `+++`",
        ],
    );
}

#[test]
fn vacancy_kind_must_be_vacancy_or_internship() {
    let content = Content::new();
    content.edit(
        "vacancies/intern-a.md",
        "kind = \"internship\"",
        "kind = \"job\"",
    );
    assert_eq!(
        content.only_problem(),
        "content/vacancies/intern-a.md:3: field \"kind\": unknown variant `job`, expected `vacancy` or `internship`"
    );
}

#[test]
fn duplicate_taxonomy_slugs() {
    let content = Content::new();
    let taxonomies = fs::read_to_string(content.content().join("taxonomies.toml")).unwrap();
    content.write(
        "taxonomies.toml",
        format!("{taxonomies}\n[[places]]\nslug = \"Town-A\"\nname = \"Town A again\"\n"),
    );
    let problems = content.problems();
    assert!(
        problems.iter().any(|p| p == "content/taxonomies.toml:14: field \"places[1].slug\": slug \"Town-A\" is already used by places[0]"),
        "{problems:#?}"
    );
}

#[test]
fn markdown_the_site_cannot_show_is_refused_with_file_and_line() {
    let content = Content::new();
    content.edit(
        "articles/newer.md",
        "2. second",
        "2. [second](javascript:alert(1))\n\n# Big title\n\nRun `x`.\n\n<em>raw</em> text\n\n[site](//evil.example)",
    );
    let problems = content.problems();
    let expected_starts = [
        "content/articles/newer.md:16: field \"body[1][1]\": URL \"javascript:alert(1)\" uses the scheme \"javascript:\"",
        "content/articles/newer.md:18: field \"body[2]\": a level 1 heading is not allowed",
        "content/articles/newer.md:20: field \"body[3]\": code (`x`) is not supported",
        "content/articles/newer.md:22: field \"body[4]\": contains HTML markup (\"<em>raw</em> text\")",
        "content/articles/newer.md:24: field \"body[5]\": in-site link \"//evil.example\" must be a path",
    ];
    assert_problems(&problems, &expected_starts);
}

#[test]
fn lists_every_problem_of_every_file_at_once() {
    let content = Content::new();
    content.edit("articles/older.md", "title =", "tittle =");
    content.edit("articles/older.md", "2015-03-01", "2015-02-29");
    content.edit(
        "articles/newer.md",
        "https://example.org/report.pdf",
        "vbscript:x",
    );
    content.edit("articles/newer.md", "first", "<i>first</i>");
    content.edit("projects/proj-a.md", "donor-a", "donor-z");
    content.edit("vacancies/intern-a.md", "2030-01-31", "2030-13-01");
    content.edit(
        "site.toml",
        "areas = [\"border-management\"]",
        "areas = [\"nothing\"]",
    );
    content.write("articles/notes.txt", "stray");
    let problems = content.problems();
    let expected_starts = [
        "content/articles/newer.md:9: field \"links[0].url\"",
        "content/articles/newer.md:15: field \"body[1][0]\"",
        "content/articles/notes.txt: is not a .md file",
        "content/articles/older.md: field \"title\": is missing",
        "content/articles/older.md:2: field \"tittle\": unknown field",
        "content/articles/older.md:3: field \"start\": day 29 does not exist",
        "content/projects/proj-a.md:4: field \"donors[0]\": unknown donor \"donor-z\"",
        "content/site.toml:11: field \"areas[0]\": unknown topic \"nothing\"",
        "content/vacancies/intern-a.md:4: field \"closes\": month 13",
    ];
    assert_problems(&problems, &expected_starts);
}

#[test]
fn a_failed_build_leaves_the_previous_bundle_untouched() {
    let content = Content::new();
    assert!(content.build().0);
    let before = fs::read(content.out()).unwrap();
    content.edit("articles/older.md", "2015-03-01", "2015-02-29");
    let (ok, _, _) = content.build();
    assert!(!ok);
    assert_eq!(fs::read(content.out()).unwrap(), before);
}

/// The build's problems are exactly as many as `expected_starts`, in order, each starting with
/// its expected text (the rest of a message may say more).
fn assert_problems(problems: &[String], expected_starts: &[&str]) {
    assert_eq!(problems.len(), expected_starts.len(), "{problems:#?}");
    for (problem, start) in problems.iter().zip(expected_starts) {
        assert!(
            problem.starts_with(start),
            "{problem}\n  should start with {start}"
        );
    }
}
