//! The news filters: a group of checkboxes per facet with live counts, and the ticked ones
//! as removable buttons above the results.

use crate::content::use_content;
use crate::pages::news::query::NewsState;
use leptos::prelude::*;
use site_domain::i18n::{fill, t, Lang};
use site_domain::news_query::{Facet, FacetOption, NewsQuery, NewsResults};

pub fn facet_key(facet: Facet) -> &'static str {
    match facet {
        Facet::Year => "news.facet.year",
        Facet::Topic => "news.facet.topic",
        Facet::Project => "news.facet.project",
        Facet::Donor => "news.facet.donor",
        Facet::Place => "news.facet.place",
    }
}

pub fn option_label(option: &FacetOption, lang: Lang) -> String {
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

/// The options ticked in the current results, facet by facet.
pub fn selected_options(results: &NewsResults) -> Vec<(Facet, FacetOption)> {
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

/// One fieldset of checkboxes per facet; options with no results stay visible but disabled.
/// Beside the results on wide screens; on phones folded behind a button (by the stylesheet,
/// so the page looks the same before and after the app takes it over).
#[component]
pub fn FilterPanel(state: NewsState, lang: Signal<Lang>) -> impl IntoView {
    let NewsState {
        query, results, go, ..
    } = state;
    let groups = move || {
        let lang = lang.get();
        results.with(|results| {
            Facet::ALL
                .into_iter()
                .filter(|facet| !results.facets.options(*facet).is_empty())
                .map(|facet| {
                    facet_group(
                        facet,
                        results.facets.options(facet).to_vec(),
                        query,
                        go,
                        lang,
                    )
                })
                .collect_view()
        })
    };
    let open = RwSignal::new(false);
    // Whoever reaches for a filter is about to need the whole list: it arrives meanwhile.
    let content = use_content();
    let prefetch = move || content.prefetch_news_list();
    let (on_pointer, on_focus) = (prefetch.clone(), prefetch);
    view! {
        <aside
            class="news-filters needs-app"
            aria-labelledby="news-filters-heading"
            on:pointerover=move |_| on_pointer()
            on:focusin=move |_| on_focus()
        >
            <h2 id="news-filters-heading">
                <button
                    type="button"
                    class="news-filters-toggle"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls="news-filters-panel"
                    on:click=move |_| open.update(|open| *open = !*open)
                >
                    {move || t(lang.get(), "news.filters.heading")}
                </button>
                <span class="news-filters-title">{move || t(lang.get(), "news.filters.heading")}</span>
            </h2>
            <div id="news-filters-panel" class="news-filters-panel" class:open=move || open.get()>
                {groups}
                <Show when=move || !query.with(NewsQuery::is_empty)>
                    <button type="button" class="news-clear-all" on:click=move |_| go.run((NewsQuery::default(), false))>
                        {move || t(lang.get(), "news.clear_all")}
                    </button>
                </Show>
            </div>
        </aside>
    }
}

fn facet_group(
    facet: Facet,
    options: Vec<FacetOption>,
    query: Memo<NewsQuery>,
    go: Callback<(NewsQuery, bool)>,
    lang: Lang,
) -> impl IntoView {
    let items = options
        .into_iter()
        .map(|option| {
            let id = format!("news-{}-{}", facet.param(), option.value);
            let value = option.value.clone();
            let toggle = move |_| go.run((query.get_untracked().toggled(facet, &value), false));
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
        .collect_view();
    view! {
        <fieldset class="news-facet" data-facet=facet.param()>
            <legend>{t(lang, facet_key(facet))}</legend>
            <ul>{items}</ul>
        </fieldset>
    }
}

/// The ticked options as buttons that remove them.
#[component]
pub fn ActiveFilters(state: NewsState, lang: Signal<Lang>) -> impl IntoView {
    let NewsState {
        query, results, go, ..
    } = state;
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
