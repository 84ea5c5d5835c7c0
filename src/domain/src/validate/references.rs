//! Cross-references: every slug an entry mentions must name something that exists.

use super::paths::{article_file, project_file, SITE_FILE};
use super::Problem;
use crate::model::{Bundle, Term};
use std::collections::BTreeSet;

/// The slugs references may point to. A set that is `None` is unknown (its source file could
/// not be read), so references into it are not checked rather than all reported as wrong.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    pub projects: Option<BTreeSet<String>>,
    pub donors: Option<BTreeSet<String>>,
    pub topics: Option<BTreeSet<String>>,
    pub places: Option<BTreeSet<String>>,
}

fn slugs_of(terms: &[Term]) -> Option<BTreeSet<String>> {
    Some(terms.iter().map(|t| t.slug.clone()).collect())
}

impl Catalogue {
    /// Everything the bundle itself defines.
    pub fn of(bundle: &Bundle) -> Catalogue {
        Catalogue {
            projects: Some(bundle.projects.iter().map(|p| p.slug.clone()).collect()),
            donors: slugs_of(&bundle.donors),
            topics: slugs_of(&bundle.topics),
            places: slugs_of(&bundle.places),
        }
    }
}

/// What a list of slugs refers to.
#[derive(Clone, Copy)]
enum Target {
    Project,
    Donor,
    Topic,
    Place,
}

impl Target {
    fn noun(self) -> &'static str {
        match self {
            Target::Project => "project",
            Target::Donor => "donor",
            Target::Topic => "topic",
            Target::Place => "place",
        }
    }

    fn known(self, catalogue: &Catalogue) -> Option<&BTreeSet<String>> {
        match self {
            Target::Project => catalogue.projects.as_ref(),
            Target::Donor => catalogue.donors.as_ref(),
            Target::Topic => catalogue.topics.as_ref(),
            Target::Place => catalogue.places.as_ref(),
        }
    }

    /// Where an editor would define `slug`.
    fn hint(self, slug: &str) -> String {
        let taxonomy = match self {
            Target::Project => return format!("no file projects/{slug}.md"),
            Target::Donor => "donors",
            Target::Topic => "topics",
            Target::Place => "places",
        };
        format!("not listed under [[{taxonomy}]] in taxonomies.toml")
    }
}

/// Every reference in `bundle` that `catalogue` cannot resolve.
pub fn check_references(bundle: &Bundle, catalogue: &Catalogue) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut check = |file: &str, field: &str, target: Target, slugs: &[String]| {
        problems.extend(unknown_slugs(file, field, target, slugs, catalogue));
    };
    for article in &bundle.articles {
        let file = article_file(&article.slug);
        check(&file, "projects", Target::Project, &article.projects);
        check(&file, "donors", Target::Donor, &article.donors);
        check(&file, "topics", Target::Topic, &article.topics);
        check(&file, "places", Target::Place, &article.places);
    }
    for project in &bundle.projects {
        check(
            &project_file(&project.slug),
            "donors",
            Target::Donor,
            &project.donors,
        );
    }
    check(SITE_FILE, "areas", Target::Topic, &bundle.site.areas);
    problems
}

/// A problem for each of `slugs` (the list `field` of `file`) that names no `target`; none when
/// the catalogue does not know the targets.
fn unknown_slugs<'a>(
    file: &'a str,
    field: &'a str,
    target: Target,
    slugs: &'a [String],
    catalogue: &'a Catalogue,
) -> impl Iterator<Item = Problem> + 'a {
    let known = target.known(catalogue);
    slugs
        .iter()
        .enumerate()
        .filter(move |(_, slug)| known.is_some_and(|known| !known.contains(*slug)))
        .map(move |(index, slug)| {
            let message = format!(
                "unknown {} \"{slug}\" ({})",
                target.noun(),
                target.hint(slug)
            );
            Problem::in_field(file, format!("{field}[{index}]"), message)
        })
}
