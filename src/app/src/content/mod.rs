//! The content, loaded as the pages need it (see `site_domain::shards`): the core when the
//! app starts, an article's file when its page opens, the news list when the news page opens,
//! the search's dictionary and pieces when a visitor searches the text (`search`).
//! `ContentGate` loads the core and renders the pages once it is there.

mod fetch;
mod gate;
mod search;

pub use fetch::LoadError;
pub use gate::{page_loading_note, ContentGate, LoadFailed};
use search::SearchState;
pub use search::{SearchOutcome, SearchStatus};

use crate::browser;
use fetch::fetch_file;
use leptos::{prelude::*, task::spawn_local};
use site_domain::{
    bundle::{parse_article_shard, parse_bundle, parse_core},
    search::SearchIndex,
    shards::{article_shard, ArticleShard, Core, CORE_FILE},
    Bundle,
};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// A file's state: asked for and on its way, failed, or there.
#[derive(Clone, Debug)]
pub enum Loaded<T> {
    Loading,
    Failed(LoadError),
    Ready(T),
}

/// The news list (`shards::news_list`; at build time the whole archive), with the index of
/// its facets: it is filtered and counted here; its text is searched with the search's
/// pieces (`Content::search`).
#[derive(Debug)]
pub struct Archive {
    pub bundle: Bundle,
    /// Built on first use, then kept for the session.
    facets: OnceLock<Arc<SearchIndex>>,
}

impl Archive {
    pub fn new(bundle: Bundle) -> Archive {
        Archive {
            bundle,
            facets: OnceLock::new(),
        }
    }

    /// The index of the facets (it searches no text): built once, not per visit or keystroke.
    pub fn facets_index(&self) -> Arc<SearchIndex> {
        self.facets
            .get_or_init(|| Arc::new(SearchIndex::facets_only(&self.bundle.articles)))
            .clone()
    }
}

/// An article's page as loaded: `None` when the content has no such article.
pub type ArticleState = Loaded<Option<Arc<ArticleShard>>>;

/// Everything the pages read. Only valid below `ContentGate`, i.e. in every page.
#[derive(Debug)]
pub struct Content {
    pub core: Core,
    /// The news list; `None` until asked for.
    list: ArcRwSignal<Option<Loaded<Arc<Archive>>>>,
    /// The whole archive: only at build time, where everything is at hand.
    archive: ArcRwSignal<Option<Loaded<Arc<Archive>>>>,
    search: ArcRwSignal<SearchState>,
    articles: ArcRwSignal<HashMap<String, ArticleState>>,
    /// Files on their way: the app takes the page over only when none is (`ContentGate`).
    loading: ArcRwSignal<usize>,
}

impl Content {
    /// The browser's content: the core; the rest is fetched when a page asks for it.
    pub fn new(core: Core) -> Content {
        Content {
            core,
            list: ArcRwSignal::new(None),
            archive: ArcRwSignal::new(None),
            search: ArcRwSignal::new(SearchState::default()),
            articles: ArcRwSignal::new(HashMap::new()),
            loading: ArcRwSignal::new(0),
        }
    }

    /// The build's content: everything at hand, nothing fetched.
    pub fn whole(bundle: Bundle, release: &str) -> Content {
        let content = Content::new(Core::of(&bundle, release));
        let archive = Some(Loaded::Ready(Arc::new(Archive::new(bundle))));
        content.list.set(archive.clone());
        content.archive.set(archive);
        content
    }

    /// Whether a file is still on its way (tracked).
    pub fn is_loading(&self) -> bool {
        self.loading.get() > 0
    }

    pub fn is_loading_untracked(&self) -> bool {
        self.loading.get_untracked() > 0
    }

    /// The news list's state (tracked); `None` until asked for with [`Self::want_news_list`].
    pub fn news_list(&self) -> Option<Loaded<Arc<Archive>>> {
        self.list.get()
    }

    /// Starts loading the news list unless it is there or on its way (a failed load is
    /// retried).
    pub fn want_news_list(&self) {
        let slot = &self.list;
        if matches!(
            slot.get_untracked(),
            Some(Loaded::Ready(_) | Loaded::Loading)
        ) {
            return;
        }
        slot.set(Some(Loaded::Loading));
        let slot = slot.clone();
        let file = self.core.list_file();
        let release = self.core.release.clone();
        self.fetching(async move {
            let state = match fetch_file(&file, parse_bundle).await {
                Ok(Some(bundle)) => Loaded::Ready(Arc::new(Archive::new(bundle))),
                Ok(None) if reloaded_for_new_release(&release).await => return,
                Ok(None) => Loaded::Failed(LoadError::Http(404)),
                Err(error) => Loaded::Failed(error),
            };
            slot.set(Some(state));
        });
    }

    /// Article `slug`'s page (tracked): from its loaded file, or from the archive when the
    /// archive is there. `Loading` until [`Self::want_article`] has brought it.
    pub fn article(&self, slug: &str) -> ArticleState {
        if let Some(state) = self.articles.with(|articles| articles.get(slug).cloned()) {
            return state;
        }
        match self.archive.get() {
            Some(Loaded::Ready(archive)) => {
                Loaded::Ready(article_shard(&archive.bundle, slug).map(Arc::new))
            }
            _ => Loaded::Loading,
        }
    }

    /// Starts loading article `slug`'s file unless the page can already be shown.
    pub fn want_article(&self, slug: &str) {
        let known = self.articles.with_untracked(|articles| {
            matches!(articles.get(slug), Some(Loaded::Ready(_) | Loaded::Loading))
        });
        let archived = matches!(self.archive.get_untracked(), Some(Loaded::Ready(_)));
        if known || archived {
            return;
        }
        let slug = slug.to_string();
        let set = {
            let articles = self.articles.clone();
            let slug = slug.clone();
            move |state: ArticleState| {
                articles.update(|articles| {
                    articles.insert(slug, state);
                })
            }
        };
        set.clone()(Loaded::Loading);
        let file = self.core.article_file(&slug);
        let release = self.core.release.clone();
        self.fetching(async move {
            set(match fetch_file(&file, parse_article_shard).await {
                Ok(None) if reloaded_for_new_release(&release).await => return,
                Ok(shard) => Loaded::Ready(shard.map(Arc::new)),
                Err(error) => Loaded::Failed(error),
            });
        });
    }

    /// Runs a fetch, counted in `loading` while it runs.
    fn fetching(&self, fetch: impl std::future::Future<Output = ()> + 'static) {
        let loading = self.loading.clone();
        loading.update(|count| *count += 1);
        spawn_local(async move {
            fetch.await;
            loading.update(|count| *count -= 1);
        });
    }
}

/// Called when a file of `release` is missing: if the site has been published again since this
/// page loaded its core (the host no longer has the old release's files), the page loads again
/// from the new release and this answers `true`. Otherwise the file really does not exist.
async fn reloaded_for_new_release(release: &str) -> bool {
    let replaced = matches!(
        fetch_file(CORE_FILE, parse_core).await,
        Ok(Some(core)) if core.release != release
    );
    if replaced {
        browser::reload_page();
    }
    replaced
}

/// The loaded content. Only valid below `ContentGate`, i.e. in every page.
pub fn use_content() -> Arc<Content> {
    expect_context::<Arc<Content>>()
}
