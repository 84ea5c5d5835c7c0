//! Curated data for the one-off migration of the legacy news page.
//!
//! Every judgement a person made while reading the legacy page lives here, apart from the
//! general logic (cleaning, segmentation, date parsing, matching) that applies it. Facts come
//! only from the legacy page; the tests check the sentences and names below against it.

/// A slug, its display name and the spellings the legacy text uses for it.
pub struct Entry {
    pub slug: &'static str,
    pub name: &'static str,
    pub aliases: &'static [&'static str],
}

pub struct ProjectEntry {
    pub slug: &'static str,
    pub name: &'static str,
    pub short_name: Option<&'static str>,
    pub donors: &'static [&'static str],
    /// Spellings of the project's name in the articles (matched case-insensitively).
    pub aliases: &'static [&'static str],
    /// Sentences copied verbatim from the articles.
    pub summary: &'static [&'static str],
    pub editor_notes: &'static [&'static str],
}

/// Tags keyword matching gets wrong or cannot see, for one article (keyed by its slug).
pub struct Override {
    pub slug: &'static str,
    pub add_topics: &'static [&'static str],
    pub remove_topics: &'static [&'static str],
    pub add_places: &'static [&'static str],
    pub remove_places: &'static [&'static str],
    pub add_donors: &'static [&'static str],
    pub add_projects: &'static [&'static str],
}

const NO_OVERRIDE: Override = Override {
    slug: "",
    add_topics: &[],
    remove_topics: &[],
    add_places: &[],
    remove_places: &[],
    add_donors: &[],
    add_projects: &[],
};

// ---------------------------------------------------------------------------------------------
// Artifacts of the hacked CMS: removed, never kept.

/// Photo caption injected into paragraphs, often inside a word ("RepublPhoto by ...icic",
/// "attenPhoto by ...ded"): deleting it restores the split word.
pub const PHOTO_CREDIT: &str = "Photo by State Migration Service of Azerbaijan Republic";

/// Who the caption credits, as an image's `credit` would say it.
pub const PHOTO_CREDITED: &str = "State Migration Service of Azerbaijan Republic";

/// Spam insertions, each a paragraph of its own (compared after whitespace normalisation).
pub const SPAM_PARAGRAPHS: &[&str] = &[
    "About Kahriz",
    "Botanical Slimming More Info",
    "Meizitang Download",
];

/// Page chrome above the news items: title, navigation, sidebar headings.
pub const CHROME_PARAGRAPHS: &[&str] = &[
    "IOM - International Organization for Migration: The Migration Agency",
    "Training Training History - Intervention Areas - Partners Ongoing Projects in Azerbaijan Press Briefing \
     Notes - News Releases - Feature Stories - Opinion - Photo Stories - Video Clips - Media Cont Career \
     Opportunities - Internships Career Opportunities - Internships",
    "IOM Azerbaijan in Brief",
    "NEWS",
    SIDEBAR_INTRO,
];

/// The "in brief" sidebar sentence (line break joined); it becomes the site's intro.
pub const SIDEBAR_INTRO: &str = "Azerbaijan has been an IOM Member State since 2001";

/// The link that ends the list of news items; the page footer follows it.
pub const END_OF_NEWS: &str = "OLD NEWS>>";

/// Footer navigation, not content.
pub const FOOTER_NAVIGATION: &str = "Home | Contact Us | Copyright & Disclaimer";

// ---------------------------------------------------------------------------------------------
// Titles for the items that have no heading: written from the item's own first sentence
// (keyed by the start of that sentence). The tests check every word is in that sentence.

pub const HEADLESS_TITLES: &[(&str, &str)] = &[(
    "On 19 December 2016, the International Organization for Migration (IOM) together with",
    "IOM, State Migration Service and Ombudsperson mark International Migrants’ Day and IOM’s 20th Anniversary in Azerbaijan",
)];

// ---------------------------------------------------------------------------------------------
// Site facts (site.toml).

