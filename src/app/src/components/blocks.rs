//! Body text: paragraphs, headings, lists and quotes with emphasis and links, built as
//! elements from the bundle's structure (never from markup).

use crate::components::{external_link::ExternalLink, link::PathLink};
use leptos::prelude::*;
use site_domain::validate::text_link_url_error;
use site_domain::{Block, Heading, Inline, RichText};

#[component]
pub fn Blocks(blocks: Vec<Block>) -> impl IntoView {
    blocks.into_iter().map(block_view).collect_view()
}

fn block_view(block: Block) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p>{rich_text(text)}</p> }.into_any(),
        Block::Heading(Heading { level, text }) => {
            let text = rich_text(text);
            // The build allows 2 to 4; a hand-edited bundle's other levels are brought in range.
            match level {
                ..=2 => view! { <h2>{text}</h2> }.into_any(),
                3 => view! { <h3>{text}</h3> }.into_any(),
                _ => view! { <h4>{text}</h4> }.into_any(),
            }
        }
        Block::NumberedList(items) => view! { <ol>{list_items(items)}</ol> }.into_any(),
        Block::BulletList(items) => view! { <ul>{list_items(items)}</ul> }.into_any(),
        Block::Quote(blocks) => {
            let inner = blocks.into_iter().map(block_view).collect_view();
            view! { <blockquote>{inner}</blockquote> }.into_any()
        }
    }
}

fn list_items(items: Vec<RichText>) -> impl IntoView {
    items
        .into_iter()
        .map(|item| view! { <li>{rich_text(item)}</li> })
        .collect_view()
}

fn rich_text(text: RichText) -> AnyView {
    inlines(text.0)
}

fn inlines(inlines: Vec<Inline>) -> AnyView {
    inlines.into_iter().map(inline).collect_view().into_any()
}

fn inline(inline: Inline) -> AnyView {
    match inline {
        Inline::Text(text) => text.into_any(),
        Inline::Emphasis(inner) => view! { <em>{inlines(inner)}</em> }.into_any(),
        Inline::Strong(inner) => view! { <strong>{inlines(inner)}</strong> }.into_any(),
        Inline::Link { url, text } => link(url, text),
    }
}

/// An in-site path through the router (with its base), another URL as a link leaving the site;
/// a URL the build would refuse (a hand-edited bundle) shows its text without a link.
fn link(url: String, text: Vec<Inline>) -> AnyView {
    if let Some(problem) = text_link_url_error(&url) {
        leptos::logging::warn!("A link in the text is shown without its URL: {problem}");
        return view! { <span>{inlines(text)}</span> }.into_any();
    }
    if url.starts_with('/') {
        view! { <PathLink path=url>{inlines(text)}</PathLink> }.into_any()
    } else {
        let label = RichText(text).plain().into_owned();
        view! { <ExternalLink href=url label=label/> }.into_any()
    }
}
