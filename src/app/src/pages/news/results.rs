//! The news results: each article with its highlighted title and snippet, and what to say
//! when nothing matched.

use crate::components::link::Link;
use crate::pages::news::filters::{facet_key, option_label, selected_options};
use crate::pages::news::query::NewsState;
use leptos::prelude::*;
use site_domain::date_format::format_range;
use site_domain::i18n::{fill, t, Lang};
use site_domain::routes::Route;
use site_domain::search::{Highlighter, Segment};
use site_domain::shards::SNIPPET_CHARS;
use site_domain::Article;

/// One result: linked title and a body snippet, matched words in `<mark>`.
pub fn news_item(article: &Article, highlighter: &Highlighter, lang: Lang) -> impl IntoView {
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
                <h2 class="news-item-title" lang="en">
                    <Link to=Route::Article(article.slug.clone())>{marked(title)}</Link>
                </h2>
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

/// Says why nothing matched (the search text and the filters) and offers to remove the filters.
#[component]
pub fn EmptyState(state: NewsState, lang: Signal<Lang>, total: usize) -> impl IntoView {
    let NewsState {
        query, results, go, ..
    } = state;
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
