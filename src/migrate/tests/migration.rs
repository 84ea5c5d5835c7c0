//! The migration rules, proven on the legacy page: the tool is run on the committed copy of the
//! legacy file into a scratch directory and the written content files are read back.
//!
//! The expectations below were counted and read by hand from the legacy page (35 news items:
//! the heading-less 19 December 2016 item and the "Counter-Trafficking in Persons Activity" item
//! that runs into the next one without a separator included). The body check re-derives each
//! article's text from the legacy file independently of the tool's own segmentation.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

const PHOTO_CREDIT: &str = "Photo by State Migration Service of Azerbaijan Republic";
const SPAM_LINES: [&str; 3] = [
    "About Kahriz",
    "Botanical Slimming More Info",
    "Meizitang Download",
];
const END_OF_NEWS: &str = "OLD NEWS>>";

struct Item {
    heading: Option<&'static str>,
    first_sentence: &'static str,
    /// "undated", "YYYY-MM-DD" or "YYYY-MM-DD..YYYY-MM-DD".
    dates: &'static str,
}

/// Every news item of the legacy page, in page order.
const ITEMS: &[Item] = &[
    Item {
        heading: Some("Public service announcement"),
        first_sentence: "Public service announcement has been produced and broadcasted in the framework of the project “Secondary school education in Armenia, Azerbaijan and Georgia to contribute to the prevention of trafficking in persons”.",
        dates: "undated",
    },
    Item {
        heading: None,
        first_sentence: "On 19 December 2016, the International Organization for Migration (IOM) together with the State Migration Service and the Office of the Ombudsperson of the Republic of Azerbaijan organized an event to mark the ‘International Migrants’ Day and IOM’s 65th Anniversary as well as IOM’s 20th Anniversary in Azerbaijan and the 15th Anniversary of the Republic of Azerbaijan’s Membership in IOM.",
        dates: "2016-12-19",
    },
    Item {
        heading: Some("IOM continues its work to further enhance the capacities of local NGOs and media/press representatives in monitoring, identifying, reporting and referring trafficking in persons and labor exploitation cases"),
        first_sentence: "On 13-16 December 2016, IOM Mission in Azerbaijan organized the Training in Baku, Azerbaijan for NGOs and media/press representatives on monitoring, identifying, reporting and referring trafficking in persons and labor exploitation cases.",
        dates: "2016-12-13..2016-12-16",
    },
    Item {
        heading: Some("IOM and Government of the Republic of Azerbaijan Signed Cooperation Agreement for Launching a Pilot Project on Voluntary Return of Migrants from Azerbaijan"),
        first_sentence: "The Cooperation Agreement was signed at a symbolic moment when IOM celebrates its 20th Anniversary in Azerbaijan as well as Azerbaijan’s 15th Anniversary of Membership in IOM.",
        dates: "2016-12-08",
    },
    Item {
        heading: Some("In Baku, Azerbaijan the Training of Trainers organized for health care professionals focused on building their capacities in identifying, referring and caring for victims of trafficking"),
        first_sentence: "On 22-24 November 2016, IOM Mission in Azerbaijan organized the Training of Trainers (ToT) in Baku, Azerbaijan for healthcare professionals focused on building their capacities in identifying, referring and caring for trafficking persons as the health care is a central form of prevention and support in the network of anti-trafficking assistance measures.",
        dates: "2016-11-22..2016-11-24",
    },
    Item {
        heading: Some("IOM continues to support Azerbaijan State Border Service in its capacity building efforts"),
        first_sentence: "On 22-24 November 2016, International Organization for Migration (IOM) organized the 4th training for the State Border Service (SBS) officials within the framework of the project “Enhancement of National Capacity for Integrated Border Management in Azerbaijan” funded by the United States Department of State, Bureau of International Narcotics and Law Enforcement Affairs and implemented by IOM.",
        dates: "2016-11-22..2016-11-24",
    },
    Item {
        heading: Some("The Training of Trainers (ToT) Programme on Readmission and Human Rights"),
        first_sentence: "The Consolidation of Migration and Border Management in Azerbaijan (CMBA) Project continues enhancing the national capacities on human rights based implementation of the readmission agreements.",
        dates: "2016-11-01..2016-11-18",
    },
    Item {
        heading: Some("Launch of e-Service for the State Migration Service of the Republic of Azerbaijan"),
        first_sentence: "On 27 October 2016 the State Migration Service (SMS) of the Republic of Azerbaijan, the International Organization for Migration Mission to Azerbaijan (IOM), the Delegation of the European Union to Azerbaijan (EU Delegation) and BP and its co-venturers launched the new e-service for SMS at the Baku Heydar Aliyev International Airport.",
        dates: "2016-10-27",
    },
    Item {
        heading: Some("A series of capacity building trainings for the State Border Service officials in Azerbaijan continued performing through an Advanced Training of Trainers Programme"),
        first_sentence: "The International Organization for Migration (IOM) organized next two trainings in September and October 2016 for the State Border Service (SBS) officials within the framework of the project “Enhancement of National Capacity for Integrated Border Management in Azerbaijan” funded by the United States Department of State, Bureau of International Narcotics and Law Enforcement Affairs and implemented by IOM.",
        dates: "2016-09-19..2016-10-13",
    },
    Item {
        heading: Some("IOM, the Government of Azerbaijan, international community and civil society organizations united together to mark the World Day against Trafficking in Persons"),
        first_sentence: "On July 29-30, 2016, IOM organized two events in Nakhchivan and Baku, Azerbaijan respectively.",
        dates: "2016-07-29..2016-07-30",
    },
    Item {
        heading: Some("Advanced Training of Trainers Course for Experienced State Border Service Trainer-Practitioner Officers of Azerbaijan Launched"),
        first_sentence: "On 01 August 2016, Monday the International Organization for Migration (IOM) launched the Advanced Training of Trainers (ToT) Course for experienced Trainer-Practitioner Officers (TPOs) of the State Border Service of the Republic of Azerbaijan (SBS) in Baku.",
        dates: "2016-08-01",
    },
    Item {
        heading: Some("International Workshop on Strengthening Structures and Partnerships to overcome the Migration Management Challenges"),
        first_sentence: "On 14-15 July 2016, IOM organized two-day international workshop titled ‘Strengthening Structures and Partnerships to overcome the Migration Management Challenges’ within the framework of the project ‘Consolidation of Migration and Border Management Capacities in Azerbaijan’ funded by the European Union and co-funded by BP and its co-venturers.",
        dates: "2016-07-14..2016-07-15",
    },
    Item {
        heading: Some("IOM and Frontex Continue to Enhance Capacities of National Authorities in the Area of Integrated Border Management"),
        first_sentence: "On 24-26 May, 2016, Frontex in partnership with IOM Azerbaijan organized a training on False Document for border guard first line officers of the State Border Service of Azerbaijan within the framework of EU-funded Eastern Partnership (EaP) Integrated Border Management (IBM) Capacity Building Project.",
        dates: "2016-05-24..2016-05-26",
    },
    Item {
        heading: Some("Capacity Building Training Workshop on Migration, Environment and Climate Change in Azerbaijan"),
        first_sentence: "A three-day capacity building workshop for policy makers and practitioners on the topic of migration, environment and climate change took place in Baku from 2 to 4 May 2016.",
        dates: "2016-05-02..2016-05-04",
    },
    Item {
        heading: Some("The Consolidation of Migration and Border Management in Azerbaijan (CMBA) Project continues enhancing readmission and human rights capacities in the country."),
        first_sentence: "As a follow up to the Training of Trainers (ToT) on Readmission and Human Rights in Azerbaijan, organized in January and February 2016, IOM started the cascade trainings for the State Migration Service (SMS) and the Ministry of Foreign Affairs (MFA) in Baku and Nakhchivan in the framework of the CMBA project funded by the EU.",
        // "The next two trainings are conducted in Nakhchivan on 26-27 April and 28-29 April".
        dates: "2016-04-19..2016-04-29",
    },
    Item {
        heading: Some("Validation Workshop to discuss and validate the results of the research on the Counter-Trafficking Response in Azerbaijan"),
        first_sentence: "On 25 April 2016, International Organization for Migration organized Validation Workshop to discuss and validate the results of the research on the Counter-Trafficking Response in Azerbaijan, developed within the context of the IOM Development Fund project “Identifying Gaps and Assessing Need: A Comparative Assessment of Counter Trafficking Efforts in Countries in the South Caucasus” on-going since 01 August, 2016.",
        dates: "2016-04-25",
    },
    Item {
        heading: Some("IOM started the third series of workshops for the representatives of diplomatic missions in Azerbaijan on combatting trafficking in persons"),
        first_sentence: "IOM organized the Workshop on Sharing Best Practices in Combating Trafficking in Persons among Diplomats on 14 April 2016 in Baku, Azerbaijan in the framework of the Project ‘Enhancing Cooperation Measures to Effectively Combat Trafficking in Persons through Capacity Building and Technical Assistance in Azerbaijan – Phase V’ funded by the US Department of State and implemented by IOM.",
        dates: "2016-04-14",
    },
    Item {
        heading: Some("The senior officials of Turkish Department of Combatting Migrant Smuggling and Human Trafficking paid a courtesy visit to its Azerbaijani counterparts"),
        first_sentence: "The senior officials of the newly established Department of Combatting Migrant Smuggling and Human Trafficking of Turkish Republic paid a courtesy visit to the Main Counter Trafficking Department of the Ministry of Interior of Azerbaijan on Friday, 15 April 2016.",
        dates: "2016-04-15",
    },
    Item {
        heading: Some("Empowering mine victims residing in conflict affected areas"),
        first_sentence: "Between 29 February and 9 March 2016 IOM conducted small business trainings targeting mine victims in five rural districts, namely Imishli, Saatli, Bilasuvar, Aghjabadi and Beylagan.",
        dates: "2016-02-29..2016-03-09",
    },
    Item {
        heading: Some("EU and IOM continue to support Azerbaijan in its capacity building efforts to prevent and combat irregular migration"),
        first_sentence: "Within the framework of the EU-funded ‘Consolidation of Migration and Border Management Capacities in Azerbaijan’ Project, IOM is organizing Document Verification Seminar Series for State Border Service, State Migration Service and State Customs Committee officials.",
        // "The second seminar ... was launched on 7 March and will continue until 9 March".
        dates: "2016-03-02..2016-03-09",
    },
    Item {
        heading: Some("Seminar on “Mainstreaming the International Mobility Dimension into Azerbaijan’s Labour Market Information System (LMIS)” in Baku, Azerbaijan"),
        first_sentence: "On 25-26 February 2016 IOM organized a seminar on mainstreaming the international mobility dimension into Azerbaijan’s Labour Market Information System (LMIS).",
        dates: "2016-02-25..2016-02-26",
    },
    Item {
        heading: Some("IOM enhances cooperation between governmental and non-governmental partners on counteracting migrant unauthorized employment and labour exploitation in Azerbaijan"),
        first_sentence: "On 24 February 2016 IOM organized a technical seminar for governmental and non-governmental partners on counteracting migrant unauthorized employment and labour exploitation in Azerbaijan.",
        dates: "2016-02-24",
    },
    Item {
        heading: Some("Going beyond borders: building border health capacities in Azerbaijan"),
        first_sentence: "In an increasingly globalized world with ever increasing population mobility and disease transmission, enhancing national border health capacities is critical for ensuring public health security.",
        dates: "2016-02-10..2016-02-12",
    },
    Item {
        heading: Some("IOM enhances training capacities in Azerbaijan on readmission and human rights"),
        first_sentence: "On 21-22 January and 1-2 February 2016, IOM Azerbaijan organized the Training of Trainers (ToT) on readmission and human rights in the framework of the Consolidation of Migration and Border Management in Azerbaijan (CMBA) project funded by the EU.",
        dates: "2016-01-21..2016-02-02",
    },
    Item {
        heading: Some("The Launching the Azerbaijani version of the Handbook on European Law Related to Asylum, Border and Immigration"),
        first_sentence: "On 1 February 2016, the Delegation of the European Union to Azerbaijan (EU Delegation), the Council of Europe Office in Azerbaijan (CoE) and the International Organization for Migration (IOM) Mission to Azerbaijan launched the Azerbaijani version of the Handbook on European Law Related to Asylum, Border and Immigration, jointly produced by the European court of Human Rights (ECtHR) and European Union Agency for Fundamental Rights.",
        dates: "2016-02-01",
    },
    Item {
        heading: Some("IOM has launched the new \"Counter-Trafficking in Persons Activity\" project"),
        first_sentence: "On September 30, 2015 IOM Mission in Azerbaijan started the implementation of three year project ‘Counter-Trafficking in Persons Activity’ in Azerbaijan with the generous funding from United States Agency for International Development (USAID) Mission to Azerbaijan.",
        dates: "2015-09-30",
    },
    Item {
        heading: Some("IOM experts deliver a capacity building training on inspection and monitoring of unauthorized employment"),
        first_sentence: "On 30 September and 1 October 2015 IOM Mission in Azerbaijan organized a training in Baku on inspection and monitoring of unauthorized employment of migrant workers in the framework of the project ‘Consolidation of Migration and Border Management Capacities in Azerbaijan’ funded by the European Union.",
        dates: "2015-09-30..2015-10-01",
    },
    Item {
        heading: Some("IOM trains Azerbaijan State Border Service officers for Baku airport within the British Embassy Baku funded project"),
        first_sentence: "On 23 and 24 April 2015 IOM Mission in Azerbaijan organized a training for 15 officials of the State Border Service on secure document examination and forgery detection techniques and combatting trafficking in persons (TIP) and the role of border guards in this context at the State Border Service training centre in Baku in the framework of the project on ‘Preventing Trafficking In Persons through Capacity Building and Awareness Raising in Azerbaijan’ funded by the British Embassy Baku.",
        dates: "2015-04-23..2015-04-24",
    },
    Item {
        heading: Some("IOM continues to sensitize the youth on safe migration and risks of irregular migration"),
        first_sentence: "On 16 March 2015, IOM jointly with the Azerbaijan Red Crescent Society (AzRCS) started to organize the awareness raising and sensitization seminars on migration, risks of irregular migration and dangers of trafficking.",
        dates: "2015-03-16",
    },
    Item {
        heading: Some("IOM and the Academy of Public Administration under the President of the Republic of Azerbaijan continue contributing to the efforts of the Government of Azerbaijan for capacity building of civil servants to combat trafficking in persons"),
        first_sentence: "On 2-6 March 2015, IOM and the Academy of Public Administration (APA) organized yet another one-week training on counter-trafficking for civil servants in Azerbaijan.",
        dates: "2015-03-02..2015-03-06",
    },
    Item {
        heading: Some("Training on “Interviewing techniques during investigating asylum claims and interviewing irregular migrants and rejected asylum seekers” in Baku"),
        first_sentence: "On 24-25 February 2015, IOM Mission in Azerbaijan organized training on “Interviewing techniques during investigating asylum claims and interviewing irregular migrants and rejected asylum seekers” in Baku for the officials of the State Migration Service.",
        dates: "2015-02-24..2015-02-25",
    },
    Item {
        heading: Some("International Workshop on Return and Readmission in Baku, Azerbaijan"),
        first_sentence: "On 3-5 December 2014, IOM Mission in Azerbaijan organized the International Workshop on Return and Readmission in Baku within the project “Supporting the establishment of effective readmission management in South Caucasus” funded by the European Union with co-funding received from IOM Development Fund and the Swiss Agency for Development and Cooperation.",
        dates: "2014-12-03..2014-12-05",
    },
    Item {
        heading: Some("Launch Ceremony for ‘Consolidation of Migration and Border Management Capacities in Azerbaijan’ project"),
        first_sentence: "On 22 October 2014, the Delegation of the European Union to Azerbaijan (EU Delegation), the International Organization for Migration (IOM) Mission to Azerbaijan, the Ministry of Foreign Affairs of Azerbaijan, the State Migration Service of Azerbaijan and the Ministry of Labour and Social Protection of the Population of Azerbaijan jointly launched the project ‘Consolidation of Migration and Border Management Capacities in Azerbaijan’.",
        dates: "2014-10-22",
    },
    Item {
        heading: Some("Launch Event for the ‘Two Little Girls’ campaign in Azerbaijan"),
        first_sentence: "On 22nd of October 2014 the British Embassy in Baku and the International Organization for Migration (IOM) Mission in Azerbaijan organized the launch event of the ‘Two Little Girls’ awareness raising campaign in Azerbaijan.",
        dates: "2014-10-22",
    },
    Item {
        heading: Some("IOM organized study visit of Azerbaijani government officials to Germany and Belgium on return and readmission matters"),
        first_sentence: "From 28 September to 4 October 2014, IOM organized a seven-day visit to Germany and Belgium for ten relevant migration authorities from the Ministry of Foreign Affairs, Ministry of Labour and Social Protection of the Population, Ministry of National Security, State Migration Service and the State Border Service.",
        dates: "2014-09-28..2014-10-04",
    },
];

