//! Photos. Each file an article or project names in `content/media/` is checked (it exists, is
//! a JPEG, PNG or WebP within the size limits), then written as copies a few widths wide (never
//! wider than the file), each in WebP and in the file's own format, under names that carry a
//! hash of their bytes (so a host may cache them for ever), into the `media/` folder next to
//! the bundle. The copies carry no metadata (camera, place), only pixels, turned upright.
//! Copies are written to a staging folder first and moved into `media/` only when the whole
//! build succeeds, so a failed build leaves the previous output as it was.

use super::write::write_atomically;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};
use sha2::{Digest, Sha256};
use site_domain::fold::fold_char_into;
use site_domain::model::{ImageFormat, ImageVariant};
use site_domain::validate::MEDIA_FOLDER;
use std::collections::HashMap;
use std::io::Cursor;
use std::path::{Component, Path, PathBuf};

/// Largest photo file accepted: a camera's full-size JPEG fits; a raw scan does not.
pub const MAX_IMAGE_BYTES: u64 = 10 * 1024 * 1024;
/// Largest side, in pixels, of a photo accepted (about 64 million pixels at most).
pub const MAX_IMAGE_SIDE: u32 = 8000;
/// Widths of the copies: phones, tablets and laptops, high-density screens.
pub const WIDTHS: [u32; 3] = [480, 960, 1600];
const JPEG_QUALITY: u8 = 82;
const WEBP_QUALITY: f32 = 80.0;
/// Hex digits of the content hash in a copy's name.
const HASH_DIGITS: usize = 10;

/// Makes the copies of the photos a build uses, each source file once.
pub struct Media {
    /// `content/media`.
    source: PathBuf,
    /// Where the copies go; `None` when the build only checks.
    output: Option<Output>,
    made: HashMap<String, Result<Vec<ImageVariant>, String>>,
}

/// The `media/` folder next to the bundle, and the staging folder beside it.
struct Output {
    media: PathBuf,
    staging: PathBuf,
}

impl Media {
    /// Copies made for `bundle_dir/media/` (or checked only, for `None`).
    pub fn new(content: &Path, bundle_dir: Option<&Path>) -> Media {
        let output = bundle_dir.map(|dir| Output {
            media: dir.join(MEDIA_FOLDER),
            staging: dir.join(format!(".{MEDIA_FOLDER}-staging-{}", std::process::id())),
        });
        Media {
            source: content.join(MEDIA_FOLDER),
            output,
            made: HashMap::new(),
        }
    }

    /// Moves the copies made into `media/`, where the bundle will find them.
    pub fn publish(mut self) -> Result<(), String> {
        let Some(output) = self.output.take() else {
            return Ok(());
        };
        let Ok(staged) = std::fs::read_dir(&output.staging) else {
            return Ok(()); // no photo
        };
        std::fs::create_dir_all(&output.media)
            .map_err(|error| format!("cannot create {}: {error}", output.media.display()))?;
        for entry in staged.flatten() {
            let target = output.media.join(entry.file_name());
            if !target.is_file() {
                std::fs::rename(entry.path(), &target)
                    .map_err(|error| format!("cannot write {}: {error}", target.display()))?;
            }
        }
        let _ = std::fs::remove_dir_all(&output.staging);
        Ok(())
    }

    /// The copies of `file` (named relative to `content/media/`), narrowest first, or why the
    /// file cannot be used.
    pub fn copies(&mut self, file: &str) -> Result<Vec<ImageVariant>, String> {
        if let Some(made) = self.made.get(file) {
            return made.clone();
        }
        let staging = self.output.as_ref().map(|output| output.staging.as_path());
        let made = make_copies(&self.source, file, staging);
        self.made.insert(file.to_string(), made.clone());
        made
    }
}

