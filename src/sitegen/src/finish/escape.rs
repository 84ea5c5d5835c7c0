//! Escaping text for HTML attributes and XML, where this tool writes markup itself (head
//! tags, sitemap, feed); the pages' bodies are escaped by Leptos.

/// `text` safe inside a double-quoted attribute or as element text, in HTML and XML alike.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Not allowed in XML 1.0 at all (content is validated, but a feed must never break).
            c if c.is_control() && !matches!(c, '\n' | '\t' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes_and_drops_control_characters() {
        assert_eq!(
            escape("<a href=\"x\">&'\u{0}b</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;b&lt;/a&gt;"
        );
        assert_eq!(escape("Bakı — Нахчыван"), "Bakı — Нахчыван");
    }
}
