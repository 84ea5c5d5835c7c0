//! `sitegen build`: validates `content/` and writes the JSON bundle the app fetches.
//!
//! Every problem in every file is listed at once (file, line, field, what is wrong), and the
//! build then fails without touching the output; a good build replaces the output atomically.

mod assemble;
mod media;
mod read;
mod write;

pub use assemble::{assemble, Outcome};

use crate::options::read_options;
use media::Media;
use std::path::{Path, PathBuf};

const USAGE: &str = "usage: sitegen build [--content <dir>] (--out <file.json> | --check)
  --content <dir>   content folder (default: content)
  --out <file>      where to write the bundle (compact JSON); photos go to media/ beside it
  --check           only validate; write nothing";

struct Options {
    content: PathBuf,
    out: Option<PathBuf>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut content = PathBuf::from("content");
    let mut out = None;
    let mut check = false;
    read_options(args, USAGE, |name, value| {
        match name {
            "--content" => content = PathBuf::from(value()?),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--check" => check = true,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    if out.is_none() && !check {
        return Err(format!(
            "say where to write the bundle (--out) or pass --check\n{USAGE}"
        ));
    }
    Ok(Options { content, out })
}

pub fn run(args: &[String]) -> Result<(), String> {
    let options = parse_options(args)?;
    let bundle_dir = options
        .out
        .as_deref()
        .map(|out| out.parent().unwrap_or(Path::new("")).to_path_buf());
    let mut media = Media::new(&options.content, bundle_dir.as_deref());
    let Outcome {
        bundle,
        problems,
        notes,
    } = assemble(&options.content, &mut media);
    let shown = |file: &str| shown_path(&options.content, file);
    for (file, note) in &notes {
        println!("note: {}: {note}", shown(file));
    }
    let Some(bundle) = bundle else {
        for problem in &problems {
            let problem = site_domain::validate::Problem {
                file: shown(&problem.file),
                ..problem.clone()
            };
            eprintln!("{problem}");
        }
        let count = problems.len();
        let plural = if count == 1 { "" } else { "s" };
        return Err(format!(
            "sitegen build: {count} problem{plural} in {}; nothing written",
            options.content.display()
        ));
    };
    let json =
        serde_json::to_string(&bundle).map_err(|e| format!("cannot encode the bundle: {e}"))?;
    let counts = format!(
        "{} articles ({} undated), {} projects, {} vacancies, {} donors, {} topics, {} places",
        bundle.articles.len(),
        bundle.articles.iter().filter(|a| a.start.is_none()).count(),
        bundle.projects.len(),
        bundle.vacancies.len(),
        bundle.donors.len(),
        bundle.topics.len(),
        bundle.places.len()
    );
    match &options.out {
        Some(out) => {
            // The photos first: the bundle that names them must never be there without them.
            media.publish()?;
            write::write_atomically(out, json.as_bytes())?;
            println!(
                "sitegen build: wrote {} ({} bytes): {counts}",
                out.display(),
                json.len()
            );
        }
        None => println!(
            "sitegen build: content is valid ({} bytes as JSON): {counts}",
            json.len()
        ),
    }
    Ok(())
}

/// `articles/x.md` as the editor sees it: `content/articles/x.md`.
fn shown_path(content: &Path, file: &str) -> String {
    let content = content.to_string_lossy();
    let content = content.trim_end_matches('/');
    if file == "." {
        content.to_string()
    } else {
        format!("{content}/{file}")
    }
}
