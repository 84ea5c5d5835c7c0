//! Property tests: reading content files never panics, whatever the input.
//!
//! A few hundred cases per property in the normal `cargo test`; for a long run:
//! `PROPTEST_CASES=200000 cargo test -p site_domain --features source --release fuzz_ -- --nocapture`
//! (each property prints how many inputs it ran).
#![cfg(feature = "source")]

mod fuzz_support;

use fuzz_support::check;
use proptest::prelude::*;
use site_domain::source::{file_problems, parse_markdown, split, ContentKind};

const KINDS: [ContentKind; 5] = [
    ContentKind::Article,
    ContentKind::Project,
    ContentKind::Vacancy,
    ContentKind::Site,
    ContentKind::Taxonomies,
];

/// Every reader on `text`; each must return (problems or not) without panicking.
fn read_as_every_kind(text: &str) {
    for kind in KINDS {
        let problems = file_problems(kind, "articles/x.md", "x", text);
        for problem in problems {
            assert!(!problem.to_string().is_empty());
        }
    }
}

/// Values of every TOML type, some of them nested.
fn toml_value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        any::<String>().prop_map(|s| format!("{s:?}")),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(|d| format!("\"{d}\"")),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        any::<i64>().prop_map(|n| n.to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        "\"(https|javascript|mailto|data):[a-z/.@]{0,12}\"",
        "\"[a-z<>&;/ -]{0,12}\"",
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4)
                .prop_map(|items| format!("[{}]", items.join(", "))),
            prop::collection::vec(("[a-z]{1,6}", inner), 0..3).prop_map(|fields| {
                let fields: Vec<String> = fields
                    .into_iter()
                    .map(|(k, v)| format!("{k} = {v}"))
                    .collect();
                format!("{{ {} }}", fields.join(", "))
            }),
        ]
    })
}

/// Field names the readers know, near-misses and nonsense.
fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "title",
            "start",
            "end",
            "undated",
            "places",
            "projects",
            "donors",
            "topics",
            "links",
            "editor_notes",
            "name",
            "short_name",
            "kind",
            "closes",
            "location",
            "intro",
            "history",
            "areas",
            "contact",
            "member_state_since",
            "tittle",
            "label",
            "url",
        ])
        .prop_map(String::from),
        "[a-z_]{1,10}",
    ]
}

/// Front matter and body that look like real content files, mutated.
fn content_file() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        (field_name(), toml_value()).prop_map(|(k, v)| format!("{k} = {v}")),
        field_name().prop_map(|k| format!("[[{k}]]")),
        field_name().prop_map(|k| format!("[{k}]")),
        any::<String>(),
    ];
    let body_line = prop_oneof![
        Just(String::new()),
        "[A-Za-z <>&:/.]{0,30}",
        "(- |1\\. |12\\. )[a-z <]{0,20}",
        any::<String>(),
    ];
    (
        prop::collection::vec(line, 0..12),
        prop::collection::vec(body_line, 0..12),
        prop::bool::weighted(0.9),
    )
        .prop_map(|(front, body, closed)| {
            let close = if closed { "+++\n" } else { "" };
            format!("+++\n{}\n{close}{}", front.join("\n"), body.join("\n"))
        })
}

#[test]
fn fuzz_arbitrary_strings() {
    check("fuzz_arbitrary_strings", any::<String>(), |text| {
        read_as_every_kind(&text);
        read_as_every_kind(&format!("+++\n{text}\n+++\n{text}"));
        Ok(())
    });
}

#[test]
fn fuzz_arbitrary_bytes() {
    check(
        "fuzz_arbitrary_bytes",
        prop::collection::vec(any::<u8>(), 0..2048),
        |bytes| {
            let text = String::from_utf8_lossy(&bytes);
            read_as_every_kind(&text);
            read_as_every_kind(&format!("+++\n{text}"));
            Ok(())
        },
    );
}

#[test]
fn fuzz_content_like_files() {
    check("fuzz_content_like_files", content_file(), |text| {
        read_as_every_kind(&text);
        Ok(())
    });
}

