//! A photo with its caption and credit: the browser picks the copy that fits the screen (WebP
//! where it can), the page keeps the photo's place before it loads, and photos below the fold
//! load only when scrolled to.

use crate::host::{use_host, Host};
use crate::lang::text;
use leptos::prelude::*;
use site_domain::validate::media_url_error;
use site_domain::{Image, ImageFormat, ImageVariant};

/// How wide the photo is shown: the text column (`.article-body`, 42rem) or the screen less
/// the page's padding.
const SIZES: &str = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

/// `eager` for a photo seen on arrival (the first of an article); others load lazily.
#[component]
pub fn Figure(image: Image, #[prop(optional)] eager: bool) -> impl IntoView {
    let host = use_host();
    let Image {
        alt,
        credit,
        caption,
        variants,
    } = image;
    let (webp, own): (Vec<ImageVariant>, Vec<ImageVariant>) = variants
        .into_iter()
        .filter(|variant| match media_url_error(&variant.url) {
            Some(problem) => {
                leptos::logging::warn!("A copy of the photo \"{alt}\" is left out: {problem}");
                false
            }
            None => true,
        })
        .partition(|variant| variant.format == ImageFormat::Webp);
    // The copies in the photo's own format for every browser; WebP copies alone when that is
    // all there is.
    let (fallback, webp) = if own.is_empty() {
        (webp, Vec::new())
    } else {
        (own, webp)
    };
    let largest = fallback
        .iter()
        .max_by_key(|variant| variant.width)
        .cloned()?;
    let source = (!webp.is_empty()).then(|| {
        view! { <source type=ImageFormat::Webp.mime_type() srcset=srcset(&host, &webp) sizes=SIZES/> }
    });
    let caption =
        caption.map(|caption| view! { <span class="figure-caption" lang="en">{caption}" "</span> });
    Some(view! {
        <figure class="photo">
            <picture lang="en">
                {source}
                <img
                    src=host.file_href(&largest.url)
                    srcset=srcset(&host, &fallback)
                    sizes=SIZES
                    width=largest.width
                    height=largest.height
                    alt=alt
                    loading=if eager { "eager" } else { "lazy" }
                    decoding="async"
                />
            </picture>
            <figcaption>
                {caption}
                <span class="figure-credit">{text("figure.credit")}" "<span lang="en">{credit}</span></span>
            </figcaption>
        </figure>
    })
}

/// "…/x-480-….webp 480w, …/x-960-….webp 960w".
fn srcset(host: &Host, variants: &[ImageVariant]) -> String {
    variants
        .iter()
        .map(|variant| format!("{} {}w", host.file_href(&variant.url), variant.width))
        .collect::<Vec<_>>()
        .join(", ")
}
