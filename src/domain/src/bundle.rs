//! Reading the bundle in the app, and the article order the build guarantees.

use crate::model::{Article, Bundle, BUNDLE_FORMAT_VERSION};
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
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

/// Parses the JSON bundle, refusing one written in another format version.
pub fn parse_bundle(json: &str) -> Result<Bundle, BundleError> {
    serde_json::from_str::<IgnoredAny>(json)
        .map_err(|error| BundleError::NotJson(error.to_string()))?;
    let probe: VersionProbe = serde_json::from_str(json).map_err(|error| classify(&error))?;
    let found = match probe.0 {
        None => {
            return Err(BundleError::Malformed(
                "it has no \"format_version\"".into(),
            ))
        }
        Some(version) => version.as_u64().ok_or_else(|| {
            BundleError::Malformed(format!(
                "\"format_version\" is {version}, not a whole number"
            ))
        })?,
    };
    if found != u64::from(BUNDLE_FORMAT_VERSION) {
        return Err(BundleError::WrongVersion {
            found,
            expected: BUNDLE_FORMAT_VERSION,
        });
    }
    serde_json::from_str(json).map_err(|error| classify(&error))
}

/// The `format_version` of a JSON object, read without looking at the rest.
struct VersionProbe(Option<serde_json::Value>);

impl<'de> Deserialize<'de> for VersionProbe {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<VersionProbe, D::Error> {
        deserializer.deserialize_map(VersionProbe(None))
    }
}

impl<'de> Visitor<'de> for VersionProbe {
    type Value = VersionProbe;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<VersionProbe, A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<str>>()? {
            if key == "format_version" {
                self.0 = Some(map.next_value()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(self)
    }
}

fn classify(error: &serde_json::Error) -> BundleError {
    use serde_json::error::Category;
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => BundleError::NotJson(error.to_string()),
        Category::Data => BundleError::Malformed(error.to_string()),
    }
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