/// Every word of a body is in the blocks read from it, in order; only a body with a problem
/// (a code block, a rule), which the build refuses naming its line, may lose words: nothing
/// is dropped in silence. In these lines Markdown's syntax (list markers, quotes, rules,
/// heading underlines) is made of `-`, `>`, digits and dots only, so the words compared are
/// those with a letter.
#[test]
fn fuzz_body_keeps_every_word() {
    check(
        "fuzz_body_keeps_every_word",
        prop::collection::vec(body_line(), 0..20),
        |lines| {
            let text = lines.join("\n");
            let body = parse_markdown("x.md", &text, 1, "body");
            let written = words(&text);
            let read: Vec<String> = body
                .blocks
                .iter()
                .flat_map(|block| block.texts())
                .flat_map(|text| words(&text))
                .collect();
            // A problem fails the build and names its line: only then may words go missing.
            if body.problems.is_empty() {
                prop_assert_eq!(&read, &written, "{:?} lost or changed words", text);
            }
            let in_text = |line: usize| line >= 1 && line <= lines.len().max(1);
            prop_assert!(body.lines.iter().all(|(_, line)| in_text(*line)));
            prop_assert!(body.problems.iter().all(|p| p.line.is_some_and(in_text)));
            Ok(())
        },
    );
}

/// A line of a body: words, often after what starts a block (an indent that makes code, a
/// list marker, a quote, a rule or a heading's underline).
fn body_line() -> impl Strategy<Value = String> {
    let start = prop::sample::select(vec![
        "", "", "", "", "    ", "  ", "- ", "1. ", "2. ", "12. ", "> ", "> > ", "-", "---", "- - -",
    ]);
    (start, "[-0-9a-z. ]{0,12}").prop_map(|(start, words)| format!("{start}{words}"))
}

/// The words of `text` that contain a letter (never Markdown syntax in the fuzzed alphabet).
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|word| word.bytes().any(|b| b.is_ascii_alphabetic()))
        .map(String::from)
        .collect()
}

#[test]
fn fuzz_split_offsets_are_consistent() {
    check(
        "fuzz_split_offsets_are_consistent",
        any::<String>(),
        |text| {
            if let Ok(parts) = split("x.md", &text) {
                prop_assert!(text.ends_with(parts.body));
                prop_assert!(parts.body_line >= 3);
            }
            Ok(())
        },
    );
}

#[test]
fn fuzz_huge_inputs() {
    let words = "word <b> javascript:x &amp; 2016-02-30 ".repeat(6_000);
    let huge = format!(
        "+++\ntitle = \"{}\"\nstart = \"2016-01-01\"\n+++\n{}",
        "t".repeat(100_000),
        words
    );
    read_as_every_kind(&huge);
    let long_line = "x".repeat(300_000);
    read_as_every_kind(&long_line);
    read_as_every_kind(&"\n".repeat(300_000));
    read_as_every_kind(&"+++\n".repeat(60_000));
    let many_links = "[[links]]\nlabel = \"a\"\nurl = \"https://a.b\"\n".repeat(5_000);
    read_as_every_kind(&format!(
        "+++\ntitle = \"T\"\nundated = true\n{many_links}+++\nBody"
    ));
}

#[test]
fn fuzz_deeply_nested_toml() {
    for depth in [64, 1_000, 100_000] {
        let arrays = format!(
            "+++\ntitle = {}{}\n+++\nB",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        let tables = format!(
            "+++\nlinks = {}{}\n+++\nB",
            "{a=".repeat(depth),
            "}".repeat(depth)
        );
        let headers = format!("+++\n[links.{}]\n+++\nB", vec!["a"; depth].join("."));
        let dotted = format!("+++\n[[links]]\n{} = 1\n+++\nB", vec!["a"; depth].join("."));
        for text in [arrays, tables, headers, dotted] {
            read_as_every_kind(&text);
        }
    }
}
