//! What a news query gives: the articles, the options of every filter with their counts, and
//! the highlighter for the matched words.

use super::facet::Facet;
use super::url::NewsQuery;
use crate::search::Highlighter;
use serde::Serialize;

/// One filter option.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FacetOption {
    /// The URL value (slug or year).
    pub value: String,
    /// Display name (the taxonomy name; the year; the value itself when unknown).
    pub label: String,
    /// Results ticking this option would give, given the text and the other facets.
    pub count: usize,
    /// Not written: options are written only for the news list's start, where none is.
    #[serde(skip)]
    pub selected: bool,
    /// False for a value in the URL that no article or taxonomy knows (e.g. a stale link);
    /// shown so it can be removed. Not written: the start's options are all known.
    #[serde(skip)]
    pub known: bool,
}

impl FacetOption {
    /// Unavailable options stay visible but disabled (a selected one can still be unticked).
    pub fn is_available(&self) -> bool {
        self.count > 0 || self.selected
    }
}

/// The options of every facet, each list in a stable order (years newest first, others in
/// the bundle's taxonomy order) so options never jump while the visitor ticks them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Facets {
    pub years: Vec<FacetOption>,
    pub topics: Vec<FacetOption>,
    pub projects: Vec<FacetOption>,
    pub donors: Vec<FacetOption>,
    pub places: Vec<FacetOption>,
}

impl Facets {
    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        match facet {
            Facet::Year => &self.years,
            Facet::Topic => &self.topics,
            Facet::Project => &self.projects,
            Facet::Donor => &self.donors,
            Facet::Place => &self.places,
        }
    }

    /// The same options and counts with `query`'s values ticked (and only those): what the
    /// filters show when `query` could not be answered, so the visitor's choice stays on
    /// screen and can be undone. Values no option has are not added.
    pub fn ticked_as(&self, query: &NewsQuery) -> Facets {
        let mut facets = self.clone();
        for facet in Facet::ALL {
            for option in facets.options_mut(facet) {
                option.selected = query.is_selected(facet, &option.value);
            }
        }
        facets
    }

    pub(super) fn options_mut(&mut self, facet: Facet) -> &mut Vec<FacetOption> {
        match facet {
            Facet::Year => &mut self.years,
            Facet::Topic => &mut self.topics,
            Facet::Project => &mut self.projects,
            Facet::Donor => &mut self.donors,
            Facet::Place => &mut self.places,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewsResults {
    /// Indices into `bundle.articles`: by relevance when there is search text, otherwise in
    /// the bundle's order (newest first).
    pub articles: Vec<usize>,
    pub facets: Facets,
    /// Marks the matched words in titles and snippets (empty without search text).
    pub highlighter: Highlighter,
}
