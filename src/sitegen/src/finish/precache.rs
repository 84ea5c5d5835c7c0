//! The release the service worker keeps: every file a visitor may load, with its SHA-256 and
//! size, and a release id hashed from all of them. Written into `sw.js` (copied by Trunk from
//! `public/sw.js`) between its `/* release */` markers, so a new release is a new service
//! worker script and browsers notice it.

use super::files::files_under;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::fs;
use std::path::Path;

pub const SERVICE_WORKER: &str = "sw.js";
const START: &str = "/* release */";
const END: &str = "/* /release */";

/// Files that are never loaded by a page: the worker itself, the host's files, and the
/// compressed copies (the host sends them in place of the originals).
fn is_precached(path: &str) -> bool {
    path != SERVICE_WORKER
        && !path.starts_with("deploy/")
        && path != "_headers"
        && !path.ends_with(".br")
        && !path.ends_with(".gz")
        && !path.split('/').any(|part| part.starts_with('.'))
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Release {
    /// 16 hex digits of the SHA-256 of every file's path and hash: changes with any byte.
    pub id: String,
    pub files: Vec<ReleaseFile>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct ReleaseFile {
    /// Relative to the site root, with `/` ("news/x/index.html").
    pub path: String,
    pub sha256: String,
    pub size: u64,
}

/// The release of the site in `dist`, without `not_loaded`: files of the site that no page
/// loads (the archive, which only the build and tools read: 37 MB at 10,000 articles).
pub fn release(dist: &Path, not_loaded: &[&str]) -> Result<Release, String> {
    let mut files = Vec::new();
    for path in files_under(dist)? {
        let relative = relative_path(dist, &path);
        if !is_precached(&relative) || not_loaded.contains(&relative.as_str()) {
            continue;
        }
        let bytes = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        files.push(ReleaseFile {
            path: relative,
            sha256: hex(&Sha256::digest(&bytes)),
            size: bytes.len() as u64,
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut all = Sha256::new();
    for file in &files {
        all.update(format!("{} {}\n", file.path, file.sha256));
    }
    Ok(Release {
        id: hex(&all.finalize())[..16].to_string(),
        files,
    })
}

/// Writes `release` into the service worker in `dist`; says what is wrong if the worker is
/// missing or has lost its markers.
pub fn write_into_worker(dist: &Path, release: &Release) -> Result<(), String> {
    let path = dist.join(SERVICE_WORKER);
    let script = fs::read_to_string(&path).map_err(|e| {
        format!(
            "cannot read {} (Trunk copies it from public/sw.js): {e}",
            path.display()
        )
    })?;
    let start = script
        .find(START)
        .ok_or_else(|| format!("{} has no {START} marker", path.display()))?;
    let end = script[start..]
        .find(END)
        .map(|at| start + at)
        .ok_or_else(|| format!("{} has no {END} marker", path.display()))?;
    let json = serde_json::to_string(release).map_err(|e| e.to_string())?;
    let written = format!("{}{START} {json} {}", &script[..start], &script[end..]);
    fs::write(&path, written).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn relative_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|part| part.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn site(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("sitegen-precache-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("news/x")).unwrap();
        fs::create_dir_all(dir.join("deploy")).unwrap();
        for (file, text) in [
            ("index.html", "home"),
            ("news/x/index.html", "article"),
            ("content.json", "{}"),
            ("index.html.br", "br"),
            ("_headers", "h"),
            ("deploy/nginx.conf", "n"),
            (
                "sw.js",
                "const RELEASE = /* release */ {} /* /release */;\n",
            ),
        ] {
            fs::write(dir.join(file), text).unwrap();
        }
        dir
    }

    #[test]
    fn leaves_out_the_files_no_page_loads() {
        let dir = site("not-loaded");
        fs::create_dir_all(dir.join("content/r1")).unwrap();
        fs::write(dir.join("content/r1/archive.json"), "{}").unwrap();
        fs::write(dir.join("content/r1/list.json"), "{}").unwrap();
        let paths = |release: Release| -> Vec<String> {
            release.files.into_iter().map(|f| f.path).collect()
        };
        let all = paths(release(&dir, &[]).unwrap());
        assert!(all.contains(&"content/r1/archive.json".to_string()));
        let loaded = paths(release(&dir, &["content/r1/archive.json"]).unwrap());
        assert!(!loaded.contains(&"content/r1/archive.json".to_string()));
        assert!(loaded.contains(&"content/r1/list.json".to_string()));
        assert_eq!(loaded.len(), all.len() - 1);
    }

    #[test]
    fn lists_what_pages_load_with_hashes_and_sizes() {
        let dir = site("list");
        let release = release(&dir, &[]).unwrap();
        let paths: Vec<&str> = release.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["content.json", "index.html", "news/x/index.html"]);
        // sha256sum of "home"
        assert_eq!(
            release.files[1].sha256,
            "4ea140588150773ce3aace786aeef7f4049ce100fa649c94fbbddb960f1da942"
        );
        assert_eq!(release.files[1].size, 4);
        assert_eq!(release.id.len(), 16);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn any_changed_byte_changes_the_release_id() {
        let dir = site("id");
        let before = release(&dir, &[]).unwrap().id;
        fs::write(dir.join("content.json"), "{ }").unwrap();
        let after = release(&dir, &[]).unwrap().id;
        assert_ne!(before, after);
        fs::write(dir.join("index.html.br"), "other").unwrap();
        assert_eq!(
            release(&dir, &[]).unwrap().id,
            after,
            "compressed copies are not part of it"
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_worker_gets_the_release_between_its_markers_again_and_again() {
        let dir = site("write");
        let first = release(&dir, &[]).unwrap();
        write_into_worker(&dir, &first).unwrap();
        write_into_worker(&dir, &first).unwrap();
        let script = fs::read_to_string(dir.join("sw.js")).unwrap();
        assert_eq!(script.matches("/* release */").count(), 1);
        assert!(
            script.contains(&format!("\"id\":\"{}\"", first.id)),
            "{script}"
        );
        assert!(script.ends_with("/* /release */;\n"));
        fs::write(dir.join("sw.js"), "no markers").unwrap();
        assert!(write_into_worker(&dir, &first)
            .unwrap_err()
            .contains("marker"));
        fs::remove_dir_all(dir).unwrap();
    }
}
