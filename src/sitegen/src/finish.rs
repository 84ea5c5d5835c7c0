//! `sitegen finish`: turns Trunk's output into the site a host serves. Run by Trunk's
//! `post_build` hook on the staging folder, after the app and the content bundle are built.
//!
//! It writes, from the bundle in the folder and the app's own components:
//!   - the content split as the app loads it: the core `content.json` in place of the whole
//!     bundle, and `content/<release>/` with the archive and a file per article (`shards`);
//!   - every page as HTML (`index.html`, `about/index.html`, `news/<slug>/index.html`, …,
//!     `404.html`), each with its own title, description, canonical and Open Graph tags;
//!   - `sitemap.xml`, `robots.txt` and the Atom feed `news/feed.xml`;
//!   - the kiosk's QR codes (`qr/<hash>.svg`) of every address it shows instead of leaving;
//!   - `_headers` and `deploy/nginx.conf` (how a host must serve the files);
//!   - the release (every file with its hash) into the service worker `sw.js`;
//!   - `.br` and `.gz` copies of every text file.

mod compress;
mod escape;
mod feed;
mod files;
mod head;
mod host_rules;
mod precache;
mod qr;
mod shards;
mod shell;
mod sitemap;

use crate::options::read_options;
pub use shards::write_shards;
use shell::Shell;
use site_app::{prerender::render_page, Content};
use site_domain::bundle::{parse_bundle, parse_core};
use site_domain::catalog::article_by_slug;
use site_domain::i18n::Lang;
use site_domain::page_meta::page_meta;
use site_domain::routes::{all_routes, Route, SiteAddress, NOT_FOUND_FILE};
use site_domain::shards::{Core, CORE_FILE};
use site_domain::{Bundle, Date};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

