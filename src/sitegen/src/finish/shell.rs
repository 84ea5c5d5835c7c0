//! The page shell: Trunk's `index.html` (its stylesheet, icon and app script tags with hashed
//! names) with each page's own head tags and body put in.

/// Marks the head tags this tool writes, so finishing a folder twice replaces them.
const HEAD_START: &str = "<!-- page head: written by sitegen finish -->";
const HEAD_END: &str = "<!-- /page head -->";

#[derive(Debug, Clone)]
pub struct Shell {
    /// Up to where the page's own head tags go.
    before_head: String,
    /// From after the page's head tags to the end of `<body ...>`.
    head_to_body: String,
    /// From `</body>` to the end.
    after_body: String,
}

impl Shell {
    /// Reads the shell from Trunk's `index.html` (or from a page this tool already wrote).
    pub fn parse(html: &str) -> Result<Shell, String> {
        let (head_start, head_end) = match (html.find(HEAD_START), html.find(HEAD_END)) {
            (Some(start), Some(end)) if start < end => (start, end + HEAD_END.len()),
            _ => {
                let start = html
                    .find("<title>")
                    .ok_or("it has no <title> to put each page's title in")?;
                let end = html[start..]
                    .find("</title>")
                    .map(|at| start + at + "</title>".len())
                    .ok_or("its <title> is not closed")?;
                (start, end)
            }
        };
        let body_open = html[head_end..]
            .find("<body")
            .map(|at| head_end + at)
            .ok_or("it has no <body> after the <title>")?;
        let body_start = html[body_open..]
            .find('>')
            .map(|at| body_open + at + 1)
            .ok_or("its <body> tag is not closed")?;
        let body_end = html
            .rfind("</body>")
            .filter(|&end| end >= body_start)
            .ok_or("it has no </body>")?;
        Ok(Shell {
            before_head: html[..head_start].to_string(),
            head_to_body: html[head_end..body_start].to_string(),
            after_body: html[body_end..].to_string(),
        })
    }

    /// The whole page: the shell with `head` (tags) and `app` (the body's `#app` markup).
    pub fn page(&self, lang: &str, head: &str, app: &str) -> String {
        let before_head = set_html_lang(&self.before_head, lang);
        format!(
            "{before_head}{HEAD_START}\n{head}    {HEAD_END}{}\n<div id=\"app\" class=\"app\">{app}</div>\n{}",
            self.head_to_body, self.after_body
        )
    }
}

/// `<html lang="…">` set to `lang` (Trunk's template may say another or none).
fn set_html_lang(before_head: &str, lang: &str) -> String {
    let Some(open) = before_head.find("<html") else {
        return before_head.to_string();
    };
    let Some(close) = before_head[open..].find('>').map(|at| open + at) else {
        return before_head.to_string();
    };
    let attributes: String = before_head[open + "<html".len()..close]
        .split_whitespace()
        .filter(|attribute| !attribute.starts_with("lang="))
        .map(|attribute| format!(" {attribute}"))
        .collect();
    format!(
        "{}<html lang=\"{lang}\"{attributes}{}",
        &before_head[..open],
        &before_head[close..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <title>IOM</title>\n    <link rel=\"stylesheet\" href=\"/main-1.css\"/>\n  </head>\n  <body>\n    <noscript>old</noscript>\n  </body>\n</html>\n";

    #[test]
    fn puts_head_tags_in_place_of_the_title_and_the_page_in_the_body() {
        let shell = Shell::parse(TRUNK).unwrap();
        let page = shell.page("en", "<title>News</title>\n", "<main>hi</main>");
        assert!(page.contains("<title>News</title>"), "{page}");
        assert!(!page.contains("<title>IOM</title>"), "{page}");
        assert!(page.contains("href=\"/main-1.css\""));
        assert!(page.contains("<div id=\"app\" class=\"app\"><main>hi</main></div>"));
        assert!(
            !page.contains("noscript"),
            "the old body is replaced: {page}"
        );
        assert!(page.trim_end().ends_with("</html>"));
    }

    #[test]
    fn finishing_a_finished_page_again_replaces_what_it_wrote() {
        let once = Shell::parse(TRUNK)
            .unwrap()
            .page("en", "<title>A</title>\n", "a");
        let twice = Shell::parse(&once)
            .unwrap()
            .page("en", "<title>B</title>\n", "b");
        assert_eq!(
            twice,
            once.replace("<title>A</title>", "<title>B</title>")
                .replace(">a<", ">b<")
        );
    }

    #[test]
    fn sets_the_language() {
        let page = Shell::parse(&TRUNK.replace("<html lang=\"en\">", "<html class=\"x\">"))
            .unwrap()
            .page("az", "", "");
        assert!(page.contains("<html lang=\"az\" class=\"x\">"), "{page}");
    }

    #[test]
    fn says_what_is_missing_from_a_shell() {
        assert!(Shell::parse("<html><body></body></html>")
            .unwrap_err()
            .contains("<title>"));
        assert!(Shell::parse("<title>x</title>")
            .unwrap_err()
            .contains("<body>"));
    }
}
