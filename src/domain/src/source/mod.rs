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

pub use files::{ArticleFront, ProjectFront, SiteFile, TaxonomiesFile, VacancyFront};
pub use lines::LineMap;
pub use markdown::{parse_markdown, to_markdown};
pub use split::{split, Split};
pub use text_blocks::TextBlocks;

use crate::model::{Article, Block, Project, Site, Vacancy};
use crate::validate::Problem;
use fields::{read_toml, ReadToml};
use lines::TomlText;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;

/// A content file read: its value when it could be read into the model (even if problems
/// remain), its problems, where its fields are, and the editor notes it carries.
#[derive(Debug, Default)]
pub struct Parsed<T> {
    pub value: Option<T>,
    pub problems: Vec<Problem>,
    pub lines: LineMap,
    pub notes: Vec<String>,
}

impl<T> Parsed<T> {
    fn failed(problem: Problem) -> Parsed<T> {
        Parsed {
            value: None,
            problems: vec![problem],
            lines: LineMap::default(),
            notes: Vec::new(),
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
            value: None,
            problems,
            lines,
            notes: Vec::new(),
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
    };
    // Kept despite date problems so the checks on the whole bundle still see it.
    Parsed {
        value: Some(article),
        problems,
        lines,
        notes: front.editor_notes,
    }
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
    Parsed::from_toml(front, |front| {
        let project = Project {
            slug: slug.to_string(),
            name: front.name,
            short_name: front.short_name,
            donors: front.donors,
            summary,
        };
        (project, front.editor_notes)
    })
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
            member_state_since: site.member_state_since,
            intro: site.intro.0,
            history: site.history.0,
            areas: site.areas,
            government_partners: site.government_partners,
            contact: site.contact,
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
