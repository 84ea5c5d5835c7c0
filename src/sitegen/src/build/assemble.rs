//! Reads every content file, checks each one and the whole, and assembles the bundle.

use super::media::Media;
use super::read::{list_markdown, read_text, Entry};
use site_domain::bundle::sort_articles;
use site_domain::model::{
    Article, Bundle, Contact, Image, Project, Site, Vacancy, BUNDLE_FORMAT_VERSION,
};
use site_domain::source::{self, LineMap, Parsed, TaxonomiesFile};
use site_domain::validate::paths::{article_file, project_file, SITE_FILE, TAXONOMIES_FILE};
use site_domain::validate::{check_entries, check_references, Catalogue, Problem};
use std::collections::{BTreeSet, HashMap, HashSet};
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
    /// The media files each file's photos name, in order.
    image_files: HashMap<String, Vec<String>>,
    /// `(file, images[i].file)` of the photos that could not be used.
    photo_failures: HashSet<(String, String)>,
}

impl Collected {
    /// Keeps what a reader found in `file` and hands back its value.
    fn take<T>(&mut self, file: &str, parsed: Parsed<T>) -> Option<T> {
        self.problems.extend(parsed.problems);
        self.image_files
            .insert(file.to_string(), parsed.image_files);
        self.lines.insert(file.to_string(), parsed.lines);
        self.notes.extend(
            parsed
                .notes
                .into_iter()
                .map(|note| (file.to_string(), note)),
        );
        parsed.value
    }

    /// Reads every file of `entries` with `reader`, keeping the values that could be read.
    fn read_all<T>(
        &mut self,
        content: &Path,
        entries: &[Entry],
        reader: fn(&str, &str, &str) -> Parsed<T>,
    ) -> Vec<T> {
        let mut values = Vec::new();
        for entry in entries {
            values.extend(self.read(content, &entry.file, |text| {
                reader(&entry.file, &entry.slug, text)
            }));
        }
        values
    }

    /// The copies of every photo an entry names; a photo that cannot be used is a problem (the
    /// checks on the whole then do not report its missing copies again).
    fn make_photos(&mut self, entries: &mut Entries, media: &mut Media) {
        for article in &mut entries.articles {
            self.photos(&article_file(&article.slug), &mut article.images, media);
        }
        for project in &mut entries.projects {
            self.photos(&project_file(&project.slug), &mut project.images, media);
        }
    }

    fn photos(&mut self, file: &str, images: &mut [Image], media: &mut Media) {
        let sources = self.image_files.remove(file).unwrap_or_default();
        for (index, (image, source)) in images.iter_mut().zip(sources).enumerate() {
            match media.copies(&source) {
                Ok(variants) => image.variants = variants,
                Err(message) => {
                    let field = format!("images[{index}].file");
                    let line = self.lines.get(file).and_then(|lines| lines.line_of(&field));
                    self.photo_failures
                        .insert((file.to_string(), field.clone()));
                    self.problems.push(Problem {
                        line,
                        ..Problem::in_field(file, field, message)
                    });
                }
            }
        }
    }

    /// Whether `problem` is about a photo already reported as unusable.
    fn reported_photo(&self, problem: &Problem) -> bool {
        problem.field.as_ref().is_some_and(|field| {
            self.photo_failures
                .contains(&(problem.file.clone(), field.clone()))
        })
    }

