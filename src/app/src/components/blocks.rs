//! Body text: paragraphs and numbered or bullet lists, rendered as text (never as markup).

use leptos::prelude::*;
use site_domain::Block;

#[component]
pub fn Blocks(blocks: Vec<Block>) -> impl IntoView {
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(text) => view! { <p>{text}</p> }.into_any(),
            Block::NumberedList(items) => view! { <ol>{list_items(items)}</ol> }.into_any(),
            Block::BulletList(items) => view! { <ul>{list_items(items)}</ul> }.into_any(),
        })
        .collect_view()
}

fn list_items(items: Vec<String>) -> impl IntoView {
    items
        .into_iter()
        .map(|item| view! { <li>{item}</li> })
        .collect_view()
}
