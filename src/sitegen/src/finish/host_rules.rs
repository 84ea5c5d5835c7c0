//! How a host must serve the site, written once and rendered for two kinds of host:
//! `_headers` (Netlify, Cloudflare Pages) and `deploy/nginx.conf`.
//!
//! Every response carries the security headers. Files whose names carry a hash of their
//! content never change, so browsers may keep them for a year; everything else (pages,
//! `boot.js`, `content.json`, the service worker, feeds) is revalidated on every use, so a
//! release shows at once. Unknown paths are answered by `404.html` with status 404: there is
//! no catch-all rewrite to `index.html`.

use site_domain::routes::{Route, SiteAddress};

/// The Content-Security-Policy every page runs under: no inline script or style anywhere
/// (the prerendered pages included), nothing from another origin; WebAssembly allowed.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub const SECURITY_HEADERS: [(&str, &str); 4] = [
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    (
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    ),
];

pub const CACHE_FOREVER: &str = "public, max-age=31536000, immutable";
pub const CACHE_REVALIDATE: &str = "no-cache";

/// Folders whose files never change under their name: photos named by a hash of their content,
/// QR codes by a hash of their address.
pub const HASHED_FOLDERS: &[&str] = &["media", "qr", "content"];

/// Files the build writes for the host, never served to visitors.
pub const HOST_ONLY: &[&str] = &["_headers", "deploy"];

