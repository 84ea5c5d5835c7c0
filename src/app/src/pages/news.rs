//! `/news`: the news list with full-text search and filters, all in the browser.
//!
//! The URL query is the state (`q`, `year`, `topic`, `project`, `donor`, `place`), so every
//! view is shareable and reloadable and back/forward walk through it. Typing replaces the
//! current history entry (no entry per keystroke); ticking a filter or clearing pushes one,
//! so Back undoes the last filter change.

use crate::browser;
use crate::components::link::{site_href, Link};
use crate::content::use_content;
use crate::lang::use_lang;
use crate::title::use_page_title;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use site_domain::date_format::format_range;
use site_domain::i18n::{fill, t, Lang};
use site_domain::news_query::{run, Facet, FacetOption, NewsQuery, NewsResults};
use site_domain::search::{Highlighter, Segment};
use site_domain::Article;

/// Results shown at first and added by each "Show more".
const PAGE_SIZE: usize = 20;
/// Length of the body snippet under each title, in characters.
const SNIPPET_CHARS: usize = 180;
/// Where the filters sit beside the results (matches the breakpoint in style/main.css).
const WIDE_SCREEN: &str = "(min-width: 48.01rem)";

#[component]
pub fn NewsPage() -> impl IntoView {
    let content = use_content();
    let lang: Signal<Lang> = use_lang().into();
    let index = content.search_index();
    use_page_title(|lang| Some(t(lang, "news.heading").to_string()));

    let location = use_location();
    let query = Memo::new(move |_| NewsQuery::from_query_string(&location.search.get()));
    let results = {
        let (content, index) = (content.clone(), index.clone());
        Memo::new(move |_| query.with(|query| run(&content.bundle, &index, query)))
    };

    let navigate = use_navigate();
    let go = Callback::new(move |(next, replace): (NewsQuery, bool)| {
        navigate(
            &site_href(&next.url()),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    });

    // What the search box shows; follows the URL when it changes from elsewhere (back/forward,
    // clear), but never rewrites what the visitor is typing (e.g. a trailing space).
    let typed = RwSignal::new(query.get_untracked().q);
    Effect::new(move |_| {
        let from_url = query.with(|query| query.q.clone());
        if typed.with_untracked(|typed| typed.trim() != from_url.trim()) {
            typed.set(from_url);
        }
    });
    let on_input = move |event| {
        let value = event_target_value(&event);
        typed.set(value.clone());
        go.run((query.get_untracked().with_text(&value), true));
    };

    let limit = RwSignal::new(PAGE_SIZE);
    Effect::new(move |_| {
        query.track();
        limit.set(PAGE_SIZE);
    });

    let total = content.bundle.articles.len();
    let count_text = move || {
        let lang = lang.get();
        let shown = results.with(|results| results.articles.len());
        if query.with(NewsQuery::is_empty) {
            fill(t(lang, "news.count.all"), &[("total", &total.to_string())])
        } else {
            fill(
                t(lang, "news.count.found"),
                &[("count", &shown.to_string()), ("total", &total.to_string())],
            )
        }
    };

    let list = {
        let content = content.clone();
        move || {
            let lang = lang.get();
            results.with(|results| {
                results
                    .articles
                    .iter()
                    .take(limit.get())
                    .map(|&i| news_item(&content.bundle.articles[i], &results.highlighter, lang))
                    .collect_view()
            })
        }
    };
    let has_more = move || results.with(|results| results.articles.len() > limit.get());

    view! {
        <div class="news-page">
            <h1 tabindex="-1">{move || t(lang.get(), "news.heading")}</h1>
            <div class="news-search" role="search">
                <label for="news-q">{move || t(lang.get(), "news.search.label")}</label>
                <input
                    id="news-q"
                    type="search"
                    name="q"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="news-q-hint"
                    prop:value=move || typed.get()
                    on:input=on_input
                />
                <p id="news-q-hint" class="hint">{move || t(lang.get(), "news.search.hint")}</p>
            </div>
            <div class="news-layout">
                <FilterPanel query results lang go />
                <section class="news-results" aria-labelledby="news-count">
                    <p id="news-count" class="news-count" role="status" aria-live="polite" aria-atomic="true">
                        {count_text}
                    </p>
                    <ActiveFilters query results lang go />
                    <Show
                        when=move || results.with(|results| !results.articles.is_empty())
                        fallback=move || view! { <EmptyState query results lang go total /> }
                    >
                        <ol class="news-list">{list.clone()}</ol>
                        <Show when=has_more>
                            <button type="button" class="news-more" on:click=move |_| limit.update(|l| *l += PAGE_SIZE)>
                                {move || t(lang.get(), "news.show_more")}
                            </button>
                        </Show>
                    </Show>
                </section>
            </div>
        </div>
    }
}

/// One result: linked title and a body snippet, matched words in `<mark>`.
fn news_item(article: &Article, highlighter: &Highlighter, lang: Lang) -> impl IntoView {
    let href = format!("/news/{}", article.slug);
    let title = highlighter.segments(&article.title);
    let texts: Vec<_> = article
        .body
        .iter()
        .flat_map(|block| block.texts())
        .collect();
    let snippet = highlighter.snippet(texts.iter().map(AsRef::as_ref), SNIPPET_CHARS);
    let date = match article.start {
        Some(start) => format_range(lang, start, article.end),
        None => t(lang, "news.undated").to_string(),
    };
    view! {
        <li class="news-item">
            <article>
                <h2 class="news-item-title" lang="en"><Link href=href>{marked(title)}</Link></h2>
                <p class="news-item-date">{date}</p>
                <p class="news-item-snippet" lang="en">{marked(snippet)}</p>
            </article>
        </li>
    }
}

/// Text segments as text nodes and `<mark>` elements (never as HTML strings).
fn marked(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|segment| {
            if segment.marked {
                view! { <mark>{segment.text}</mark> }.into_any()
            } else {
                segment.text.into_any()
            }
        })
        .collect_view()
}