pub const SITE_NAME: &str = "IOM Azerbaijan";
/// Not on the legacy page: the address of IOM's site for its Azerbaijan mission, where the new
/// site is to be published. The web team sets it in site.toml.
pub const SITE_URL: &str = "https://azerbaijan.iom.int";

/// Sentences of the articles that state the mission's history, verbatim.
pub const HISTORY: &[&str] = &[
    "The Cooperation Agreement was signed at a symbolic moment when IOM celebrates its 20th Anniversary in \
     Azerbaijan as well as Azerbaijan’s 15th Anniversary of Membership in IOM.",
    "This training course has been developed in the framework of the comprehensive counter-trafficking \
     programme funded by the US Department of State and implemented by IOM Mission in Azerbaijan since 2008.",
    "The first and the second series of workshops for consular officials and labour attaches with \
     participation of government representatives were conducted in 2012 and in 2014, respectively.",
    "Though IOM Mission in Azerbaijan and USAID/Azerbaijan have been cooperating and coordinating development \
     activities in Azerbaijan, this is the first time since the establishment of the IOM Mission in Baku they \
     entered into a formal partnership to jointly support Azerbaijan's efforts in the area of countering \
     trafficking in persons.",
];

/// Government bodies of Azerbaijan the articles name as partners, spelt as in the articles.
pub const GOVERNMENT_PARTNERS: &[&str] = &[
    "State Migration Service",
    "State Border Service",
    "Ministry of Internal Affairs",
    "Ministry of Foreign Affairs",
    "Ministry of Labour and Social Protection of Population",
    "State Customs Committee",
    "Ombudsman’s Office",
    "State Committee for Family, Women and Children Affairs",
    "State Statistical Committee",
    "State Labour Inspectorate",
    "Ministry of National Security",
    "Ministry of Education",
    "Ministry of Economy",
    "Ministry of Ecology and Natural Resources",
    "Ministry of Emergency Situations",
    "Justice Academy",
    "Academy of Public Administration under the President of the Republic of Azerbaijan",
    "State Agency for Public Service and Social Innovations under the President of the Republic of Azerbaijan",
    "Ministry of Justice of Nakhchivan Autonomous Republic",
];

// ---------------------------------------------------------------------------------------------
// Gazetteers: alias -> slug.

/// Donors are only read where the text says who pays: in the rest of the sentence after one
/// of these cues ("funded by the European Union and co-funded by BP and its co-venturers").
pub const FUNDING_CUES: &[&str] = &[
    "funded by",
    "funding from",
    "funding received from",
    "financial support of",
    "funding organizations",
];

/// One spelling per donor. `aliases` are read after a funding cue; a few compounds
/// ("EU-funded") name the donor anywhere.
pub const DONORS: &[Entry] = &[
    Entry { slug: "eu", name: "European Union", aliases: &["European Union", "EU"] },
    Entry { slug: "bp", name: "BP and its co-venturers", aliases: &["BP and its co-venturers", "BP"] },
    Entry {
        slug: "us-inl",
        name: "US Department of State, Bureau of International Narcotics and Law Enforcement Affairs (INL)",
        aliases: &[
            "United States Department of State",
            "US Department of State",
            "Bureau of International Narcotics and Law Enforcement Affairs",
            "INL",
        ],
    },
    Entry {
        slug: "usaid",
        name: "United States Agency for International Development (USAID)",
        aliases: &["United States Agency for International Development", "USAID"],
    },
    Entry {
        slug: "uk-cssf",
        name: "UK Conflict, Stability and Security Fund (CSSF)",
        aliases: &["Conflict, Stability and Security Fund", "CSSF"],
    },
    Entry { slug: "british-embassy-baku", name: "British Embassy Baku", aliases: &["British Embassy"] },
    Entry { slug: "iom-development-fund", name: "IOM Development Fund", aliases: &["IOM Development Fund"] },
    Entry {
        slug: "sdc",
        name: "Swiss Agency for Development and Cooperation",
        aliases: &["Swiss Agency for Development and Cooperation"],
    },
    Entry { slug: "comic-relief", name: "Comic Relief", aliases: &["Comic Relief"] },
    Entry { slug: "tudor-trust", name: "Tudor Trust", aliases: &["Tudor Trust"] },
];

