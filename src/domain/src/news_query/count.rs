//! Faceted filtering and counting: within one facet several values are alternatives (OR);
//! facets combine with AND. An option's count uses the search text and every *other* active
//! facet, so it says what ticking it would show (standard faceted counting).

use super::columns::FacetColumn;
use super::columns::FacetColumns;
use super::facet::Facet;
use super::results::{FacetOption, Facets, NewsResults};
use super::url::NewsQuery;
use crate::search::{Highlighter, SearchHit, SearchIndex};
use crate::Bundle;

/// Filters and ranks the bundle's articles for `query`. `index` must be built from
/// `bundle.articles` (its facet columns are what is filtered and counted).
pub fn run(bundle: &Bundle, index: &SearchIndex, query: &NewsQuery) -> NewsResults {
    let text = query
        .has_text()
        .then(|| index.search_with_highlighter(&query.q));
    run_with_text(bundle, index.facet_columns(), text, query)
}

/// [`run`] with the text search done elsewhere (the search's pieces): `text` is its hits and
/// highlighter for `query.q`, `None` without search text; `columns` are `bundle.articles`'.
pub fn run_with_text(
    bundle: &Bundle,
    columns: &FacetColumns,
    text: Option<(Vec<SearchHit>, Highlighter)>,
    query: &NewsQuery,
) -> NewsResults {
    let count = bundle.articles.len().min(columns.article_count());
    let (text_order, highlighter) = match text {
        Some((hits, highlighter)) => {
            let order: Vec<usize> = hits
                .into_iter()
                .map(|hit| hit.article)
                .filter(|&i| i < count)
                .collect();
            (Some(order), highlighter)
        }
        None => (None, Highlighter::default()),
    };
    let mut text_match = vec![text_order.is_none(); count];
    for &article in text_order.iter().flatten() {
        text_match[article] = true;
    }

    let mut facets = Facets::default();
    let filters: Vec<FacetFilter> = Facet::ALL
        .into_iter()
        .map(|facet| {
            let column = columns.get(facet);
            let options = facet_options(bundle, facet, column.values(), query);
            let option_of: Vec<Option<usize>> = column
                .values()
                .iter()
                .map(|value| options.iter().position(|option| option.value == **value))
                .collect();
            let ticked = option_of
                .iter()
                .map(|p| p.is_some_and(|p| options[p].selected))
                .collect();
            *facets.options_mut(facet) = options;
            FacetFilter {
                facet,
                column,
                option_of,
                ticked,
                filtering: !query.values(facet).is_empty(),
            }
        })
        .collect();

    // Bit f of passes[a]: article a satisfies filters[f] (always, when it filters nothing).
    const ALL_PASS: u8 = (1 << Facet::ALL.len()) - 1;
    let passes: Vec<u8> = (0..count)
        .map(|article| {
            let mut mask = 0u8;
            for (f, filter) in filters.iter().enumerate() {
                if filter.passes(article) {
                    mask |= 1 << f;
                }
            }
            mask
        })
        .collect();

    for (f, filter) in filters.iter().enumerate() {
        let options = facets.options_mut(filter.facet);
        for article in (0..count).filter(|&a| text_match[a] && passes[a] | (1 << f) == ALL_PASS) {
            for &id in filter.column.ids(article) {
                if let Some(option) = filter.option_of[id as usize] {
                    options[option].count += 1;
                }
            }
        }
    }

    let passes_all = |article: usize| text_match[article] && passes[article] == ALL_PASS;
    let articles = match text_order {
        Some(order) => order.into_iter().filter(|&a| passes_all(a)).collect(),
        None => (0..count).filter(|&a| passes_all(a)).collect(),
    };
    NewsResults {
        articles,
        facets,
        highlighter,
    }
}

/// One facet's column and what the query does with it.
struct FacetFilter<'a> {
    facet: Facet,
    column: &'a FacetColumn,
    /// The option each column value shows as.
    option_of: Vec<Option<usize>>,
    /// Per column value: whether it is ticked.
    ticked: Vec<bool>,
    filtering: bool,
}

impl FacetFilter<'_> {
    fn passes(&self, article: usize) -> bool {
        !self.filtering
            || self
                .column
                .ids(article)
                .iter()
                .any(|&id| self.ticked[id as usize])
    }
}

/// The options of one facet with zero counts: values some article uses (taxonomy order; years
/// newest first), plus selected values nothing knows so they can be unticked.
fn facet_options(
    bundle: &Bundle,
    facet: Facet,
    used: &[Box<str>],
    query: &NewsQuery,
) -> Vec<FacetOption> {
    let known: Vec<(String, String)> = match facet {
        Facet::Year => {
            let mut years: Vec<i32> = used.iter().filter_map(|year| year.parse().ok()).collect();
            crate::sort::sort_by(&mut years, |a, b| b.cmp(a));
            years
                .into_iter()
                .map(|y| (y.to_string(), y.to_string()))
                .collect()
        }
        Facet::Project => bundle
            .projects
            .iter()
            .map(|p| (p.slug.clone(), p.name.clone()))
            .collect(),
        Facet::Topic => terms(&bundle.topics),
        Facet::Donor => terms(&bundle.donors),
        Facet::Place => terms(&bundle.places),
    };
    let selected = query.values(facet);
    let mut options: Vec<FacetOption> = known
        .into_iter()
        .filter(|(value, _)| used.iter().any(|u| **u == **value) || selected.contains(value))
        .map(|(value, label)| FacetOption {
            selected: selected.contains(&value),
            value,
            label,
            count: 0,
            known: true,
        })
        .collect();
    for value in selected {
        if !options.iter().any(|option| option.value == value) {
            options.push(FacetOption {
                label: value.clone(),
                value,
                count: 0,
                selected: true,
                known: false,
            });
        }
    }
    options
}

fn terms(terms: &[crate::Term]) -> Vec<(String, String)> {
    terms
        .iter()
        .map(|term| (term.slug.clone(), term.name.clone()))
        .collect()
}
