//! The shapes of the content files, as editors write them. JSON Schemas are generated from
//! these types (`sitegen schema`), so the doc comments are what editors see as hover help.

use super::text_blocks::TextBlocks;
use crate::model::{Contact, KioskSettings, Link, Term, VacancyKind};
use crate::Date;
use schemars::JsonSchema;
use serde::Deserialize;

/// Front matter of `articles/<slug>.md`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleFront {
    /// The headline, in the source's words.
    pub title: String,
    /// First day of the event, "YYYY-MM-DD". Required unless `undated = true`.
    #[serde(default)]
    pub start: Option<Date>,
    /// Last day of a multi-day event, "YYYY-MM-DD" (not before `start`).
    #[serde(default)]
    pub end: Option<Date>,
    /// True when the source text gives no date at all (then leave out `start` and `end`).
    #[serde(default)]
    pub undated: bool,
    /// Place slugs from taxonomies.toml.
    #[serde(default)]
    pub places: Vec<String>,
    /// Slugs of files in projects/.
    #[serde(default)]
    pub projects: Vec<String>,
    /// Donor slugs from taxonomies.toml.
    #[serde(default)]
    pub donors: Vec<String>,
    /// Topic slugs from taxonomies.toml.
    #[serde(default)]
    pub topics: Vec<String>,
    /// True when the legacy item had no heading and the title was written from its first sentence.
    #[serde(default)]
    pub title_from_text: bool,
    /// Notes for editors: printed by the build, never shown to visitors.
    #[serde(default)]
    pub editor_notes: Vec<String>,
    /// Outbound links (https://, http:// or mailto: only).
    #[serde(default)]
    pub links: Vec<Link>,
    /// Photos (`[[images]]` tables), the first shown above the text.
    #[serde(default)]
    pub images: Vec<ImageFront>,
}

/// A photo of an article or project: one `[[images]]` table of its front matter.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImageFront {
    /// The photo's file in content/media/, e.g. "border-training-2016.jpg" (JPEG, PNG or WebP,
    /// at most 10 MiB and 8000 pixels a side).
    pub file: String,
    /// What the photo shows, for people who cannot see it (required).
    pub alt: String,
    /// Who took or owns the photo, shown under it (required).
    pub credit: String,
    /// A sentence shown under the photo.
    #[serde(default)]
    pub caption: Option<String>,
}

/// Front matter of `projects/<slug>.md`; the body is the project's summary.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectFront {
    /// Full name of the project.
    pub name: String,
    /// Acronym the articles use (e.g. "CMBA").
    #[serde(default)]
    pub short_name: Option<String>,
    /// Donor slugs from taxonomies.toml.
    #[serde(default)]
    pub donors: Vec<String>,
    /// Notes for editors: printed by the build, never shown to visitors.
    #[serde(default)]
    pub editor_notes: Vec<String>,
    /// Photos (`[[images]]` tables), shown after the summary.
    #[serde(default)]
    pub images: Vec<ImageFront>,
}

/// Front matter of `vacancies/<slug>.md`; the body is the description.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VacancyFront {
    pub title: String,
    /// "vacancy" or "internship".
    pub kind: VacancyKind,
    /// Last day to apply, "YYYY-MM-DD"; the vacancy disappears from the site the day after.
    pub closes: Date,
    #[serde(default)]
    pub location: Option<String>,
    /// How to apply (https://, http:// or mailto: only).
    #[serde(default)]
    pub links: Vec<Link>,
}

/// `site.toml`: facts about the mission shown on Home, About and in the footer.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    pub name: String,
    /// Where the site is published, scheme and host only, e.g. "https://example.org".
    pub url: String,
    /// Year Azerbaijan became an IOM Member State.
    pub member_state_since: u16,
    /// The mission in brief.
    pub intro: TextBlocks,
    /// The mission's history as far as the sources state it.
    #[serde(default)]
    pub history: TextBlocks,
    /// Areas of work: topic slugs from taxonomies.toml, in the order About lists them.
    #[serde(default)]
    pub areas: Vec<String>,
    /// Government partners named in the articles.
    #[serde(default)]
    pub government_partners: Vec<String>,
    pub contact: Contact,
    /// The kiosk's timing; all optional.
    #[serde(default)]
    pub kiosk: KioskSettings,
}

/// `taxonomies.toml`: what articles may refer to, each as `[[donors]]` / `[[topics]]` /
/// `[[places]]` tables with a `slug` and a display `name`, in display order.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TaxonomiesFile {
    #[serde(default)]
    pub donors: Vec<Term>,
    #[serde(default)]
    pub topics: Vec<Term>,
    #[serde(default)]
    pub places: Vec<Term>,
}
