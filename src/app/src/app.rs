//! The app shell: host facts, language, router, header, the content gate, the page, footer.

use crate::{
    browser,
    components::{
        footer::Footer,
        header::Header,
        site_status::{ConnectionNote, UpdateNotice},
        skip_link::SkipLink,
    },
    content::{Content, ContentGate},
    host::{provide_host, Host},
    kiosk::{provide_kiosk, KioskShell},
    lang::provide_lang,
    routing::RoutedPage,
    title::DocumentTitle,
};
use leptos::prelude::*;
use leptos_router::{components::Router, hooks::use_location};
use std::sync::Arc;
use std::time::Duration;

/// The whole site. `preloaded` is the content when the build renders a page; the browser
/// passes `None` and the app fetches it.
#[component]
pub fn App(host: Host, preloaded: Option<Arc<Content>>) -> impl IntoView {
    let base = host.base.clone();
    let kiosk = host.kiosk;
    provide_lang(host.lang);
    provide_kiosk(kiosk);
    provide_host(host);
    view! {
        <Router base=base>
            <FocusHeadingOnNavigation/>
            <SkipLink/>
            <Header/>
            <ContentGate preloaded=preloaded>
                <DocumentTitle/>
                <main id="main" class="page wrap">
                    <RoutedPage/>
                </main>
                <Footer/>
                {kiosk.then(|| view! { <KioskShell/> })}
            </ContentGate>
            <div class="site-notices" aria-live="polite">
                <UpdateNotice/>
                <ConnectionNote/>
            </div>
        </Router>
    }
}

/// After a client-side navigation to another path, focus goes to the new page's h1 so screen
/// readers announce it; not on first load (the browser starts at the top) nor when only the
/// query changes (news filters keep focus where the visitor is).
#[component]
fn FocusHeadingOnNavigation() -> impl IntoView {
    let pathname = use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let current = pathname.get();
        if previous.is_some_and(|previous| previous != current) {
            let path = current.clone();
            request_animation_frame(move || focus_heading_once_drawn(path, pathname, 30));
        }
        current
    });
}

/// Focuses the page's h1 now, or, for a page still waiting for its content file, once it is
/// drawn: tried every 100 ms, `attempts` times, while the visitor stays on `path`.
fn focus_heading_once_drawn(path: String, pathname: Memo<String>, attempts: u32) {
    if attempts == 0 || pathname.get_untracked() != path || browser::focus_main_heading() {
        return;
    }
    set_timeout(
        move || focus_heading_once_drawn(path, pathname, attempts - 1),
        Duration::from_millis(100),
    );
}
