//! The filterable values of every article (year, topics, projects, donors, places) as compact
//! columns, built once with the index so filtering and counting never walk the articles.

use crate::Article;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Order of the columns in `SearchIndex::facet_columns`.
pub const FACET_FIELDS: [&str; 5] = ["year", "topic", "project", "donor", "place"];

/// One field of every article: the distinct values seen (first-seen order) and, per article,
/// the ids of its values (deduplicated).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FacetColumn {
    values: Vec<Box<str>>,
    offsets: Vec<u32>,
    ids: Vec<u32>,
}

impl FacetColumn {
    /// From each article's values, in article order.
    pub(crate) fn build<'a, V: IntoIterator<Item = &'a str>>(
        per_article: impl Iterator<Item = V>,
    ) -> FacetColumn {
        let mut slot: HashMap<&str, u32> = HashMap::new();
        let mut column = FacetColumn {
            offsets: vec![0],
            ..FacetColumn::default()
        };
        for values in per_article {
            let first = column.ids.len();
            for value in values {
                let next = column.values.len() as u32;
                let id = *slot.entry(value).or_insert(next);
                if id == next {
                    column.values.push(value.into());
                }
                if !column.ids[first..].contains(&id) {
                    column.ids.push(id);
                }
            }
            column.offsets.push(column.ids.len() as u32);
        }
        column
    }

    /// Every distinct value, indexed by value id.
    pub fn values(&self) -> &[Box<str>] {
        &self.values
    }

    /// The value ids of one article.
    pub fn ids(&self, article: usize) -> &[u32] {
        &self.ids[self.offsets[article] as usize..self.offsets[article + 1] as usize]
    }

    pub fn article_count(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }
}

pub(crate) fn build_columns(articles: &[Article]) -> Vec<FacetColumn> {
    let years: Vec<Option<String>> = articles
        .iter()
        .map(|article| article.start.map(|date| date.year.to_string()))
        .collect();
    let slugs = |list: fn(&Article) -> &Vec<String>| {
        FacetColumn::build(
            articles
                .iter()
                .map(move |article| list(article).iter().map(String::as_str)),
        )
    };
    vec![
        FacetColumn::build(years.iter().map(|year| year.as_deref())),
        slugs(|article| &article.topics),
        slugs(|article| &article.projects),
        slugs(|article| &article.donors),
        slugs(|article| &article.places),
    ]
}
