//! One file per page; the URL each serves is listed in `app.rs`.

pub mod about;
pub mod article;
pub mod careers;
pub mod home;
pub mod news;
pub mod news_archive;
pub mod not_found;
pub mod project;
pub mod projects;