/// Content types by file extension, for hosts that need telling (nginx here).
pub const CONTENT_TYPES: &[(&str, &str)] = &[
    ("html", "text/html"),
    ("css", "text/css"),
    ("js", "text/javascript"),
    ("mjs", "text/javascript"),
    ("json", "application/json"),
    ("wasm", "application/wasm"),
    ("bin", "application/octet-stream"),
    ("svg", "image/svg+xml"),
    ("xml", "application/xml"),
    ("txt", "text/plain"),
    ("webmanifest", "application/manifest+json"),
    ("png", "image/png"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("webp", "image/webp"),
    ("ico", "image/x-icon"),
    ("woff2", "font/woff2"),
];

/// Whether a file name carries a content hash as Trunk writes them: `name-<hash>` before the
/// extension (`site_app-0123456789abcdef_bg.wasm`, `main-0123456789abcdef.css`).
pub fn is_content_hashed(file_name: &str) -> bool {
    let stem = file_name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(name, hash)| {
        !name.is_empty()
            && TRUNK_HASH_DIGITS.contains(&hash.len())
            && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// Trunk writes its 64-bit hash in hex without leading zeros: 16 digits, 15 one build in 16,
/// 14 one in 256; fewer than 12 one in a million builds, and too short to tell from a name.
const TRUNK_HASH_DIGITS: std::ops::RangeInclusive<usize> = 12..=16;

/// The site's files as rules: the files at the root by name (hashed or not), the page
/// sections and the hashed folders by prefix.
pub struct HostRules {
    address: SiteAddress,
    hashed_files: Vec<String>,
    other_files: Vec<String>,
}

impl HostRules {
    /// `root_files`: the names of the files at the top of the built site.
    pub fn new(address: SiteAddress, root_files: &[String]) -> HostRules {
        let mut served: Vec<&String> = root_files
            .iter()
            .filter(|name| !HOST_ONLY.contains(&name.as_str()))
            .filter(|name| !name.ends_with(".br") && !name.ends_with(".gz"))
            .collect();
        served.sort();
        let (hashed, other): (Vec<&String>, Vec<&String>) =
            served.into_iter().partition(|name| is_content_hashed(name));
        HostRules {
            address,
            hashed_files: hashed.into_iter().cloned().collect(),
            other_files: other.into_iter().cloned().collect(),
        }
    }

    /// Netlify / Cloudflare Pages `_headers`. Rules never overlap in `Cache-Control` (both
    /// hosts merge every matching rule's headers).
    pub fn headers_file(&self) -> String {
        let mut out = String::from(
            "# Written by sitegen finish: headers for Netlify and Cloudflare Pages.\n",
        );
        let base = self.address.base();
        out.push_str(&format!("{base}/*\n"));
        for (name, value) in SECURITY_HEADERS {
            out.push_str(&format!("  {name}: {value}\n"));
        }
        for path in self.immutable_paths() {
            out.push_str(&format!("{path}\n  Cache-Control: {CACHE_FOREVER}\n"));
        }
        for path in self.revalidated_paths() {
            out.push_str(&format!("{path}\n  Cache-Control: {CACHE_REVALIDATE}\n"));
        }
        out
    }

    /// Paths (with `*` for a whole folder) served with `CACHE_FOREVER`.
    fn immutable_paths(&self) -> Vec<String> {
        let base = self.address.base();
        self.hashed_files
            .iter()
            .map(|name| format!("{base}/{name}"))
            .chain(
                HASHED_FOLDERS
                    .iter()
                    .map(|folder| format!("{base}/{folder}/*")),
            )
            .collect()
    }

    /// Everything else a visitor may request, as `_headers` paths: the pages' sections and
    /// the other files at the root by name. (Listed rather than `/*`, which every path
    /// matches: hosts would send both Cache-Controls for a hashed file.)
    fn revalidated_paths(&self) -> Vec<String> {
        let base = self.address.base();
        let mut paths = vec![format!("{base}/")];
        for section in [Route::About, Route::Projects, Route::news(), Route::Careers] {
            let path = self.address.path(&section);
            paths.push(format!("{path}/*"));
            paths.push(path);
        }
        paths.extend(self.other_files.iter().map(|name| format!("{base}/{name}")));
        paths
    }

    /// An nginx `server` block (include it from `http { }` after loading the brotli module):
    /// static files only, precompressed `.br`/`.gz` served when the browser accepts them.
    pub fn nginx_conf(&self) -> String {
        let base = self.address.base();
        let mut out = String::new();
        out.push_str(
            "# Written by sitegen finish from the built site. Include it inside `http { }` with\n",
        );
        out.push_str(
            "# the brotli_static module loaded (Debian: libnginx-mod-http-brotli-static).\n",
        );
        out.push_str("# `root` is the folder that holds the site");
        if base.is_empty() {
            out.push_str(" (the contents of dist/).\n");
        } else {
            out.push_str(&format!("'s parent: dist/ is copied to <root>{base}/.\n"));
        }
        out.push_str(
            "server {\n    listen 8080;\n    server_name _;\n    root /srv/iom-azerbaijan;\n\n",
        );
        out.push_str("    types {\n");
        for (extension, content_type) in CONTENT_TYPES {
            out.push_str(&format!("        {content_type} {extension};\n"));
        }
        out.push_str("    }\n    default_type application/octet-stream;\n    charset utf-8;\n");
        out.push_str("    charset_types text/css text/javascript application/json application/xml application/atom+xml text/plain image/svg+xml application/manifest+json;\n");
        out.push_str("    brotli_static on;\n    gzip_static on;\n    gzip_vary on;\n");
        out.push_str("    server_tokens off;\n    absolute_redirect off;\n");
        out.push_str(&format!("    error_page 404 {base}/404.html;\n\n"));

        let location = |out: &mut String, matcher: &str, cache: &str, body: &str| {
            out.push_str(&format!("    location {matcher} {{\n"));
            out.push_str(&format!(
                "        add_header Cache-Control \"{cache}\" always;\n"
            ));
            for (name, value) in SECURITY_HEADERS {
                out.push_str(&format!("        add_header {name} \"{value}\" always;\n"));
            }
            out.push_str(body);
            out.push_str("    }\n");
        };
        for name in &self.hashed_files {
            location(
                &mut out,
                &format!("= {base}/{name}"),
                CACHE_FOREVER,
                "        try_files $uri =404;\n",
            );
        }
        for folder in HASHED_FOLDERS {
            location(
                &mut out,
                &format!("^~ {base}/{folder}/"),
                CACHE_FOREVER,
                "        try_files $uri =404;\n",
            );
        }
        location(
            &mut out,
            &format!("= {base}/news/feed.xml"),
            CACHE_REVALIDATE,
            "        types { }\n        default_type application/atom+xml;\n",
        );
        for host_only in HOST_ONLY {
            out.push_str(&format!(
                "    location ^~ {base}/{host_only} {{\n        return 404;\n    }}\n"
            ));
        }
        location(
            &mut out,
            &format!("{base}/"),
            CACHE_REVALIDATE,
            "        try_files $uri $uri/index.html =404;\n",
        );
        out.push_str("}\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(public_url: &str) -> HostRules {
        let files = [
            "index.html",
            "boot.js",
            "content.json",
            "site_app-0123456789abcdef.js",
            "site_app-0123456789abcdef_bg.wasm",
            "main-fedcba9876543210.css",
        ]
        .map(String::from);
        HostRules::new(SiteAddress::new("https://example.org", public_url), &files)
    }

    #[test]
    fn recognises_trunks_hashed_names() {
        for hashed in [
            "site_app-9ea7e40ffe9c63b1_bg.wasm",
            "site_app-9ea7e40ffe9c63b1.js",
            "main-bb54d6d08e449746.css",
            "favicon-9bfff69dfbc1d8d7.svg",
            // A hash whose first hex digit was 0 (Trunk drops leading zeros).
            "site_app-474bf5e69ae5f8b_bg.wasm",
            "site_app-474bf5e69ae5f8b.js",
        ] {
            assert!(is_content_hashed(hashed), "{hashed}");
        }
        for plain in [
            "boot.js",
            "content.json",
            "index.html",
            "a-b.css",
            "x-0123.js",
            "report-2016.pdf",
            "x-0123456789a.js",
            "-0123456789abcdef.js",
        ] {
            assert!(!is_content_hashed(plain), "{plain}");
        }
    }

    #[test]
    fn headers_give_hashed_files_a_year_and_everything_else_revalidation() {
        let headers = rules("/").headers_file();
        assert!(headers.contains("/site_app-0123456789abcdef_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable"), "{headers}");
        assert!(headers.contains("/media/*\n  Cache-Control: public, max-age=31536000, immutable"));
        assert!(headers.contains("/content.json\n  Cache-Control: no-cache"));
        assert!(headers.contains("/boot.js\n  Cache-Control: no-cache"));
        assert!(headers.contains("/news/*\n  Cache-Control: no-cache"));
        assert!(!headers.contains("unsafe-inline"));
        let security = headers.split("\n/").next().unwrap();
        assert!(security.starts_with("# Written"));
        assert_eq!(headers.matches("Content-Security-Policy").count(), 1);
    }

    #[test]
    fn a_sub_path_build_prefixes_every_rule() {
        let headers = rules("/iom/").headers_file();
        assert!(headers.contains("\n/iom/*\n"));
        assert!(headers.contains("\n/iom/main-fedcba9876543210.css\n"));
        let nginx = rules("/iom/").nginx_conf();
        assert!(nginx.contains("error_page 404 /iom/404.html;"));
        assert!(nginx.contains("location /iom/ {"));
        assert!(nginx.contains("location = /iom/site_app-0123456789abcdef.js {"));
    }

    #[test]
    fn nginx_repeats_the_security_headers_in_every_location() {
        let nginx = rules("/").nginx_conf();
        let locations = nginx.matches("add_header Cache-Control").count();
        assert_eq!(locations, 3 + HASHED_FOLDERS.len() + 2, "{nginx}");
        assert_eq!(
            nginx.matches("add_header Content-Security-Policy").count(),
            locations
        );
        assert!(nginx.contains("try_files $uri $uri/index.html =404;"));
        assert!(!nginx.contains("index.html;\n        try_files $uri /index.html"));
    }
}
