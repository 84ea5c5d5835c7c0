//! Content-relative file names of bundle entries, so problems found in a bundle point at the
//! file an editor opens.

pub const SITE_FILE: &str = "site.toml";
pub const TAXONOMIES_FILE: &str = "taxonomies.toml";

pub fn article_file(slug: &str) -> String {
    format!("articles/{slug}.md")
}

pub fn project_file(slug: &str) -> String {
    format!("projects/{slug}.md")
}

pub fn vacancy_file(slug: &str) -> String {
    format!("vacancies/{slug}.md")
}
