//! `sitegen synth`: makes a synthetic archive (e.g. 1,000 or 10,000 articles) out of the real
//! bundle, for the search benchmark.
//!
//! The archive keeps the real articles and adds synthetic ones built only from real material:
//! each takes a real article's lead paragraph and taxonomy, recombines body blocks of articles
//! that share a topic with it, splices its title with another real title at a shared word, and
//! gets a date spread over a range of years. No word is invented, every reference points into
//! the real taxonomies, and the same seed always gives the same archive.

use site_domain::bundle::{parse_bundle, sort_articles};
use site_domain::date::days_in_month;
use site_domain::validate::check_bundle;
use site_domain::{Article, Block, Bundle, Date};
use std::collections::HashSet;
use std::ops::RangeInclusive;
use std::path::PathBuf;

const HELP: &str = "usage: sitegen synth --bundle <content.json> --count <N> --out <file.json> \
[--seed <u64>] [--years <FIRST-LAST>]

Writes a bundle of N articles: the real ones plus synthetic ones recombined from them.
  --seed   seed of the deterministic generator (default 1)
  --years  years the synthetic articles are spread over (default 2005-2026)";

/// The most body blocks a synthetic article takes besides its lead.
const MAX_EXTRA_BLOCKS: usize = 5;

struct Options {
    bundle: PathBuf,
    count: usize,
    out: PathBuf,
    seed: u64,
    years: RangeInclusive<i32>,
}

pub fn run(args: &[String]) -> Result<(), String> {
    if args.iter().any(|arg| arg == "--help" || arg == "-h") {
        println!("{HELP}");
        return Ok(());
    }
    let options = parse_options(args)?;
    let text = std::fs::read_to_string(&options.bundle).map_err(|error| {
        format!(
            "sitegen synth: cannot read {}: {error}",
            options.bundle.display()
        )
    })?;
    let real = parse_bundle(&text).map_err(|error| {
        format!(
            "sitegen synth: {} is not a valid bundle: {error}",
            options.bundle.display()
        )
    })?;
    let archive = synthesize(&real, options.count, options.seed, options.years)?;
    let json = serde_json::to_string(&archive)
        .map_err(|error| format!("sitegen synth: cannot serialise the archive: {error}"))?;
    if let Some(parent) = options
        .out
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent).map_err(|error| {
            format!("sitegen synth: cannot create {}: {error}", parent.display())
        })?;
    }
    std::fs::write(&options.out, json).map_err(|error| {
        format!(
            "sitegen synth: cannot write {}: {error}",
            options.out.display()
        )
    })?;
    println!(
        "sitegen synth: wrote {} articles ({} real) to {}",
        archive.articles.len(),
        real.articles.len(),
        options.out.display()
    );
    Ok(())
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let (mut bundle, mut count, mut out) = (None, None, None);
    let (mut seed, mut years) = (1_u64, 2005..=2026);
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest
            .next()
            .ok_or_else(|| format!("sitegen synth: {flag} needs a value\n{HELP}"))?;
        let bad = |what: &str| format!("sitegen synth: {flag} \"{value}\" is not {what}");
        match flag.as_str() {
            "--bundle" => bundle = Some(PathBuf::from(value)),
            "--out" => out = Some(PathBuf::from(value)),
            "--count" => count = Some(value.parse().map_err(|_| bad("a whole number"))?),
            "--seed" => seed = value.parse().map_err(|_| bad("a whole number"))?,
            "--years" => {
                let (first, last) = value
                    .split_once('-')
                    .ok_or_else(|| bad("of the form FIRST-LAST"))?;
                let first: i32 = first.parse().map_err(|_| bad("of the form FIRST-LAST"))?;
                let last: i32 = last.parse().map_err(|_| bad("of the form FIRST-LAST"))?;
                if first > last {
                    return Err(bad("a range whose first year comes before its last"));
                }
                years = first..=last;
            }
            _ => return Err(format!("sitegen synth: unknown option \"{flag}\"\n{HELP}")),
        }
    }
    let missing = |name: &str| format!("sitegen synth: {name} is required\n{HELP}");
    Ok(Options {
        bundle: bundle.ok_or_else(|| missing("--bundle"))?,
        count: count.ok_or_else(|| missing("--count"))?,
        out: out.ok_or_else(|| missing("--out"))?,
        seed,
        years,
    })
}

