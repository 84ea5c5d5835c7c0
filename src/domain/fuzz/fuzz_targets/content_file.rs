//! Any bytes, read as every kind of content file: problems are fine, panics are not.
#![no_main]

use libfuzzer_sys::fuzz_target;
use site_domain::source::{file_problems, ContentKind};

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    for kind in [
        ContentKind::Article,
        ContentKind::Project,
        ContentKind::Vacancy,
        ContentKind::Site,
        ContentKind::Taxonomies,
    ] {
        for problem in file_problems(kind, "articles/x.md", "x", &text) {
            let _ = problem.to_string();
        }
    }
});
