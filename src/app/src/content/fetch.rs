//! Fetching one file of the content, with a time limit and an explanation for each failure.

use crate::browser;
use gloo_net::http::Request;
use leptos::prelude::*;
use site_domain::{
    bundle::BundleError,
    i18n::{self, fill, Lang},
};
use std::{cell::Cell, rc::Rc, time::Duration};

/// A slow server gets this long before the visitor is told and offered a retry.
const FETCH_TIMEOUT: Duration = Duration::from_secs(10);

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

/// Fetches `file` (relative to the site's root) and reads it with `parse`; a missing file is
/// `Ok(None)`, so a page can tell "no such article" from a failure. Returns in a task after
/// the reading: what the caller draws with the file does not lengthen the reading's task
/// (long tasks are what keep a page from answering input, and what Lighthouse's TBT counts).
pub async fn fetch_file<T>(
    file: &str,
    parse: fn(&str) -> Result<T, BundleError>,
) -> Result<Option<T>, LoadError> {
    let Some(body) = fetch_body(file, BodyKind::Text).await? else {
        return Ok(None);
    };
    let text = String::from_utf8(body)
        .map_err(|_| LoadError::Bundle(BundleError::NotJson("not UTF-8".into())))?;
    let parsed = parse(&text).map(Some).map_err(LoadError::Bundle);
    browser::next_task().await;
    parsed
}

/// [`fetch_file`] for a binary file (the search's pieces).
pub async fn fetch_binary<T>(
    file: &str,
    parse: impl FnOnce(&[u8]) -> Result<T, String>,
) -> Result<Option<T>, LoadError> {
    let Some(bytes) = fetch_body(file, BodyKind::Binary).await? else {
        return Ok(None);
    };
    let parsed =
        parse(&bytes).map_err(|problem| LoadError::Bundle(BundleError::Malformed(problem)));
    parsed.map(Some)
}

#[derive(Clone, Copy, PartialEq)]
enum BodyKind {
    Text,
    Binary,
}

/// Fetches `file`'s body, under the time limit. Not generic: one copy of this in the app
/// serves every kind of file.
async fn fetch_body(file: &str, kind: BodyKind) -> Result<Option<Vec<u8>>, LoadError> {
    let url = browser::site_file_url(file);
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
        let network = |error: gloo_net::Error| LoadError::Network(error.to_string());
        let response = Request::get(&url)
            .abort_signal(signal.as_ref())
            .send()
            .await
            .map_err(network)?;
        if response.status() == 404 {
            return Ok(None);
        }
        if !response.ok() {
            return Err(LoadError::Http(response.status()));
        }
        // The body is read under the same timeout: the abort also stops a stalled download.
        let body = match kind {
            BodyKind::Text => response.text().await.map(String::into_bytes),
            BodyKind::Binary => response.binary().await,
        };
        body.map(Some).map_err(network)
    }
    .await;
    if let Some(Some(handle)) = timer {
        handle.clear();
    }
    match outcome {
        Err(LoadError::Network(_)) if timed_out.get() => Err(LoadError::Timeout),
        Err(error) => {
            // Said in English for whoever reads the console; a network error's own words too.
            let why = match &error {
                LoadError::Network(why) => why.clone(),
                other => other.message(Lang::En),
            };
            leptos::logging::error!("Could not load {url}: {why}");
            Err(error)
        }
        found => found,
    }
}
