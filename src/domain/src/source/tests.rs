use super::*;
use crate::model::VacancyKind;

const FILE: &str = "articles/x.md";

fn article(front: &str, body: &str) -> Parsed<Article> {
    read_article(FILE, "x", &format!("+++\n{front}+++\n{body}"))
}

/// The problem naming `field`, asserting there is exactly one.
fn problem_at(parsed: &[Problem], field: &str) -> Problem {
    let matching: Vec<&Problem> = parsed
        .iter()
        .filter(|p| p.field.as_deref() == Some(field))
        .collect();
    assert_eq!(
        matching.len(),
        1,
        "expected one problem on {field}: {parsed:#?}"
    );
    matching[0].clone()
}

const VALID: &str = "title = \"Training\"\nstart = \"2016-11-22\"\nend = \"2016-11-24\"\nplaces = [\"baku\"]\neditor_notes = [\"check the date\"]\n[[links]]\nlabel = \"Report\"\nurl = \"https://www.iom.int/\"\n";

#[test]
fn reads_a_valid_article() {
    let parsed = article(VALID, "\nFirst.\n\n- a\n- b\n");
    assert_eq!(parsed.problems, vec![]);
    let value = parsed.value.unwrap();
    assert_eq!(value.slug, "x");
    assert_eq!(value.end.unwrap().to_string(), "2016-11-24");
    assert_eq!(value.body.len(), 2);
    assert_eq!(value.links[0].url, "https://www.iom.int/");
    assert_eq!(parsed.notes, vec!["check the date".to_string()]);
    assert_eq!(parsed.lines.line_of("body[1][1]"), Some(15));
    assert_eq!(parsed.lines.line_of("places[0]"), Some(5));
}

#[test]
fn reports_an_unknown_field_with_a_suggestion_and_its_line() {
    let parsed = article("tittle = \"T\"\nstart = \"2016-01-01\"\n", "Body\n");
    let unknown = problem_at(&parsed.problems, "tittle");
    assert_eq!(unknown.line, Some(2));
    assert!(
        unknown.message.contains("did you mean `title`?"),
        "{unknown}"
    );
    assert!(problem_at(&parsed.problems, "title")
        .message
        .contains("missing"));
    assert!(parsed.value.is_none());
}

#[test]
fn reports_wrong_types_of_every_field_at_once() {
    let parsed = article(
        "title = 3\nstart = \"2016-01-01\"\nplaces = \"baku\"\ntopics = [1]\n",
        "Body\n",
    );
    let title = problem_at(&parsed.problems, "title");
    assert_eq!(title.line, Some(2));
    assert!(title.message.contains("invalid type"), "{title}");
    assert_eq!(problem_at(&parsed.problems, "places").line, Some(4));
    assert_eq!(problem_at(&parsed.problems, "topics[0]").line, Some(5));
    assert_eq!(parsed.problems.len(), 3, "{:#?}", parsed.problems);
}

#[test]
fn reports_malformed_and_impossible_dates() {
    let parsed = article(
        "title = \"T\"\nstart = \"2016-02-30\"\nend = \"22.11.2016\"\n",
        "Body\n",
    );
    let start = problem_at(&parsed.problems, "start");
    assert_eq!(start.line, Some(3));
    assert!(
        start.message.contains("day 30 does not exist in 2016-02"),
        "{start}"
    );
    assert!(problem_at(&parsed.problems, "end")
        .message
        .contains("YYYY-MM-DD"));
    let bare = article("title = \"T\"\nstart = 2016-11-22\n", "Body\n");
    assert!(problem_at(&bare.problems, "start")
        .message
        .contains("write dates in quotes"));
}

#[test]
fn requires_a_start_date_or_undated() {
    let parsed = article("title = \"T\"\n", "Body\n");
    assert!(problem_at(&parsed.problems, "start")
        .message
        .contains("undated = true"));
    assert_eq!(
        article("title = \"T\"\nundated = true\n", "Body\n").problems,
        vec![]
    );
    let both = article(
        "title = \"T\"\nundated = true\nstart = \"2016-01-01\"\n",
        "B\n",
    );
    assert_eq!(problem_at(&both.problems, "undated").line, Some(3));
}

#[test]
fn reports_toml_syntax_errors_with_the_file_line() {
    let parsed = article("title = \"T\"\nstart = \"2016-01-01\n", "Body\n");
    assert!(!parsed.problems.is_empty());
    assert!(
        parsed.problems[0].message.starts_with("TOML syntax"),
        "{:?}",
        parsed.problems
    );
    assert_eq!(parsed.problems[0].line, Some(3));
}

