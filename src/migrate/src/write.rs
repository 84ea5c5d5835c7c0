//! Writes the migrated files without ever losing an editor's change silently: a file that
//! exists with different content is only replaced with `--force`; otherwise nothing is written.

use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub created: usize,
    pub unchanged: usize,
    pub replaced: usize,
}

/// `files` are paths relative to `out` with their full content.
pub fn write_all(out: &Path, files: &[(PathBuf, String)], force: bool) -> Result<Summary, String> {
    let mut differing = Vec::new();
    for (relative, content) in files {
        let path = out.join(relative);
        match fs::read_to_string(&path) {
            Ok(existing) if existing == *content => {}
            Ok(_) => differing.push(path.display().to_string()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(format!("{}: cannot read: {error}", path.display())),
        }
    }
    if !differing.is_empty() && !force {
        return Err(format!(
            "{} file(s) differ from what the migration writes (edited since?); nothing was written.\n  {}\n\
             Rerun with --force to overwrite them.",
            differing.len(),
            differing.join("\n  ")
        ));
    }
    let mut summary = Summary::default();
    for (relative, content) in files {
        let path = out.join(relative);
        let existing = fs::read_to_string(&path).ok();
        if existing.as_deref() == Some(content.as_str()) {
            summary.unchanged += 1;
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .map_err(|error| format!("{}: cannot create: {error}", parent.display()))?;
        }
        fs::write(&path, content)
            .map_err(|error| format!("{}: cannot write: {error}", path.display()))?;
        if existing.is_some() {
            summary.replaced += 1;
        } else {
            summary.created += 1;
        }
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "legacy-migrate-write-{name}-{}",
            std::process::id()
        ));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn writes_then_leaves_identical_files_alone() {
        let dir = scratch("idempotent");
        let files = vec![(PathBuf::from("articles/a.md"), "A\n".to_string())];
        assert_eq!(
            write_all(&dir, &files, false).unwrap(),
            Summary {
                created: 1,
                ..Summary::default()
            }
        );
        assert_eq!(
            write_all(&dir, &files, false).unwrap(),
            Summary {
                unchanged: 1,
                ..Summary::default()
            }
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn edited_files_are_kept_unless_forced() {
        let dir = scratch("edited");
        let files = vec![
            (PathBuf::from("a.md"), "A\n".to_string()),
            (PathBuf::from("b.md"), "B\n".to_string()),
        ];
        write_all(&dir, &files, false).unwrap();
        fs::write(dir.join("a.md"), "edited\n").unwrap();
        fs::remove_file(dir.join("b.md")).unwrap();
        let error = write_all(&dir, &files, false).unwrap_err();
        assert!(
            error.contains("a.md") && error.contains("--force"),
            "{error}"
        );
        assert_eq!(fs::read_to_string(dir.join("a.md")).unwrap(), "edited\n");
        assert!(
            !dir.join("b.md").exists(),
            "nothing is written when a file differs"
        );
        let summary = write_all(&dir, &files, true).unwrap();
        assert_eq!(
            summary,
            Summary {
                created: 1,
                replaced: 1,
                unchanged: 0
            }
        );
        assert_eq!(fs::read_to_string(dir.join("a.md")).unwrap(), "A\n");
        fs::remove_dir_all(&dir).unwrap();
    }
}
