//! Reading content files (build time only, behind the `source` feature): TOML front matter
//! between `+++` lines, a Markdown body, and `site.toml` / `taxonomies.toml`. Each reader
//! returns the model value when the file is valid and every problem it found otherwise, with
//! a map from field paths to lines so later checks on the bundle can point at lines too.

mod fields;
pub mod files;
mod lines;
pub mod markdown;
pub mod schema;
mod split;
mod suggest;
mod text_blocks;

pub use files::{ArticleFront, ImageFront, ProjectFront, SiteFile, TaxonomiesFile, VacancyFront};
pub use lines::LineMap;
pub use markdown::{parse_markdown, to_markdown};
pub use split::{split, Split};
pub use text_blocks::TextBlocks;

use crate::model::{Article, Block, Image, Project, Site, Vacancy};
use crate::validate::Problem;
use fields::{read_toml, ReadToml};
use lines::TomlText;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;

/// A content file read: its value when it could be read into the model (even if problems
/// remain), its problems, where its fields are, the editor notes it carries, and the media
/// files its photos name (`images[i].file`: the value's photos have no copies yet).
#[derive(Debug)]
pub struct Parsed<T> {
    pub value: Option<T>,
    pub problems: Vec<Problem>,
    pub lines: LineMap,
    pub notes: Vec<String>,
    pub image_files: Vec<String>,
}

impl<T> Default for Parsed<T> {
    fn default() -> Parsed<T> {
        Parsed {
            value: None,
            problems: Vec::new(),
            lines: LineMap::default(),
            notes: Vec::new(),
            image_files: Vec::new(),
        }
    }
}

impl<T> Parsed<T> {
    fn failed(problem: Problem) -> Parsed<T> {
        Parsed {
            problems: vec![problem],
            ..Parsed::default()
        }
    }

    /// A file read as TOML, its value turned into the model type along with its editor notes.
    fn from_toml<F>(read: ReadToml<F>, convert: impl FnOnce(F) -> (T, Vec<String>)) -> Parsed<T> {
        let (value, notes) = match read.value.map(convert) {
            Some((value, notes)) => (Some(value), notes),
            None => (None, Vec::new()),
        };
        Parsed {
            value,
            problems: read.problems,
            lines: read.lines,
            notes,
            image_files: Vec::new(),
        }
    }
}

/// Front matter and body of a `.md` file.
fn read_markdown<F: DeserializeOwned + JsonSchema + 'static>(
    file: &str,
    text: &str,
) -> Result<(ReadToml<F>, Vec<Block>), Problem> {
    let parts = split(file, text)?;
    let mut front = read_toml::<F>(
        file,
        &TomlText::new(parts.front_matter, parts.front_matter_line),
    );
    let body = parse_markdown(file, parts.body, parts.body_line, "body");
    front.lines.extend(body.lines);
    front.problems.extend(body.problems);
    Ok((front, body.blocks))
}

pub fn read_article(file: &str, slug: &str, text: &str) -> Parsed<Article> {
    let (front, body) = match read_markdown::<ArticleFront>(file, text) {
        Ok(parts) => parts,
        Err(problem) => return Parsed::failed(problem),
    };
    let ReadToml {
        value,
        mut problems,
        lines,
    } = front;
    let Some(front) = value else {
        return Parsed {
            problems,
            lines,
            ..Parsed::default()
        };
    };
    match (front.start, front.undated) {
        (None, false) => problems.push(located(
            file,
            "start",
            None,
            "is missing: write start = \"YYYY-MM-DD\", or undated = true when the source gives no date",
        )),
        (Some(_), true) => {
            let message = "is true but a start date is given: remove one";
            problems.push(located(file, "undated", lines.line_of("undated"), message));
        }
        _ => {}
    }
    let article = Article {
        slug: slug.to_string(),
        title: front.title,
        start: front.start,
        end: front.end,
        places: front.places,
        projects: front.projects,
        donors: front.donors,
        topics: front.topics,
        body,
        links: front.links,
        images: images_without_copies(&front.images),
    };
    // Kept despite date problems so the checks on the whole bundle still see it.
    Parsed {
        value: Some(article),
        problems,
        lines,
        notes: front.editor_notes,
        image_files: files_of(&front.images),
    }
}

/// The photos as the model holds them, before the build makes their copies.
fn images_without_copies(images: &[ImageFront]) -> Vec<Image> {
    images
        .iter()
        .map(|image| Image {
            alt: image.alt.clone(),
            credit: image.credit.clone(),
            caption: image.caption.clone(),
            variants: Vec::new(),
        })
        .collect()
}

fn files_of(images: &[ImageFront]) -> Vec<String> {
    images.iter().map(|image| image.file.clone()).collect()
}

fn located(file: &str, field: &str, line: Option<usize>, message: &str) -> Problem {
    Problem {
        line,
        ..Problem::in_field(file, field, message)
    }
}

pub fn read_project(file: &str, slug: &str, text: &str) -> Parsed<Project> {
    let (front, summary) = match read_markdown::<ProjectFront>(file, text) {
        Ok(parts) => parts,
        Err(problem) => return Parsed::failed(problem),
    };
    let mut image_files = Vec::new();
    let mut parsed = Parsed::from_toml(front, |front| {
        image_files = files_of(&front.images);
        let project = Project {
            slug: slug.to_string(),
            name: front.name,
            short_name: front.short_name,
            donors: front.donors,
            summary,
            images: images_without_copies(&front.images),
        };
        (project, front.editor_notes)
    });
    parsed.image_files = image_files;
    parsed
}

pub fn read_vacancy(file: &str, slug: &str, text: &str) -> Parsed<Vacancy> {
    let (front, body) = match read_markdown::<VacancyFront>(file, text) {
        Ok(parts) => parts,
        Err(problem) => return Parsed::failed(problem),
    };
    Parsed::from_toml(front, |front| {
        let vacancy = Vacancy {
            slug: slug.to_string(),
            title: front.title,
            kind: front.kind,
            closes: front.closes,
            location: front.location,
            body,
            links: front.links,
        };
        (vacancy, Vec::new())
    })
}

pub fn read_site(file: &str, text: &str) -> Parsed<Site> {
    let read = read_toml::<SiteFile>(file, &TomlText::new(text, 1));
    Parsed::from_toml(read, |site| {
        let site = Site {
            name: site.name,
            url: site.url,
            member_state_since: site.member_state_since,
            intro: site.intro.0,
            history: site.history.0,
            areas: site.areas,
            government_partners: site.government_partners,
            contact: site.contact,
            kiosk: site.kiosk,
        };
        (site, Vec::new())
    })
}

pub fn read_taxonomies(file: &str, text: &str) -> Parsed<TaxonomiesFile> {
    let read = read_toml::<TaxonomiesFile>(file, &TomlText::new(text, 1));
    Parsed::from_toml(read, |taxonomies| (taxonomies, Vec::new()))
}

/// The kinds of content file, for callers that handle any of them (the build, fuzzing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContentKind {
    Article,
    Project,
    Vacancy,
    Site,
    Taxonomies,
}

/// The problems of one file of `kind` on its own (no cross-file checks).
pub fn file_problems(kind: ContentKind, file: &str, slug: &str, text: &str) -> Vec<Problem> {
    match kind {
        ContentKind::Article => read_article(file, slug, text).problems,
        ContentKind::Project => read_project(file, slug, text).problems,
        ContentKind::Vacancy => read_vacancy(file, slug, text).problems,
        ContentKind::Site => read_site(file, text).problems,
        ContentKind::Taxonomies => read_taxonomies(file, text).problems,
    }
}

#[cfg(test)]
mod tests;
