//! Interface text of kiosk mode: the idle countdown, the attract loop, QR codes, the on-screen
//! keyboard.

use super::Entry;

pub const ENTRIES: &[Entry] = &[
    (
        "kiosk.still_there",
        ["Still there?", "Hələ buradasınız?", "Вы ещё здесь?"],
    ),
    (
        "kiosk.starting_over",
        [
            "The screen starts over in {n} seconds.",
            "Ekran {n} saniyədən sonra əvvələ qayıdacaq.",
            "Через {n} с экран вернётся к началу.",
        ],
    ),
    ("kiosk.stay", ["I am still here", "Buradayam", "Я здесь"]),
    (
        "kiosk.touch_to_start",
        [
            "Touch the screen to start",
            "Başlamaq üçün ekrana toxunun",
            "Коснитесь экрана, чтобы начать",
        ],
    ),
    (
        "kiosk.release",
        ["Release {id}", "Buraxılış {id}", "Выпуск {id}"],
    ),
    (
        "kiosk.scan",
        [
            "Scan this code with your phone to open it:",
            "Açmaq üçün bu kodu telefonunuzla skan edin:",
            "Отсканируйте код телефоном, чтобы открыть:",
        ],
    ),
    (
        "kiosk.read_on_phone",
        [
            "Read this on your phone",
            "Bunu telefonunuzda oxuyun",
            "Читайте это на телефоне",
        ],
    ),
    ("kiosk.close", ["Close", "Bağla", "Закрыть"]),
    (
        "kiosk.keyboard",
        [
            "On-screen keyboard",
            "Ekran klaviaturası",
            "Экранная клавиатура",
        ],
    ),
    ("kiosk.key.space", ["Space", "Boşluq", "Пробел"]),
    (
        "kiosk.key.backspace",
        [
            "Delete the last letter",
            "Son hərfi sil",
            "Стереть последнюю букву",
        ],
    ),
    ("kiosk.key.clear", ["Clear", "Təmizlə", "Очистить"]),
];