const USAGE: &str = "usage: sitegen finish --dist <dir> [--public-url <url>] [--today <YYYY-MM-DD>]
  --dist <dir>         the built site (Trunk's output, with content.json and index.html)
  --bundle <file>      the content bundle to publish (default: <dir>/content.json as the build
                       wrote it, or the archive of the release a finished folder has)
  --public-url <url>   where the site is served from, as given to Trunk (default: $TRUNK_PUBLIC_URL or /)
  --today <date>       the day the pages are written for (default: today, UTC)
  --no-compress        skip the .br/.gz copies (development builds)";

pub struct Options {
    pub dist: PathBuf,
    /// The whole archive; `None`: the bundle Trunk's build hook wrote into the folder.
    pub bundle: Option<PathBuf>,
    pub public_url: String,
    pub today: Date,
    pub compress: bool,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut dist = None;
    let mut bundle = None;
    let mut public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let mut today = None;
    let mut compress = true;
    read_options(args, USAGE, |name, value| {
        match name {
            "--dist" => dist = Some(PathBuf::from(value()?)),
            "--bundle" => bundle = Some(PathBuf::from(value()?)),
            "--public-url" => public_url = value()?,
            "--today" => {
                let text = value()?;
                today =
                    Some(Date::parse(&text).map_err(|e| format!("--today {text}: {e}\n{USAGE}"))?);
            }
            "--no-compress" => compress = false,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Options {
        dist: dist.ok_or_else(|| format!("say which folder to finish (--dist)\n{USAGE}"))?,
        bundle,
        public_url,
        today: today.unwrap_or_else(today_utc),
        compress,
    })
}

pub fn run(args: &[String]) -> Result<(), String> {
    let options = parse_options(args)?;
    let started = Instant::now();
    let summary = finish(&options).map_err(|e| format!("sitegen finish: {e}"))?;
    println!(
        "sitegen finish: {} in {:.1} s",
        summary,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Does the whole job on `options.dist`; says what it wrote.
pub fn finish(options: &Options) -> Result<String, String> {
    let dist = &options.dist;
    let bundle_file = options
        .bundle
        .clone()
        .unwrap_or_else(|| dist.join("content.json"));
    let bundle = read_bundle(dist, &bundle_file)?;
    let address = SiteAddress::new(&bundle.site.url, &options.public_url);
    let shell_file = dist.join("index.html");
    let shell_text = fs::read_to_string(&shell_file)
        .map_err(|e| format!("cannot read {}: {e}", shell_file.display()))?;
    let shell = Shell::parse(&shell_text)
        .map_err(|e| format!("{} is not a page shell: {e}", shell_file.display()))?;
    let core = shards::write_shards(dist, &bundle)?;
    let pages = write_pages(dist, &shell, &bundle, &core, &address, options.today)?;
    let bundle = &bundle;
    write(dist, "sitemap.xml", &sitemap::sitemap(bundle, &address))?;
    write(dist, "robots.txt", &sitemap::robots(&address))?;
    write(dist, "news/feed.xml", &feed::feed(bundle, &address))?;
    let qr_codes = qr::write_qr_codes(dist, bundle, &address)?;

    let rules = host_rules::HostRules::new(address, &root_file_names(dist)?);
    write(dist, "_headers", &rules.headers_file())?;
    write(dist, "deploy/nginx.conf", &rules.nginx_conf())?;

    let release = precache::release(dist, &[&core.archive_file()])?;
    precache::write_into_worker(dist, &release)?;

    let compressed = if options.compress {
        format!(
            "{} files compressed (.br, .gz)",
            compress::compress_tree(dist)?
        )
    } else {
        "not compressed".to_string()
    };
    Ok(format!(
        "{pages} pages, sitemap, feed, {qr_codes} QR codes, host files; release {} of {} files in sw.js; {compressed} in {}",
        release.id,
        release.files.len(),
        dist.display()
    ))
}

/// The whole bundle in `file`: as the build wrote it, or, in a folder finished before, the
/// archive its core names (so a folder can be finished again).
fn read_bundle(dist: &Path, file: &Path) -> Result<Bundle, String> {
    let read = |file: &Path| {
        fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))
    };
    let text = read(file)?;
    match parse_bundle(&text) {
        Ok(bundle) => Ok(bundle),
        Err(error) => match parse_core(&text) {
            Ok(core) => {
                let archive = dist.join(core.archive_file());
                parse_bundle(&read(&archive)?).map_err(|e| format!("{}: {e}", archive.display()))
            }
            Err(_) => Err(format!("{}: {error}", file.display())),
        },
    }
}

/// Every route's page and the not-found page; returns how many.
fn write_pages(
    dist: &Path,
    shell: &Shell,
    bundle: &Bundle,
    core: &Core,
    address: &SiteAddress,
    today: Date,
) -> Result<usize, String> {
    let lang = Lang::default();
    let content = Arc::new(Content::whole(bundle.clone(), &core.release));
    let mut pages: Vec<(Option<Route>, String)> = all_routes(bundle)
        .into_iter()
        .map(|route| {
            let file = route.output_file();
            (Some(route), file)
        })
        .collect();
    pages.push((None, NOT_FOUND_FILE.to_string()));
    for (route, file) in &pages {
        let path = route
            .as_ref()
            .map_or_else(|| format!("/{NOT_FOUND_FILE}"), Route::href);
        let article = match route {
            Some(Route::Article(slug)) => article_by_slug(bundle, slug),
            _ => None,
        };
        let meta = page_meta(core, route.as_ref(), article, lang);
        let head = head::head_tags(
            &meta,
            route.as_ref(),
            &page_files(core, route.as_ref()),
            address,
            lang,
        );
        let app = render_page(&content, address.base(), &path, today);
        write(dist, file, &shell.page(lang.code(), &head, &app))?;
    }
    Ok(pages.len())
}

/// The content files a page loads: the core, and an article's own file, the news list's
/// start or, for an archive page, the list (named in the head, so that boot.js downloads
/// them beside the app).
fn page_files(core: &Core, route: Option<&Route>) -> Vec<String> {
    let mut files = vec![CORE_FILE.to_string()];
    match route {
        Some(Route::Article(slug)) => files.push(core.article_file(slug)),
        Some(Route::News(_)) => files.push(core.news_start_file()),
        Some(Route::NewsArchive(_)) => files.push(core.list_file()),
        _ => {}
    }
    files
}

fn write(dist: &Path, file: &str, text: &str) -> Result<(), String> {
    write_bytes(dist, file, text.as_bytes())
}

fn write_bytes(dist: &Path, file: &str, bytes: &[u8]) -> Result<(), String> {
    let path = dist.join(file);
    if let Some(folder) = path.parent() {
        fs::create_dir_all(folder)
            .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    }
    fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn root_file_names(dist: &Path) -> Result<Vec<String>, String> {
    let entries = fs::read_dir(dist).map_err(|e| format!("cannot list {}: {e}", dist.display()))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dist.display()))?;
        if entry.path().is_file() {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    Ok(names)
}

fn today_utc() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    Date::from_days_since_epoch((seconds / 86_400) as i64)
}
