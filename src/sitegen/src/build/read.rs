//! Reading content files from disk: size limit, UTF-8, and which files a folder holds.

use site_domain::validate::Problem;
use std::fs;
use std::path::Path;

/// Largest content file accepted; far above any real article, small enough to catch a
/// pasted binary or a runaway migration.
pub const MAX_FILE_BYTES: usize = 256 * 1024;

/// The text of `path` (shown to editors as `display`), or why it cannot be used.
pub fn read_text(path: &Path, display: &str) -> Result<String, Problem> {
    let bytes = fs::read(path)
        .map_err(|error| Problem::new(display, format!("cannot be read: {error}")))?;
    text_of(bytes, display)
}

/// Checks size and encoding of a file's bytes.
pub fn text_of(bytes: Vec<u8>, display: &str) -> Result<String, Problem> {
    if bytes.len() > MAX_FILE_BYTES {
        let message = format!(
            "the file is {} KiB ({} bytes); the limit is {} KiB ({MAX_FILE_BYTES} bytes): split it or remove what does not belong",
            bytes.len().div_ceil(1024),
            bytes.len(),
            MAX_FILE_BYTES / 1024
        );
        return Err(Problem::new(display, message));
    }
    String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        let line = 1 + error.as_bytes()[..offset].iter().filter(|&&b| b == b'\n').count();
        let message = format!(
            "is not valid UTF-8: the byte at offset {offset} (0x{:02X}) cannot be decoded; save the file as UTF-8",
            error.as_bytes()[offset]
        );
        Problem::new(display, message).at_line(line)
    })
}

/// A `<slug>.md` file in a content folder.
pub struct Entry {
    pub slug: String,
    /// Path relative to the content directory, e.g. `articles/x.md`.
    pub file: String,
}

/// The `.md` files of `content/<folder>`, sorted; an absent folder is empty. Other files
/// (except hidden ones and editor backups) are problems: they would be silently ignored.
pub fn list_markdown(content: &Path, folder: &str, problems: &mut Vec<Problem>) -> Vec<Entry> {
    let Ok(reader) = fs::read_dir(content.join(folder)) else {
        return Vec::new();
    };
    let mut entries = Vec::new();
    for item in reader.flatten() {
        let name = item.file_name().to_string_lossy().into_owned();
        let file = format!("{folder}/{name}");
        if name.starts_with('.') || name.ends_with('~') {
            continue;
        }
        if item.path().is_dir() {
            problems.push(Problem::new(
                file,
                "is a folder; content folders hold only <slug>.md files",
            ));
            continue;
        }
        match name.strip_suffix(".md") {
            Some(slug) => entries.push(Entry {
                slug: slug.to_string(),
                file,
            }),
            None => problems.push(Problem::new(
                file,
                "is not a .md file; content folders hold only <slug>.md files",
            )),
        }
    }
    entries.sort_by(|a, b| a.slug.cmp(&b.slug));
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_oversized_files_naming_size_and_limit() {
        let problem = text_of(vec![b'a'; MAX_FILE_BYTES + 1], "content/articles/x.md").unwrap_err();
        assert!(
            problem
                .message
                .contains("257 KiB (262145 bytes); the limit is 256 KiB"),
            "{problem}"
        );
        assert!(text_of(vec![b'a'; MAX_FILE_BYTES], "f").is_ok());
    }

    #[test]
    fn refuses_invalid_utf8_naming_the_byte_offset_and_line() {
        let problem = text_of(
            b"+++\ntitle = \"caf\xe9\"\n".to_vec(),
            "content/articles/x.md",
        )
        .unwrap_err();
        assert_eq!(problem.line, Some(2));
        assert!(problem.message.contains("offset 16 (0xE9)"), "{problem}");
    }
}
