//! Interface text of the content pages: Home, About, Projects, an article, Careers.

use super::Entry;

pub const ENTRIES: &[Entry] = &[
    // Home.
    (
        "home.heading",
        [
            "International Organization for Migration in Azerbaijan",
            "Azərbaycanda Beynəlxalq Miqrasiya Təşkilatı",
            "Международная организация по миграции в Азербайджане",
        ],
    ),
    (
        "home.member_state",
        [
            "Azerbaijan has been an IOM Member State since {year}.",
            "Azərbaycan IOM-un üzv dövlətidir (üzvlük ili: {year}).",
            "Азербайджан является государством — членом МОМ с {year} года.",
        ],
    ),
    (
        "home.latest",
        ["Latest news", "Son xəbərlər", "Последние новости"],
    ),
    (
        "home.all_news",
        ["All news", "Bütün xəbərlər", "Все новости"],
    ),
    (
        "home.all_projects",
        ["All projects", "Bütün layihələr", "Все проекты"],
    ),
    (
        "home.more_about",
        [
            "More about IOM Azerbaijan",
            "IOM Azərbaycan haqqında ətraflı",
            "Подробнее о МОМ в Азербайджане",
        ],
    ),
    // About.
    (
        "about.title",
        [
            "About IOM Azerbaijan",
            "IOM Azərbaycan haqqında",
            "О МОМ в Азербайджане",
        ],
    ),
    (
        "about.in_brief",
        [
            "IOM Azerbaijan in brief",
            "Qısaca IOM Azərbaycan",
            "Коротко о МОМ в Азербайджане",
        ],
    ),
    ("about.history", ["History", "Tarixçə", "История"]),
    (
        "about.areas",
        ["Areas of work", "Fəaliyyət sahələri", "Направления работы"],
    ),
    (
        "about.areas_hint",
        [
            "Each area links to the news about it.",
            "Hər sahə onun haqqında xəbərlərə keçid verir.",
            "Каждое направление ведёт к новостям о нём.",
        ],
    ),
    ("about.partners", ["Partners", "Tərəfdaşlar", "Партнёры"]),
    ("about.donors", ["Donors", "Donorlar", "Доноры"]),
    (
        "about.government",
        [
            "Government partners",
            "Dövlət tərəfdaşları",
            "Государственные партнёры",
        ],
    ),
    (
        "about.contact",
        [
            "Contact details",
            "Əlaqə məlumatları",
            "Контактная информация",
        ],
    ),
    // Projects list and one project.
    ("projects.title", ["Projects", "Layihələr", "Проекты"]),
    (
        "projects.intro",
        [
            "The projects IOM Azerbaijan has reported on in its news.",
            "IOM Azərbaycanın xəbərlərində bəhs etdiyi layihələr.",
            "Проекты, о которых МОМ в Азербайджане рассказывала в своих новостях.",
        ],
    ),
    ("project.donors", ["Donors", "Donorlar", "Доноры"]),
    (
        "project.no_donors",
        [
            "No donor is named in the news.",
            "Xəbərlərdə donor göstərilməyib.",
            "Доноры в новостях не названы.",
        ],
    ),
    (
        "project.period",
        [
            "Period covered by its news",
            "Xəbərlərinin əhatə etdiyi dövr",
            "Период, охваченный новостями",
        ],
    ),
    (
        "project.no_period",
        [
            "No dated news",
            "Tarixli xəbər yoxdur",
            "Нет новостей с датой",
        ],
    ),
    (
        "project.news_count",
        [
            "News articles: {n}",
            "Xəbərlərin sayı: {n}",
            "Новостей: {n}",
        ],
    ),
    (
        "project.news",
        [
            "News of this project",
            "Bu layihənin xəbərləri",
            "Новости этого проекта",
        ],
    ),
    (
        "project.all_news",
        [
            "All news of this project",
            "Bu layihənin bütün xəbərləri",
            "Все новости этого проекта",
        ],
    ),
    (
        "project.no_news",
        [
            "No news mentions this project yet.",
            "Hələ bu layihə haqqında xəbər yoxdur.",
            "Новостей об этом проекте пока нет.",
        ],
    ),
    // One article.
    ("article.date", ["Date", "Tarix", "Дата"]),
    ("article.places", ["Places", "Yerlər", "Места"]),
    ("article.projects", ["Projects", "Layihələr", "Проекты"]),
    ("article.donors", ["Donors", "Donorlar", "Доноры"]),
    ("article.topics", ["Topics", "Mövzular", "Темы"]),
    ("article.links", ["Links", "Keçidlər", "Ссылки"]),
    (
        "article.details",
        ["Article details", "Məqalə haqqında", "Сведения о статье"],
    ),
    (
        "article.more",
        ["More news", "Digər xəbərlər", "Другие новости"],
    ),
    (
        "article.newer",
        ["Newer article", "Daha yeni xəbər", "Более новая статья"],
    ),
    (
        "article.older",
        ["Older article", "Daha köhnə xəbər", "Более ранняя статья"],
    ),
    (
        "article.related",
        ["Related news", "Əlaqəli xəbərlər", "Похожие новости"],
    ),
    (
        "article.english_only",
        [
            "Articles are published in English.",
            "Məqalələr ingilis dilində dərc olunur.",
            "Статьи публикуются на английском языке.",
        ],
    ),
    // Careers.
    ("careers.title", ["Careers", "Karyera", "Карьера"]),
    (
        "careers.intro",
        [
            "Vacancies and internships at IOM Azerbaijan.",
            "IOM Azərbaycanda vakansiyalar və təcrübə proqramları.",
            "Вакансии и стажировки в МОМ в Азербайджане.",
        ],
    ),
    ("careers.kind.vacancy", ["Vacancy", "Vakansiya", "Вакансия"]),
    (
        "careers.kind.internship",
        ["Internship", "Təcrübə proqramı", "Стажировка"],
    ),
    (
        "careers.closes",
        ["Closing date", "Son müraciət tarixi", "Приём заявок до"],
    ),
    ("careers.location", ["Location", "Yer", "Место работы"]),
    (
        "careers.none",
        [
            "There are no open vacancies or internships at the moment.",
            "Hazırda açıq vakansiya və ya təcrübə proqramı yoxdur.",
            "Сейчас открытых вакансий и стажировок нет.",
        ],
    ),
    (
        "careers.contact",
        [
            "For questions about working with IOM Azerbaijan, contact the mission:",
            "IOM Azərbaycanda iş barədə suallarınız üçün nümayəndəliklə əlaqə saxlayın:",
            "По вопросам работы в МОМ в Азербайджане обращайтесь в представительство:",
        ],
    ),
];
