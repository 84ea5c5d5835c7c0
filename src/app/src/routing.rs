//! Which page to show: the address read with the domain's route table (`site_domain::routes`),
//! the one the build writes every page, the sitemap and the feed from. The app keeps no second
//! list of paths, and carries none of the router's pattern matching (Leptos' `<Routes>`): the
//! router here only keeps the address, its history and the links.

use crate::host::use_host;
use crate::pages::{
    about::AboutPage, article::ArticlePage, careers::CareersPage, home::HomePage, news::NewsPage,
    news_archive::NewsArchivePage, not_found::NotFoundPage, project::ProjectPage,
    projects::ProjectsPage,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use site_domain::routes::Route;

/// The page the address names (`None`: not a page of the site). Changes with the path only:
/// the news list's query is that page's own state, read by it.
pub fn use_route() -> Memo<Option<Route>> {
    let base = use_host().base;
    let pathname = use_location().pathname;
    Memo::new(move |_| pathname.with(|path| Route::from_path_under(&base, path)))
}

/// The page the address names, drawn again when the path names another page.
#[component]
pub fn RoutedPage() -> impl IntoView {
    let route = use_route();
    complete_navigations();
    move || match route.get() {
        Some(Route::Home) => view! { <HomePage/> }.into_any(),
        Some(Route::About) => view! { <AboutPage/> }.into_any(),
        Some(Route::Projects) => view! { <ProjectsPage/> }.into_any(),
        Some(Route::Project(slug)) => view! { <ProjectPage slug/> }.into_any(),
        Some(Route::News(_)) => view! { <NewsPage/> }.into_any(),
        Some(Route::NewsArchive(page)) => view! { <NewsArchivePage page/> }.into_any(),
        Some(Route::Article(slug)) => view! { <ArticlePage slug/> }.into_any(),
        Some(Route::Careers) => view! { <CareersPage/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The router puts a link's address in the address bar (and scrolls) only once the routes say
/// the new page is drawn; with no `<Routes>`, this says so after each change of path. (A
/// change of the query alone is completed by the router at once.)
fn complete_navigations() {
    #[cfg(feature = "csr")]
    {
        use leptos_router::location::{BrowserUrl, LocationProvider};
        let pathname = use_location().pathname;
        if let Some(browser_url) = use_context::<BrowserUrl>() {
            Effect::new(move |_| {
                pathname.track();
                browser_url.ready_to_complete();
            });
        }
    }
}