/// Compounds that name a donor wherever they appear (the donor is written before "funded").
pub const DONOR_COMPOUNDS: &[(&str, &str)] = &[
    ("EU-funded", "eu"),
    ("EU funded", "eu"),
    ("US Department of State (INL) funded", "us-inl"),
    ("IOM Development Fund project", "iom-development-fund"),
];

/// Topics, in the order About lists the areas of work. An article gets a topic when an alias is
/// in its title, or aliases occur at least `TOPIC_MIN_MENTIONS` times in its body (project names
/// are blanked out first: "Border Management" in a project's name is not a topic).
pub const TOPICS: &[Entry] = &[
    Entry {
        slug: "counter-trafficking",
        name: "Counter-trafficking",
        aliases: &["trafficking", "trafficked", "Two Little Girls"],
    },
    Entry {
        slug: "border-management",
        name: "Border management",
        aliases: &[
            "border management",
            "border guard",
            "border guards",
            "border control",
            "border security",
            "border officials",
            "forged",
            "forgery",
            "forgeries",
            "false document",
            "document verification",
        ],
    },
    Entry {
        slug: "readmission-and-return",
        name: "Readmission and return",
        aliases: &[
            "readmission",
            "voluntary return",
            "return migration",
            "return management",
            "asylum",
        ],
    },
    Entry {
        slug: "migrants-rights",
        name: "Migrants’ rights",
        aliases: &[
            "human rights",
            "migrants’ rights",
            "migrant rights",
            "rights of migrants",
        ],
    },
    Entry {
        slug: "migration-management",
        name: "Migration management",
        aliases: &[
            "migration management",
            "migration policy",
            "migration governance",
            "e-service",
            "Migrants’ Day",
        ],
    },
    Entry {
        slug: "labour-migration",
        name: "Labour migration",
        aliases: &[
            "labour migration",
            "labour market",
            "labour exploitation",
            "labor exploitation",
            "unauthorized employment",
            "undeclared work",
            "foreign workers",
        ],
    },
    Entry {
        slug: "migration-and-health",
        name: "Migration and health",
        aliases: &[
            "health care",
            "healthcare",
            "health providers",
            "border health",
            "public health",
            "migrants’ health",
        ],
    },
    Entry {
        slug: "migration-environment-climate",
        name: "Migration, environment and climate change",
        aliases: &["climate change", "environmental migration"],
    },
    Entry {
        slug: "mine-victims",
        name: "Mine victims and livelihoods",
        aliases: &[
            "mine victims",
            "mine survivors",
            "livelihood",
            "livelihoods",
        ],
    },
];

pub const TOPIC_MIN_MENTIONS: usize = 2;

/// Places named in the articles (matched case-sensitively as whole words).
pub const PLACES: &[Entry] = &[
    Entry {
        slug: "baku",
        name: "Baku",
        aliases: &["Baku"],
    },
    Entry {
        slug: "nakhchivan",
        name: "Nakhchivan",
        aliases: &["Nakhchivan"],
    },
    Entry {
        slug: "ganja",
        name: "Ganja",
        aliases: &["Ganja"],
    },
    Entry {
        slug: "khachmaz",
        name: "Khachmaz",
        aliases: &["Khachmaz"],
    },
    Entry {
        slug: "imishli",
        name: "Imishli",
        aliases: &["Imishli"],
    },
    Entry {
        slug: "saatli",
        name: "Saatli",
        aliases: &["Saatli"],
    },
    Entry {
        slug: "bilasuvar",
        name: "Bilasuvar",
        aliases: &["Bilasuvar"],
    },
    Entry {
        slug: "aghjabadi",
        name: "Aghjabadi",
        aliases: &["Aghjabadi"],
    },
    Entry {
        slug: "beylagan",
        name: "Beylagan",
        aliases: &["Beylagan"],
    },
    Entry {
        slug: "geneva",
        name: "Geneva",
        aliases: &["Geneva"],
    },
    // Named in too many roles (embassies, experts' origins) to match by keyword: overrides only.
    Entry {
        slug: "germany",
        name: "Germany",
        aliases: &[],
    },
    Entry {
        slug: "belgium",
        name: "Belgium",
        aliases: &[],
    },
];