    /// All problems sorted, and the bundle when there are none.
    fn finish(self, bundle: Bundle, whole: Vec<Problem>) -> Outcome {
        let mut problems = self.problems;
        problems.extend(whole);
        problems.sort();
        problems.dedup();
        Outcome {
            bundle: problems.is_empty().then_some(bundle),
            problems,
            notes: self.notes,
        }
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

pub fn assemble(content: &Path, media: &mut Media) -> Outcome {
    if !content.is_dir() {
        return Outcome::missing_folder(content);
    }
    let mut found = Collected::default();
    let site = found.read(content, SITE_FILE, |text| {
        source::read_site(SITE_FILE, text)
    });
    let taxonomies = found.read(content, TAXONOMIES_FILE, |text| {
        source::read_taxonomies(TAXONOMIES_FILE, text)
    });
    let files = ContentFiles::list(content, &mut found.problems);
    let mut entries = read_entries(content, &files, &mut found);
    found.make_photos(&mut entries, media);
    let catalogue = catalogue_of(&files, taxonomies.as_ref());
    let site_read = site.is_some();
    let bundle = bundle_of(site, taxonomies, entries);
    let mut whole = check_whole(&bundle, &catalogue, site_read, &found.lines);
    whole.retain(|problem| !found.reported_photo(problem));
    found.finish(bundle, whole)
}

impl Outcome {
    fn missing_folder(content: &Path) -> Outcome {
        let problem = Problem::new(
            ".",
            format!("content folder {} does not exist", content.display()),
        );
        Outcome {
            bundle: None,
            problems: vec![problem],
            notes: Vec::new(),
        }
    }
}

/// The `.md` files of each content folder.
struct ContentFiles {
    articles: Vec<Entry>,
    projects: Vec<Entry>,
    vacancies: Vec<Entry>,
}

impl ContentFiles {
    fn list(content: &Path, problems: &mut Vec<Problem>) -> ContentFiles {
        ContentFiles {
            articles: list_markdown(content, "articles", problems),
            projects: list_markdown(content, "projects", problems),
            vacancies: list_markdown(content, "vacancies", problems),
        }
    }
}

/// The entries that could be read, in the order the bundle guarantees.
struct Entries {
    articles: Vec<Article>,
    projects: Vec<Project>,
    vacancies: Vec<Vacancy>,
}

fn read_entries(content: &Path, files: &ContentFiles, found: &mut Collected) -> Entries {
    let mut articles = found.read_all(content, &files.articles, source::read_article);
    let projects = found.read_all(content, &files.projects, source::read_project);
    let mut vacancies = found.read_all(content, &files.vacancies, source::read_vacancy);
    sort_articles(&mut articles);
    vacancies.sort_by(|a, b| a.closes.cmp(&b.closes).then_with(|| a.slug.cmp(&b.slug)));
    Entries {
        articles,
        projects,
        vacancies,
    }
}

/// What references may name. A project file with problems still exists: references to it are
/// not "unknown".
fn catalogue_of(files: &ContentFiles, taxonomies: Option<&TaxonomiesFile>) -> Catalogue {
    Catalogue {
        projects: Some(
            files
                .projects
                .iter()
                .map(|entry| entry.slug.clone())
                .collect::<BTreeSet<_>>(),
        ),
        ..taxonomy_catalogue(taxonomies)
    }
}

/// The bundle of what was read; a file that could not be read stands in empty.
fn bundle_of(site: Option<Site>, taxonomies: Option<TaxonomiesFile>, entries: Entries) -> Bundle {
    let TaxonomiesFile {
        donors,
        topics,
        places,
    } = taxonomies.unwrap_or_default();
    Bundle {
        format_version: BUNDLE_FORMAT_VERSION,
        site: site.unwrap_or_else(placeholder_site),
        articles: entries.articles,
        projects: entries.projects,
        donors,
        topics,
        places,
        vacancies: entries.vacancies,
    }
}

/// The checks on the whole bundle (each entry, references), located on their files' lines.
fn check_whole(
    bundle: &Bundle,
    catalogue: &Catalogue,
    site_read: bool,
    lines: &HashMap<String, LineMap>,
) -> Vec<Problem> {
    let mut whole = check_entries(bundle);
    whole.extend(check_references(bundle, catalogue));
    // A site.toml that could not be read stands in as a placeholder: its checks mean nothing.
    whole.retain(|problem| site_read || problem.file != SITE_FILE);
    for problem in &mut whole {
        if let (None, Some(field), Some(lines)) =
            (problem.line, &problem.field, lines.get(&problem.file))
        {
            problem.line = lines.line_of(field);
        }
    }
    whole
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
        kiosk: Default::default(),
    }
}