#[test]
fn reports_missing_delimiters() {
    let parsed = read_article(FILE, "x", "title = \"T\"\n\nBody");
    assert_eq!(parsed.problems.len(), 1);
    assert!(parsed.problems[0].message.contains("+++"));
}

#[test]
fn reports_unknown_fields_inside_links_with_a_suggestion() {
    let parsed = article(
        "title = \"T\"\nundated = true\n[[links]]\nlable = \"x\"\nurl = \"https://a.b\"\n",
        "B\n",
    );
    let problem = &parsed.problems[0];
    assert!(
        problem.message.contains("did you mean `label`?"),
        "{problem}"
    );
    assert_eq!(problem.top_field(), Some("links"));
    assert_eq!(problem.line, Some(5));
}

#[test]
fn reads_projects_and_vacancies() {
    let project = read_project(
        "projects/cmba.md",
        "cmba",
        "+++\nname = \"C\"\nshort_name = \"CMBA\"\ndonors = [\"eu\"]\n+++\nSummary.\n",
    );
    assert_eq!(project.problems, vec![]);
    assert_eq!(project.value.unwrap().summary.len(), 1);
    let vacancy = read_vacancy(
        "vacancies/d.md",
        "d",
        "+++\ntitle = \"D\"\nkind = \"internship\"\ncloses = \"2027-01-31\"\n+++\nApply.\n",
    );
    assert_eq!(vacancy.value.unwrap().kind, VacancyKind::Internship);
    let bad_kind = read_vacancy(
        "vacancies/d.md",
        "d",
        "+++\ntitle = \"D\"\nkind = \"job\"\ncloses = \"2027-01-31\"\n+++\nApply.\n",
    );
    let kind = problem_at(&bad_kind.problems, "kind");
    assert!(kind.message.contains("`vacancy` or `internship`"), "{kind}");
    assert_eq!(kind.line, Some(3));
}

#[test]
fn reads_site_and_taxonomies() {
    let site = "name = \"IOM\"\nurl = \"https://example.org\"\nmember_state_since = 2001\nintro = \"\"\"\nOne.\n\nTwo.\n\"\"\"\nareas = [\"health\"]\n[contact]\norganisation = \"IOM\"\naddress = \"Baku\"\nphone = \"1\"\nfax = \"2\"\n";
    let parsed = read_site("site.toml", site);
    assert_eq!(parsed.problems, vec![]);
    assert_eq!(parsed.value.unwrap().intro.len(), 2);
    let missing_phone = read_site("site.toml", &site.replace("phone = \"1\"\n", ""));
    assert!(
        missing_phone.problems[0].message.contains("phone"),
        "{:?}",
        missing_phone.problems
    );
    let taxonomies = read_taxonomies("taxonomies.toml", "[[donors]]\nslug = \"eu\"\nname = \"European Union\"\n[[places]]\nslug = \"baku\"\nname = \"Baku\"\n");
    assert_eq!(taxonomies.problems, vec![]);
    assert_eq!(taxonomies.value.unwrap().places[0].name, "Baku");
    let typo = read_taxonomies(
        "taxonomies.toml",
        "[[donor]]\nslug = \"eu\"\nname = \"EU\"\n",
    );
    assert!(problem_at(&typo.problems, "donor")
        .message
        .contains("did you mean `donors`?"));
}

#[test]
fn reads_optional_place_aliases_with_their_lines() {
    let text = "[[places]]\nslug = \"baku\"\nname = \"Baku\"\naliases = [\"Bakı\", \"Баку\"]\n[[places]]\nslug = \"ganja\"\nname = \"Ganja\"\n";
    let parsed = read_taxonomies("taxonomies.toml", text);
    assert_eq!(parsed.problems, vec![]);
    let places = parsed.value.unwrap().places;
    assert_eq!(places[0].aliases, ["Bakı", "Баку"]);
    assert!(places[1].aliases.is_empty());
    assert_eq!(parsed.lines.line_of("places[0].aliases[1]"), Some(4));
    let not_a_list = read_taxonomies(
        "taxonomies.toml",
        "[[places]]\nslug = \"baku\"\nname = \"Baku\"\naliases = \"Bakı\"\n",
    );
    assert_eq!(
        problem_at(&not_a_list.problems, "places[0].aliases").line,
        Some(4)
    );
}
