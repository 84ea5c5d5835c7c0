//! The attract loop: while nobody uses the kiosk, the whole screen cycles through the latest
//! news and the projects (title, date, first words) and invites a touch. With reduced motion
//! the slides change without animation.

use super::overlay::{stop, stop_touch};
use crate::browser;
use crate::content::use_content;
use crate::lang::{text, use_lang};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use site_domain::catalog::{project_display_name, teaser};
use site_domain::date_format::format_range;
use site_domain::i18n::{fill, t};
use site_domain::Date;
use std::time::Duration;

/// How many of the latest articles the loop shows (then every project).
const LATEST: usize = 5;
/// How long each slide stays.
const SLIDE: Duration = Duration::from_secs(8);
const TEASER_CHARS: usize = 220;

struct Slide {
    /// Interface text naming what the slide is ("Latest news", "Projects").
    kind: &'static str,
    title: String,
    dates: Option<(Date, Option<Date>)>,
    teaser: String,
}

#[component]
pub fn AttractLoop(on_touch: impl Fn(MouseEvent) + Copy + 'static) -> impl IntoView {
    let content = use_content();
    let core = &content.core;
    let mut slides: Vec<Slide> = core
        .news
        .latest
        .iter()
        .take(LATEST)
        .map(|article| Slide {
            kind: "home.latest",
            title: article.title.clone(),
            dates: article.start.map(|start| (start, article.end)),
            teaser: article.teaser.clone(),
        })
        .collect();
    slides.extend(core.projects.iter().map(|project| {
        Slide {
            kind: "nav.projects",
            title: project_display_name(project),
            dates: core
                .project_news(&project.slug)
                .and_then(|news| news.period)
                .map(|(first, last)| (first, Some(last))),
            teaser: teaser(&project.summary, TEASER_CHARS),
        }
    }));
    let count = slides.len().max(1);
    let shown = RwSignal::new(0usize);
    if let Ok(handle) =
        set_interval_with_handle(move || shown.update(|i| *i = (*i + 1) % count), SLIDE)
    {
        on_cleanup(move || handle.clear());
    }
    let lang = use_lang();
    let slides = StoredValue::new(slides);
    let slide = move || {
        slides.with_value(|slides| {
            slides.get(shown.get()).map(|slide| {
                let dates = slide
                    .dates
                    .map(|(start, end)| format_range(lang.get(), start, end));
                view! {
                    <article class="kiosk-slide">
                        <p class="kiosk-slide-kind">{text(slide.kind)}</p>
                        <h2 lang="en">{slide.title.clone()}</h2>
                        {dates.map(|dates| view! { <p class="kiosk-slide-date">{dates}</p> })}
                        <p class="kiosk-slide-teaser" lang="en">{slide.teaser.clone()}</p>
                    </article>
                }
            })
        })
    };
    let release = move || {
        browser::html_data("release").map(|id| fill(t(lang.get(), "kiosk.release"), &[("id", &id)]))
    };
    view! {
        <div class="kiosk-overlay kiosk-attract" on:pointerdown=stop on:touchstart=stop_touch on:click=on_touch>
            <p class="kiosk-attract-site">{text("site.name")}</p>
            {slide}
            <p class="kiosk-attract-call">{text("kiosk.touch_to_start")}</p>
            <p class="kiosk-release">{release}</p>
        </div>
    }
}
