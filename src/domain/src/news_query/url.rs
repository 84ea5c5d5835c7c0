//! The news list's state as it lives in the URL (`/news?q=…&year=…&topic=…`): parsing,
//! canonical form and percent-encoding.

use super::facet::Facet;

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
        crate::sort::sort_by(&mut self.years, |a, b| b.cmp(a));
        self.years.dedup();
        for slugs in [
            &mut self.topics,
            &mut self.projects,
            &mut self.donors,
            &mut self.places,
        ] {
            crate::sort::sort_dedup(slugs);
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
