//! The content bundle: the one JSON file the build writes and the app reads.
//!
//! Taxonomies (projects, donors, topics, places) are listed once with a slug and a display
//! name; articles refer to them by slug so a name is spelt one way everywhere.
//!
//! serde writes the bundle (the build); `bundle::parse_bundle` reads it (app and build), in
//! the shape these attributes give. serde's own reading is derived only where the content
//! files need it (`source`) and in tests, as the reference the reader is checked against: in
//! the app it cost more than the rest of the domain together.

use crate::Date;
use serde::Serialize;
use std::borrow::Cow;

/// Bumped whenever the bundle's shape changes in a way an older app would misread.
pub const BUNDLE_FORMAT_VERSION: u32 = 3;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub format_version: u32,
    pub site: Site,
    /// Newest first by start date (then end date, then slug), undated articles last: the order
    /// the build guarantees and the app relies on.
    pub articles: Vec<Article>,
    pub projects: Vec<Project>,
    pub donors: Vec<Term>,
    pub topics: Vec<Term>,
    pub places: Vec<Term>,
    pub vacancies: Vec<Vacancy>,
}

/// An entry of a taxonomy: the slug is its URL segment and filter value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub slug: String,
    pub name: String,
    /// Other spellings of the name (Azerbaijani, Russian), used only to find articles in search.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// Facts about the mission shown on Home, About and in the footer.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub name: String,
    /// Where the site is published: scheme and host only ("https://example.org"). Canonical
    /// links, the sitemap, the feed and the kiosk's QR codes are built from it.
    pub url: String,
    /// Year Azerbaijan became an IOM Member State.
    pub member_state_since: u16,
    /// The mission in brief (Home and About), in the legacy page's words.
    pub intro: Vec<Block>,
    /// The mission's history as far as the sources state it.
    pub history: Vec<Block>,
    /// Areas of work: slugs into `Bundle::topics`, in the order About lists them.
    pub areas: Vec<String>,
    /// Government partners named in the articles (donors are listed separately).
    pub government_partners: Vec<String>,
    pub contact: Contact,
    /// How the site behaves as a kiosk at events (`?kiosk`).
    #[serde(default)]
    pub kiosk: KioskSettings,
}

/// The kiosk's timing (site.toml `[kiosk]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KioskSettings {
    /// Seconds without a touch before the kiosk asks "Still there?" and then starts over.
    #[serde(default = "KioskSettings::default_idle_seconds")]
    pub idle_seconds: u16,
}

impl KioskSettings {
    pub const DEFAULT_IDLE_SECONDS: u16 = 90;
    /// The shortest idle time accepted: a visitor needs time to read a page.
    pub const MIN_IDLE_SECONDS: u16 = 20;

    #[cfg_attr(not(any(test, feature = "source")), allow(dead_code))]
    fn default_idle_seconds() -> u16 {
        KioskSettings::DEFAULT_IDLE_SECONDS
    }
}

impl Default for KioskSettings {
    fn default() -> KioskSettings {
        KioskSettings {
            idle_seconds: KioskSettings::DEFAULT_IDLE_SECONDS,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub organisation: String,
    pub address: String,
    pub phone: String,
    pub fax: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub slug: String,
    pub title: String,
    /// First day of the event the article reports. `None` only when the source text gives no
    /// date at all (the content file then says `undated = true`); never guessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// Last day, when the event spans several days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// Slugs into `Bundle::places`.
    pub places: Vec<String>,
    /// Slugs into `Bundle::projects`.
    pub projects: Vec<String>,
    /// Slugs into `Bundle::donors`.
    pub donors: Vec<String>,
    /// Slugs into `Bundle::topics`.
    pub topics: Vec<String>,
    pub body: Vec<Block>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// Photos, the first shown above the text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<Image>,
}

impl Article {
    /// The last day the article covers (its start when it is a single day).
    pub fn last_day(&self) -> Option<Date> {
        self.end.or(self.start)
    }
}

/// A block of body text, as the build parsed it from the content files' Markdown. Its text is
/// data (runs of plain text with emphasis and links), never markup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "kind", content = "text")]
pub enum Block {
    Paragraph(RichText),
    Heading(Heading),
    /// Numbered from 1.
    NumberedList(Vec<RichText>),
    BulletList(Vec<RichText>),
    /// A block quote: paragraphs, headings and lists (never another quote).
    Quote(Vec<Block>),
}

/// A heading inside a body: level 2 to 4 (the page's title is the level 1 heading).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Heading {
    pub level: u8,
    pub text: RichText,
}

/// Text with inline formatting: a paragraph, a heading, a list item.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct RichText(pub Vec<Inline>);

/// A piece of rich text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Inline {
    Text(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    /// A link in the text: an in-site path ("/news/…") or an http(s) or mailto URL.
    Link {
        url: String,
        text: Vec<Inline>,
    },
}

impl Block {
    /// The plain text of each paragraph, heading and list item of the block, in reading order
    /// (for search and snippets).
    pub fn texts(&self) -> Vec<Cow<'_, str>> {
        match self {
            Block::Paragraph(text) => vec![text.plain()],
            Block::Heading(heading) => vec![heading.text.plain()],
            Block::NumberedList(items) | Block::BulletList(items) => {
                items.iter().map(RichText::plain).collect()
            }
            Block::Quote(blocks) => blocks.iter().flat_map(Block::texts).collect(),
        }
    }