fn facet_key(facet: Facet) -> &'static str {
    match facet {
        Facet::Year => "news.facet.year",
        Facet::Topic => "news.facet.topic",
        Facet::Project => "news.facet.project",
        Facet::Donor => "news.facet.donor",
        Facet::Place => "news.facet.place",
    }
}

fn option_label(option: &FacetOption, lang: Lang) -> String {
    if option.known {
        option.label.clone()
    } else {
        fill(t(lang, "news.unknown_value"), &[("value", &option.label)])
    }
}

/// Taxonomy names are content, written in English; years are numbers.
fn option_lang(option: &FacetOption) -> Option<&'static str> {
    (option.known && option.value.parse::<i32>().is_err()).then_some("en")
}

/// One fieldset of checkboxes per facet; options with no results stay visible but disabled.
#[component]
fn FilterPanel(
    query: Memo<NewsQuery>,
    results: Memo<NewsResults>,
    lang: Signal<Lang>,
    go: Callback<(NewsQuery, bool)>,
) -> impl IntoView {
    let groups = move || {
        let lang = lang.get();
        results.with(|results| {
            Facet::ALL
                .into_iter()
                .filter(|facet| !results.facets.options(*facet).is_empty())
                .map(|facet| {
                    let options = results.facets.options(facet).to_vec();
                    view! {
                        <fieldset class="news-facet" data-facet=facet.param()>
                            <legend>{t(lang, facet_key(facet))}</legend>
                            <ul>
                                {options
                                    .into_iter()
                                    .map(|option| {
                                        let id = format!("news-{}-{}", facet.param(), option.value);
                                        let value = option.value.clone();
                                        let toggle = move |_| {
                                            go.run((query.get_untracked().toggled(facet, &value), false))
                                        };
                                        view! {
                                            <li class:unavailable=!option.is_available()>
                                                <input
                                                    type="checkbox"
                                                    id=id.clone()
                                                    name=facet.param()
                                                    value=option.value.clone()
                                                    prop:checked=option.selected
                                                    disabled=!option.is_available()
                                                    on:change=toggle
                                                />
                                                <label for=id>
                                                    <span lang=option_lang(&option)>{option_label(&option, lang)}</span>
                                                    " "
                                                    <span class="count">"(" {option.count} ")"</span>
                                                </label>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </fieldset>
                    }
                })
                .collect_view()
        })
    };
    // Open beside the results on wide screens; folded on phones so the results come first.
    let open = browser::media_matches(WIDE_SCREEN);
    view! {
        <aside class="news-filters" aria-labelledby="news-filters-heading">
            <details class="news-filters-panel" open=open>
                <summary>
                    <h2 id="news-filters-heading">{move || t(lang.get(), "news.filters.heading")}</h2>
                </summary>
                {groups}
                <Show when=move || !query.with(NewsQuery::is_empty)>
                    <button type="button" class="news-clear-all" on:click=move |_| go.run((NewsQuery::default(), false))>
                        {move || t(lang.get(), "news.clear_all")}
                    </button>
                </Show>
            </details>
        </aside>
    }
}

/// The ticked options as buttons that remove them.
#[component]
fn ActiveFilters(
    query: Memo<NewsQuery>,
    results: Memo<NewsResults>,
    lang: Signal<Lang>,
    go: Callback<(NewsQuery, bool)>,
) -> impl IntoView {
    move || {
        let lang = lang.get();
        let selected = selected_options(&results.read());
        if selected.is_empty() {
            return None;
        }
        let buttons = selected
            .into_iter()
            .map(|(facet, option)| {
                let name = format!("{}: {}", t(lang, facet_key(facet)), option_label(&option, lang));
                let text = fill(t(lang, "news.remove_filter"), &[("name", &name)]);
                let value = option.value.clone();
                view! {
                    <li>
                        <button type="button" on:click=move |_| go.run((query.get_untracked().without(facet, &value), false))>
                            {text}
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(view! { <ul class="news-active-filters">{buttons}</ul> })
    }
}

fn selected_options(results: &NewsResults) -> Vec<(Facet, FacetOption)> {
    Facet::ALL
        .into_iter()
        .flat_map(|facet| {
            results
                .facets
                .options(facet)
                .iter()
                .filter(|option| option.selected)
                .map(move |option| (facet, option.clone()))
        })
        .collect()
}

/// Says why nothing matched (the search text and the filters) and offers to remove the filters.
#[component]
fn EmptyState(
    query: Memo<NewsQuery>,
    results: Memo<NewsResults>,
    lang: Signal<Lang>,
    go: Callback<(NewsQuery, bool)>,
    total: usize,
) -> impl IntoView {
    move || {
        let lang = lang.get();
        let query_now = query.get();
        if total == 0 {
            return view! { <div class="news-empty"><p>{t(lang, "news.empty.none")}</p></div> }
                .into_any();
        }
        let text_reason = query_now
            .has_text()
            .then(|| fill(t(lang, "news.empty.text"), &[("q", query_now.q.trim())]));
        let filters: Vec<String> = selected_options(&results.read())
            .iter()
            .map(|(facet, option)| {
                format!(
                    "{} {}",
                    t(lang, facet_key(*facet)),
                    option_label(option, lang)
                )
            })
            .collect();
        let filter_reason = (!filters.is_empty()).then(|| {
            fill(
                t(lang, "news.empty.filters"),
                &[("filters", &filters.join(", "))],
            )
        });
        let has_filters = query_now.has_filters();
        view! {
            <div class="news-empty">
                <h2>{t(lang, "news.empty.heading")}</h2>
                {text_reason.map(|text| view! { <p>{text}</p> })}
                {filter_reason.map(|text| view! { <p>{text}</p> })}
                <Show when=move || has_filters>
                    <button
                        type="button"
                        class="news-clear-filters"
                        on:click=move |_| go.run((query.get_untracked().without_filters(), false))
                    >
                        {t(lang, "news.clear_filters")}
                    </button>
                </Show>
            </div>
        }
        .into_any()
    }
}
