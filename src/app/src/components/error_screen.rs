//! The message shown instead of a page when something fails, with a way to retry.

use leptos::prelude::*;

#[component]
pub fn ErrorScreen(
    heading: impl Fn() -> &'static str + Send + Sync + 'static,
    #[prop(into)] message: Signal<String>,
    on_retry: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="error-screen" role="alert">
            <h1 tabindex="-1">{heading}</h1>
            <p>{message}</p>
            <button type="button" on:click=move |_| on_retry.run(())>
                {crate::lang::text("error.retry")}
            </button>
        </div>
    }
}
