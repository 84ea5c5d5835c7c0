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

/// Problems for each slug in `slugs` that `known` does not contain.
fn check_list(
    file: &str,
    field: &str,
    what: &str,
    slugs: &[String],
    known: &Option<BTreeSet<String>>,
    problems: &mut Vec<Problem>,
) {
    let Some(known) = known else { return };
    for (index, slug) in slugs.iter().enumerate() {
        if !known.contains(slug) {
            let hint = match what {
                "project" => "no file projects/{slug}.md".replace("{slug}", slug),
                _ => format!("not listed under [[{field}]] in taxonomies.toml"),
            };
            let message = format!("unknown {what} \"{slug}\" ({hint})");
            problems.push(Problem::in_field(
                file,
                format!("{field}[{index}]"),
                message,
            ));
        }
    }
}

/// Every reference in `bundle` that `catalogue` cannot resolve.
pub fn check_references(bundle: &Bundle, catalogue: &Catalogue) -> Vec<Problem> {
    let mut problems = Vec::new();
    for article in &bundle.articles {
        let file = article_file(&article.slug);
        check_list(
            &file,
            "projects",
            "project",
            &article.projects,
            &catalogue.projects,
            &mut problems,
        );
        check_list(
            &file,
            "donors",
            "donor",
            &article.donors,
            &catalogue.donors,
            &mut problems,
        );
        check_list(
            &file,
            "topics",
            "topic",
            &article.topics,
            &catalogue.topics,
            &mut problems,
        );
        check_list(
            &file,
            "places",
            "place",
            &article.places,
            &catalogue.places,
            &mut problems,
        );
    }
    for project in &bundle.projects {
        let file = project_file(&project.slug);
        check_list(
            &file,
            "donors",
            "donor",
            &project.donors,
            &catalogue.donors,
            &mut problems,
        );
    }
    check_list(
        SITE_FILE,
        "areas",
        "topic",
        &bundle.site.areas,
        &catalogue.topics,
        &mut problems,
    );
    // The message for areas should name the topics taxonomy, not [[areas]].
    for problem in problems.iter_mut().filter(|p| p.file == SITE_FILE) {
        problem.message = problem.message.replace("[[areas]]", "[[topics]]");
    }
    problems
}
