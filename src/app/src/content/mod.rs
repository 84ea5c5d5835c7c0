//! The content, loaded as the pages need it (see `site_domain::shards`): the core when the
//! app starts, an article's file when its page opens, the news list's start when the news
//! page opens, the whole list when a visitor filters, searches or asks for more, the
//! search's dictionary and pieces when a visitor searches the text (`search`).
//! `ContentGate` loads the core and renders the pages once it is there.

mod fetch;
mod gate;
mod search;

pub use fetch::LoadError;
pub use gate::{page_loading_note, ContentGate, LoadFailed};
use search::SearchState;
pub use search::{SearchOutcome, SearchStatus};

use crate::{browser, takeover};
use fetch::fetch_file;
use leptos::{prelude::*, task::spawn_local};
use site_domain::{
    bundle::{parse_article_shard, parse_bundle, parse_core, parse_news_start, BundleError},
    search::SearchIndex,
    shards::{article_shard, ArticleShard, Core, NewsStart, CORE_FILE},
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

    /// The list's start, as the build writes it beside the list.
    pub fn start(&self) -> NewsStart {
        NewsStart::of(&self.bundle, self.facets_index().facet_columns())
    }
}

/// An article's page as loaded: `None` when the content has no such article.
pub type ArticleState = Loaded<Option<Arc<ArticleShard>>>;

/// Everything the pages read. Only valid below `ContentGate`, i.e. in every page.
#[derive(Debug)]
pub struct Content {
    pub core: Core,
    /// The start of the news list; `None` until asked for.
    start: ArcRwSignal<Option<Loaded<Arc<NewsStart>>>>,
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
            start: ArcRwSignal::new(None),
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
        let archive = Arc::new(Archive::new(bundle));
        content
            .start
            .set(Some(Loaded::Ready(Arc::new(archive.start()))));
        let archive = Some(Loaded::Ready(archive));
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

    /// The news list's start (tracked); `None` until asked for with
    /// [`Self::want_news_start`].
    pub fn news_start(&self) -> Option<Loaded<Arc<NewsStart>>> {
        self.start.get()
    }

    /// Starts loading the news list's start unless it is there or on its way (a failed load
    /// is retried); made from the list instead when the list is there.
    pub fn want_news_start(&self) {
        if let (None | Some(Loaded::Failed(_)), Some(Loaded::Ready(list))) =
            (self.start.get_untracked(), self.list.get_untracked())
        {
            self.start.set(Some(Loaded::Ready(Arc::new(list.start()))));
            return;
        }
        self.load_once(&self.start, self.core.news_start_file(), parse_news_start);
    }

    /// The news list's state (tracked); `None` until asked for with [`Self::want_news_list`].
    pub fn news_list(&self) -> Option<Loaded<Arc<Archive>>> {
        self.list.get()
    }

    pub fn news_list_untracked(&self) -> Option<Loaded<Arc<Archive>>> {
        self.list.get_untracked()
    }

    /// Starts loading the news list unless it is there or on its way (a failed load is
    /// retried).
    pub fn want_news_list(&self) {
        self.load_once(&self.list, self.core.list_file(), parse_archive);
    }

    /// Starts loading the news list ahead of need, unless it has been asked for already: a
    /// failed list is tried again only when the visitor needs it (or says so), never behind
    /// their back, so a failure stays said until then. Not before the app shows the page: its
    /// takeover waits for every file on its way, and must not wait for this one.
    pub fn prefetch_news_list(self: &Arc<Self>) {
        let content = Arc::clone(self);
        takeover::after_reveal(move || {
            if content.list.get_untracked().is_none() {
                content.want_news_list();
            }
        });
    }

    /// Loads `file` into `slot` with `parse`, unless it is there or on its way.
    fn load_once<T: Send + Sync + 'static>(
        &self,
        slot: &ArcRwSignal<Option<Loaded<Arc<T>>>>,
        file: String,
        parse: fn(&str) -> Result<T, BundleError>,
    ) {
        if matches!(
            slot.get_untracked(),
            Some(Loaded::Ready(_) | Loaded::Loading)
        ) {
            return;
        }
        slot.set(Some(Loaded::Loading));
        let slot = slot.clone();
        let release = self.core.release.clone();
        self.fetching(async move {
            let state = match fetch_file(&file, parse).await {
                Ok(Some(value)) => Loaded::Ready(Arc::new(value)),
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

fn parse_archive(json: &str) -> Result<Archive, BundleError> {
    parse_bundle(json).map(Archive::new)
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
