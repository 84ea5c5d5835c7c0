//! Small building blocks shared by the pages.

pub mod article_card;
pub mod blocks;
pub mod contact;
pub mod date_range;
pub mod error_screen;
pub mod external_link;
pub mod figure;
pub mod footer;
pub mod header;
pub mod lang_switch;
pub mod later;
pub mod link;
pub mod linked_names;
pub mod news_pager;
pub mod project_facts;
pub mod site_status;
pub mod skip_link;
