//! Domain crate of the IOM Azerbaijan site.
//!
//! Everything that is true of the content, whether at build time (the `sitegen` tool) or in the
//! browser (the Leptos app), lives here once: the content model and bundle format, dates,
//! validation, text folding, the search index and the news filters. It has no browser
//! dependencies so it is tested natively.

pub mod bundle;
pub mod catalog;
pub mod date;
pub mod date_format;
pub mod fold;
pub mod i18n;
pub mod json;
pub mod kiosk;
pub mod model;
pub mod news_query;
pub mod page_meta;
pub mod routes;
pub mod search;
pub mod shards;
pub mod sort;
#[cfg(feature = "source")]
pub mod source;
pub mod validate;

pub use date::Date;
pub use model::*;

#[cfg(test)]
mod test_support;
