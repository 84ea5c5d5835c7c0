//! How long the first search's work takes natively: reading a whole bundle and building its
//! search index (what the news page does when the archive arrives). Prints figures; not a test.
//!
//!   cargo run --release -p site_domain --example search_load -- <bundle.json>

use site_domain::{bundle::parse_bundle, search::SearchIndex};
use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: search_load <bundle.json>");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| {
        eprintln!("cannot read {path}: {error}");
        std::process::exit(1);
    });
    let started = Instant::now();
    let bundle = parse_bundle(&text).unwrap_or_else(|error| {
        eprintln!("{path}: {error}");
        std::process::exit(1);
    });
    let parsed = started.elapsed();
    let started = Instant::now();
    let index = SearchIndex::for_bundle(&bundle);
    let built = started.elapsed();
    println!(
        "{:.1} MB, {} articles: read in {:.0} ms, index built in {:.0} ms",
        text.len() as f64 / 1e6,
        index.article_count(),
        parsed.as_secs_f64() * 1e3,
        built.as_secs_f64() * 1e3
    );
}
