//! Each type of the bundle read from its JSON, in the shape `serde` writes it (see the
//! attributes in `model.rs`): members a type does not know are refused, optional ones may be
//! left out or `null`. `tests::reads_back_what_the_build_writes` holds the two together.

use crate::json::{required, JsonError, JsonResult, Reader};
use crate::model::*;
use crate::news_query::{FacetOption, Facets};
use crate::shards::{ArticleShard, ArticleSummary, Core, NewsDigest, NewsStart, ProjectNews};
use crate::Date;

type R<'r, 'a> = &'r mut Reader<'a>;

/// Reads a JSON object into a struct, one member per field, named as the field: `required`
/// members must be there, `optional` ones (an `Option` field) may be left out or `null`,
/// `or_default` ones may be left out. Members the struct does not know are refused. Fields
/// after `;` are not in the JSON and get the values given. A reader named as its field is
/// written `self::name` (the field's local value would hide it).
macro_rules! object {
    ($r:expr => $($ty:ident)::+ {
        $($field:ident: $kind:ident $read:expr),+ $(,)?
        $(; $($fixed:ident: $value:expr),+ $(,)?)?
    }) => {{
        $(let mut $field = None;)+
        $r.object(&mut |r, key| {
            match key {
                $(stringify!($field) => $field = object!(@read $kind r $read),)+
                _ => return Err(JsonError::unknown_field(key)),
            }
            Ok(())
        })?;
        Ok($($ty)::+ {
            $($field: object!(@finish $kind $field),)+
            $($($fixed: $value,)+)?
        })
    }};
    (@read required $r:ident $read:expr) => { Some($read($r)?) };
    (@read or_default $r:ident $read:expr) => { Some($read($r)?) };
    (@read optional $r:ident $read:expr) => { $r.optional($read)? };
    (@finish required $field:ident) => { required($field, stringify!($field))? };
    (@finish or_default $field:ident) => { $field.unwrap_or_default() };
    (@finish optional $field:ident) => { $field };
}

pub fn bundle(r: R) -> JsonResult<Bundle> {
    object!(r => Bundle {
        format_version: required u32_number,
        site: required self::site,
        articles: required |r: R| r.list(article),
        projects: required |r: R| r.list(project),
        donors: required terms,
        topics: required terms,
        places: required terms,
        vacancies: required |r: R| r.list(vacancy),
    })
}

pub fn core(r: R) -> JsonResult<Core> {
    object!(r => Core {
        format_version: required u32_number,
        release: required Reader::string,
        site: required self::site,
        projects: required |r: R| r.list(project),
        donors: required terms,
        topics: required terms,
        places: required terms,
        vacancies: required |r: R| r.list(vacancy),
        news: required news_digest,
    })
}

pub fn article_shard(r: R) -> JsonResult<ArticleShard> {
    object!(r => ArticleShard {
        article: required self::article,
        newer: optional article_summary,
        older: optional article_summary,
        related: required article_summaries,
    })
}

pub fn news_start(r: R) -> JsonResult<NewsStart> {
    object!(r => NewsStart {
        total: required count,
        articles: required |r: R| r.list(article),
        facets: required self::facets,
    })
}

fn u8_number(r: R) -> JsonResult<u8> {
    r.unsigned(u8::MAX.into()).map(|n| n as u8)
}

fn u16_number(r: R) -> JsonResult<u16> {
    r.unsigned(u16::MAX.into()).map(|n| n as u16)
}

fn u32_number(r: R) -> JsonResult<u32> {
    r.unsigned(u32::MAX.into()).map(|n| n as u32)
}

/// A count of articles (at most `u32::MAX`).
fn count(r: R) -> JsonResult<usize> {
    u32_number(r).map(|n| n as usize)
}

fn strings(r: R) -> JsonResult<Vec<String>> {
    r.list(Reader::string)
}
fn date(r: R) -> JsonResult<Date> {
    Date::parse(&r.string()?).map_err(|error| JsonError::shape(error.0))
}

fn terms(r: R) -> JsonResult<Vec<Term>> {
    r.list(term)
}

