//! Validation of content: the pure checks shared by the build (`sitegen build`) and any later
//! tool. Every check reports [`Problem`]s naming the content-relative file and the field; the
//! build adds line numbers from the source files and the content directory.

mod entries;
pub mod paths;
mod problem;
mod references;
pub mod slug;
pub mod text;

pub use problem::Problem;
pub use references::{check_references, Catalogue};
pub use slug::{duplicate_slugs, slug_error};
pub use text::{
    link_url_error, markup_error, media_url_error, site_url_error, text_errors,
    text_link_url_error, text_url_error, MEDIA_FOLDER,
};

use crate::model::Bundle;
use entries::FileChecker;
use paths::{article_file, project_file, vacancy_file, SITE_FILE, TAXONOMIES_FILE};

/// Everything wrong with each entry on its own (slugs, empty or non-plain text, unsafe links,
/// date order) and every duplicate slug. References are checked by [`check_references`].
pub fn check_entries(bundle: &Bundle) -> Vec<Problem> {
    let mut problems = Vec::new();
    let problems_ref = &mut problems;
    for article in &bundle.articles {
        entries::check_article(
            article,
            &mut FileChecker::new(article_file(&article.slug), problems_ref),
        );
    }
    for project in &bundle.projects {
        entries::check_project(
            project,
            &mut FileChecker::new(project_file(&project.slug), problems_ref),
        );
    }
    for vacancy in &bundle.vacancies {
        entries::check_vacancy(
            vacancy,
            &mut FileChecker::new(vacancy_file(&vacancy.slug), problems_ref),
        );
    }
    entries::check_site(
        &bundle.site,
        &mut FileChecker::new(SITE_FILE.into(), problems_ref),
    );
    let mut taxonomies = FileChecker::new(TAXONOMIES_FILE.into(), problems_ref);
    for (name, terms) in [
        ("donors", &bundle.donors),
        ("topics", &bundle.topics),
        ("places", &bundle.places),
    ] {
        entries::check_terms(name, terms, &mut taxonomies);
    }
    check_duplicate_files(bundle, &mut problems);
    problems
}

/// Two entries whose slugs differ only in case would share a URL.
fn check_duplicate_files(bundle: &Bundle, problems: &mut Vec<Problem>) {
    let report_duplicates =
        |slugs: Vec<&str>, file_of: fn(&str) -> String, problems: &mut Vec<Problem>| {
            for (first, repeat) in duplicate_slugs(slugs.iter().copied()) {
                let message = format!(
                    "has the same slug as {} (slugs are compared ignoring case)",
                    file_of(slugs[first])
                );
                problems.push(Problem::new(file_of(slugs[repeat]), message));
            }
        };
    let articles = bundle.articles.iter().map(|a| a.slug.as_str()).collect();
    report_duplicates(articles, article_file, problems);
    let projects = bundle.projects.iter().map(|p| p.slug.as_str()).collect();
    report_duplicates(projects, project_file, problems);
    let vacancies = bundle.vacancies.iter().map(|v| v.slug.as_str()).collect();
    report_duplicates(vacancies, vacancy_file, problems);
}

/// Every problem of a bundle: entries and references against what the bundle defines.
pub fn check_bundle(bundle: &Bundle) -> Vec<Problem> {
    let mut problems = check_entries(bundle);
    problems.extend(check_references(bundle, &Catalogue::of(bundle)));
    problems
}

#[cfg(test)]
mod tests;