/// Names that contain a place but do not say where something happened.
pub const PLACE_FALSE_FRIENDS: &[&str] = &[
    "Baku State University",
    "British Embassy Baku",
    "British Embassy in Baku",
    "IOM Mission in Baku",
    "Council of Europe Office in Baku",
    "(Ganja city)",
];

// ---------------------------------------------------------------------------------------------
// Projects: every project the articles name.

pub const PROJECTS: &[ProjectEntry] = &[
    ProjectEntry {
        slug: "cmba",
        name: "Consolidation of Migration and Border Management Capacities in Azerbaijan",
        short_name: Some("CMBA"),
        donors: &["eu", "bp"],
        aliases: &[
            "Consolidation of Migration and Border Management Capacities in Azerbaijan",
            "Consolidation of Migration and Border Management in Azerbaijan",
            "CMBA",
        ],
        summary: &[
            "The EU-funded ‘Consolidation of Migration and Border Management Capacities in Azerbaijan’ project \
             aims to consolidate Azerbaijan’s migration management capacity to effectively implement the reforms \
             foreseen by the EU-Azerbaijan Visa Facilitation and Readmission Agreements.",
            "IOM will be implementing the project jointly with the Ministry of Foreign Affairs, State Migration \
             Service, State Border Service, Ministry of Internal Affairs and the Ministry of Labour and Social \
             Protection of the Population.",
        ],
        editor_notes: &[
            "Some articles call it “Consolidation of Migration and Border Management in Azerbaijan (CMBA)”, \
             without “Capacities”; the launch article and most others use the name above.",
        ],
    },
    ProjectEntry {
        slug: "enhancing-cooperation-against-trafficking",
        name: "Enhancing Cooperation Measures to Effectively Combat Trafficking in Persons through Capacity \
               Building and Technical Assistance in Azerbaijan",
        short_name: None,
        donors: &["us-inl"],
        aliases: &["Enhancing Cooperation Measures to Effectively Combat Trafficking in Persons"],
        summary: &[],
        editor_notes: &[
            "Kept as one project with several phases. The articles give the phase as: Phase IV (March 2015), \
             Phase V (April and July 2016), Phase VI (22-24 November 2016) and Phase IV again (13-16 December \
             2016). The November and December 2016 numbers cannot both be right; please check.",
        ],
    },
    ProjectEntry {
        slug: "ibm-azerbaijan",
        name: "Enhancement of National Capacity for Integrated Border Management in Azerbaijan",
        short_name: None,
        donors: &["us-inl"],
        aliases: &["Enhancement of National Capacity for Integrated Border Management in Azerbaijan"],
        summary: &["These trainings are part of the Training of Trainers (ToT) Programme in seven modules on border management."],
        editor_notes: &[],
    },
    ProjectEntry {
        slug: "counter-trafficking-in-persons-activity",
        name: "Counter-Trafficking in Persons Activity",
        short_name: None,
        donors: &["usaid"],
        aliases: &["Counter-Trafficking in Persons Activity", "Counter – Trafficking in Persons Activity"],
        summary: &[
            "The objective of the project is to assist the Government of Azerbaijan and civil society \
             organizations to further improve Azerbaijan's effectiveness in preventing and combating trafficking \
             in human beings.",
            "The project will raise public awareness on trafficking in human beings and provide technical and \
             financial support to the shelters operated by civil society organizations for assisting potential \
             and actual victims of human trafficking.",
        ],
        editor_notes: &[],
    },
    ProjectEntry {
        slug: "readmission-management-south-caucasus",
        name: "Supporting the Establishment of Effective Readmission Management in Armenia, Azerbaijan and Georgia",
        short_name: None,
        donors: &["eu", "iom-development-fund", "sdc"],
        aliases: &[
            "Supporting the establishment of effective readmission management in South Caucasus",
            "Supporting the Establishment of Effective Readmission Management in Armenia, Azerbaijan and Georgia",
        ],
        summary: &[],
        editor_notes: &[
            "The 2014 study-visit article calls it “… in Armenia, Azerbaijan and Georgia”, the two later \
             articles “… in South Caucasus”; same donors, so kept as one project. Please confirm the official name.",
        ],
    },
    ProjectEntry {
        slug: "eap-ibm-capacity-building",
        name: "Eastern Partnership (EaP) Integrated Border Management (IBM) Capacity Building Project",
        short_name: Some("EaP IBM"),
        donors: &["eu"],
        aliases: &["Eastern Partnership (EaP) Integrated Border Management (IBM) Capacity Building Project"],
        summary: &[],
        editor_notes: &[],
    },
    ProjectEntry {
        slug: "assisting-mine-survivors",
        name: "Assisting Mine Survivors Residing in Conflict Affected Rural Areas Through Livelihood Support Grants",
        short_name: None,
        donors: &["uk-cssf"],
        aliases: &["Assisting Mine Survivors Residing in Conflict Affected Rural Areas Through Livelihood Support Grants"],
        summary: &[
            "The project aims to enhance socio-economic reintegration of mine survivors and their family members, \
             as one of most vulnerable and marginalized groups, into Azerbaijan society, by helping them to earn \
             their livelihoods, improve their standard of living and become participatory members with enhanced \
             self-esteem in their society.",
        ],
        editor_notes: &[],
    },
    ProjectEntry {
        slug: "secondary-school-education-against-trafficking",
        name: "Secondary school education in Armenia, Azerbaijan and Georgia to contribute to the prevention of \
               trafficking in persons",
        short_name: None,
        donors: &[],
        aliases: &["Secondary school education in Armenia, Azerbaijan and Georgia to contribute to the prevention of trafficking in persons"],
        summary: &[],
        editor_notes: &["The legacy page names no donor and no dates for this project."],
    },
    ProjectEntry {
        slug: "counter-trafficking-assessment-south-caucasus",
        name: "Identifying Gaps and Assessing Need: A Comparative Assessment of Counter Trafficking Efforts in \
               Countries in the South Caucasus",
        short_name: None,
        donors: &["iom-development-fund"],
        aliases: &["Identifying Gaps and Assessing Need: A Comparative Assessment of Counter Trafficking Efforts in Countries in the South Caucasus"],
        summary: &[
            "The project, which stemmed from the initiative of IOM and the governments of the countries in the \
             South Caucasus conducts a comprehensive analysis of the current Trafficking in Human Beings \
             situation in the region.",
            "The project’s main objective is to generate current evidence of the regional Counter Trafficking \
             (CT) landscape, on which to base future results-oriented interventions and ensure a more holistic \
             approach to CT.",
        ],
        editor_notes: &[
            "The article says the project has been “on-going since 01 August, 2016”, after the 25 April 2016 \
             workshop it reports; the start date is probably wrong (2015?).",
        ],
    },
    ProjectEntry {
        slug: "migration-environment-climate-capacity-building",
        name: "Capacity building on migration, environment and climate change",
        short_name: None,
        donors: &["iom-development-fund"],
        aliases: &[],
        summary: &[
            "Azerbaijan is among the five countries where the capacity building project is being implemented, \
             together with the Dominican Republic, Kenya, Papua New Guinea and Morocco.",
        ],
        editor_notes: &[
            "The article (2-4 May 2016 workshop) calls it only “the capacity building project” funded by the IOM \
             Development Fund; this name describes it and is not an official title. Please supply the real name.",
        ],
    },
    ProjectEntry {
        slug: "preventing-trafficking-in-persons",
        name: "Preventing Trafficking In Persons through Capacity Building and Awareness Raising in Azerbaijan",
        short_name: None,
        donors: &["british-embassy-baku"],
        aliases: &["Preventing Trafficking In Persons through Capacity Building and Awareness Raising in Azerbaijan"],
        summary: &[],
        editor_notes: &[],
    },
    ProjectEntry {
        slug: "voluntary-return-pilot",
        name: "Pilot Project on Voluntary Return of Migrants from Azerbaijan",
        short_name: None,
        donors: &[],
        aliases: &[
            "Pilot Project on Voluntary Return of Migrants from Azerbaijan",
            "Pilot Project “Voluntary Return of Migrants from Azerbaijan”",
        ],
        summary: &[
            "This project aims to offer favourable conditions for the successful return of rejected asylum \
             seekers and vulnerable migrants who wish to return voluntarily to their countries of origin.",
            "The pilot project will be the first of its kind for Azerbaijan and will incorporate already existing \
             good practices implemented by IOM and its partners that is available only in a few countries in the \
             world.",
        ],
        editor_notes: &["The legacy page names no donor for this project."],
    },
];

