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
    // Which options there are changes rarely (an unknown value in the URL, the language);
    // their counts change at every keystroke. So the checkboxes are drawn once per set of
    // options, and each updates its own count and state (with type-erased views, drawing
    // them all again doubled a keystroke's time).
    let drawn = Memo::new(move |_| {
        let lang = lang.get();
        let facets = results.with(|results| {
            Facet::ALL
                .into_iter()
                .map(|facet| (facet, option_names(results.facets.options(facet), lang)))
                .filter(|(_, options)| !options.is_empty())
                .collect::<Vec<_>>()
        });
        (lang, facets)
    });
    let groups = move || {
        let (lang, facets) = drawn.get();
        facets
            .into_iter()
            .map(|(facet, options)| facet_group(facet, options, state, lang))
            .collect_view()
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

/// An option as its checkbox shows it, whatever the query: its value and name.
#[derive(Clone, PartialEq)]
struct OptionName {
    value: String,
    label: String,
    lang: Option<&'static str>,
}

fn option_names(options: &[FacetOption], lang: Lang) -> Vec<OptionName> {
    options
        .iter()
        .map(|option| OptionName {
            value: option.value.clone(),
            label: option_label(option, lang),
            lang: option_lang(option),
        })
        .collect()
}

/// What an option's checkbox shows that changes with the query.
#[derive(Clone, Copy, Default, PartialEq)]
struct OptionTally {
    count: usize,
    selected: bool,
    available: bool,
}

fn facet_group(
    facet: Facet,
    options: Vec<OptionName>,
    state: NewsState,
    lang: Lang,
) -> impl IntoView {
    let NewsState {
        query, results, go, ..
    } = state;
    let items = options
        .into_iter()
        .enumerate()
        .map(|(position, name)| {
            let id = format!("news-{}-{}", facet.param(), name.value);
            let value = name.value.clone();
            // Options keep their positions while they are drawn (see `drawn` above).
            let tally = Memo::new(move |_| {
                results.with(|results| {
                    results
                        .facets
                        .options(facet)
                        .get(position)
                        .filter(|option| option.value == value)
                        .map(|option| OptionTally {
                            count: option.count,
                            selected: option.selected,
                            available: option.is_available(),
                        })
                        .unwrap_or_default()
                })
            });
            let OptionName {
                value,
                label,
                lang: label_lang,
            } = name;
            // Drawn again only when this option's count or state changes.
            move || {
                let tally = tally.get();
                let toggled = value.clone();
                let toggle =
                    move |_| go.run((query.get_untracked().toggled(facet, &toggled), false));
                view! {
                    <li class:unavailable=!tally.available>
                        <input
                            type="checkbox"
                            id=id.clone()
                            name=facet.param()
                            value=value.clone()
                            prop:checked=tally.selected
                            disabled=!tally.available
                            on:change=toggle
                        />
                        <label for=id.clone()>
                            <span lang=label_lang>{label.clone()}</span>
                            " "
                            <span class="count">"(" {tally.count} ")"</span>
                        </label>
                    </li>
                }
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
