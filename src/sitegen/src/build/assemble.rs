//! Reads every content file, checks each one and the whole, and assembles the bundle.

use super::read::{list_markdown, read_text};
use site_domain::bundle::sort_articles;
use site_domain::model::{Bundle, Contact, Site, BUNDLE_FORMAT_VERSION};
use site_domain::source::{self, LineMap, Parsed, TaxonomiesFile};
use site_domain::validate::paths::{SITE_FILE, TAXONOMIES_FILE};
use site_domain::validate::{check_entries, check_references, Catalogue, Problem};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// The result of reading `content/`: the bundle when there is no problem at all.
pub struct Outcome {
    pub bundle: Option<Bundle>,
    /// Sorted by file, then line.
    pub problems: Vec<Problem>,
    /// `(file, note)` editor notes, in file order.
    pub notes: Vec<(String, String)>,
}

#[derive(Default)]
struct Collected {
    problems: Vec<Problem>,
    lines: HashMap<String, LineMap>,
    notes: Vec<(String, String)>,
}

impl Collected {
    /// Keeps what a reader found in `file` and hands back its value.
    fn take<T>(&mut self, file: &str, parsed: Parsed<T>) -> Option<T> {
        self.problems.extend(parsed.problems);
        self.lines.insert(file.to_string(), parsed.lines);
        self.notes.extend(
            parsed
                .notes
                .into_iter()
                .map(|note| (file.to_string(), note)),
        );
        parsed.value
    }

    /// Reads `content/<file>` and parses it with `reader`; a file that cannot be read is a problem.
    fn read<T>(
        &mut self,
        content: &Path,
        file: &str,
        reader: impl FnOnce(&str) -> Parsed<T>,
    ) -> Option<T> {
        match read_text(&content.join(file), file) {
            Ok(text) => {
                let parsed = reader(&text);
                self.take(file, parsed)
            }
            Err(problem) => {
                self.problems.push(problem);
                None
            }
        }
    }
}

pub fn assemble(content: &Path) -> Outcome {
    let mut found = Collected::default();
    if !content.is_dir() {
        let problem = Problem::new(
            ".",
            format!("content folder {} does not exist", content.display()),
        );
        return Outcome {
            bundle: None,
            problems: vec![problem],
            notes: Vec::new(),
        };
    }
    let site = found.read(content, SITE_FILE, |text| {
        source::read_site(SITE_FILE, text)
    });
    let taxonomies = found.read(content, TAXONOMIES_FILE, |text| {
        source::read_taxonomies(TAXONOMIES_FILE, text)
    });

    let mut listing_problems = Vec::new();
    let article_files = list_markdown(content, "articles", &mut listing_problems);
    let project_files = list_markdown(content, "projects", &mut listing_problems);
    let vacancy_files = list_markdown(content, "vacancies", &mut listing_problems);
    found.problems.append(&mut listing_problems);

    let mut articles = Vec::new();
    for entry in &article_files {
        articles.extend(found.read(content, &entry.file, |text| {
            source::read_article(&entry.file, &entry.slug, text)
        }));
    }
    let mut projects = Vec::new();
    for entry in &project_files {
        projects.extend(found.read(content, &entry.file, |text| {
            source::read_project(&entry.file, &entry.slug, text)
        }));
    }
    let mut vacancies = Vec::new();
    for entry in &vacancy_files {
        vacancies.extend(found.read(content, &entry.file, |text| {
            source::read_vacancy(&entry.file, &entry.slug, text)
        }));
    }
    sort_articles(&mut articles);
    vacancies.sort_by(|a, b| a.closes.cmp(&b.closes).then_with(|| a.slug.cmp(&b.slug)));

    // A project file with problems still exists: references to it are not "unknown".
    let catalogue = Catalogue {
        projects: Some(
            project_files
                .iter()
                .map(|e| e.slug.clone())
                .collect::<BTreeSet<_>>(),
        ),
        ..taxonomy_catalogue(taxonomies.as_ref())
    };
    let site_read = site.is_some();
    let TaxonomiesFile {
        donors,
        topics,
        places,
    } = taxonomies.unwrap_or_default();
    let bundle = Bundle {
        format_version: BUNDLE_FORMAT_VERSION,
        site: site.unwrap_or_else(placeholder_site),
        articles,
        projects,
        donors,
        topics,
        places,
        vacancies,
    };
    let mut whole = check_entries(&bundle);
    whole.extend(check_references(&bundle, &catalogue));
    // A site.toml that could not be read stands in as a placeholder: its checks mean nothing.
    whole.retain(|problem| site_read || problem.file != SITE_FILE);
    for problem in &mut whole {
        if let (None, Some(field), Some(lines)) =
            (problem.line, &problem.field, found.lines.get(&problem.file))
        {
            problem.line = lines.line_of(field);
        }
    }
    let mut problems = found.problems;
    problems.extend(whole);
    problems.sort();
    problems.dedup();
    let bundle = problems.is_empty().then_some(bundle);
    Outcome {
        bundle,
        problems,
        notes: found.notes,
    }
}

fn taxonomy_catalogue(taxonomies: Option<&TaxonomiesFile>) -> Catalogue {
    let Some(taxonomies) = taxonomies else {
        return Catalogue::default();
    };
    let slugs = |terms: &[site_domain::Term]| Some(terms.iter().map(|t| t.slug.clone()).collect());
    Catalogue {
        projects: None,
        donors: slugs(&taxonomies.donors),
        topics: slugs(&taxonomies.topics),
        places: slugs(&taxonomies.places),
    }
}

fn placeholder_site() -> Site {
    Site {
        name: String::new(),
        url: String::new(),
        member_state_since: 0,
        intro: Vec::new(),
        history: Vec::new(),
        areas: Vec::new(),
        government_partners: Vec::new(),
        contact: Contact {
            organisation: String::new(),
            address: String::new(),
            phone: String::new(),
            fax: String::new(),
        },
    }
}