// ---------------------------------------------------------------------------------------------
// Per-article corrections to keyword matching (keyed by article slug).

pub const OVERRIDES: &[Override] = &[
    Override {
        slug: "capacity-building-training-workshop-on-migration-environment-and-climate-change",
        // The article calls it only "the capacity building project".
        add_projects: &["migration-environment-climate-capacity-building"],
        ..NO_OVERRIDE
    },
    Override {
        slug: "public-service-announcement",
        // "prevention of trafficking in persons" is inside the project's name, which topic
        // matching blanks out.
        add_topics: &["counter-trafficking"],
        ..NO_OVERRIDE
    },
    Override {
        slug: "iom-organized-study-visit-of-azerbaijani-government-officials-to-germany",
        // Nuremberg, Munich, Brussels, Vottem: the places visited.
        add_places: &["germany", "belgium"],
        ..NO_OVERRIDE
    },
    Override {
        slug: "launch-event-for-the-two-little-girls-campaign-in-azerbaijan",
        // "the UK charities most notably Comic Relief and the Tudor Trust for their generous
        // support to carry out the campaign": named before the cue, so matching cannot see them.
        add_donors: &["comic-relief", "tudor-trust"],
        ..NO_OVERRIDE
    },
    Override {
        slug: "launch-of-e-service-for-the-state-migration-service-of-the-republic",
        // "border management" only in a speaker's general remarks.
        remove_topics: &["border-management"],
        ..NO_OVERRIDE
    },
    Override {
        slug: "international-workshop-on-strengthening-structures-and-partnerships-to-overcome",
        // "a similar workshop in Nakhchivan" is a plan, not where this one took place.
        remove_places: &["nakhchivan"],
        ..NO_OVERRIDE
    },
    Override {
        slug: "iom-and-the-academy-of-public-administration-under-the-president-of-the-republic",
        // Where the participants came from, not where the training took place.
        remove_places: &["baku", "nakhchivan"],
        ..NO_OVERRIDE
    },
    Override {
        slug: "iom-enhances-training-capacities-in-azerbaijan-on-readmission-and-human-rights",
        // Baku and Nakhchivan are where the next trainings "will" be held; Nakhchivan officials took part.
        remove_places: &["baku", "nakhchivan"],
        ..NO_OVERRIDE
    },
    Override {
        slug: "the-launching-the-azerbaijani-version-of-the-handbook-on-european-law-related",
        // IOM "closely works also with ... the authorities in Nakhchivan": not the event's place.
        remove_places: &["nakhchivan"],
        ..NO_OVERRIDE
    },
    Override {
        slug: "validation-workshop-to-discuss-and-validate-the-results-of-the-research",
        // Baku is where a guest's other event (the UNAOC Global Forum) took place.
        remove_places: &["baku"],
        ..NO_OVERRIDE
    },
];

