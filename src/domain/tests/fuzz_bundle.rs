//! Property tests: `parse_bundle` never panics and classifies what it refuses.
//! Long run: `PROPTEST_CASES=200000 cargo test -p site_domain --release fuzz_ -- --nocapture`.

mod fuzz_support;

use fuzz_support::check;
use proptest::prelude::*;
use site_domain::bundle::{parse_bundle, BundleError};

const VALID: &str = r#"{"format_version":3,"site":{"name":"IOM","url":"https://example.org","member_state_since":2001,"intro":[{"kind":"paragraph","text":[{"text":"Hi."}]}],"history":[],"areas":["a"],"government_partners":[],"contact":{"organisation":"IOM","address":"Baku","phone":"1","fax":"2"}},"articles":[{"slug":"x","title":"T","start":"2016-01-01","places":[],"projects":[],"donors":[],"topics":[],"body":[{"kind":"bullet_list","text":[[{"text":"a"}],[{"strong":[{"link":{"url":"/news","text":[{"text":"b"}]}}]}]]},{"kind":"quote","text":[{"kind":"heading","text":{"level":2,"text":[{"emphasis":[{"text":"c"}]}]}}]}]}],"projects":[],"donors":[],"topics":[{"slug":"a","name":"A"}],"places":[],"vacancies":[]}"#;

#[test]
fn fuzz_bundle_arbitrary_strings() {
    check("fuzz_bundle_arbitrary_strings", any::<String>(), |text| {
        let _ = parse_bundle(&text);
        Ok(())
    });
}

#[test]
fn fuzz_bundle_cut_short_is_not_json() {
    check("fuzz_bundle_cut_short_is_not_json", 0..VALID.len(), |cut| {
        prop_assert!(matches!(
            parse_bundle(&VALID[..cut]),
            Err(BundleError::NotJson(_))
        ));
        Ok(())
    });
}

#[test]
fn fuzz_bundle_mutated() {
    check(
        "fuzz_bundle_mutated",
        (0..VALID.len(), any::<char>()),
        |(position, replacement)| {
            let mut text = VALID.to_string();
            text.replace_range(position..position + 1, &replacement.to_string());
            if let Err(error) = parse_bundle(&text) {
                prop_assert!(!error.to_string().is_empty());
            }
            Ok(())
        },
    );
}

#[test]
fn fuzz_bundle_valid_sample_parses() {
    assert_eq!(parse_bundle(VALID).unwrap().articles[0].slug, "x");
    let deep = format!(
        "{{\"format_version\":3,\"site\":{}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(parse_bundle(&deep).is_err());
}
