//! Checks on free text and URLs: content is plain text, links are http(s) or mailto only.

/// Schemes a link may use.
const SAFE_SCHEMES: [&str; 3] = ["https", "http", "mailto"];

/// Schemes that run code or smuggle documents when followed; flagged wherever they appear.
const DANGEROUS_SCHEMES: [&str; 5] = ["javascript", "vbscript", "data", "file", "blob"];

/// Why `text` is not plain text, or `None`. Catches tags (`<b>`, `</p>`, `<script`), comments
/// and processing instructions (`<!--`, `<?`) and character entities (`&amp;`, `&#160;`), which
/// the site would show literally.
pub fn markup_error(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    for (index, &byte) in bytes.iter().enumerate() {
        let next = bytes.get(index + 1).copied().unwrap_or(0);
        let markup = match byte {
            b'<' => next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?'),
            b'&' => entity_len(&bytes[index..]).is_some(),
            _ => false,
        };
        if markup {
            let snippet = snippet_at(text, index);
            let what = if snippet.to_ascii_lowercase().starts_with("<script") {
                "a <script> tag"
            } else if byte == b'&' {
                "an HTML entity"
            } else {
                "HTML markup"
            };
            return Some(format!(
                "contains {what} (\"{snippet}\"); write plain text only"
            ));
        }
    }
    None
}

/// Length of an entity such as `&amp;` or `&#160;` at the start of `bytes`.
fn entity_len(bytes: &[u8]) -> Option<usize> {
    let end = bytes.iter().take(12).position(|&b| b == b';')?;
    let name = &bytes[1..end];
    let valid = match name {
        [b'#', b'x' | b'X', hex @ ..] => !hex.is_empty() && hex.iter().all(u8::is_ascii_hexdigit),
        [b'#', digits @ ..] => !digits.is_empty() && digits.iter().all(u8::is_ascii_digit),
        _ => name.len() >= 2 && name.iter().all(u8::is_ascii_alphanumeric),
    };
    valid.then_some(end + 1)
}

/// Up to 20 characters of `text` from byte `start`, for messages.
fn snippet_at(text: &str, start: usize) -> String {
    text[start..]
        .chars()
        .take(20)
        .take_while(|c| *c != '\n')
        .collect()
}

/// Why `url` may not be a link target, or `None` when it is an absolute http(s) or mailto URL.
pub fn link_url_error(url: &str) -> Option<String> {
    let trimmed = url.trim();
    if trimmed.is_empty() {
        return Some("the URL is empty".into());
    }
    if trimmed != url || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some(format!(
            "URL \"{}\" contains spaces or control characters",
            url.escape_debug()
        ));
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return Some(format!(
            "URL \"{url}\" has no scheme: write it in full, starting with https://"
        ));
    };
    let scheme = scheme.to_ascii_lowercase();
    if !SAFE_SCHEMES.contains(&scheme.as_str()) {
        return Some(format!("URL \"{url}\" uses the scheme \"{scheme}:\"; only https://, http:// and mailto: links are allowed"));
    }
    let has_target = if scheme == "mailto" {
        rest.contains('@')
    } else {
        rest.strip_prefix("//").is_some_and(|host| {
            host.split(['/', '?', '#'])
                .next()
                .is_some_and(|h| !h.is_empty())
        })
    };
    if !has_target {
        return Some(format!(
            "URL \"{url}\" is incomplete (expected https://host/… or mailto:name@host)"
        ));
    }
    None
}

/// Why `url` cannot be the site's public address: it must be an absolute http(s) URL of a
/// host alone, since the page paths (and a sub-path the site is deployed under) are added to it.
pub fn site_url_error(url: &str) -> Option<String> {
    if let Some(problem) = link_url_error(url) {
        return Some(problem);
    }
    let Some(rest) = ["https://", "http://"].iter().find_map(|scheme| {
        url.to_ascii_lowercase()
            .starts_with(scheme)
            .then(|| &url[scheme.len()..])
    }) else {
        return Some(format!(
            "URL \"{url}\" must start with https:// (or http://)"
        ));
    };
    let path = rest.find(['/', '?', '#']).map_or("", |at| &rest[at..]);
    if !path.is_empty() && path != "/" {
        return Some(format!(
            "URL \"{url}\" must be the host alone, such as https://example.org: a sub-path is given to the build (trunk build --public-url), not here"
        ));
    }
    None
}

/// Why `url` may not be the target of a link in body text, or `None`: an in-site path
/// ("/news/some-article", "/news?topic=x") or what [`link_url_error`] accepts. Shared by the
/// build and the app, which shows an unsafe link's text without the link.
pub fn text_link_url_error(url: &str) -> Option<String> {
    let Some(path) = url.strip_prefix('/') else {
        return link_url_error(url).map(|error| {
            format!("{error} (links to pages of this site start with /, as in /news)")
        });
    };
    let off_site = path.starts_with(['/', '\\']);
    if off_site
        || url
            .chars()
            .any(|c| c == '\\' || c.is_whitespace() || c.is_control())
    {
        return Some(format!(
            "in-site link \"{}\" must be a path such as /news/some-article (no //, spaces or backslashes)",
            url.escape_debug()
        ));
    }
    None
}

/// The folder, next to `content.json`, that the build writes photos to.
pub const MEDIA_FOLDER: &str = "media";

