//! Loading the content bundle, and handing it to the pages once it is loaded.
//!
//! `ContentGate` fetches `content.json`, shows a loading note meanwhile and a retryable
//! error screen when it fails, and renders its children with the content in context.

use crate::{browser, components::error_screen::ErrorScreen, lang::text, takeover};
use gloo_net::http::Request;
use leptos::{context::Provider, prelude::*, task::spawn_local};
use site_domain::{
    bundle::{parse_bundle, BundleError},
    i18n::{self, fill, Lang},
    search::SearchIndex,
    Bundle,
};
use std::{
    cell::Cell,
    rc::Rc,
    sync::{Arc, OnceLock},
    time::Duration,
};

/// A slow server gets this long before the visitor is told and offered a retry.
const FETCH_TIMEOUT: Duration = Duration::from_secs(10);

/// Everything the pages read, loaded once.
#[derive(Debug)]
pub struct Content {
    pub bundle: Bundle,
    /// Built on first use (only /news searches), then kept for the session.
    search_index: OnceLock<Arc<SearchIndex>>,
}

impl Content {
    pub fn new(bundle: Bundle) -> Content {
        Content {
            bundle,
            search_index: OnceLock::new(),
        }
    }

    /// The search index of this bundle: built once, not per visit or keystroke.
    pub fn search_index(&self) -> Arc<SearchIndex> {
        self.search_index
            .get_or_init(|| Arc::new(SearchIndex::for_bundle(&self.bundle)))
            .clone()
    }
}

/// The loaded content. Only valid below `ContentGate`, i.e. in every page.
pub fn use_content() -> Arc<Content> {
    expect_context::<Arc<Content>>()
}

/// Why the content could not be shown; each has its own translated explanation.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Timeout,
    Network(String),
    Http(u16),
    Bundle(BundleError),
}

impl LoadError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::Timeout => i18n::t(lang, "error.load.timeout").to_string(),
            LoadError::Network(_) => i18n::t(lang, "error.load.network").to_string(),
            LoadError::Http(status) => fill(
                i18n::t(lang, "error.load.http"),
                &[("status", &status.to_string())],
            ),
            LoadError::Bundle(BundleError::WrongVersion { found, expected }) => fill(
                i18n::t(lang, "error.load.version"),
                &[
                    ("found", &found.to_string()),
                    ("expected", &expected.to_string()),
                ],
            ),
            LoadError::Bundle(_) => i18n::t(lang, "error.load.format").to_string(),
        }
    }
}

async fn fetch_bundle() -> Result<Bundle, LoadError> {
    let url = browser::content_url();
    let controller = web_sys::AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    let timer = controller.clone().map(|controller| {
        let timed_out = Rc::clone(&timed_out);
        let abort = move || {
            timed_out.set(true);
            controller.abort();
        };
        set_timeout_with_handle(abort, FETCH_TIMEOUT).ok()
    });
    let signal = controller.as_ref().map(|c| c.signal());
    let outcome = async {
        let response = Request::get(&url)
            .abort_signal(signal.as_ref())
            .send()
            .await
            .map_err(|error| LoadError::Network(error.to_string()))?;
        if !response.ok() {
            return Err(LoadError::Http(response.status()));
        }
        // The body is read under the same timeout: the abort also stops a stalled download.
        let text = response
            .text()
            .await
            .map_err(|error| LoadError::Network(error.to_string()))?;
        parse_bundle(&text).map_err(LoadError::Bundle)
    }
    .await;
    if let Some(Some(handle)) = timer {
        handle.clear();
    }
    match outcome {
        Err(LoadError::Network(_)) if timed_out.get() => Err(LoadError::Timeout),
        other => other,
    }
}

#[derive(Clone)]
enum LoadState {
    Loading,
    Failed(LoadError),
    Ready(Arc<Content>),
}

/// Renders its children once the content is there: `preloaded` (the build's prerendering) or
/// fetched (the browser). Meanwhile a loading note, and on failure a retryable error screen.
/// When loading settles either way, the app takes the page over from the prerendered HTML.
#[component]
pub fn ContentGate(preloaded: Option<Arc<Content>>, children: ChildrenFn) -> impl IntoView {
    let state = RwSignal::new(match preloaded {
        Some(content) => LoadState::Ready(content),
        None => LoadState::Loading,
    });
    let load = move || {
        state.set(LoadState::Loading);
        spawn_local(async move {
            let outcome = fetch_bundle().await;
            state.set(match outcome {
                Ok(bundle) => LoadState::Ready(Arc::new(Content::new(bundle))),
                Err(error) => {
                    leptos::logging::error!("Could not load {}: {error:?}", browser::content_url());
                    LoadState::Failed(error)
                }
            });
        });
    };
    if state.with_untracked(|state| matches!(state, LoadState::Loading)) {
        load();
    }
    Effect::new(move |_| {
        if !matches!(state.get(), LoadState::Loading) {
            takeover::reveal_app();
        }
    });
    let lang = crate::lang::use_lang();
    let children = StoredValue::new(children);
    move || match state.get() {
        LoadState::Loading => view! {
            <main id="main" class="page">
                <p class="loading" role="status">{text("load.loading")}</p>
            </main>
        }
        .into_any(),
        LoadState::Failed(error) => view! {
            <main id="main" class="page">
                <ErrorScreen
                    heading=text("error.load.heading")
                    message=Signal::derive(move || error.message(lang.get()))
                    on_retry=Callback::new(move |_| load())
                />
            </main>
        }
        .into_any(),
        LoadState::Ready(content) => view! {
            <Provider value=content>{children.read_value()()}</Provider>
        }
        .into_any(),
    }
}
