//! `Later`: a part of the app's first render drawn in a task of its own.
//!
//! The app's first render of a page is one long task (mostly the browser compiling the wasm's
//! functions as they are first called), during which the page cannot answer input. A costly
//! part that need not come first (the news filters) is drawn in the next task instead. The app
//! takes the page over only once it is drawn, so the visitor never sees the page without it.
//! After that, and where the build renders the page, it is drawn at once.

use crate::{browser, takeover};
use leptos::{prelude::*, task::spawn_local};

#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let waiting = use_context::<takeover::PartsToDraw>().filter(|_| !takeover::is_revealed());
    let shown = RwSignal::new(waiting.is_none());
    if let Some(parts) = waiting {
        parts.add();
        spawn_local(async move {
            browser::next_task().await;
            // Gone if the visitor left the page meanwhile; counted as drawn either way.
            shown.try_set(true);
            parts.drawn();
        });
    }
    move || shown.get().then(|| children())
}
