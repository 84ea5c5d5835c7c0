//! Interface text shared by every page: navigation, footer, errors. Owned by the app shell.

use super::Entry;

pub const ENTRIES: &[Entry] = &[
    ("nav.home", ["Home", "Ana səhifə", "Главная"]),
];
