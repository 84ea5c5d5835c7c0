//! The filterable values of every article as compact columns, one per `Facet`, built once with
//! the search index so filtering and counting never walk the articles.

use super::facet::Facet;
use crate::Article;
use std::collections::HashMap;

/// One facet of every article: the distinct values seen (first-seen order) and, per article,
/// the ids of its values (deduplicated).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FacetColumn {
    values: Vec<Box<str>>,
    offsets: Vec<u32>,
    ids: Vec<u32>,
}

impl FacetColumn {
    /// The column of `facet` over `articles`, in article order.
    fn build(facet: Facet, articles: &[Article]) -> FacetColumn {
        let mut slot: HashMap<String, u32> = HashMap::new();
        let mut column = FacetColumn {
            offsets: vec![0],
            ..FacetColumn::default()
        };
        for article in articles {
            let first = column.ids.len();
            for value in facet.article_values(article) {
                let id = match slot.get(value.as_ref()) {
                    Some(&id) => id,
                    None => {
                        let id = column.values.len() as u32;
                        slot.insert(value.to_string(), id);
                        column.values.push(value.into());
                        id
                    }
                };
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

/// A column per facet, reached by the facet itself (so no list of columns can fall out of
/// step with `Facet`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FacetColumns {
    year: FacetColumn,
    topic: FacetColumn,
    project: FacetColumn,
    donor: FacetColumn,
    place: FacetColumn,
}

impl FacetColumns {
    pub fn build(articles: &[Article]) -> FacetColumns {
        let column = |facet| FacetColumn::build(facet, articles);
        FacetColumns {
            year: column(Facet::Year),
            topic: column(Facet::Topic),
            project: column(Facet::Project),
            donor: column(Facet::Donor),
            place: column(Facet::Place),
        }
    }

    /// How many articles the columns describe.
    pub fn article_count(&self) -> usize {
        self.year.article_count()
    }

    pub fn get(&self, facet: Facet) -> &FacetColumn {
        match facet {
            Facet::Year => &self.year,
            Facet::Topic => &self.topic,
            Facet::Project => &self.project,
            Facet::Donor => &self.donor,
            Facet::Place => &self.place,
        }
    }
}