fn make_copies(source: &Path, file: &str, out: Option<&Path>) -> Result<Vec<ImageVariant>, String> {
    let shown = format!("content/{MEDIA_FOLDER}/{file}");
    let path = source.join(checked_name(file)?);
    let bytes = read_limited(&path, &shown)?;
    let (photo, own_format) = decode(&bytes, &shown)?;
    let stem = name_stem(file);
    let mut variants = Vec::new();
    for width in widths_for(photo.width()) {
        let copy = resized(&photo, width);
        for format in formats_for(own_format) {
            let bytes = encode(&copy, format, own_format)
                .map_err(|error| format!("{shown}: cannot write a {width} px copy: {error}"))?;
            let name = format!(
                "{stem}-{width}-{}.{}",
                content_hash(&bytes),
                format.extension()
            );
            if let Some(out) = out {
                write_once(&out.join(&name), &bytes)?;
            }
            variants.push(ImageVariant {
                url: format!("{MEDIA_FOLDER}/{name}"),
                width: copy.width(),
                height: copy.height(),
                format,
            });
        }
    }
    Ok(variants)
}

/// `file` as a path inside `content/media/` (no `..`, not absolute).
fn checked_name(file: &str) -> Result<&Path, String> {
    let path = Path::new(file);
    let inside = !file.is_empty()
        && path
            .components()
            .all(|component| matches!(component, Component::Normal(_)));
    if inside {
        Ok(path)
    } else {
        Err(format!(
            "\"{file}\" is not a file name in content/{MEDIA_FOLDER}/ (write e.g. \"training-2016.jpg\")"
        ))
    }
}

fn read_limited(path: &Path, shown: &str) -> Result<Vec<u8>, String> {
    let metadata = std::fs::metadata(path).map_err(|error| match error.kind() {
        std::io::ErrorKind::NotFound => {
            format!("{shown} does not exist: put the photo in content/{MEDIA_FOLDER}/")
        }
        _ => format!("{shown} cannot be read: {error}"),
    })?;
    if !metadata.is_file() {
        return Err(format!("{shown} is not a file"));
    }
    if metadata.len() > MAX_IMAGE_BYTES {
        return Err(format!(
            "{shown} is {:.1} MiB; the limit is {} MiB: save it smaller (a photo {} px wide is plenty)",
            metadata.len() as f64 / (1024.0 * 1024.0),
            MAX_IMAGE_BYTES / (1024 * 1024),
            WIDTHS[WIDTHS.len() - 1]
        ));
    }
    std::fs::read(path).map_err(|error| format!("{shown} cannot be read: {error}"))
}

/// The photo turned upright as its camera recorded, and its format.
fn decode(bytes: &[u8], shown: &str) -> Result<(DynamicImage, ImageFormat), String> {
    let unreadable =
        |error: image::ImageError| format!("{shown} cannot be read as a photo: {error}");
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|error| format!("{shown} cannot be read: {error}"))?;
    let format = match reader.format() {
        Some(image::ImageFormat::Jpeg) => ImageFormat::Jpeg,
        Some(image::ImageFormat::Png) => ImageFormat::Png,
        Some(image::ImageFormat::WebP) => ImageFormat::Webp,
        _ => return Err(format!("{shown} is not a JPEG, PNG or WebP file")),
    };
    // The size is checked below, with a message an editor can act on; this bounds memory.
    reader.limits(Limits::default());
    let mut decoder = reader.into_decoder().map_err(unreadable)?;
    let (width, height) = decoder.dimensions();
    if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE {
        return Err(format!(
            "{shown} is {width} × {height} pixels; the limit is {MAX_IMAGE_SIDE} a side: save it smaller"
        ));
    }
    let orientation = decoder.orientation().map_err(unreadable)?;
    let mut photo = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    photo.apply_orientation(orientation);
    Ok((photo, format))
}

/// The copies' widths: those of [`WIDTHS`] narrower than the photo, and the photo's own width
/// when it is narrower than the widest (never enlarged).
fn widths_for(width: u32) -> Vec<u32> {
    let widest = WIDTHS[WIDTHS.len() - 1];
    let mut widths: Vec<u32> = WIDTHS.into_iter().filter(|&w| w < width).collect();
    widths.push(width.min(widest));
    widths.dedup();
    widths
}

