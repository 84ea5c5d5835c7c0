//! What the build tests share: a private copy of the valid fixture to spoil, and the generated
//! test photo.
#![allow(dead_code)] // each test binary uses part of it

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid");

/// A private copy of the valid fixture that a test can spoil.
pub struct Content {
    pub dir: PathBuf,
}

impl Content {
    pub fn new() -> Content {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let id = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir =
            std::env::temp_dir().join(format!("sitegen-build-test-{}-{id}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        copy_dir(Path::new(FIXTURE), &dir.join("content"));
        Content { dir }
    }

    pub fn content(&self) -> PathBuf {
        self.dir.join("content")
    }

    pub fn write(&self, file: &str, text: impl AsRef<[u8]>) -> &Content {
        fs::write(self.content().join(file), text).unwrap();
        self
    }

    /// Replaces `from` by `to` in `file`, insisting that `from` is there.
    pub fn edit(&self, file: &str, from: &str, to: &str) -> &Content {
        let path = self.content().join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no {from:?}");
        fs::write(path, text.replacen(from, to, 1)).unwrap();
        self
    }

    pub fn out(&self) -> PathBuf {
        self.dir.join("dist/content.json")
    }

    /// Runs the build; returns (success, stdout, stderr).
    pub fn build(&self) -> (bool, String, String) {
        let output = Command::new(env!("CARGO_BIN_EXE_sitegen"))
            .args(["build", "--content"])
            .arg(self.content())
            .arg("--out")
            .arg(self.out())
            .output()
            .unwrap();
        let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
        (
            output.status.success(),
            text(output.stdout),
            text(output.stderr),
        )
    }

    /// The build must fail; returns its problem lines with the temp path shortened to `content/`.
    pub fn problems(&self) -> Vec<String> {
        let (ok, _, stderr) = self.build();
        assert!(!ok, "the build should fail");
        assert!(
            !self.out().exists(),
            "a failed build must not write the bundle"
        );
        let prefix = format!("{}/", self.content().display());
        let lines: Vec<String> = stderr
            .lines()
            .map(|l| l.replace(&prefix, "content/"))
            .collect();
        assert!(
            lines.last().unwrap().contains("nothing written"),
            "{stderr}"
        );
        lines[..lines.len() - 1].to_vec()
    }

    /// The build fails with exactly one problem, which is returned.
    pub fn only_problem(&self) -> String {
        let problems = self.problems();
        assert_eq!(problems.len(), 1, "{problems:#?}");
        problems[0].clone()
    }
}

impl Drop for Content {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The test photo, made here rather than taken from anywhere: a colour gradient with a few
/// stripes, so copies of different sizes differ. `tests/fixtures/media/gradient.png` is this
/// picture at 1200 × 800 (see `media.rs`).
pub fn gradient(width: u32, height: u32) -> image::RgbImage {
    image::RgbImage::from_fn(width, height, |x, y| {
        let stripe = if (x / 100 + y / 100) % 2 == 0 { 0 } else { 40 };
        image::Rgb([
            (x * 255 / width.max(1)) as u8,
            (y * 255 / height.max(1)) as u8,
            (160 + stripe) as u8,
        ])
    })
}
