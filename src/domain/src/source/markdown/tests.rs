use super::*;
use proptest::prelude::*;

fn blocks(text: &str) -> Vec<Block> {
    let body = parse_markdown("articles/a.md", text, 1, "body");
    assert_eq!(body.problems, vec![], "{text:?}");
    body.blocks
}

/// The problems of `text` as (line, message).
fn problems(text: &str) -> Vec<(usize, String)> {
    parse_markdown("articles/a.md", text, 10, "body")
        .problems
        .into_iter()
        .map(|problem| (problem.line.unwrap(), problem.message))
        .collect()
}

fn text(text: &str) -> Inline {
    Inline::Text(text.into())
}

fn paragraph(inlines: Vec<Inline>) -> Block {
    Block::Paragraph(RichText(inlines))
}

#[test]
fn joins_wrapped_lines_into_paragraphs() {
    assert_eq!(
        blocks("\nFirst line\n  continues here.\n\n\nSecond.\n"),
        vec![
            Block::Paragraph("First line continues here.".into()),
            Block::Paragraph("Second.".into())
        ]
    );
    // A hard break (two spaces or a backslash at the end of a line) also reads as a space.
    assert_eq!(
        blocks("One  \ntwo\\\nthree"),
        vec![Block::Paragraph("One two three".into())]
    );
}

#[test]
fn reads_numbered_and_bullet_lists_tight_or_loose() {
    assert_eq!(
        blocks("Intro:\n1. one\n2. two\n   wrapped\n\n- a\n\n- b\n"),
        vec![
            Block::Paragraph("Intro:".into()),
            Block::NumberedList(vec!["one".into(), "two wrapped".into()]),
            Block::BulletList(vec!["a".into(), "b".into()]),
        ]
    );
    assert_eq!(
        blocks("* star\n+ plus"),
        vec![
            Block::BulletList(vec!["star".into()]),
            Block::BulletList(vec!["plus".into()])
        ]
    );
}

#[test]
fn keeps_years_and_hyphenated_words_as_prose() {
    assert_eq!(
        blocks("In\n2016. Then -5 degrees"),
        vec![Block::Paragraph("In 2016. Then -5 degrees".into())]
    );
}

#[test]
fn reads_headings_quotes_emphasis_and_links() {
    assert_eq!(
        blocks("## Results\n\n> Quoted *words*.\n>\n> - a\n\nSee **the [report](https://www.iom.int/r) now**, <https://iom.int> or <iombaku@iom.int>."),
        vec![
            Block::Heading(Heading {
                level: 2,
                text: "Results".into()
            }),
            Block::Quote(vec![
                paragraph(vec![
                    text("Quoted "),
                    Inline::Emphasis(vec![text("words")]),
                    text(".")
                ]),
                Block::BulletList(vec!["a".into()]),
            ]),
            paragraph(vec![
                text("See "),
                Inline::Strong(vec![
                    text("the "),
                    Inline::Link {
                        url: "https://www.iom.int/r".into(),
                        text: vec![text("report")]
                    },
                    text(" now"),
                ]),
                text(", "),
                Inline::Link {
                    url: "https://iom.int".into(),
                    text: vec![text("https://iom.int")]
                },
                text(" or "),
                Inline::Link {
                    url: "mailto:iombaku@iom.int".into(),
                    text: vec![text("iombaku@iom.int")]
                },
                text("."),
            ]),
        ]
    );
    assert_eq!(
        blocks("Setext heading\n---\n\n#### Four\n\nAn [internal](/news?topic=x) link."),
        vec![
            Block::Heading(Heading {
                level: 2,
                text: "Setext heading".into()
            }),
            Block::Heading(Heading {
                level: 4,
                text: "Four".into()
            }),
            paragraph(vec![
                text("An "),
                Inline::Link {
                    url: "/news?topic=x".into(),
                    text: vec![text("internal")]
                },
                text(" link.")
            ]),
        ]
    );
}

#[test]
fn escapes_and_plain_punctuation_stay_text() {
    assert_eq!(
        blocks("a \\*b\\* c_d_e x < 5 & R&D [not a link] 3 * 4"),
        vec![Block::Paragraph(
            "a *b* c_d_e x < 5 & R&D [not a link] 3 * 4".into()
        )]
    );
}

#[test]
fn raw_html_and_entities_stay_literal_text_for_the_checks_to_refuse() {
    let body = parse_markdown(
        "a.md",
        "Text.\n\n<div>\nblock\n</div>\n\nA <b>bold</b> &amp; word\n",
        10,
        "body",
    );
    assert_eq!(body.problems, vec![]);
    assert_eq!(
        body.blocks,
        vec![
            Block::Paragraph("Text.".into()),
            Block::Paragraph("<div> block </div>".into()),
            Block::Paragraph("A <b>bold</b> &amp; word".into()),
        ]
    );
    assert!(body.lines.contains(&("body[1]".to_string(), 12)));
    assert!(body.lines.contains(&("body[2]".to_string(), 16)));
}