/// WebP first (smaller, for browsers that take it), then the file's own format.
fn formats_for(own: ImageFormat) -> Vec<ImageFormat> {
    match own {
        ImageFormat::Webp => vec![ImageFormat::Webp],
        other => vec![ImageFormat::Webp, other],
    }
}

fn resized(photo: &DynamicImage, width: u32) -> DynamicImage {
    if width == photo.width() {
        return photo.clone();
    }
    let height = (u64::from(photo.height()) * u64::from(width) + u64::from(photo.width()) / 2)
        / u64::from(photo.width());
    photo.resize_exact(width, (height as u32).max(1), FilterType::Lanczos3)
}

/// `copy` in `format`; a PNG (drawings, screenshots) stays lossless in WebP too.
fn encode(copy: &DynamicImage, format: ImageFormat, own: ImageFormat) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match format {
        ImageFormat::Jpeg => JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY)
            .encode_image(&copy.to_rgb8())
            .map_err(|error| error.to_string())?,
        ImageFormat::Png => copy
            .write_with_encoder(PngEncoder::new_with_quality(
                &mut bytes,
                CompressionType::Best,
                PngFilter::Adaptive,
            ))
            .map_err(|error| error.to_string())?,
        ImageFormat::Webp => {
            let rgba = copy.to_rgba8();
            let encoder = webp::Encoder::from_rgba(rgba.as_raw(), copy.width(), copy.height());
            let memory = if own == ImageFormat::Png {
                encoder.encode_lossless()
            } else {
                encoder.encode(WEBP_QUALITY)
            };
            bytes.extend_from_slice(&memory);
        }
    }
    Ok(bytes)
}

/// The first hex digits of the SHA-256 of `bytes`.
fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect::<String>()[..HASH_DIGITS]
        .to_string()
}

/// The file's name as a URL-safe stem, folded as search folds it: "Şəki (2).JPG" -> "seki-2".
fn name_stem(file: &str) -> String {
    let stem = Path::new(file)
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut out = String::new();
    for c in stem.chars() {
        let mut folded = String::new();
        fold_char_into(c, &mut folded);
        if folded.chars().all(|f| f.is_ascii_alphanumeric()) {
            out.push_str(&folded);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "photo".to_string()
    } else {
        out.to_string()
    }
}

/// A copy's name says its content, so one already there is already right.
fn write_once(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if path.is_file() {
        return Ok(());
    }
    write_atomically(path, bytes)
}

/// A failed (or checking) build leaves no staged copies behind.
impl Drop for Media {
    fn drop(&mut self) {
        if let Some(output) = &self.output {
            let _ = std::fs::remove_dir_all(&output.staging);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_never_wider_than_the_photo() {
        assert_eq!(widths_for(4000), [480, 960, 1600]);
        assert_eq!(widths_for(1600), [480, 960, 1600]);
        assert_eq!(widths_for(1200), [480, 960, 1200]);
        assert_eq!(widths_for(480), [480]);
        assert_eq!(widths_for(300), [300]);
    }

    #[test]
    fn names_are_url_safe_stems() {
        assert_eq!(name_stem("Training in Baku (2).JPG"), "training-in-baku-2");
        assert_eq!(name_stem("2016/visit.jpg"), "visit");
        assert_eq!(name_stem("Şəki Ёлка.png"), "seki");
        assert_eq!(name_stem("Ёлка.png"), "photo");
    }

    #[test]
    fn only_names_inside_the_media_folder() {
        assert!(checked_name("a.jpg").is_ok());
        assert!(checked_name("2016/a.jpg").is_ok());
        for bad in [
            "",
            "../site.toml",
            "/etc/passwd",
            "a/../../b.jpg",
            "./a.jpg",
        ] {
            assert!(checked_name(bad).is_err(), "{bad}");
        }
    }
}
