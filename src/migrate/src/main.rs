//! `legacy_migrate`: turns the legacy news page, once, into editable content files.
//!
//! A one-off importer, kept apart from `sitegen` (the build tool). General logic lives in the
//! modules (cleaning, segmentation, date parsing, gazetteer matching, slugs, rendering, careful
//! writing); every curated judgement about this particular page (spam strings, aliases,
//! overrides, editor notes) lives in `curated`.

mod clean;
mod curated;
mod dates;
mod pipeline;
mod render;
mod segment;
mod site;
mod slug;
mod tagging;
mod write;

use std::path::Path;
use std::process::ExitCode;

const USAGE: &str =
    "usage: legacy_migrate --legacy <legacy-news-page.txt> --out <content dir> [--force]\n\
  Writes articles/, projects/, taxonomies.toml and site.toml. Files that already exist with\n\
  different content are left alone (and nothing is written) unless --force is given.";

struct Options {
    legacy: String,
    out: String,
    force: bool,
}

/// `None` when help was asked for.
fn parse_options(args: &[String]) -> Result<Option<Options>, String> {
    let mut legacy = None;
    let mut out = None;
    let mut force = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--legacy" => legacy = Some(rest.next().ok_or("--legacy needs a file path")?.clone()),
            "--out" => out = Some(rest.next().ok_or("--out needs a directory")?.clone()),
            "--force" => force = true,
            "--help" | "-h" => return Ok(None),
            other => return Err(format!("unknown option \"{other}\"\n{USAGE}")),
        }
    }
    Ok(Some(Options {
        legacy: legacy.ok_or_else(|| format!("--legacy is required\n{USAGE}"))?,
        out: out.ok_or_else(|| format!("--out is required\n{USAGE}"))?,
        force,
    }))
}

fn run(options: &Options) -> Result<(), String> {
    let Options { legacy, out, force } = options;
    let text = std::fs::read_to_string(legacy)
        .map_err(|error| format!("{legacy}: cannot read: {error}"))?;
    let files = pipeline::migrate(&text).map_err(|error| format!("{legacy}: {error}"))?;
    let summary = write::write_all(Path::new(out), &files, *force)?;
    println!(
        "legacy_migrate: {} files ({} created, {} replaced, {} unchanged) in {out}",
        files.len(),
        summary.created,
        summary.replaced,
        summary.unchanged
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match parse_options(&args) {
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Some(options)) => run(&options),
        Err(message) => Err(message),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("legacy_migrate: {message}");
            ExitCode::FAILURE
        }
    }
}
