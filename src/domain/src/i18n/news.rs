//! Interface text of the news list: search, filters, result counts.

use super::Entry;

pub const ENTRIES: &[Entry] = &[
    ("news.heading", ["News", "Xəbərlər", "Новости"]),
    (
        "news.description",
        [
            "News from the IOM mission in Azerbaijan.",
            "IOM-un Azərbaycandakı nümayəndəliyinin xəbərləri.",
            "Новости представительства МОМ в Азербайджане.",
        ],
    ),
    (
        "news.needs_app",
        [
            "Searching and filtering the news needs JavaScript and WebAssembly. All the news is listed below and on the pages after it, newest first.",
            "Xəbərlərdə axtarış və süzgəc üçün JavaScript və WebAssembly lazımdır. Bütün xəbərlər aşağıda və növbəti səhifələrdə, ən yenisi birinci olmaqla verilib.",
            "Для поиска и фильтров нужны JavaScript и WebAssembly. Ниже и на следующих страницах перечислены все новости, начиная с самых новых.",
        ],
    ),
    ("news.search.label", ["Search the news", "Xəbərlərdə axtarış", "Поиск по новостям"]),
    (
        "news.search.hint",
        [
            "Results update as you type. Accents and letter case do not matter.",
            "Nəticələr yazdıqca yenilənir. Hərflərin böyük-kiçik yazılışı və diakritik işarələr fərq etmir.",
            "Результаты обновляются по мере ввода. Регистр и диакритические знаки не важны.",
        ],
    ),
    ("news.filters.heading", ["Filter the news", "Xəbərləri süzgəcdən keçir", "Фильтры новостей"]),
    ("news.facet.year", ["Year", "İl", "Год"]),
    ("news.facet.topic", ["Topic", "Mövzu", "Тема"]),
    ("news.facet.project", ["Project", "Layihə", "Проект"]),
    ("news.facet.donor", ["Donor", "Donor", "Донор"]),
    ("news.facet.place", ["Place", "Yer", "Место"]),
    ("news.clear_all", ["Clear search and filters", "Axtarışı və filtrləri təmizlə", "Сбросить поиск и фильтры"]),
    ("news.clear_filters", ["Remove all filters", "Bütün filtrləri götür", "Убрать все фильтры"]),
    ("news.remove_filter", ["Remove filter: {name}", "Filtri götür: {name}", "Убрать фильтр: {name}"]),
    ("news.unknown_value", ["{value} (not found)", "{value} (tapılmadı)", "{value} (не найдено)"]),
    ("news.count.all", ["All news: {total}", "Bütün xəbərlər: {total}", "Все новости: {total}"]),
    ("news.count.found", ["Found: {count} of {total}", "Tapıldı: {count} / {total}", "Найдено: {count} из {total}"]),
    ("news.empty.heading", ["No news found", "Heç bir xəbər tapılmadı", "Новости не найдены"]),
    (
        "news.empty.text",
        [
            "No article matches the search “{q}”.",
            "“{q}” axtarışına uyğun məqalə yoxdur.",
            "Нет статей по запросу «{q}».",
        ],
    ),
    (
        "news.empty.filters",
        [
            "Active filters: {filters}.",
            "Aktiv filtrlər: {filters}.",
            "Активные фильтры: {filters}.",
        ],
    ),
    ("news.empty.none", ["There is no news yet.", "Hələ xəbər yoxdur.", "Новостей пока нет."]),
    ("news.show_more", ["Show more news", "Daha çox xəbər göstər", "Показать ещё новости"]),
    ("news.pages.label", ["Pages of the news", "Xəbər səhifələri", "Страницы новостей"]),
    ("news.pages.newer", ["Newer news", "Daha yeni xəbərlər", "Более новые новости"]),
    ("news.pages.older", ["Older news", "Daha köhnə xəbərlər", "Более старые новости"]),
    ("news.pages.current", ["Page {page} of {pages}", "Səhifə {page} / {pages}", "Страница {page} из {pages}"]),
    ("news.archive.heading", ["News, page {page}", "Xəbərlər, səhifə {page}", "Новости, страница {page}"]),
    ("news.undated", ["Date not given", "Tarix göstərilməyib", "Дата не указана"]),
];
