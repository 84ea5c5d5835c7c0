use super::*;
use proptest::prelude::*;

fn syntax_error(text: &str) -> String {
    let error = Reader::check_syntax(text).unwrap_err();
    assert!(matches!(error, JsonError::Syntax { .. }), "{error:?}");
    error.describe(text)
}

#[test]
fn reads_members_and_elements_in_order() {
    let text = r#" { "a" : [1, 20, 300], "b": "x", "c": null } "#;
    let mut reader = Reader::new(text);
    let (mut numbers, mut b, mut c) = (Vec::new(), None, Some(String::new()));
    reader
        .object(&mut |r, key| {
            match key {
                "a" => numbers = r.list(|r| r.unsigned(1000))?,
                "b" => b = Some(r.string()?),
                "c" => c = r.optional(Reader::string)?,
                _ => return Err(JsonError::unknown_field(key)),
            }
            Ok(())
        })
        .unwrap();
    reader.end().unwrap();
    assert_eq!(numbers, [1, 20, 300]);
    assert_eq!(b.as_deref(), Some("x"));
    assert_eq!(c, None);
}

#[test]
fn resolves_every_escape() {
    let text = r#""q\" b\\ s\/ \b\f\n\r\t é \u00e9 \u0418 \ud83d\ude00""#;
    assert_eq!(
        Reader::new(text).string().unwrap(),
        "q\" b\\ s/ \u{8}\u{c}\n\r\t é é И 😀"
    );
    for bad in [
        r#""\x""#,
        r#""\u12""#,
        r#""\ud83d""#,
        r#""\ude00 ""#,
        r#""\ud83d\u0041""#,
    ] {
        assert!(syntax_error(bad).contains("line 1"), "{bad}");
    }
}

#[test]
fn says_what_is_wrong_and_where() {
    assert_eq!(
        syntax_error("{\n  \"a\": 1\n  \"b\": 2\n}"),
        "expected `,` or `}` at line 3, column 3"
    );
    assert_eq!(
        syntax_error("[1, 2"),
        "expected `,` or `]` at line 1, column 6"
    );
    assert_eq!(
        syntax_error("{\"é\": tru}"),
        "expected a value at line 1, column 7"
    );
    assert!(syntax_error("\"a\nb\"").starts_with("unescaped control character"));
    assert!(syntax_error("").starts_with("unexpected end of the text"));
    assert!(syntax_error("{} {}").starts_with("trailing characters"));
    assert!(syntax_error("{'a': 1}").starts_with("expected a key in double quotes"));
}

#[test]
fn numbers_follow_the_json_grammar() {
    for good in ["0", "-0", "12", "-1.5", "1e9", "2.5E-3", "1E+2"] {
        assert_eq!(Reader::check_syntax(good), Ok(()), "{good}");
    }
    for bad in ["01", "-", "1.", ".5", "1e", "+1", "0x10", "1.e3", "NaN"] {
        assert!(Reader::check_syntax(bad).is_err(), "{bad}");
    }
}

#[test]
fn shape_errors_name_the_path() {
    let text = r#"{"list": [{"n": 1}, {"n": "two"}]}"#;
    let error = Reader::new(text)
        .object(&mut |r, _| r.array(&mut |r| r.object(&mut |r, _| r.unsigned(9).map(drop))))
        .unwrap_err();
    assert_eq!(
        error.describe(text),
        "list[1].n: expected a whole number, found a string"
    );
    let too_big = Reader::new("300").unsigned(255).unwrap_err();
    assert_eq!(
        too_big.describe("300"),
        "expected a whole number from 0 to 255, found 300"
    );
    assert!(Reader::new("-1").unsigned(255).is_err());
    assert!(Reader::new("1.5").unsigned(255).is_err());
}

#[test]
fn refuses_nesting_deeper_than_the_limit() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert_eq!(Reader::check_syntax(&nested(128)), Ok(()));
    assert!(syntax_error(&nested(129)).starts_with("nesting deeper than 128 levels"));
    assert!(Reader::check_syntax(&nested(1_000_000)).is_err());
}

#[test]
fn reads_again_from_a_remembered_offset() {
    let mut reader = Reader::new(r#"["a", "b"]"#);
    let mut seen = Vec::new();
    reader
        .array(&mut |r| {
            let at = r.offset();
            r.skip()?;
            let after = r.offset();
            r.seek(at);
            seen.push(r.string()?);
            assert_eq!(r.offset(), after);
            Ok(())
        })
        .unwrap();
    assert_eq!(seen, ["a", "b"]);
}

proptest! {
    /// Accepts exactly what serde_json accepts, on text made of JSON's own characters.
    #[test]
    fn fuzz_syntax_agrees_with_serde_json(text in r#"[\[\]{}",:0-9a-z\\ .eE+-]{0,24}"#) {
        let ours = Reader::check_syntax(&text).is_ok();
        let serde = serde_json::from_str::<serde::de::IgnoredAny>(&text).is_ok();
        prop_assert_eq!(ours, serde, "{}", text);
    }

    /// Any string serde_json writes reads back unchanged.
    #[test]
    fn fuzz_strings_read_back(text in any::<String>()) {
        let json = serde_json::to_string(&text).unwrap();
        let mut reader = Reader::new(&json);
        prop_assert_eq!(reader.string().unwrap(), text);
        prop_assert_eq!(reader.end(), Ok(()));
    }
}