/// Why `url` is not the address of a photo the build wrote, or `None`: a path relative to the
/// site's root inside `media/`, of letters, digits, `-`, `_` and `.`. Shared by the build and
/// the app, which leaves out a photo whose address would lead elsewhere.
pub fn media_url_error(url: &str) -> Option<String> {
    let name = url
        .strip_prefix(MEDIA_FOLDER)
        .and_then(|rest| rest.strip_prefix('/'));
    let valid = name.is_some_and(|name| {
        !name.is_empty()
            && !name.starts_with('.')
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    });
    (!valid).then(|| {
        format!(
            "photo address \"{}\" is not a file in {MEDIA_FOLDER}/ (letters, digits, -, _ and . only)",
            url.escape_debug()
        )
    })
}

/// Why `text` contains a URL that must not be there, or `None`. Flags dangerous schemes
/// (`javascript:`, `data:`, …) and any `scheme://` other than http(s).
pub fn text_url_error(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    for (colon, _) in lower.match_indices(':') {
        let start = bytes[..colon]
            .iter()
            .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.')))
            .map_or(0, |p| p + 1);
        let scheme = &lower[start..colon];
        if scheme.is_empty() || !scheme.as_bytes()[0].is_ascii_alphabetic() {
            continue;
        }
        let after = &lower[colon + 1..];
        let followed_by_text = after.chars().next().is_some_and(|c| !c.is_whitespace());
        let dangerous = DANGEROUS_SCHEMES.contains(&scheme) && followed_by_text;
        let foreign = after.starts_with("//") && !matches!(scheme, "http" | "https");
        if dangerous || foreign {
            let snippet = snippet_at(text, start);
            return Some(format!(
                "contains a \"{scheme}:\" URL (\"{snippet}\"); only https://, http:// and mailto: are allowed"
            ));
        }
    }
    None
}

/// Every reason `text` is not acceptable plain text: markup or unsafe URLs.
pub fn text_errors(text: &str) -> Vec<String> {
    markup_error(text)
        .into_iter()
        .chain(text_url_error(text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_tags_entities_and_scripts() {
        assert!(markup_error("Hello <b>world</b>")
            .unwrap()
            .contains("HTML markup"));
        assert!(markup_error("x <SCRIPT>alert(1)</SCRIPT>")
            .unwrap()
            .contains("<script> tag"));
        assert!(markup_error("end</p>").is_some());
        assert!(markup_error("<!-- hidden -->").is_some());
        assert!(markup_error("Tom &amp; Jerry").unwrap().contains("entity"));
        assert!(markup_error("a&#160;b").is_some());
    }

    #[test]
    fn leaves_ordinary_punctuation_alone() {
        for text in [
            "x < 5 and y > 3",
            "a<5",
            "R&D",
            "Q&A; more",
            "Tom & Jerry;",
            "<= 10",
            "AT&T",
        ] {
            assert_eq!(markup_error(text), None, "{text}");
        }
    }

    #[test]
    fn accepts_only_complete_http_and_mailto_links() {
        for url in [
            "https://www.iom.int/",
            "http://azerbaijan.iom.int/x?y=1",
            "mailto:iombaku@iom.int",
            "HTTPS://IOM.INT",
        ] {
            assert_eq!(link_url_error(url), None, "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "ftp://x.org",
            "www.iom.int",
            "https://",
            "mailto:",
            " https://a.b",
            "https://a b",
            "",
        ] {
            assert!(link_url_error(url).is_some(), "{url} should be rejected");
        }
    }

    #[test]
    fn links_in_text_may_also_be_in_site_paths() {
        for url in [
            "/news/some-article",
            "/news?topic=border-management",
            "/",
            "https://iom.int",
        ] {
            assert_eq!(text_link_url_error(url), None, "{url}");
        }
        for url in [
            "//evil.example/x",
            "/\\evil.example",
            "/news/a b",
            "news/x",
            "javascript:alert(1)",
            "data:text/html,x",
        ] {
            assert!(
                text_link_url_error(url).is_some(),
                "{url} should be refused"
            );
        }
        assert!(text_link_url_error("news/x")
            .unwrap()
            .contains("start with /"));
    }

    #[test]
    fn photo_addresses_stay_inside_the_media_folder() {
        assert_eq!(media_url_error("media/training-960-0a1b2c3d4e.webp"), None);
        for url in [
            "/media/a.png",
            "media/../content.json",
            "media/.hidden",
            "media/",
            "https://evil.example/a.png",
            "//evil.example/a.png",
            "javascript:alert(1)",
            "media/a b.png",
            "media/sub/a.png",
        ] {
            assert!(media_url_error(url).is_some(), "{url} should be refused");
        }
    }

    #[test]
    fn finds_unsafe_urls_written_in_text() {
        assert!(text_url_error("click javascript:alert(1) now")
            .unwrap()
            .contains("\"javascript:\""));
        assert!(text_url_error("see DATA:text/html;base64,xx").is_some());
        assert!(text_url_error("ftp://files.example.org").is_some());
        for text in [
            "Note: the data: 20 people",
            "at 10:30",
            "see https://www.iom.int",
            "mail iombaku@iom.int",
            "ratio 3:1",
        ] {
            assert_eq!(text_url_error(text), None, "{text}");
        }
    }
}