// ---------------------------------------------------------------------------------------------
// Editor notes: what looks wrong in the legacy text. The text itself stays as it was.

pub const EDITOR_NOTES: &[(&str, &[&str])] = &[
    (
        "iom-state-migration-service-and-ombudsperson-mark-international-migrants-day",
        &[
            "“Hungry” in the list of embassies (“Japan, Hungry, Ukraine”) is probably “Hungary”.",
            "“Azerbaijan’s experince” is probably “experience”.",
        ],
    ),
    (
        "in-baku-azerbaijan-the-training-of-trainers-organized-for-health-care",
        &[
            "“Phase VI”: the other 2016 articles on this project say Phase V (April and July 2016) and Phase IV \
             (13-16 December 2016); one of these phase numbers is probably wrong.",
            "“pediatrists” is probably “pediatricians”.",
        ],
    ),
    (
        "iom-continues-its-work-to-further-enhance-the-capacities-of-local-ngos-and-media",
        &["“Phase IV”: the project was in Phase IV in March 2015 and Phase V in April and July 2016, and the \
           22-24 November 2016 article says Phase VI; Phase IV in December 2016 looks wrong."],
    ),
    (
        "validation-workshop-to-discuss-and-validate-the-results-of-the-research",
        &["The project is said to be “on-going since 01 August, 2016”, after the 25 April 2016 workshop this \
           article reports; the year is probably wrong (2015?)."],
    ),
    (
        "iom-the-government-of-azerbaijan-international-community-and-civil-society",
        &[
            "“Columbia” in the list of embassies is probably “Colombia”.",
            "Ms. Mikaela Meredith is “USAID Country Director in Azerbaijan” and later “Mission Director of the \
             USAID Azerbaijan” in the same article; check her title.",
        ],
    ),
    (
        "iom-continues-to-support-azerbaijan-state-border-service-in-its-capacity",
        &["“IOM will further perform five more ToT”: the September-October 2016 article said the same after \
           the third training, this one after the fourth; both cannot be right."],
    ),
    (
        "a-series-of-capacity-building-trainings-for-the-state-border-service-officials",
        &[
            "“Module 1: Document Security and Detection of Forged.” misses a word: the 01 August 2016 article \
             calls the module “Document Security and Detection of Forged Documents”.",
            "“IOM will further perform five more ToT”: the 22-24 November 2016 article says the same after the \
             next training; both cannot be right.",
        ],
    ),
    (
        "seminar-on-mainstreaming-the-international-mobility-dimension-into-azerbaijans",
        &["“Ministry of Tax, Ministry of Statistics”: the other articles name the State Statistical Committee, \
           and the tax ministry may be the Ministry of Taxes; check these names."],
    ),
    (
        "empowering-mine-victims-residing-in-conflict-affected-areas",
        &[
            "“cattle-breading” is probably “cattle-breeding”.",
            "The project name opens with “ but has no closing quotation mark.",
        ],
    ),
    (
        "going-beyond-borders-building-border-health-capacities-in-azerbaijan",
        &["“cross-broader regions” is probably “cross-border regions”."],
    ),
    (
        "capacity-building-training-workshop-on-migration-environment-and-climate-change",
        &["“discussed in corporation of migration” is probably “incorporation of migration”."],
    ),
    (
        "launch-ceremony-for-consolidation-of-migration-and-border-management-capacities",
        &[
            "“cooperate under the under the European Neighbourhood” repeats words.",
            "Mr. Marat Kangarlinski heads the “Humanitarian Issues Department” and, later in the same article, \
             the “Department of Humanitarian and Social Affairs” of the Ministry of Foreign Affairs; check which.",
        ],
    ),
    (
        "iom-and-government-of-the-republic-of-azerbaijan-signed-cooperation-agreement",
        &["“the Assist Voluntary Return mechanism” is probably “Assisted Voluntary Return”, as earlier in the \
           same article."],
    ),
    (
        "launch-event-for-the-two-little-girls-campaign-in-azerbaijan",
        &["“expressed his to gratitude” has a stray “to”."],
    ),
    (
        "iom-and-the-academy-of-public-administration-under-the-president-of-the-republic",
        &["The programme is “funded by the US Department of State”; it is filed under the INL donor like the \
           other US Department of State counter-trafficking projects; check."],
    ),
];
