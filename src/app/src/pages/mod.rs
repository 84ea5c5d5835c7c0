//! One file per page; which page an address shows is decided in `routing.rs`.

pub mod about;
pub mod article;
pub mod careers;
pub mod home;
pub mod news;
pub mod news_archive;
pub mod not_found;
pub mod project;
pub mod projects;
