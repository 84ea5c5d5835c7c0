//! The message shown instead of a page when something fails, with a way to retry.

use leptos::prelude::*;

#[component]
pub fn ErrorScreen(
    heading: impl Fn() -> &'static str + Send + Sync + 'static,
    #[prop(into)] message: Signal<String>,
    on_retry: Callback<()>,
    /// Inside a page that has its own h1 (the news results), the heading is an h2.
    #[prop(optional)]
    within_page: bool,
) -> impl IntoView {
    let heading = if within_page {
        view! { <h2>{heading}</h2> }.into_any()
    } else {
        view! { <h1 tabindex="-1">{heading}</h1> }.into_any()
    };
    view! {
        <div class="error-screen" role="alert">
            {heading}
            <p>{message}</p>
            <button type="button" on:click=move |_| on_retry.run(())>
                {crate::lang::text("error.retry")}
            </button>
        </div>
    }
}
