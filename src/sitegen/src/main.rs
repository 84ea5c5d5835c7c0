//! `sitegen`: the site's native build tool.
//!
//! Subcommands (each in its own module):
//!   build    validate `content/` and write the JSON bundle the app fetches
//!   finish   prerender every page, split the content and write the host's files into
//!            Trunk's output
//!   content  only the content files the app loads, for a bundle (browser tests)
//!   schema   write JSON Schemas for the content files and the bundle
//!   synth    make synthetic archives (1,000 / 10,000 articles) for benchmarks

mod build;
mod content_files;
mod finish;
mod options;
mod schema;
mod synth;

use std::process::ExitCode;

const USAGE: &str =
    "usage: sitegen <build|finish|content|schema|synth> [options]  (sitegen <command> --help)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let result = match command.as_str() {
        "build" => build::run(rest),
        "finish" => finish::run(rest),
        "content" => content_files::run(rest),
        "schema" => schema::run(rest),
        "synth" => synth::run(rest),
        _ => {
            eprintln!("unknown command \"{command}\"\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
