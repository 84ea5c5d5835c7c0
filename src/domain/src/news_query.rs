//! The news list's state as it lives in the URL (`/news?q=…&year=…&topic=…`), and the faceted
//! filtering it drives: results plus, for every filter option, how many results choosing it
//! would give.
//!
//! Within one facet several values are alternatives (OR); facets combine with AND. An option's
//! count uses the search text and every *other* active facet, so it says what ticking it
//! would show (standard faceted counting).

use crate::search::{Highlighter, SearchIndex};
use crate::Bundle;

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
}

/// The URL state. Values are kept canonical (sorted, no duplicates, no blanks) so two URLs
/// meaning the same thing compare equal; `q` keeps what the visitor typed, blank means none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewsQuery {
    pub q: String,
    /// Newest first.
    pub years: Vec<i32>,
    pub topics: Vec<String>,
    pub projects: Vec<String>,
    pub donors: Vec<String>,
    pub places: Vec<String>,
}

impl NewsQuery {
    /// From decoded URL query pairs. Unknown names and years that are not numbers are
    /// ignored; the first non-blank `q` wins.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> NewsQuery {
        let mut query = NewsQuery::default();
        for (name, value) in pairs {
            if name == "q" {
                if query.q.is_empty() && !value.trim().is_empty() {
                    query.q = value.to_string();
                }
            } else if let Some(facet) = Facet::from_param(name) {
                query.insert(facet, value);
            }
        }
        query.normalise();
        query
    }

    /// From a raw query string (`?` optional), percent-decoding names and values (`+` is a
    /// space, as in forms).
    pub fn from_query_string(query_string: &str) -> NewsQuery {
        let decoded: Vec<(String, String)> = query_string
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                (percent_decode(name), percent_decode(value))
            })
            .collect();
        NewsQuery::from_pairs(decoded.iter().map(|(n, v)| (n.as_str(), v.as_str())))
    }

    /// Canonical query string without the leading `?`: `q`, then each facet in `Facet::ALL`
    /// order with its values in canonical order; "" when nothing is set.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.q.trim().is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        for facet in Facet::ALL {
            for value in self.values(facet) {
                pairs.push((facet.param(), value));
            }
        }
        pairs
            .iter()
            .map(|(name, value)| format!("{name}={}", percent_encode(value)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The news list URL for this state: `/news` or `/news?…`.
    pub fn url(&self) -> String {
        let query = self.to_query_string();
        if query.is_empty() {
            "/news".to_string()
        } else {
            format!("/news?{query}")
        }
    }

    /// Only this one filter value, e.g. the news of one project.
    pub fn only(facet: Facet, value: &str) -> NewsQuery {
        let mut query = NewsQuery::default();
        query.insert(facet, value);
        query.normalise();
        query
    }

    pub fn for_topic(slug: &str) -> NewsQuery {
        NewsQuery::only(Facet::Topic, slug)
    }

    pub fn for_project(slug: &str) -> NewsQuery {
        NewsQuery::only(Facet::Project, slug)
    }

    pub fn has_text(&self) -> bool {
        !self.q.trim().is_empty()
    }

    pub fn has_filters(&self) -> bool {
        Facet::ALL
            .into_iter()
            .any(|facet| !self.values(facet).is_empty())
    }

    pub fn is_empty(&self) -> bool {
        !self.has_text() && !self.has_filters()
    }

    /// The values of one facet as URL strings.
    pub fn values(&self, facet: Facet) -> Vec<String> {
        match facet {
            Facet::Year => self.years.iter().map(i32::to_string).collect(),
            _ => self
                .slugs(facet)
                .map(<[String]>::to_vec)
                .unwrap_or_default(),
        }
    }

    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.values(facet).iter().any(|v| v == value)
    }

    /// A copy with `value` ticked if it was not, unticked if it was.
    pub fn toggled(&self, facet: Facet, value: &str) -> NewsQuery {
        if self.is_selected(facet, value) {
            self.without(facet, value)
        } else {
            let mut next = self.clone();
            next.insert(facet, value);
            next.normalise();
            next
        }
    }

    /// A copy without `value` in `facet`.
    pub fn without(&self, facet: Facet, value: &str) -> NewsQuery {
        let mut next = self.clone();
        match facet {
            Facet::Year => next.years.retain(|year| year.to_string() != value),
            _ => {
                if let Some(slugs) = next.slugs_mut(facet) {
                    slugs.retain(|slug| slug != value);
                }
            }
        }
        next
    }

    /// A copy with the search text replaced.
    pub fn with_text(&self, q: &str) -> NewsQuery {
        let mut next = self.clone();
        next.q = if q.trim().is_empty() {
            String::new()
        } else {
            q.to_string()
        };
        next
    }

    /// A copy keeping the search text but no filters.
    pub fn without_filters(&self) -> NewsQuery {
        NewsQuery {
            q: self.q.clone(),
            ..NewsQuery::default()
        }
    }

    fn insert(&mut self, facet: Facet, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        match facet {
            Facet::Year => {
                if let Ok(year) = value.parse::<i32>() {
                    self.years.push(year);
                }
            }
            _ => {
                if let Some(slugs) = self.slugs_mut(facet) {
                    slugs.push(value.to_string());
                }
            }
        }
    }

    fn normalise(&mut self) {
        self.years.sort_unstable_by(|a, b| b.cmp(a));
        self.years.dedup();
        for slugs in [
            &mut self.topics,
            &mut self.projects,
            &mut self.donors,
            &mut self.places,
        ] {
            slugs.sort_unstable();
            slugs.dedup();
        }
    }

    fn slugs(&self, facet: Facet) -> Option<&[String]> {
        match facet {
            Facet::Year => None,
            Facet::Topic => Some(&self.topics),
            Facet::Project => Some(&self.projects),
            Facet::Donor => Some(&self.donors),
            Facet::Place => Some(&self.places),
        }
    }

    fn slugs_mut(&mut self, facet: Facet) -> Option<&mut Vec<String>> {
        match facet {
            Facet::Year => None,
            Facet::Topic => Some(&mut self.topics),
            Facet::Project => Some(&mut self.projects),
            Facet::Donor => Some(&mut self.donors),
            Facet::Place => Some(&mut self.places),
        }
    }
}

