//! The filters of the news list and which values of an article each one looks at.

use crate::Article;
use std::borrow::Cow;

/// The filters of the news list; the URL parameter of each is `Facet::param`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    Year,
    Topic,
    Project,
    Donor,
    Place,
}

impl Facet {
    /// In the order the page shows them.
    pub const ALL: [Facet; 5] = [
        Facet::Year,
        Facet::Topic,
        Facet::Project,
        Facet::Donor,
        Facet::Place,
    ];

    pub fn param(self) -> &'static str {
        match self {
            Facet::Year => "year",
            Facet::Topic => "topic",
            Facet::Project => "project",
            Facet::Donor => "donor",
            Facet::Place => "place",
        }
    }

    pub fn from_param(param: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|facet| facet.param() == param)
    }

    /// The values of `article` this facet filters on, as URL strings (a year; slugs).
    pub fn article_values(self, article: &Article) -> Vec<Cow<'_, str>> {
        let slugs = match self {
            Facet::Year => {
                let year = article.start.map(|date| Cow::Owned(date.year.to_string()));
                return year.into_iter().collect();
            }
            Facet::Topic => &article.topics,
            Facet::Project => &article.projects,
            Facet::Donor => &article.donors,
            Facet::Place => &article.places,
        };
        slugs
            .iter()
            .map(|slug| Cow::Borrowed(slug.as_str()))
            .collect()
    }
}