// ---------------------------------------------------------------------------------------------
// Running the tool and reading its output back.

fn legacy_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("legacy/legacy-news-page.txt")
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("legacy-migration-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    dir
}

fn run_migrate(out: &Path, extra: &[&str]) -> Output {
    let legacy = legacy_path();
    let mut args = vec![
        "--legacy",
        legacy.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    Command::new(env!("CARGO_BIN_EXE_legacy_migrate"))
        .args(&args)
        .output()
        .expect("legacy_migrate runs")
}

struct ContentFile {
    front: toml::Table,
    body: String,
}

impl ContentFile {
    fn read(path: &Path) -> ContentFile {
        let text = fs::read_to_string(path).unwrap();
        let rest = text
            .strip_prefix("+++\n")
            .unwrap_or_else(|| panic!("{}: no opening +++", path.display()));
        let (front, body) = rest
            .split_once("\n+++\n")
            .unwrap_or_else(|| panic!("{}: no closing +++", path.display()));
        let front =
            toml::from_str(front).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        ContentFile {
            front,
            body: body.to_string(),
        }
    }

    fn str(&self, key: &str) -> Option<&str> {
        self.front.get(key).and_then(|value| value.as_str())
    }

    fn list(&self, key: &str) -> Vec<String> {
        match self.front.get(key) {
            Some(value) => value
                .as_array()
                .unwrap()
                .iter()
                .map(|item| item.as_str().unwrap().to_string())
                .collect(),
            None => Vec::new(),
        }
    }

    fn flag(&self, key: &str) -> bool {
        self.front
            .get(key)
            .and_then(|value| value.as_bool())
            .unwrap_or(false)
    }
}

struct Migrated {
    dir: PathBuf,
    articles: BTreeMap<String, ContentFile>,
    projects: BTreeMap<String, ContentFile>,
    taxonomies: toml::Table,
    site: toml::Table,
}

fn read_dir(dir: &Path) -> BTreeMap<String, ContentFile> {
    fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .map(|path| {
            (
                path.file_stem().unwrap().to_str().unwrap().to_string(),
                ContentFile::read(&path),
            )
        })
        .collect()
}

fn migrated() -> &'static Migrated {
    static MIGRATED: OnceLock<Migrated> = OnceLock::new();
    MIGRATED.get_or_init(|| {
        let dir = scratch_dir("output");
        let output = run_migrate(&dir, &[]);
        assert!(
            output.status.success(),
            "migrate failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let table =
            |name: &str| toml::from_str(&fs::read_to_string(dir.join(name)).unwrap()).unwrap();
        Migrated {
            articles: read_dir(&dir.join("articles")),
            projects: read_dir(&dir.join("projects")),
            taxonomies: table("taxonomies.toml"),
            site: table("site.toml"),
            dir,
        }
    })
}

fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The legacy page with only the documented artifact removals applied: the photo credit,
/// the spam lines, non-breaking spaces; whitespace normalised.
fn legacy_without_artifacts() -> String {
    let raw = fs::read_to_string(legacy_path()).unwrap();
    let lines: Vec<String> = raw
        .lines()
        .map(|line| line.replace(PHOTO_CREDIT, "").replace('\u{a0}', " "))
        .filter(|line| !SPAM_LINES.contains(&normalize(line).as_str()))
        .collect();
    normalize(&lines.join("\n"))
}

fn article_with(first_sentence: &str) -> (&'static str, &'static ContentFile) {
    let sentence = normalize(first_sentence);
    let found: Vec<_> = migrated()
        .articles
        .iter()
        .filter(|(_, article)| normalize(&article.body).contains(&sentence))
        .map(|(slug, article)| (slug.as_str(), article))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "\"{first_sentence}\" is in {} articles",
        found.len()
    );
    found[0]
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The rules.

#[test]
fn every_news_item_becomes_exactly_one_article() {
    assert_eq!(ITEMS.len(), 35, "the hand count of the legacy page");
    assert_eq!(
        migrated().articles.len(),
        ITEMS.len(),
        "none lost, none merged, none invented"
    );
    for item in ITEMS {
        let (slug, article) = article_with(item.first_sentence);
        if let Some(heading) = item.heading {
            assert_eq!(article.str("title"), Some(heading), "{slug}");
        }
        assert!(
            normalize(&article.body).starts_with(&normalize(item.first_sentence)),
            "{slug} starts with its item's first sentence"
        );
    }
}

#[test]
fn bodies_equal_the_legacy_text_with_only_artifacts_removed() {
    let legacy = legacy_without_artifacts();
    let end_of_news = legacy.find(END_OF_NEWS).expect("end-of-news link");
    // Each item's span runs from its heading (or first sentence) to the next item's.
    let mut starts = Vec::new();
    let mut from = 0;
    for item in ITEMS {
        let marker = normalize(item.heading.unwrap_or(item.first_sentence));
        let at = from
            + legacy[from..]
                .find(&marker)
                .unwrap_or_else(|| panic!("\"{marker}\" not in the legacy page"));
        let body_start = if item.heading.is_some() {
            at + marker.len()
        } else {
            at
        };
        starts.push((at, body_start));
        from = body_start;
    }
    for (index, item) in ITEMS.iter().enumerate() {
        let end = starts.get(index + 1).map_or(end_of_news, |next| next.0);
        let expected = legacy[starts[index].1..end].trim();
        let (slug, article) = article_with(item.first_sentence);
        assert_eq!(normalize(&article.body), expected, "body of {slug}");
    }
}

#[test]
fn no_artifact_survives_in_any_written_file() {
    let mut paths = vec![
        migrated().dir.join("taxonomies.toml"),
        migrated().dir.join("site.toml"),
    ];
    for sub in ["articles", "projects"] {
        paths.extend(
            fs::read_dir(migrated().dir.join(sub))
                .unwrap()
                .map(|entry| entry.unwrap().path()),
        );
    }
    let forbidden = [
        "Photo by",
        "State Migration Service of Azerbaijan Republic",
        "Kahriz",
        "Botanical",
        "Slimming",
        "More Info",
        "Meizitang",
        "Download",
        "OLD NEWS",
        "Home | Contact Us",
        "Copyright & Disclaimer",
        "IOM Azerbaijan in Brief",
        "Press Briefing Notes",
        "\u{a0}",
        "\u{fffd}",
    ];
    for path in paths {
        let text = fs::read_to_string(&path).unwrap();
        // The editor note on a lost photo quotes its credit on purpose.
        let outside_notes: String = text
            .lines()
            .filter(|line| !line.contains("the scrape kept the credit"))
            .collect();
        for bad in forbidden {
            assert!(
                !outside_notes.contains(bad),
                "{} contains {bad:?}",
                path.display()
            );
        }
        for line in text.lines() {
            assert_eq!(
                line,
                line.trim_end(),
                "{} has trailing spaces",
                path.display()
            );
            assert!(
                !line.trim_start().contains("  "),
                "{}: runs of spaces in {line:?}",
                path.display()
            );
        }
    }
}

#[test]
fn words_split_by_the_photo_credit_and_broken_lines_are_repaired() {
    let all: String = migrated()
        .articles
        .values()
        .map(|article| normalize(&article.body))
        .collect::<Vec<_>>()
        .join("\n");
    for repaired in [
        "Ms. Elmira Suleymanova, Ombudswoman of the Republic of Azerbaijan, Mr. Azer Allahverenov",
        "The Training was attended by 25 professionals",
        "which are very positive and encouraging",
        "with regards to the management of return migration frameworks",
        "The meeting was attended by Mr. Ahmet Yarim",
        "The British Ambassador, H.E. Mr. Irfan Siddiq",
        "within the framework of the “Consolidation of Migration",
    ] {
        assert!(all.contains(repaired), "missing: {repaired}");
    }
    let (_, article) = article_with(ITEMS[17].first_sentence);
    assert!(
        article
            .body
            .contains("\n\nThe meeting was attended by Mr. Ahmet Yarim"),
        "the joined line starts its own paragraph"
    );
}

#[test]
fn every_article_is_dated_from_its_own_text() {
    for item in ITEMS {
        let (slug, article) = article_with(item.first_sentence);
        let written = match (article.str("start"), article.str("end")) {
            (Some(start), Some(end)) => format!("{start}..{end}"),
            (Some(start), None) => start.to_string(),
            (None, None) if article.flag("undated") => "undated".to_string(),
            other => panic!("{slug}: inconsistent dates {other:?}"),
        };
        assert_eq!(written, item.dates, "{slug}");
        if article.flag("undated") {
            assert!(
                !article.list("editor_notes").is_empty(),
                "{slug}: an undated article explains why"
            );
        }
    }
}

#[test]
fn an_item_without_heading_gets_a_title_from_its_first_sentence() {
    for item in ITEMS {
        let (slug, article) = article_with(item.first_sentence);
        assert_eq!(
            article.flag("title_from_text"),
            item.heading.is_none(),
            "{slug}"
        );
        if item.heading.is_none() {
            let title = article.str("title").unwrap();
            let sentence = words(item.first_sentence);
            for word in words(title) {
                assert!(
                    sentence.contains(&word),
                    "title word \"{word}\" is not in the first sentence"
                );
            }
        }
    }
}

#[test]
fn what_looks_wrong_gets_an_editor_note_and_the_text_stays() {
    let expectations = [
        (ITEMS[1].first_sentence, "Hungry", "Hungary"),
        (ITEMS[4].first_sentence, "Phase VI", "Phase VI"),
        (
            ITEMS[15].first_sentence,
            "on-going since 01 August, 2016",
            "01 August, 2016",
        ),
    ];
    for (first_sentence, kept, noted) in expectations {
        let (slug, article) = article_with(first_sentence);
        assert!(
            article.body.contains(kept),
            "{slug}: the original text stays"
        );
        assert!(
            article
                .list("editor_notes")
                .iter()
                .any(|note| note.contains(noted)),
            "{slug}: a note mentions {noted}"
        );
    }
}

#[test]
fn a_photo_credit_without_its_photo_becomes_an_editor_note_on_its_article() {
    // Found independently of the tool: the text the credit was cut out of, or the first text
    // line under a credit standing alone.
    let raw = fs::read_to_string(legacy_path()).unwrap();
    let lines: Vec<&str> = raw.lines().collect();
    let mut credited = HashSet::new();
    for (index, line) in lines.iter().enumerate() {
        if !line.contains(PHOTO_CREDIT) {
            continue;
        }
        let text = lines[index..]
            .iter()
            .map(|line| normalize(&line.replace(PHOTO_CREDIT, "").replace('\u{a0}', " ")))
            .find(|text| !text.is_empty())
            .unwrap();
        let sentence: String = text.chars().take(60).collect();
        let (slug, _) = article_with(&sentence);
        credited.insert(slug);
    }
    assert_eq!(credited.len(), 3, "{credited:?}");
    for (slug, article) in &migrated().articles {
        let notes = article.list("editor_notes");
        let noted = notes.iter().any(|note| {
            note.contains(PHOTO_CREDIT)
                && note.contains("credit = \"State Migration Service of Azerbaijan Republic\"")
        });
        assert_eq!(noted, credited.contains(slug.as_str()), "{slug}: {notes:?}");
        assert!(!article.body.contains("Photo by"), "{slug}");
    }
}

#[test]
fn slugs_are_short_unique_and_stable_in_form() {
    let mut seen = HashSet::new();
    for slug in migrated().articles.keys().chain(migrated().projects.keys()) {
        assert!(slug.len() <= 80, "{slug}");
        assert!(
            !slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"),
            "{slug}"
        );
        assert!(
            slug.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{slug}"
        );
        assert!(seen.insert(slug.clone()), "{slug} twice");
    }
}

#[test]
fn front_matter_uses_exactly_the_documented_keys_in_order() {
    let article_keys = [
        "title",
        "start",
        "end",
        "undated",
        "places",
        "projects",
        "donors",
        "topics",
        "title_from_text",
        "editor_notes",
        "links",
    ];
    let project_keys = ["name", "short_name", "donors", "editor_notes"];
    let check = |dir: &str, documented: &[&str]| {
        for entry in fs::read_dir(migrated().dir.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let text = fs::read_to_string(&path).unwrap();
            let front = text.split("+++\n").nth(1).unwrap();
            let keys: Vec<usize> = front
                .lines()
                .filter_map(|line| line.split_once(" = ").map(|(key, _)| key))
                .filter(|key| !key.starts_with(' '))
                .map(|key| {
                    documented
                        .iter()
                        .position(|known| *known == key)
                        .unwrap_or_else(|| panic!("{}: key {key}", path.display()))
                })
                .collect();
            assert!(
                keys.windows(2).all(|pair| pair[0] < pair[1]),
                "{}: keys out of order",
                path.display()
            );
        }
    };
    check("articles", &article_keys);
    check("projects", &project_keys);
    for article in migrated().articles.values() {
        for key in ["places", "projects", "donors", "topics"] {
            assert!(article.front.contains_key(key));
        }
    }
}

fn taxonomy(name: &str) -> Vec<(String, String)> {
    migrated().taxonomies[name]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| {
            (
                entry["slug"].as_str().unwrap().to_string(),
                entry["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_reference_resolves_and_every_term_is_used() {
    let migrated = migrated();
    for (table, key) in [
        ("donors", "donors"),
        ("topics", "topics"),
        ("places", "places"),
    ] {
        let terms = taxonomy(table);
        let slugs: HashSet<&String> = terms.iter().map(|(slug, _)| slug).collect();
        let names: HashSet<&String> = terms.iter().map(|(_, name)| name).collect();
        assert_eq!(slugs.len(), terms.len(), "{table}: duplicate slug");
        assert_eq!(
            names.len(),
            terms.len(),
            "{table}: one spelling per {table}"
        );
        let mut used = HashSet::new();
        for (slug, article) in &migrated.articles {
            for reference in article.list(key) {
                assert!(
                    slugs.contains(&reference),
                    "{slug}: unknown {key} {reference}"
                );
                used.insert(reference);
            }
        }
        for project in migrated.projects.values().filter(|_| table == "donors") {
            used.extend(project.list("donors"));
        }
        for (slug, _) in &terms {
            assert!(used.contains(slug), "{table}: {slug} is used by nothing");
        }
    }
    for (slug, article) in &migrated.articles {
        for project in article.list("projects") {
            assert!(
                migrated.projects.contains_key(&project),
                "{slug}: unknown project {project}"
            );
        }
    }
    for slug in migrated.projects.keys() {
        assert!(
            migrated
                .articles
                .values()
                .any(|article| article.list("projects").contains(slug)),
            "project {slug} is named by no article"
        );
    }
}

#[test]
fn donors_have_one_spelling_and_come_from_the_text() {
    // Three spellings of the INL donor in three articles.
    for index in [2, 5, 9] {
        let (slug, article) = article_with(ITEMS[index].first_sentence);
        assert!(
            article.list("donors").contains(&"us-inl".to_string()),
            "{slug}: {:?}",
            article.list("donors")
        );
    }
    let (slug, article) = article_with(ITEMS[7].first_sentence); // e-service: EU and BP
    assert_eq!(article.list("donors"), ["eu", "bp"], "{slug}");
    // A project's donors are among the donors of the articles that name it.
    for (project_slug, project) in &migrated().projects {
        for donor in project.list("donors") {
            assert!(
                migrated()
                    .articles
                    .values()
                    .filter(|article| article.list("projects").contains(project_slug))
                    .any(|article| article.list("donors").contains(&donor)),
                "{project_slug}: donor {donor} is named by none of its articles"
            );
        }
    }
}

#[test]
fn project_summaries_and_site_facts_come_verbatim_from_the_page() {
    let bodies: String = migrated()
        .articles
        .values()
        .map(|article| normalize(&article.body))
        .collect::<Vec<_>>()
        .join("\n");
    for (slug, project) in &migrated().projects {
        for paragraph in project
            .body
            .split("\n\n")
            .map(normalize)
            .filter(|paragraph| !paragraph.is_empty())
        {
            assert!(
                bodies.contains(&paragraph),
                "{slug}: summary not verbatim: {paragraph}"
            );
        }
    }
    let site = &migrated().site;
    let strings = |key: &str| -> Vec<String> {
        site[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|value| value.as_str().unwrap().to_string())
            .collect()
    };
    for sentence in strings("history") {
        assert!(
            bodies.contains(&sentence),
            "history not verbatim: {sentence}"
        );
    }
    let legacy = legacy_without_artifacts();
    for text in strings("intro")
        .iter()
        .chain(&strings("government_partners"))
    {
        assert!(
            legacy.contains(text.as_str()),
            "not on the legacy page: {text}"
        );
    }
    assert_eq!(site["member_state_since"].as_integer(), Some(2001));
    let contact = site["contact"].as_table().unwrap();
    assert_eq!(
        contact["address"].as_str(),
        Some("18, Yashar Huseynov, Baku, AZ-1069, Azerbaijan")
    );
    assert_eq!(contact["phone"].as_str(), Some("+994.12.465.9071/72"));
    assert_eq!(contact["fax"].as_str(), Some("+994.12.465.9073"));
    let topics: Vec<String> = taxonomy("topics")
        .into_iter()
        .map(|(slug, _)| slug)
        .collect();
    assert!(strings("areas").iter().all(|area| topics.contains(area)));
}

#[test]
fn rerunning_changes_nothing_and_never_loses_an_edit_silently() {
    let dir = scratch_dir("rerun");
    assert!(run_migrate(&dir, &[]).status.success());
    let second = run_migrate(&dir, &[]);
    assert!(second.status.success());
    assert!(
        String::from_utf8_lossy(&second.stdout).contains("0 created, 0 replaced"),
        "{second:?}"
    );

    let article = fs::read_dir(dir.join("articles"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    fs::write(
        &article,
        "+++\ntitle = \"Edited by an editor\"\n+++\n\nNew text.\n",
    )
    .unwrap();
    let refused = run_migrate(&dir, &[]);
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(
        message.contains(article.file_name().unwrap().to_str().unwrap())
            && message.contains("--force"),
        "{message}"
    );
    assert!(fs::read_to_string(&article)
        .unwrap()
        .contains("Edited by an editor"));

    assert!(run_migrate(&dir, &["--force"]).status.success());
    assert!(!fs::read_to_string(&article)
        .unwrap()
        .contains("Edited by an editor"));
    fs::remove_dir_all(&dir).unwrap();
}
