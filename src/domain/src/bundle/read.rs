//! Each type of the bundle read from its JSON, in the shape `serde` writes it (see the
//! attributes in `model.rs`): members a type does not know are refused, optional ones may be
//! left out or `null`. `tests::reads_back_what_the_build_writes` holds the two together.

use crate::json::{required, JsonError, JsonResult, Reader};
use crate::model::*;
use crate::news_query::{FacetOption, Facets};
use crate::shards::{ArticleShard, ArticleSummary, Core, NewsDigest, NewsStart, ProjectNews};
use crate::Date;

type R<'r, 'a> = &'r mut Reader<'a>;

pub fn bundle(r: R) -> JsonResult<Bundle> {
    let (mut format_version, mut site, mut articles, mut projects) = (None, None, None, None);
    let (mut donors, mut topics, mut places, mut vacancies) = (None, None, None, None);
    r.object(&mut |r, key| {
        match key {
            "format_version" => format_version = Some(r.unsigned(u32::MAX.into())? as u32),
            "site" => site = Some(self::site(r)?),
            "articles" => articles = Some(r.list(article)?),
            "projects" => projects = Some(r.list(project)?),
            "donors" => donors = Some(r.list(term)?),
            "topics" => topics = Some(r.list(term)?),
            "places" => places = Some(r.list(term)?),
            "vacancies" => vacancies = Some(r.list(vacancy)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(Bundle {
        format_version: required(format_version, "format_version")?,
        site: required(site, "site")?,
        articles: required(articles, "articles")?,
        projects: required(projects, "projects")?,
        donors: required(donors, "donors")?,
        topics: required(topics, "topics")?,
        places: required(places, "places")?,
        vacancies: required(vacancies, "vacancies")?,
    })
}

fn strings(r: R) -> JsonResult<Vec<String>> {
    r.list(Reader::string)
}

fn date(r: R) -> JsonResult<Date> {
    Date::parse(&r.string()?).map_err(|error| JsonError::shape(error.0))
}

fn term(r: R) -> JsonResult<Term> {
    let (mut slug, mut name, mut aliases) = (None, None, None);
    r.object(&mut |r, key| {
        match key {
            "slug" => slug = Some(r.string()?),
            "name" => name = Some(r.string()?),
            "aliases" => aliases = Some(strings(r)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(Term {
        slug: required(slug, "slug")?,
        name: required(name, "name")?,
        aliases: aliases.unwrap_or_default(),
    })
}

fn site(r: R) -> JsonResult<Site> {
    let (mut name, mut url, mut member_state_since, mut intro) = (None, None, None, None);
    let (mut history, mut areas, mut government_partners, mut contact) = (None, None, None, None);
    let mut kiosk = None;
    r.object(&mut |r, key| {
        match key {
            "name" => name = Some(r.string()?),
            "url" => url = Some(r.string()?),
            "member_state_since" => member_state_since = Some(r.unsigned(u16::MAX.into())? as u16),
            "intro" => intro = Some(blocks(r)?),
            "history" => history = Some(blocks(r)?),
            "areas" => areas = Some(strings(r)?),
            "government_partners" => government_partners = Some(strings(r)?),
            "contact" => contact = Some(self::contact(r)?),
            "kiosk" => kiosk = Some(kiosk_settings(r)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(Site {
        name: required(name, "name")?,
        url: required(url, "url")?,
        member_state_since: required(member_state_since, "member_state_since")?,
        intro: required(intro, "intro")?,
        history: required(history, "history")?,
        areas: required(areas, "areas")?,
        government_partners: required(government_partners, "government_partners")?,
        contact: required(contact, "contact")?,
        kiosk: kiosk.unwrap_or_default(),
    })
}

fn kiosk_settings(r: R) -> JsonResult<KioskSettings> {
    let mut idle_seconds = None;
    r.object(&mut |r, key| {
        match key {
            "idle_seconds" => idle_seconds = Some(r.unsigned(u16::MAX.into())? as u16),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(KioskSettings {
        idle_seconds: idle_seconds.unwrap_or(KioskSettings::DEFAULT_IDLE_SECONDS),
    })
}

fn contact(r: R) -> JsonResult<Contact> {
    let (mut organisation, mut address, mut phone, mut fax) = (None, None, None, None);
    r.object(&mut |r, key| {
        let field = match key {
            "organisation" => &mut organisation,
            "address" => &mut address,
            "phone" => &mut phone,
            "fax" => &mut fax,
            _ => return Err(JsonError::unknown_field(key)),
        };
        *field = Some(r.string()?);
        Ok(())
    })?;
    Ok(Contact {
        organisation: required(organisation, "organisation")?,
        address: required(address, "address")?,
        phone: required(phone, "phone")?,
        fax: required(fax, "fax")?,
    })
}

fn article(r: R) -> JsonResult<Article> {
    let (mut slug, mut title, mut start, mut end) = (None, None, None, None);
    let (mut places, mut projects, mut donors, mut topics) = (None, None, None, None);
    let (mut body, mut links, mut images) = (None, None, None);
    r.object(&mut |r, key| {
        match key {
            "slug" => slug = Some(r.string()?),
            "title" => title = Some(r.string()?),
            "start" => start = r.optional(date)?,
            "end" => end = r.optional(date)?,
            "places" => places = Some(strings(r)?),
            "projects" => projects = Some(strings(r)?),
            "donors" => donors = Some(strings(r)?),
            "topics" => topics = Some(strings(r)?),
            "body" => body = Some(blocks(r)?),
            "links" => links = Some(r.list(link)?),
            "images" => images = Some(r.list(image)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(Article {
        slug: required(slug, "slug")?,
        title: required(title, "title")?,
        start,
        end,
        places: required(places, "places")?,
        projects: required(projects, "projects")?,
        donors: required(donors, "donors")?,
        topics: required(topics, "topics")?,
        body: required(body, "body")?,
        links: links.unwrap_or_default(),
        images: images.unwrap_or_default(),
    })
}

fn project(r: R) -> JsonResult<Project> {
    let (mut slug, mut name, mut short_name) = (None, None, None);
    let (mut donors, mut summary, mut images) = (None, None, None);
    r.object(&mut |r, key| {
        match key {
            "slug" => slug = Some(r.string()?),
            "name" => name = Some(r.string()?),
            "short_name" => short_name = r.optional(Reader::string)?,
            "donors" => donors = Some(strings(r)?),
            "summary" => summary = Some(blocks(r)?),
            "images" => images = Some(r.list(image)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(Project {
        slug: required(slug, "slug")?,
        name: required(name, "name")?,
        short_name,
        donors: required(donors, "donors")?,
        summary: required(summary, "summary")?,
        images: images.unwrap_or_default(),
    })
}

fn vacancy(r: R) -> JsonResult<Vacancy> {
    let (mut slug, mut title, mut kind, mut closes) = (None, None, None, None);
    let (mut location, mut body, mut links) = (None, None, None);
    r.object(&mut |r, key| {
        match key {
            "slug" => slug = Some(r.string()?),
            "title" => title = Some(r.string()?),
            "kind" => kind = Some(vacancy_kind(r)?),
            "closes" => closes = Some(date(r)?),
            "location" => location = r.optional(Reader::string)?,
            "body" => body = Some(blocks(r)?),
            "links" => links = Some(r.list(link)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(Vacancy {
        slug: required(slug, "slug")?,
        title: required(title, "title")?,
        kind: required(kind, "kind")?,
        closes: required(closes, "closes")?,
        location,
        body: required(body, "body")?,
        links: links.unwrap_or_default(),
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

fn link(r: R) -> JsonResult<Link> {
    let (mut label, mut url) = (None, None);
    r.object(&mut |r, key| {
        match key {
            "label" => label = Some(r.string()?),
            "url" => url = Some(r.string()?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(Link {
        label: required(label, "label")?,
        url: required(url, "url")?,
    })
}

fn image(r: R) -> JsonResult<Image> {
    let (mut alt, mut credit, mut caption, mut variants) = (None, None, None, None);
    r.object(&mut |r, key| {
        match key {
            "alt" => alt = Some(r.string()?),
            "credit" => credit = Some(r.string()?),
            "caption" => caption = r.optional(Reader::string)?,
            "variants" => variants = Some(r.list(image_variant)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(Image {
        alt: required(alt, "alt")?,
        credit: required(credit, "credit")?,
        caption,
        variants: required(variants, "variants")?,
    })
}

fn image_variant(r: R) -> JsonResult<ImageVariant> {
    let (mut url, mut width, mut height, mut format) = (None, None, None, None);
    r.object(&mut |r, key| {
        match key {
            "url" => url = Some(r.string()?),
            "width" => width = Some(r.unsigned(u32::MAX.into())? as u32),
            "height" => height = Some(r.unsigned(u32::MAX.into())? as u32),
            "format" => format = Some(image_format(r)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(ImageVariant {
        url: required(url, "url")?,
        width: required(width, "width")?,
        height: required(height, "height")?,
        format: required(format, "format")?,
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
    let (mut level, mut text) = (None, None);
    r.object(&mut |r, key| {
        match key {
            "level" => level = Some(r.unsigned(u8::MAX.into())? as u8),
            "text" => text = Some(rich_text(r)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(Heading {
        level: required(level, "level")?,
        text: required(text, "text")?,
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
    let (mut url, mut text) = (None, None);
    r.object(&mut |r, key| {
        match key {
            "url" => url = Some(r.string()?),
            "text" => text = Some(inlines(r)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(Inline::Link {
        url: required(url, "url")?,
        text: required(text, "text")?,
    })
}

pub fn core(r: R) -> JsonResult<Core> {
    let (mut format_version, mut release, mut site, mut projects) = (None, None, None, None);
    let (mut donors, mut topics, mut places, mut vacancies) = (None, None, None, None);
    let mut news = None;
    r.object(&mut |r, key| {
        match key {
            "format_version" => format_version = Some(r.unsigned(u32::MAX.into())? as u32),
            "release" => release = Some(r.string()?),
            "site" => site = Some(self::site(r)?),
            "projects" => projects = Some(r.list(project)?),
            "donors" => donors = Some(r.list(term)?),
            "topics" => topics = Some(r.list(term)?),
            "places" => places = Some(r.list(term)?),
            "vacancies" => vacancies = Some(r.list(vacancy)?),
            "news" => news = Some(news_digest(r)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(Core {
        format_version: required(format_version, "format_version")?,
        release: required(release, "release")?,
        site: required(site, "site")?,
        projects: required(projects, "projects")?,
        donors: required(donors, "donors")?,
        topics: required(topics, "topics")?,
        places: required(places, "places")?,
        vacancies: required(vacancies, "vacancies")?,
        news: required(news, "news")?,
    })
}

fn news_digest(r: R) -> JsonResult<NewsDigest> {
    let (mut count, mut latest, mut projects) = (None, None, None);
    r.object(&mut |r, key| {
        match key {
            "count" => count = Some(r.unsigned(u32::MAX.into())? as usize),
            "latest" => latest = Some(r.list(article_summary)?),
            "projects" => projects = Some(r.list(project_news)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(NewsDigest {
        count: required(count, "count")?,
        latest: required(latest, "latest")?,
        projects: required(projects, "projects")?,
    })
}

fn project_news(r: R) -> JsonResult<ProjectNews> {
    let (mut project, mut count, mut period, mut latest) = (None, None, None, None);
    r.object(&mut |r, key| {
        match key {
            "project" => project = Some(r.string()?),
            "count" => count = Some(r.unsigned(u32::MAX.into())? as usize),
            "period" => period = r.optional(date_pair)?,
            "latest" => latest = Some(r.list(article_summary)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(ProjectNews {
        project: required(project, "project")?,
        count: required(count, "count")?,
        period,
        latest: required(latest, "latest")?,
    })
}

fn date_pair(r: R) -> JsonResult<(Date, Date)> {
    match r.list(date)?.as_slice() {
        [first, last] => Ok((*first, *last)),
        _ => Err(JsonError::shape("a period is two dates")),
    }
}

fn article_summary(r: R) -> JsonResult<ArticleSummary> {
    let (mut slug, mut title, mut start, mut end, mut teaser) = (None, None, None, None, None);
    r.object(&mut |r, key| {
        match key {
            "slug" => slug = Some(r.string()?),
            "title" => title = Some(r.string()?),
            "start" => start = r.optional(date)?,
            "end" => end = r.optional(date)?,
            "teaser" => teaser = Some(r.string()?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(ArticleSummary {
        slug: required(slug, "slug")?,
        title: required(title, "title")?,
        start,
        end,
        teaser: required(teaser, "teaser")?,
    })
}

pub fn article_shard(r: R) -> JsonResult<ArticleShard> {
    let (mut article, mut newer, mut older, mut related) = (None, None, None, None);
    r.object(&mut |r, key| {
        match key {
            "article" => article = Some(self::article(r)?),
            "newer" => newer = r.optional(article_summary)?,
            "older" => older = r.optional(article_summary)?,
            "related" => related = Some(r.list(article_summary)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(ArticleShard {
        article: required(article, "article")?,
        newer,
        older,
        related: required(related, "related")?,
    })
}

pub fn news_start(r: R) -> JsonResult<NewsStart> {
    let (mut total, mut articles, mut facets) = (None, None, None);
    r.object(&mut |r, key| {
        match key {
            "total" => total = Some(r.unsigned(u32::MAX.into())? as usize),
            "articles" => articles = Some(r.list(article)?),
            "facets" => facets = Some(self::facets(r)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(NewsStart {
        total: required(total, "total")?,
        articles: required(articles, "articles")?,
        facets: required(facets, "facets")?,
    })
}

fn facets(r: R) -> JsonResult<Facets> {
    let (mut years, mut topics, mut projects) = (None, None, None);
    let (mut donors, mut places) = (None, None);
    r.object(&mut |r, key| {
        match key {
            "years" => years = Some(r.list(facet_option)?),
            "topics" => topics = Some(r.list(facet_option)?),
            "projects" => projects = Some(r.list(facet_option)?),
            "donors" => donors = Some(r.list(facet_option)?),
            "places" => places = Some(r.list(facet_option)?),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(Facets {
        years: required(years, "years")?,
        topics: required(topics, "topics")?,
        projects: required(projects, "projects")?,
        donors: required(donors, "donors")?,
        places: required(places, "places")?,
    })
}

/// An option as the start has it: nothing is ticked there, and every value is known.
fn facet_option(r: R) -> JsonResult<FacetOption> {
    let (mut value, mut label, mut count) = (None, None, None);
    r.object(&mut |r, key| {
        match key {
            "value" => value = Some(r.string()?),
            "label" => label = Some(r.string()?),
            "count" => count = Some(r.unsigned(u32::MAX.into())? as usize),
            _ => return Err(JsonError::unknown_field(key)),
        }
        Ok(())
    })?;
    Ok(FacetOption {
        value: required(value, "value")?,
        label: required(label, "label")?,
        count: required(count, "count")?,
        selected: false,
        known: true,
    })
}
