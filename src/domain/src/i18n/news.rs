//! Interface text of the news list: search, filters, result counts.

use super::Entry;

pub const ENTRIES: &[Entry] = &[
    ("news.heading", ["News", "Xəbərlər", "Новости"]),
];