/// Returns a bundle of `count` articles: the real ones plus synthetic ones, in bundle order.
pub fn synthesize(
    real: &Bundle,
    count: usize,
    seed: u64,
    years: RangeInclusive<i32>,
) -> Result<Bundle, String> {
    let originals = &real.articles;
    if originals.is_empty() {
        return Err("sitegen synth: the bundle has no articles to recombine".into());
    }
    if count < originals.len() {
        return Err(format!(
            "sitegen synth: --count {count} is below the {} real articles the archive keeps",
            originals.len()
        ));
    }
    if let Some(first) = check_bundle(real).first() {
        return Err(format!(
            "sitegen synth: the input is not a valid bundle: {first}"
        ));
    }
    let kin = topic_kin(originals);
    let mut rng = SplitMix64(seed);
    let mut slugs: HashSet<String> = originals
        .iter()
        .map(|article| article.slug.clone())
        .collect();
    let mut articles = originals.clone();
    let mut serial = 0_usize;
    while articles.len() < count {
        let base = rng.below(originals.len());
        let mut article = recombine(originals, &kin[base], base, &years, &mut rng);
        loop {
            serial += 1;
            let slug = format!("{}-{serial}", originals[base].slug);
            if slugs.insert(slug.clone()) {
                article.slug = slug;
                break;
            }
        }
        articles.push(article);
    }
    sort_articles(&mut articles);
    let archive = Bundle {
        articles,
        ..real.clone()
    };
    // The archive must pass the same checks as a built bundle; a failure here is a bug in synth.
    let problems = check_bundle(&archive);
    if let Some(first) = problems.first() {
        return Err(format!(
            "sitegen synth: the archive is not a valid bundle ({} problems), first: {first}",
            problems.len()
        ));
    }
    Ok(archive)
}

/// For each article, the other articles sharing at least one topic with it.
fn topic_kin(articles: &[Article]) -> Vec<Vec<usize>> {
    articles
        .iter()
        .enumerate()
        .map(|(index, article)| {
            (0..articles.len())
                .filter(|&other| {
                    other != index
                        && articles[other]
                            .topics
                            .iter()
                            .any(|topic| article.topics.contains(topic))
                })
                .collect()
        })
        .collect()
}

/// One synthetic article around `originals[base]` (its slug is set by the caller).
fn recombine(
    originals: &[Article],
    kin: &[usize],
    base: usize,
    years: &RangeInclusive<i32>,
    rng: &mut SplitMix64,
) -> Article {
    let source = &originals[base];
    let partners: Vec<&Article> = (0..1 + rng.below(2))
        .map(|_| {
            let other = if kin.is_empty() {
                rng.below(originals.len())
            } else {
                kin[rng.below(kin.len())]
            };
            &originals[other]
        })
        .collect();

    let mut article = source.clone();
    article.body = recombined_body(source, &partners, rng);
    if rng.below(10) < 7 {
        article.title = spliced_title(&source.title, &partners[0].title, rng);
    }
    if rng.below(3) == 0 {
        for topic in &partners[0].topics {
            if !article.topics.contains(topic) {
                article.topics.push(topic.clone());
            }
        }
    }
    if let Some(start) = source.start {
        let span = source
            .end
            .map(|end| end.days_since_epoch() - start.days_since_epoch());
        let new_start = random_date(years, rng);
        article.start = Some(new_start);
        article.end = span.map(|days| add_days(new_start, days));
    }
    article
}