#[test]
fn entities_code_images_and_other_constructs_are_refused_with_their_line() {
    let cases = [
        ("Run `cargo`", "code (`cargo`)"),
        ("    indented", "code block"),
        ("```\nfenced\n```", "code block"),
        ("![alt](photo.jpg)", "front matter"),
        ("3. three\n4. four", "must start at 1"),
        ("- a\n  - nested", "list inside a list item"), // line 11
        ("> > nested", "quote inside a quote"),
        ("- one\n\n  two", "one paragraph only"), // line 12
        ("[x](https://a.org \"Title\")", "link title"),
        ("***", "horizontal rule"),
    ];
    for (text, expected) in cases {
        let found = problems(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert!(found[0].1.contains(expected), "{text:?}: {found:?}");
        let line = match text {
            "- a\n  - nested" => 11,
            "- one\n\n  two" => 12,
            _ => 10,
        };
        assert_eq!(found[0].0, line, "{text:?}");
    }
    assert_eq!(problems("Line one\n\nLine `two`")[0].0, 12);
}

#[test]
fn records_the_line_of_each_block_and_item() {
    let body = parse_markdown("a.md", "\nPara\n\n- a\n- b\n\n> q\n", 10, "body");
    let mut lines = body.lines;
    lines.sort();
    let expected = [
        ("body[0]", 11),
        ("body[1]", 13),
        ("body[1][0]", 13),
        ("body[1][1]", 14),
        ("body[2]", 16),
        ("body[2][0]", 16),
    ];
    let expected: Vec<(String, usize)> =
        expected.iter().map(|(p, l)| (p.to_string(), *l)).collect();
    assert_eq!(lines, expected);
}

#[test]
fn an_empty_body_has_no_blocks() {
    assert!(blocks("\n  \n\t\n").is_empty());
}

#[test]
fn plain_texts_drop_the_formatting() {
    let block = &blocks("A *b* [c **d**](https://x.org) e")[0];
    assert_eq!(block.texts(), ["A b c d e"]);
    let quote = &blocks("> one\n>\n> 1. two")[0];
    assert_eq!(quote.texts(), ["one", "two"]);
}

#[test]
fn written_markdown_reads_back_as_the_same_blocks() {
    let text = "## Head *it*\n\n1\\. not a list, # not a heading, a \\*star\\*, snake\\_case, \\<b>, \\&amp; and R&D\n\n\
                1. one\n2. [link](https://iom.int/a_b) !\n\n- \\- dash\n\n> quoted **strong**\n>\n> - item\n";
    let read = blocks(text);
    assert_eq!(to_markdown(&read), text);
    assert_eq!(blocks(&to_markdown(&read)), read);
}

/// Text as editors and the legacy page write it: words, punctuation that Markdown uses, single
/// spaces, nothing at either end.
fn prose() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            "[A-Za-z0-9]{1,8}",
            Just("*".to_string()),
            Just("_".to_string()),
            Just("[x]".to_string()),
            Just("<b>".to_string()),
            Just("&amp;".to_string()),
            Just("R&D".to_string()),
            Just("\\".to_string()),
            Just("`".to_string()),
            Just("1.".to_string()),
            Just("#".to_string()),
            Just("-".to_string()),
            Just(">".to_string()),
            Just("!".to_string()),
            Just("Bakı".to_string()),
        ],
        1..8,
    )
    .prop_map(|words| words.join(" "))
}

fn rich() -> impl Strategy<Value = RichText> {
    proptest::collection::vec(
        prop_oneof![
            prose().prop_map(Inline::Text),
            "[a-z]{1,6}".prop_map(|word| Inline::Emphasis(vec![Inline::Text(word)])),
            "[a-z]{1,6}".prop_map(|word| Inline::Strong(vec![Inline::Text(word)])),
            "[a-z]{1,6}".prop_map(|word| Inline::Link {
                url: format!("https://iom.int/{word}"),
                text: vec![Inline::Text(word)],
            }),
        ],
        1..4,
    )
    .prop_map(|inlines| {
        // Separate pieces by spaces, as prose has them, and join adjacent texts as reading does.
        let mut joined = Vec::new();
        for (index, inline) in inlines.into_iter().enumerate() {
            if index > 0 {
                push_text(&mut joined, " ");
            }
            match inline {
                Inline::Text(text) => push_text(&mut joined, &text),
                other => joined.push(other),
            }
        }
        RichText(joined)
    })
}

fn block_strategy() -> impl Strategy<Value = Block> {
    prop_oneof![
        rich().prop_map(Block::Paragraph),
        (2u8..=4, rich()).prop_map(|(level, text)| Block::Heading(Heading { level, text })),
        proptest::collection::vec(rich(), 1..4).prop_map(Block::NumberedList),
        proptest::collection::vec(rich(), 1..4).prop_map(Block::BulletList),
        proptest::collection::vec(rich().prop_map(Block::Paragraph), 1..3).prop_map(Block::Quote),
    ]
}

proptest! {
    #[test]
    fn fuzz_written_blocks_read_back_unchanged(blocks in proptest::collection::vec(block_strategy(), 0..5)) {
        // Two lists of one kind in a row are one list in Markdown: keep them apart.
        let blocks: Vec<Block> = blocks
            .into_iter()
            .fold(Vec::new(), |mut out: Vec<Block>, block| {
                let same_kind = matches!(
                    (out.last(), &block),
                    (Some(Block::NumberedList(_)), Block::NumberedList(_))
                        | (Some(Block::BulletList(_)), Block::BulletList(_))
                        | (Some(Block::Quote(_)), Block::Quote(_))
                );
                if same_kind {
                    out.push(Block::Paragraph("between".into()));
                }
                out.push(block);
                out
            });
        let written = to_markdown(&blocks);
        let read = parse_markdown("a.md", &written, 1, "body");
        prop_assert_eq!(read.problems, vec![], "{}", written);
        prop_assert_eq!(read.blocks, blocks, "{}", written);
    }
}