/// Link target for "news of this project/topic/…": `/news?project=slug`.
pub fn news_url_for(facet: Facet, slug: &str) -> String {
    NewsQuery::only(facet, slug).url()
}

/// One filter option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    /// The URL value (slug or year).
    pub value: String,
    /// Display name (the taxonomy name; the year; the value itself when unknown).
    pub label: String,
    /// Results ticking this option would give, given the text and the other facets.
    pub count: usize,
    pub selected: bool,
    /// False for a value in the URL that no article or taxonomy knows (e.g. a stale link);
    /// shown so it can be removed.
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
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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

    fn options_mut(&mut self, facet: Facet) -> &mut Vec<FacetOption> {
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

/// Filters and ranks the bundle's articles for `query`. `index` must be built from
/// `bundle.articles` (its facet columns are what is filtered and counted).
pub fn run(bundle: &Bundle, index: &SearchIndex, query: &NewsQuery) -> NewsResults {
    let count = bundle.articles.len().min(index.article_count());
    let (text_order, highlighter) = if query.has_text() {
        let (hits, highlighter) = index.search_with_highlighter(&query.q);
        let order: Vec<usize> = hits
            .into_iter()
            .map(|hit| hit.article)
            .filter(|&i| i < count)
            .collect();
        (Some(order), highlighter)
    } else {
        (None, Highlighter::default())
    };
    let mut text_match = vec![text_order.is_none(); count];
    for &article in text_order.iter().flatten() {
        text_match[article] = true;
    }

    let columns = index.facet_columns();
    let mut facets = Facets::default();
    // Per facet: the option each column value shows as, and whether it is ticked.
    let mut option_of: Vec<Vec<Option<usize>>> = Vec::new();
    let mut ticked: Vec<Vec<bool>> = Vec::new();
    for (facet, column) in Facet::ALL.into_iter().zip(columns) {
        let options = facet_options(bundle, facet, column.values(), query);
        let positions: Vec<Option<usize>> = column
            .values()
            .iter()
            .map(|value| options.iter().position(|option| option.value == **value))
            .collect();
        ticked.push(
            positions
                .iter()
                .map(|p| p.is_some_and(|p| options[p].selected))
                .collect(),
        );
        option_of.push(positions);
        *facets.options_mut(facet) = options;
    }
    let filtering: Vec<bool> = Facet::ALL
        .into_iter()
        .map(|facet| !query.values(facet).is_empty())
        .collect();

    // Bit f of passes[a]: article a satisfies facet f (always, when f filters nothing).
    const ALL_PASS: u8 = (1 << Facet::ALL.len()) - 1;
    let passes: Vec<u8> = (0..count)
        .map(|article| {
            let mut mask = 0u8;
            for (f, column) in columns.iter().enumerate() {
                let ids = column.ids(article);
                if !filtering[f] || ids.iter().any(|&id| ticked[f][id as usize]) {
                    mask |= 1 << f;
                }
            }
            mask
        })
        .collect();

    for (f, facet) in Facet::ALL.into_iter().enumerate() {
        let options = facets.options_mut(facet);
        for article in (0..count).filter(|&a| text_match[a] && passes[a] | (1 << f) == ALL_PASS) {
            for &id in columns[f].ids(article) {
                if let Some(option) = option_of[f][id as usize] {
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
            years.sort_unstable_by(|a, b| b.cmp(a));
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

/// Percent-encodes everything but RFC 3986 unreserved characters (space becomes `%20`).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+`; malformed escapes are kept as typed, invalid UTF-8 becomes
/// U+FFFD.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len()
                && hex(bytes[i + 1]).is_some()
                && hex(bytes[i + 2]).is_some() =>
            {
                out.push(hex(bytes[i + 1]).unwrap_or(0) * 16 + hex(bytes[i + 2]).unwrap_or(0));
                i += 2;
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests;