/// The source's lead block, then a few blocks drawn from the source and its partners.
fn recombined_body(source: &Article, partners: &[&Article], rng: &mut SplitMix64) -> Vec<Block> {
    let Some((lead, rest)) = source.body.split_first() else {
        return Vec::new();
    };
    let mut pool: Vec<&Block> = rest.iter().collect();
    for partner in partners {
        pool.extend(partner.body.iter());
    }
    let mut body = vec![lead.clone()];
    let extra = if pool.is_empty() {
        0
    } else {
        1 + rng.below(pool.len().min(MAX_EXTRA_BLOCKS))
    };
    for _ in 0..extra {
        let block = pool.swap_remove(rng.below(pool.len()));
        if !body.contains(block) {
            body.push(block.clone());
        }
    }
    body
}

/// `first` up to a word it shares with `second`, then `second` from that word on; `first`
/// unchanged when they share no word past their first.
fn spliced_title(first: &str, second: &str, rng: &mut SplitMix64) -> String {
    let first_words: Vec<&str> = first.split(' ').collect();
    let second_words: Vec<&str> = second.split(' ').collect();
    let mut joins = Vec::new();
    for (i, word) in first_words.iter().enumerate().skip(1) {
        for (j, other) in second_words.iter().enumerate().skip(1) {
            if word.to_lowercase() == other.to_lowercase() {
                joins.push((i, j));
            }
        }
    }
    let variants: Vec<String> = joins
        .into_iter()
        .map(|(i, j)| [&first_words[..i], &second_words[j..]].concat().join(" "))
        .filter(|title| title != first && title != second)
        .collect();
    if variants.is_empty() {
        first.to_string()
    } else {
        variants[rng.below(variants.len())].clone()
    }
}

fn random_date(years: &RangeInclusive<i32>, rng: &mut SplitMix64) -> Date {
    let year_count = (years.end() - years.start() + 1) as usize;
    let year = years.start() + rng.below(year_count) as i32;
    let month = 1 + rng.below(12) as u8;
    let day = 1 + rng.below(usize::from(days_in_month(year, month))) as u8;
    Date { year, month, day }
}

fn add_days(date: Date, days: i64) -> Date {
    let mut result = date;
    for _ in 0..days.max(0) {
        result = if result.day < days_in_month(result.year, result.month) {
            Date {
                day: result.day + 1,
                ..result
            }
        } else if result.month < 12 {
            Date {
                month: result.month + 1,
                day: 1,
                ..result
            }
        } else {
            Date {
                year: result.year + 1,
                month: 1,
                day: 1,
            }
        };
    }
    result
}