    /// The URL of every link in the block's text, in reading order.
    pub fn link_urls(&self) -> Vec<&str> {
        let mut urls = Vec::new();
        match self {
            Block::Paragraph(text) => push_link_urls(&text.0, &mut urls),
            Block::Heading(heading) => push_link_urls(&heading.text.0, &mut urls),
            Block::NumberedList(items) | Block::BulletList(items) => {
                for item in items {
                    push_link_urls(&item.0, &mut urls);
                }
            }
            Block::Quote(blocks) => urls.extend(blocks.iter().flat_map(Block::link_urls)),
        }
        urls
    }
}

fn push_link_urls<'a>(inlines: &'a [Inline], urls: &mut Vec<&'a str>) {
    for inline in inlines {
        match inline {
            Inline::Text(_) => {}
            Inline::Emphasis(inner) | Inline::Strong(inner) => push_link_urls(inner, urls),
            Inline::Link { url, text } => {
                urls.push(url);
                push_link_urls(text, urls);
            }
        }
    }
}

impl RichText {
    /// The text without its formatting (a link's text stays, its URL goes).
    pub fn plain(&self) -> Cow<'_, str> {
        match self.0.as_slice() {
            [] => Cow::Borrowed(""),
            [Inline::Text(text)] => Cow::Borrowed(text),
            inlines => {
                let mut out = String::new();
                push_plain(inlines, &mut out);
                Cow::Owned(out)
            }
        }
    }
}

fn push_plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push_str(text),
            Inline::Emphasis(inner) | Inline::Strong(inner) | Inline::Link { text: inner, .. } => {
                push_plain(inner, out)
            }
        }
    }
}

/// Plain text without formatting.
impl From<String> for RichText {
    fn from(text: String) -> RichText {
        RichText(vec![Inline::Text(text)])
    }
}

impl From<&str> for RichText {
    fn from(text: &str) -> RichText {
        RichText::from(text.to_string())
    }
}

/// A photo, in the sizes and formats the build made of the editor's file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// What the photo shows, for people who cannot see it.
    pub alt: String,
    /// Who took or owns the photo; shown under it.
    pub credit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Copies of the photo, narrowest first; each width in WebP and in the file's own format.
    pub variants: Vec<ImageVariant>,
}

/// One copy of a photo.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ImageVariant {
    /// Relative to the site's root, as `content.json` is: "media/<name>-<width>-<hash>.<ext>".
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub format: ImageFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ImageFormat {
    Webp,
    Jpeg,
    Png,
}

impl ImageFormat {
    pub fn mime_type(self) -> &'static str {
        match self {
            ImageFormat::Webp => "image/webp",
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Png => "image/png",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Webp => "webp",
            ImageFormat::Jpeg => "jpg",
            ImageFormat::Png => "png",
        }
    }
}

/// An outbound link; the build only accepts http(s) and mailto URLs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub label: String,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub slug: String,
    pub name: String,
    /// Acronym the articles use (e.g. "CMBA"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// Slugs into `Bundle::donors`.
    pub donors: Vec<String>,
    /// What the project is, in the articles' own words; may be empty.
    pub summary: Vec<Block>,
    /// Photos, shown after the summary.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<Image>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VacancyKind {
    Vacancy,
    Internship,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(any(test, feature = "source"), derive(serde::Deserialize))]
#[cfg_attr(feature = "source", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Vacancy {
    pub slug: String,
    pub title: String,
    pub kind: VacancyKind,
    /// Last day applications are accepted; the vacancy disappears the day after.
    pub closes: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    pub body: Vec<Block>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}
