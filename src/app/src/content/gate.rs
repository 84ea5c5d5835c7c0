//! `ContentGate`: loads the core, shows a loading note meanwhile and a retryable error
//! screen when it fails, and renders its children with the content in context. It also
//! decides when the app takes the page over (see `takeover`).

use super::{fetch::fetch_file, Content, LoadError};
use crate::{components::error_screen::ErrorScreen, lang::text, takeover};
use leptos::{context::Provider, prelude::*, task::spawn_local};
use site_domain::{bundle::parse_core, shards::CORE_FILE};
use std::sync::Arc;

#[derive(Clone)]
enum CoreState {
    Loading,
    Failed(LoadError),
    Ready(Arc<Content>),
}

/// Renders its children once the content is there: `preloaded` (the build's prerendering) or
/// fetched (the browser). Meanwhile a loading note, and on failure a retryable error screen.
/// When loading settles either way, no page still waits for a file of its own (an article's)
/// and every part of the first render drawn later (`Later`) is there, the app takes the page
/// over from the prerendered HTML.
#[component]
pub fn ContentGate(preloaded: Option<Arc<Content>>, children: ChildrenFn) -> impl IntoView {
    // The build renders the page whole: no part is left for later.
    let parts = takeover::PartsToDraw::new();
    if preloaded.is_none() {
        provide_context(parts);
    }
    let state = RwSignal::new(match preloaded {
        Some(content) => CoreState::Ready(content),
        None => CoreState::Loading,
    });
    let load = move || {
        state.set(CoreState::Loading);
        spawn_local(async move {
            state.set(match fetch_file(CORE_FILE, parse_core).await {
                Ok(Some(core)) => CoreState::Ready(Arc::new(Content::new(core))),
                Ok(None) => CoreState::Failed(LoadError::Http(404)),
                Err(error) => CoreState::Failed(error),
            });
        });
    };
    if state.with_untracked(|state| matches!(state, CoreState::Loading)) {
        load();
    }
    Effect::new(move |_| {
        let settled = match state.get() {
            CoreState::Loading => false,
            CoreState::Failed(_) => true,
            CoreState::Ready(content) => !content.is_loading() && parts.all_drawn(),
        };
        // Asked again after the pages have rendered: a page may just have asked for its own
        // file (this effect runs again when that arrives).
        if settled {
            request_animation_frame(move || {
                let still_settled = match state.get_untracked() {
                    CoreState::Ready(content) => {
                        !content.is_loading_untracked() && parts.all_drawn_untracked()
                    }
                    _ => true,
                };
                if still_settled {
                    takeover::reveal_app();
                }
            });
        }
    });
    let children = StoredValue::new(children);
    move || match state.get() {
        CoreState::Loading => loading_note().into_any(),
        CoreState::Failed(error) => view! {
            <main id="main" class="page">
                <LoadFailed error on_retry=Callback::new(move |_| load())/>
            </main>
        }
        .into_any(),
        CoreState::Ready(content) => view! {
            <Provider value=content>{children.read_value()()}</Provider>
        }
        .into_any(),
    }
}

fn loading_note() -> impl IntoView {
    view! {
        <main id="main" class="page">
            <p class="loading" role="status">{text("load.loading")}</p>
        </main>
    }
}

/// A page's note while its own file (an article, the archive) is on its way.
pub fn page_loading_note() -> impl IntoView {
    view! { <p class="loading" role="status">{text("load.loading")}</p> }
}

/// Why a file could not be loaded, and a button to try again.
#[component]
pub fn LoadFailed(
    error: LoadError,
    on_retry: Callback<()>,
    /// Shown inside a page that keeps its own h1.
    #[prop(optional)]
    within_page: bool,
) -> impl IntoView {
    let lang = crate::lang::use_lang();
    view! {
        <ErrorScreen
            heading=text("error.load.heading")
            message=Signal::derive(move || error.message(lang.get()))
            on_retry
            within_page
        />
    }
}
