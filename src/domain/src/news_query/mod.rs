//! The news list: its state as it lives in the URL (`/news?q=…&year=…&topic=…`), and the
//! faceted filtering it drives: results plus, for every filter option, how many results
//! choosing it would give.

mod columns;
mod count;
mod facet;
mod results;
mod url;

pub use columns::{FacetColumn, FacetColumns};
pub use count::{run, run_with_text};
pub use facet::Facet;
pub use results::{FacetOption, Facets, NewsResults};
pub use url::{news_url_for, percent_decode, percent_encode, NewsQuery};

#[cfg(test)]
mod tests;
