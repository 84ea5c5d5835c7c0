//! Interface text shared by every page: navigation, footer, errors. Owned by the app shell.

use super::Entry;

pub const ENTRIES: &[Entry] = &[
    // Brand and page titles ("News — IOM Azerbaijan").
    ("site.name", ["IOM Azerbaijan", "IOM Azərbaycan", "МОМ в Азербайджане"]),
    ("site.title_pattern", ["{page} — {site}", "{page} — {site}", "{page} — {site}"]),
    // Header and navigation.
    ("skip.to_main", ["Skip to main content", "Əsas məzmuna keç", "Перейти к основному содержанию"]),
    ("nav.label", ["Main navigation", "Əsas naviqasiya", "Основная навигация"]),
    ("nav.about", ["About", "Haqqımızda", "О нас"]),
    ("nav.projects", ["Projects", "Layihələr", "Проекты"]),
    ("nav.news", ["News", "Xəbərlər", "Новости"]),
    ("nav.careers", ["Careers", "Karyera", "Карьера"]),
    ("lang.label", ["Language", "Dil", "Язык"]),
    // Footer and contact details.
    ("footer.contact", ["Contact", "Əlaqə", "Контакты"]),
    ("contact.address", ["Address", "Ünvan", "Адрес"]),
    ("contact.phone", ["Phone", "Telefon", "Телефон"]),
    ("contact.fax", ["Fax", "Faks", "Факс"]),
    // Dates and links.
    ("date.undated", ["Date not stated", "Tarix göstərilməyib", "Дата не указана"]),
    ("link.new_tab", ["(opens in a new tab)", "(yeni vərəqdə açılır)", "(откроется в новой вкладке)"]),
    // Loading the content and its failures.
    ("load.loading", ["Loading…", "Yüklənir…", "Загрузка…"]),
    (
        "error.load.heading",
        [
            "The site's content could not be loaded",
            "Saytın məzmunu yüklənmədi",
            "Не удалось загрузить содержимое сайта",
        ],
    ),
    (
        "error.load.network",
        [
            "The content could not be downloaded. Check your internet connection and try again.",
            "Məzmunu yükləmək mümkün olmadı. İnternet bağlantınızı yoxlayın və yenidən cəhd edin.",
            "Не удалось скачать содержимое. Проверьте подключение к интернету и попробуйте ещё раз.",
        ],
    ),
    (
        "error.load.timeout",
        [
            "The server took more than 10 seconds to answer. Try again in a moment.",
            "Server 10 saniyədən çox cavab vermədi. Bir azdan yenidən cəhd edin.",
            "Сервер не ответил за 10 секунд. Попробуйте ещё раз чуть позже.",
        ],
    ),
    (
        "error.load.http",
        [
            "The server answered with error {status} instead of the content.",
            "Server məzmun əvəzinə {status} xətası qaytardı.",
            "Вместо содержимого сервер вернул ошибку {status}.",
        ],
    ),
    (
        "error.load.format",
        [
            "The content file is damaged or incomplete, so it cannot be read.",
            "Məzmun faylı zədələnib və ya natamamdır, ona görə oxunmur.",
            "Файл содержимого повреждён или неполон, поэтому его нельзя прочитать.",
        ],
    ),
    (
        "error.load.version",
        [
            "The content file has format version {found}, but this site reads version {expected}. Reloading the page may fetch the matching version.",
            "Məzmun faylının format versiyası {found}, sayt isə {expected} versiyasını oxuyur. Səhifəni yeniləmək uyğun versiyanı yükləyə bilər.",
            "У файла содержимого версия формата {found}, а сайт читает версию {expected}. Перезагрузка страницы может загрузить подходящую версию.",
        ],
    ),
    ("error.retry", ["Try again", "Yenidən cəhd edin", "Повторить попытку"]),
    ("error.crash.heading", ["Something went wrong", "Xəta baş verdi", "Что-то пошло не так"]),
    (
        "error.crash.text",
        [
            "The page stopped working because of an error in the site. Trying again reloads the page.",
            "Saytdakı xəta səbəbindən səhifə işləmir. Yenidən cəhd etdikdə səhifə yenilənəcək.",
            "Страница перестала работать из-за ошибки на сайте. Повторная попытка перезагрузит страницу.",
        ],
    ),
    // A photo's credit, before the name of who took or owns it.
    ("figure.credit", ["Photo:", "Foto:", "Фото:"]),
    // Offline use (see public/boot.js).
    (
        "release.update",
        [
            "A new version of the site is available.",
            "Saytın yeni versiyası hazırdır.",
            "Доступна новая версия сайта.",
        ],
    ),
    ("release.reload", ["Reload", "Yenilə", "Обновить"]),
    (
        "connection.offline",
        [
            "Offline: you are reading the copy of the site saved on this device.",
            "Şəbəkə yoxdur: saytın bu cihazda saxlanmış nüsxəsini oxuyursunuz.",
            "Нет сети: вы читаете копию сайта, сохранённую на этом устройстве.",
        ],
    ),
    // The "not found" page.
    ("notfound.title", ["Page not found", "Səhifə tapılmadı", "Страница не найдена"]),
    (
        "notfound.text",
        [
            "There is no page at this address. It may have been moved, or the address may be mistyped.",
            "Bu ünvanda səhifə yoxdur. O köçürülmüş ola bilər və ya ünvan səhv yazılıb.",
            "По этому адресу страницы нет. Возможно, она перемещена или в адресе опечатка.",
        ],
    ),
    ("notfound.home", ["Go to the home page", "Ana səhifəyə keçin", "Перейти на главную"]),
    ("notfound.news", ["Browse the news", "Xəbərlərə baxın", "Посмотреть новости"]),
];