fn term(r: R) -> JsonResult<Term> {
    object!(r => Term {
        slug: required Reader::string,
        name: required Reader::string,
        aliases: or_default strings,
    })
}

fn site(r: R) -> JsonResult<Site> {
    object!(r => Site {
        name: required Reader::string,
        url: required Reader::string,
        member_state_since: required u16_number,
        intro: required blocks,
        history: required blocks,
        areas: required strings,
        government_partners: required strings,
        contact: required self::contact,
        kiosk: or_default kiosk_settings,
    })
}

/// By hand: its member's default is not its type's.
fn kiosk_settings(r: R) -> JsonResult<KioskSettings> {
    let mut idle_seconds = None;
    r.object(&mut |r, key| {
        match key {
            "idle_seconds" => idle_seconds = Some(u16_number(r)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(KioskSettings {
        idle_seconds: idle_seconds.unwrap_or(KioskSettings::DEFAULT_IDLE_SECONDS),
    })
}

fn contact(r: R) -> JsonResult<Contact> {
    object!(r => Contact {
        organisation: required Reader::string,
        address: required Reader::string,
        phone: required Reader::string,
        fax: required Reader::string,
    })
}

fn article(r: R) -> JsonResult<Article> {
    object!(r => Article {
        slug: required Reader::string,
        title: required Reader::string,
        start: optional date,
        end: optional date,
        places: required strings,
        projects: required strings,
        donors: required strings,
        topics: required strings,
        body: required blocks,
        links: or_default self::links,
        images: or_default self::images,
    })
}

fn project(r: R) -> JsonResult<Project> {
    object!(r => Project {
        slug: required Reader::string,
        name: required Reader::string,
        short_name: optional Reader::string,
        donors: required strings,
        summary: required blocks,
        images: or_default self::images,
    })
}

fn vacancy(r: R) -> JsonResult<Vacancy> {
    object!(r => Vacancy {
        slug: required Reader::string,
        title: required Reader::string,
        kind: required vacancy_kind,
        closes: required date,
        location: optional Reader::string,
        body: required blocks,
        links: or_default self::links,
    })
}

fn vacancy_kind(r: R) -> JsonResult<VacancyKind> {
    match r.string()?.as_str() {
        "vacancy" => Ok(VacancyKind::Vacancy),
        "internship" => Ok(VacancyKind::Internship),
        other => Err(unknown_variant(other, "`vacancy` or `internship`")),
    }
}
fn unknown_variant(found: &str, expected: &str) -> JsonError {
    JsonError::shape(["unknown variant `", found, "`, expected ", expected].concat())
}

fn links(r: R) -> JsonResult<Vec<Link>> {
    r.list(link)
}

fn link(r: R) -> JsonResult<Link> {
    object!(r => Link {
        label: required Reader::string,
        url: required Reader::string,
    })
}

fn images(r: R) -> JsonResult<Vec<Image>> {
    r.list(image)
}

fn image(r: R) -> JsonResult<Image> {
    object!(r => Image {
        alt: required Reader::string,
        credit: required Reader::string,
        caption: optional Reader::string,
        variants: required |r: R| r.list(image_variant),
    })
}

fn image_variant(r: R) -> JsonResult<ImageVariant> {
    object!(r => ImageVariant {
        url: required Reader::string,
        width: required u32_number,
        height: required u32_number,
        format: required image_format,
    })
}

fn image_format(r: R) -> JsonResult<ImageFormat> {
    match r.string()?.as_str() {
        "webp" => Ok(ImageFormat::Webp),
        "jpeg" => Ok(ImageFormat::Jpeg),
        "png" => Ok(ImageFormat::Png),
        other => Err(unknown_variant(other, "`webp`, `jpeg` or `png`")),
    }
}
fn blocks(r: R) -> JsonResult<Vec<Block>> {
    r.list(block)
}
/// `{"kind": "paragraph", "text": …}`: what `text` holds depends on `kind`, which may come
/// after it, so `text` is passed over and read once the kind is known.
fn block(r: R) -> JsonResult<Block> {
    let (mut kind, mut text_at) = (None, None);
    r.object(&mut |r, key| {
        match key {
            "kind" => kind = Some(r.string()?),
            "text" => {
                text_at = Some(r.offset());
                r.skip()?;
            }
            // As serde reads an adjacently tagged enum: other members are ignored.
            _ => r.skip()?,
        }
        Ok(())
    })?;
    let kind = required(kind, "kind")?;
    let after = r.offset();
    r.seek(required(text_at, "text")?);
    let block = match kind.as_str() {
        "paragraph" => rich_text(r).map(Block::Paragraph),
        "heading" => heading(r).map(Block::Heading),
        "numbered_list" => r.list(rich_text).map(Block::NumberedList),
        "bullet_list" => r.list(rich_text).map(Block::BulletList),
        "quote" => blocks(r).map(Block::Quote),
        other => {
            return Err(unknown_variant(
                other,
                "`paragraph`, `heading`, `numbered_list`, `bullet_list` or `quote`",
            )
            .inside("kind"))
        }
    }
    .map_err(|error| error.inside("text"))?;
    r.seek(after);
    Ok(block)
}

fn heading(r: R) -> JsonResult<Heading> {
    object!(r => Heading {
        level: required u8_number,
        text: required rich_text,
    })
}

fn rich_text(r: R) -> JsonResult<RichText> {
    inlines(r).map(RichText)
}
fn inlines(r: R) -> JsonResult<Vec<Inline>> {
    r.list(inline)
}
/// `{"text": "…"}`, `{"emphasis": […]}`, `{"strong": […]}` or `{"link": {"url", "text"}}`.
fn inline(r: R) -> JsonResult<Inline> {
    let mut found = None;
    r.object(&mut |r, key| {
        if found.is_some() {
            return Err(JsonError::shape(
                "a piece of text must have exactly one kind",
            ));
        }
        found = Some(match key {
            "text" => Inline::Text(r.string()?),
            "emphasis" => Inline::Emphasis(inlines(r)?),
            "strong" => Inline::Strong(inlines(r)?),
            "link" => inline_link(r)?,
            _ => {
                return Err(unknown_variant(
                    key,
                    "`text`, `emphasis`, `strong` or `link`",
                ))
            }
        });
        Ok(())
    })?;
    found.ok_or_else(|| JsonError::shape("a piece of text must have exactly one kind"))
}

fn inline_link(r: R) -> JsonResult<Inline> {
    object!(r => Inline::Link {
        url: required Reader::string,
        text: required inlines,
    })
}

fn news_digest(r: R) -> JsonResult<NewsDigest> {
    object!(r => NewsDigest {
        count: required self::count,
        latest: required article_summaries,
        projects: required |r: R| r.list(project_news),
    })
}

fn project_news(r: R) -> JsonResult<ProjectNews> {
    object!(r => ProjectNews {
        project: required Reader::string,
        count: required self::count,
        period: optional date_pair,
        latest: required article_summaries,
    })
}

fn date_pair(r: R) -> JsonResult<(Date, Date)> {
    match r.list(date)?.as_slice() {
        [first, last] => Ok((*first, *last)),
        _ => Err(JsonError::shape("a period is two dates")),
    }
}

fn article_summaries(r: R) -> JsonResult<Vec<ArticleSummary>> {
    r.list(article_summary)
}

fn article_summary(r: R) -> JsonResult<ArticleSummary> {
    object!(r => ArticleSummary {
        slug: required Reader::string,
        title: required Reader::string,
        start: optional date,
        end: optional date,
        teaser: required Reader::string,
    })
}

fn facets(r: R) -> JsonResult<Facets> {
    object!(r => Facets {
        years: required facet_options,
        topics: required facet_options,
        projects: required facet_options,
        donors: required facet_options,
        places: required facet_options,
    })
}

fn facet_options(r: R) -> JsonResult<Vec<FacetOption>> {
    r.list(facet_option)
}

/// An option as the start has it: nothing is ticked there, and every value is known.
fn facet_option(r: R) -> JsonResult<FacetOption> {
    object!(r => FacetOption {
        value: required Reader::string,
        label: required Reader::string,
        count: required self::count;
        selected: false,
        known: true,
    })
}
