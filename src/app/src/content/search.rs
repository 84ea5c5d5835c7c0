//! The search's files as the news page needs them (see `site_domain::search::SearchPieces`):
//! the dictionary when a visitor first searches (or puts the cursor in the box), then the
//! pieces each query's words need, each loaded once. The archive itself is never loaded.

use super::fetch::fetch_binary;
use super::{reloaded_for_new_release, Content, LoadError, Loaded};
use leptos::prelude::*;
use site_domain::search::{Highlighter, SearchHit, SearchPieces};

/// The search's files so far.
#[derive(Clone, Debug, Default)]
pub struct SearchState {
    /// The dictionary with the pieces loaded so far; `None` until asked for.
    index: Option<Loaded<SearchPieces>>,
    /// Pieces on their way.
    loading: Vec<usize>,
    /// Why the last piece could not be loaded, until the visitor tries again.
    failed: Option<LoadError>,
}

/// Whether a query's search can run now.
#[derive(Clone, Debug, PartialEq)]
pub enum SearchStatus {
    /// The dictionary or a piece the query needs is on its way.
    Waiting,
    Failed(LoadError),
    Ready,
}

/// What the search for a query gives at the moment.
#[derive(Clone, Debug)]
pub enum SearchOutcome {
    /// The dictionary or a piece the query needs is on its way.
    Waiting,
    Failed(LoadError),
    Found(Vec<SearchHit>, Highlighter),
}

impl Content {
    /// Starts loading the search's dictionary unless it is there or on its way (a failed load
    /// is retried).
    pub fn want_search(&self) {
        let asked = self.search.with_untracked(|search| {
            matches!(search.index, Some(Loaded::Ready(_) | Loaded::Loading))
        });
        if asked {
            return;
        }
        self.search
            .update(|search| search.index = Some(Loaded::Loading));
        let search = self.search.clone();
        let file = self.core.search_dictionary_file();
        let release = self.core.release.clone();
        self.fetching(async move {
            let state = match fetch_binary(&file, SearchPieces::read).await {
                Ok(Some(pieces)) => Loaded::Ready(pieces),
                Ok(None) if reloaded_for_new_release(&release).await => return,
                Ok(None) => Loaded::Failed(LoadError::Http(404)),
                Err(error) => Loaded::Failed(error),
            };
            search.update(|search| search.index = Some(state));
        });
    }

    /// Starts loading the pieces `query` needs that are neither there nor on their way.
    pub fn want_search_pieces(&self, query: &str) {
        let wanted: Vec<usize> = self.search.with_untracked(|search| match &search.index {
            Some(Loaded::Ready(pieces)) if search.failed.is_none() => pieces
                .missing_pieces(query)
                .into_iter()
                .filter(|piece| !search.loading.contains(piece))
                .collect(),
            _ => Vec::new(),
        });
        for piece in wanted {
            self.search.update(|search| {
                search.loading.push(piece);
            });
            let search = self.search.clone();
            let file = self.core.search_piece_file(piece);
            let release = self.core.release.clone();
            self.fetching(async move {
                let outcome = fetch_binary(&file, |bytes| Ok(bytes.to_vec())).await;
                let failure = match outcome {
                    Ok(Some(bytes)) => {
                        let mut problem = None;
                        search.update(|search| {
                            if let Some(Loaded::Ready(pieces)) = &mut search.index {
                                problem = pieces.add_piece(piece, &bytes).err();
                            }
                        });
                        problem.map(|problem| {
                            LoadError::Bundle(site_domain::bundle::BundleError::Malformed(problem))
                        })
                    }
                    Ok(None) if reloaded_for_new_release(&release).await => return,
                    Ok(None) => Some(LoadError::Http(404)),
                    Err(error) => Some(error),
                };
                search.update(|search| {
                    search.loading.retain(|&loading| loading != piece);
                    if failure.is_some() {
                        search.failed = failure;
                    }
                });
            });
        }
    }

    /// Forgets a failure and loads what `query` needs again.
    pub fn retry_search(&self, query: &str) {
        self.search.update(|search| search.failed = None);
        self.want_search();
        self.want_search_pieces(query);
    }

    /// Whether the search for `query` can run (tracked); cheaper than running it.
    pub fn search_status(&self, query: &str) -> SearchStatus {
        self.search
            .with(|search| match (&search.index, &search.failed) {
                (Some(Loaded::Failed(error)), _) | (_, Some(error)) => {
                    SearchStatus::Failed(error.clone())
                }
                (Some(Loaded::Ready(pieces)), None) if pieces.missing_pieces(query).is_empty() => {
                    SearchStatus::Ready
                }
                _ => SearchStatus::Waiting,
            })
    }

    /// The search for `query` with what is loaded (tracked): it changes as files arrive.
    pub fn search(&self, query: &str) -> SearchOutcome {
        self.search
            .with(|search| match (&search.index, &search.failed) {
                (Some(Loaded::Failed(error)), _) | (_, Some(error)) => {
                    SearchOutcome::Failed(error.clone())
                }
                (Some(Loaded::Ready(pieces)), None) => {
                    match pieces.search_with_highlighter(query) {
                        Some((hits, highlighter)) => SearchOutcome::Found(hits, highlighter),
                        None => SearchOutcome::Waiting,
                    }
                }
                _ => SearchOutcome::Waiting,
            })
    }
}
