//! Precompressed copies of every text file (`x.html.br`, `x.html.gz`), so a host serves the
//! smallest one the browser accepts without compressing on each request.

use super::files::files_under;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The extensions of the files worth compressing (text; images are already compressed).
pub const TEXT_EXTENSIONS: &[&str] = &[
    "html",
    "js",
    "mjs",
    "wasm",
    // The search's dictionary and pieces (varints and words compress well).
    "bin",
    "css",
    "json",
    "svg",
    "xml",
    "txt",
    "webmanifest",
];

/// Writes `.br` and `.gz` beside every text file under `root`, replacing older copies.
/// Returns how many files were compressed.
pub fn compress_tree(root: &Path) -> Result<usize, String> {
    let mut files = files_under(root)?;
    files.retain(|path| is_text(path));
    // Brotli at its best level is slow; two threads, as the build machines have two cores.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    let chunk = files.len().div_ceil(workers).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().try_for_each(|file| compress_file(file))))
            .collect();
        handles.into_iter().try_for_each(|handle| {
            handle
                .join()
                .map_err(|_| "compression crashed".to_string())?
        })
    })?;
    Ok(files.len())
}

fn is_text(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| TEXT_EXTENSIONS.contains(&extension))
}

fn compress_file(path: &Path) -> Result<(), String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    write_beside(path, "br", &brotli_bytes(&bytes))?;
    write_beside(path, "gz", &gzip_bytes(&bytes))
}

pub fn brotli_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("writing to memory");
    out
}

pub fn gzip_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

fn write_beside(path: &Path, extension: &str, bytes: &[u8]) -> Result<(), String> {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{extension}"));
    fs::write(&name, bytes)
        .map_err(|e| format!("cannot write {}: {e}", PathBuf::from(name).display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn copies_decompress_to_the_same_bytes_and_binary_files_are_left_alone() {
        let root = std::env::temp_dir().join(format!("sitegen-compress-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("news/x")).unwrap();
        let page = "<p>Bakı — Нахчыван</p>".repeat(200);
        fs::write(root.join("news/x/index.html"), &page).unwrap();
        fs::write(root.join("photo.webp"), [0u8, 1, 2]).unwrap();
        assert_eq!(compress_tree(&root).unwrap(), 1);
        assert_eq!(
            compress_tree(&root).unwrap(),
            1,
            "copies are not compressed again"
        );

        let br = fs::read(root.join("news/x/index.html.br")).unwrap();
        let mut unbrotli = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut unbrotli).unwrap();
        assert_eq!(unbrotli, page.as_bytes());
        let gz = fs::read(root.join("news/x/index.html.gz")).unwrap();
        let mut ungzip = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut ungzip)
            .unwrap();
        assert_eq!(ungzip, page.as_bytes());
        assert!(br.len() < page.len() / 10);
        assert!(!root.join("photo.webp.br").exists());
        fs::remove_dir_all(&root).unwrap();
    }
}
