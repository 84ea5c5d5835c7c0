//! `sitegen content`: writes only the content files the app loads (the core `content.json`
//! and the release folder `content/<release>/`) for a bundle, as `finish` does, without the
//! pages. The browser tests serve such files for content they changed.

use crate::finish::write_shards;
use crate::options::read_options;
use site_domain::bundle::parse_bundle;
use std::fs;
use std::path::PathBuf;

const USAGE: &str = "usage: sitegen content --bundle <file.json> --out <dir>
  --bundle <file>   a whole bundle (as `sitegen build` writes it)
  --out <dir>       where to write content.json and content/<release>/";

pub fn run(args: &[String]) -> Result<(), String> {
    let (mut bundle_file, mut out) = (None, None);
    read_options(args, USAGE, |name, value| {
        match name {
            "--bundle" => bundle_file = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    let bundle_file = bundle_file.ok_or_else(|| format!("say which bundle (--bundle)\n{USAGE}"))?;
    let out = out.ok_or_else(|| format!("say where to write (--out)\n{USAGE}"))?;
    let text = fs::read_to_string(&bundle_file)
        .map_err(|e| format!("cannot read {}: {e}", bundle_file.display()))?;
    let bundle = parse_bundle(&text).map_err(|e| format!("{}: {e}", bundle_file.display()))?;
    let core = write_shards(&out, &bundle)?;
    println!(
        "sitegen content: release {} in {}",
        core.release,
        out.display()
    );
    Ok(())
}