/// Small deterministic generator (SplitMix64): the archive must not change between runs or
/// platforms, and it needs no cryptographic quality.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound` > 0).
    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use site_domain::bundle::newest_first;
    use site_domain::{Contact, Project, Site, Term};
    use std::cmp::Ordering;

    fn term(slug: &str) -> Term {
        Term {
            slug: slug.into(),
            name: slug.to_uppercase(),
            aliases: Vec::new(),
        }
    }

    fn article(
        slug: &str,
        title: &str,
        start: Option<&str>,
        end: Option<&str>,
        topic: &str,
        paragraphs: &[&str],
    ) -> Article {
        Article {
            slug: slug.into(),
            title: title.into(),
            start: start.map(|text| Date::parse(text).unwrap()),
            end: end.map(|text| Date::parse(text).unwrap()),
            places: vec!["baku".into()],
            projects: vec!["ibm".into()],
            donors: vec!["eu".into()],
            topics: vec![topic.into()],
            body: paragraphs
                .iter()
                .map(|text| Block::Paragraph((*text).into()))
                .collect(),
            links: Vec::new(),
            images: Vec::new(),
        }
    }

    fn real_bundle() -> Bundle {
        Bundle {
            format_version: site_domain::BUNDLE_FORMAT_VERSION,
            site: Site {
                name: "IOM Azerbaijan".into(),
                url: "https://example.org".into(),
                member_state_since: 2001,
                intro: vec![Block::Paragraph("IOM works in Azerbaijan.".into())],
                history: vec![Block::Paragraph("Member since 2001.".into())],
                areas: vec!["border-management".into()],
                government_partners: Vec::new(),
                contact: Contact {
                    organisation: "IOM".into(),
                    address: "Baku".into(),
                    phone: "1".into(),
                    fax: "2".into(),
                },
                kiosk: Default::default(),
            },
            articles: vec![
                article(
                    "border-training-2016",
                    "IOM continues to support Azerbaijan State Border Service",
                    Some("2016-11-22"),
                    Some("2016-11-24"),
                    "border-management",
                    &[
                        "Border officers were trained in Baku.",
                        "The training covered document checks.",
                    ],
                ),
                article(
                    "trafficking-day-2015",
                    "IOM marks the day against trafficking in Azerbaijan",
                    Some("2015-07-30"),
                    None,
                    "counter-trafficking",
                    &[
                        "Victims of trafficking were supported.",
                        "Shelters received assistance.",
                        "NGOs took part.",
                    ],
                ),
                article(
                    "border-visit-2014",
                    "Border Service officials visit Nakhchivan with IOM support",
                    Some("2014-03-02"),
                    None,
                    "border-management",
                    &[
                        "Officials visited Nakhchivan.",
                        "Equipment was handed over.",
                    ],
                ),
                article(
                    "readmission-undated",
                    "Readmission agreement discussed",
                    None,
                    None,
                    "counter-trafficking",
                    &["Readmission was discussed."],
                ),
            ],
            projects: vec![Project {
                slug: "ibm".into(),
                name: "Integrated Border Management".into(),
                short_name: Some("IBM".into()),
                donors: vec!["eu".into()],
                summary: Vec::new(),
                images: Vec::new(),
            }],
            donors: vec![term("eu")],
            topics: vec![term("border-management"), term("counter-trafficking")],
            places: vec![term("baku")],
            vacancies: Vec::new(),
        }
    }

    #[test]
    fn makes_exactly_the_requested_count_and_keeps_the_real_articles() {
        let real = real_bundle();
        let archive = synthesize(&real, 500, 7, 2005..=2026).unwrap();
        assert_eq!(archive.articles.len(), 500);
        for original in &real.articles {
            assert!(
                archive.articles.contains(original),
                "{} is missing",
                original.slug
            );
        }
        assert_eq!(archive.topics, real.topics);
        assert_eq!(archive.projects, real.projects);
    }

    #[test]
    fn slugs_are_unique_and_well_formed() {
        let archive = synthesize(&real_bundle(), 2000, 3, 2005..=2026).unwrap();
        let slugs: HashSet<&str> = archive.articles.iter().map(|a| a.slug.as_str()).collect();
        assert_eq!(slugs.len(), archive.articles.len());
        for slug in slugs {
            assert!(
                slug.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    && !slug.contains("--")
                    && !slug.starts_with('-')
                    && !slug.ends_with('-'),
                "bad slug {slug}"
            );
        }
    }

    #[test]
    fn references_point_into_the_taxonomies_and_dates_into_the_years() {
        let archive = synthesize(&real_bundle(), 1000, 11, 2005..=2026).unwrap();
        let known = |terms: &[Term], slug: &String| terms.iter().any(|term| &term.slug == slug);
        for article in &archive.articles {
            assert!(
                article
                    .topics
                    .iter()
                    .all(|slug| known(&archive.topics, slug)),
                "{}",
                article.slug
            );
            assert!(
                article
                    .places
                    .iter()
                    .all(|slug| known(&archive.places, slug)),
                "{}",
                article.slug
            );
            assert!(
                article
                    .donors
                    .iter()
                    .all(|slug| known(&archive.donors, slug)),
                "{}",
                article.slug
            );
            assert!(
                article
                    .projects
                    .iter()
                    .all(|slug| archive.projects.iter().any(|p| &p.slug == slug)),
                "{}",
                article.slug
            );
            if let Some(start) = article.start {
                assert!(
                    (2005..=2026).contains(&start.year),
                    "{} starts in {}",
                    article.slug,
                    start.year
                );
                assert!(Date::parse(&start.to_string()).is_ok());
                assert!(
                    article.end.is_none_or(|end| end >= start),
                    "{} ends before it starts",
                    article.slug
                );
            }
        }
        let years: HashSet<i32> = archive
            .articles
            .iter()
            .filter_map(|a| a.start)
            .map(|d| d.year)
            .collect();
        assert_eq!(
            years.len(),
            22,
            "1,000 articles should cover every year 2005-2026"
        );
    }

    #[test]
    fn uses_only_real_text() {
        let real = real_bundle();
        let archive = synthesize(&real, 300, 5, 2005..=2026).unwrap();
        let real_blocks: Vec<&Block> = real.articles.iter().flat_map(|a| &a.body).collect();
        let real_words: HashSet<String> = real
            .articles
            .iter()
            .flat_map(|a| a.title.split(' '))
            .map(str::to_lowercase)
            .collect();
        let mut spliced = 0;
        for article in &archive.articles {
            assert!(
                article
                    .body
                    .iter()
                    .all(|block| real_blocks.contains(&block)),
                "{}",
                article.slug
            );
            assert!(!article.body.is_empty());
            assert!(article
                .title
                .split(' ')
                .all(|word| real_words.contains(&word.to_lowercase())));
            spliced += usize::from(!real.articles.iter().any(|a| a.title == article.title));
        }
        assert!(spliced > 0, "no title was varied");
    }

    #[test]
    fn keeps_bundle_order_and_undated_articles_last() {
        let archive = synthesize(&real_bundle(), 400, 9, 2005..=2026).unwrap();
        let articles = &archive.articles;
        for pair in articles.windows(2) {
            assert_ne!(
                newest_first(&pair[0], &pair[1]),
                Ordering::Greater,
                "{} before {}",
                pair[0].slug,
                pair[1].slug
            );
        }
        let first_undated = articles.iter().position(|a| a.start.is_none()).unwrap();
        assert!(articles[first_undated..].iter().all(|a| a.start.is_none()));
    }

    #[test]
    fn is_deterministic_for_a_seed() {
        let real = real_bundle();
        let first = synthesize(&real, 300, 42, 2005..=2026).unwrap();
        let second = synthesize(&real, 300, 42, 2005..=2026).unwrap();
        let other = synthesize(&real, 300, 43, 2005..=2026).unwrap();
        assert_eq!(first, second);
        assert_ne!(first, other);
    }

    #[test]
    fn rejects_an_invalid_input_bundle_naming_the_problem() {
        let mut real = real_bundle();
        real.articles[0].topics.push("no-such-topic".into());
        let error = synthesize(&real, 10, 1, 2005..=2026).unwrap_err();
        assert!(error.contains("no-such-topic"), "{error}");
    }

    #[test]
    fn rejects_a_count_below_the_real_articles() {
        let error = synthesize(&real_bundle(), 2, 1, 2005..=2026).unwrap_err();
        assert!(error.contains("--count 2"), "{error}");
    }

    #[test]
    fn multi_day_spans_survive_month_and_year_ends() {
        let date = Date::parse("2015-12-30").unwrap();
        assert_eq!(add_days(date, 3).to_string(), "2016-01-02");
        assert_eq!(
            add_days(Date::parse("2016-02-28").unwrap(), 1).to_string(),
            "2016-02-29"
        );
    }

    #[test]
    fn options_name_what_is_wrong() {
        let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let error = parse_options(&args(&[
            "--bundle", "a.json", "--count", "ten", "--out", "b",
        ]))
        .err()
        .unwrap();
        assert!(error.contains("--count \"ten\""), "{error}");
        let error = parse_options(&args(&["--bundle", "a.json", "--out", "b"]))
            .err()
            .unwrap();
        assert!(error.contains("--count is required"), "{error}");
        let options = parse_options(&args(&[
            "--bundle",
            "a",
            "--count",
            "5",
            "--out",
            "b",
            "--years",
            "2010-2012",
        ]))
        .unwrap();
        assert_eq!(options.years, 2010..=2012);
    }
}
