//! Reading the bundle in the app, and the article order the build guarantees.

mod read;

use crate::json::{JsonError, Reader};
use crate::model::{Article, Bundle, BUNDLE_FORMAT_VERSION};
use crate::shards::{ArticleShard, Core, NewsStart};
use std::cmp::Ordering;
use std::fmt;

/// Why a bundle could not be read. The app shows a translated sentence per variant and logs
/// the details to the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// Not JSON at all, or cut short (an interrupted download): says where.
    NotJson(String),
    /// A bundle written for another version of the app.
    WrongVersion { found: u64, expected: u32 },
    /// JSON, but not shaped like a bundle.
    Malformed(String),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::NotJson(detail) => write!(f, "the content file is not valid JSON ({detail})"),
            BundleError::WrongVersion { found, expected } => write!(
                f,
                "the content file has format version {found} but this version of the site reads version {expected}"
            ),
            BundleError::Malformed(detail) => write!(f, "the content file is not a valid content bundle ({detail})"),
        }
    }
}

impl std::error::Error for BundleError {}

/// Parses the JSON bundle (the whole archive), refusing one written in another format version.
pub fn parse_bundle(json: &str) -> Result<Bundle, BundleError> {
    parse_versioned(json, read::bundle)
}

/// Parses the core (`content.json`), refusing one written in another format version.
pub fn parse_core(json: &str) -> Result<Core, BundleError> {
    parse_versioned(json, read::core)
}

/// Parses an article's file. It comes from the release the core names, so it has no version.
pub fn parse_article_shard(json: &str) -> Result<ArticleShard, BundleError> {
    parse_release_file(json, read::article_shard)
}

/// Parses the start of the news list (`NewsStart`), a file of the release the core names.
pub fn parse_news_start(json: &str) -> Result<NewsStart, BundleError> {
    parse_release_file(json, read::news_start)
}

/// A file of the release the core names: no version of its own.
fn parse_release_file<T>(json: &str, read: ReadFn<T>) -> Result<T, BundleError> {
    Reader::check_syntax(json).map_err(|error| describe(error, json))?;
    read_whole(json, read)
}

/// A file that says its format version: one of another version is refused before reading.
fn parse_versioned<T>(json: &str, read: ReadFn<T>) -> Result<T, BundleError> {
    let error = |error: JsonError| describe(error, json);
    Reader::check_syntax(json).map_err(error)?;
    let found = format_version(json).map_err(error)?;
    if found != u64::from(BUNDLE_FORMAT_VERSION) {
        return Err(BundleError::WrongVersion {
            found,
            expected: BUNDLE_FORMAT_VERSION,
        });
    }
    read_whole(json, read)
}

type ReadFn<T> = fn(&mut Reader) -> crate::json::JsonResult<T>;

/// Reads `json`, whose syntax is checked, as one value with nothing after it.
fn read_whole<T>(json: &str, read: ReadFn<T>) -> Result<T, BundleError> {
    let error = |error: JsonError| describe(error, json);
    let mut reader = Reader::new(json);
    let value = read(&mut reader).map_err(error)?;
    reader.end().map_err(error)?;
    Ok(value)
}

fn describe(error: JsonError, json: &str) -> BundleError {
    match error {
        JsonError::Syntax { .. } => BundleError::NotJson(error.describe(json)),
        JsonError::Shape { .. } => BundleError::Malformed(error.describe(json)),
    }
}

/// The `format_version` of a JSON object, read without looking at the rest.
fn format_version(json: &str) -> Result<u64, JsonError> {
    let mut found = None;
    let mut reader = Reader::new(json);
    reader.object(&mut |reader, key| {
        let start = reader.offset();
        reader.skip()?;
        if key == "format_version" {
            found = Some(reader.text_since(start));
        }
        Ok(())
    })?;
    let text = found.ok_or_else(|| JsonError::shape("it has no \"format_version\""))?;
    text.parse::<u64>().map_err(|_| {
        JsonError::shape(["\"format_version\" is ", text, ", not a whole number"].concat())
    })
}

/// Newest first: start date descending, then last day descending, then slug; undated last.
pub fn newest_first(a: &Article, b: &Article) -> Ordering {
    match (a.start, b.start) {
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        _ => b
            .start
            .cmp(&a.start)
            .then(b.last_day().cmp(&a.last_day()))
            .then_with(|| a.slug.cmp(&b.slug)),
    }
}

/// Puts articles in the order the bundle guarantees (see [`newest_first`]).
pub fn sort_articles(articles: &mut [Article]) {
    articles.sort_by(newest_first);
}

#[cfg(test)]
mod tests;
