// Hostile content: payloads that would run, navigate, load or spoof something if the site ever
// treated content text as markup or as a URL. `poison` puts them into every kind of text the
// site shows. Used twice: hostile-site.mjs builds a whole site from the poisoned bundle (so the
// build's prerendered HTML is tested too), and the specs check what the visitor gets.
// Plain JavaScript so that the build script (Node, no TypeScript) and the specs share it.

/** Each payload, if ever run, sets window.__pwned and/or opens a dialog. */
export const SCRIPT_TAG = "<script>window.__pwned = 'script'; alert('script')</script>";
export const IMG_ONERROR = `<img src="x" onerror="window.__pwned = 'img'; alert('img')">`;
/** Leaves an attribute written without escaping its quotes, and adds a handler. */
export const ATTRIBUTE_BREAKOUT = `" autofocus onfocus="window.__pwned = 'attribute'" data-x="`;
export const JS_URL = "javascript:window.__pwned='link';alert('link')";
/** A right-to-left override that is never closed: unless isolated, it reverses what follows. */
export const RLO = "\u202E";
export const BIDI = `${RLO}gnp.exe`;
/** 5,000 characters without a break opportunity. */
export const LONG_WORD = "Migration".repeat(556).slice(0, 5000);
/** Where the one safe external link of the article's list points. */
export const EXTERNAL_URL = "https://example.org/report.pdf";

export const HOSTILE_TITLE = `${SCRIPT_TAG} Title ${IMG_ONERROR} ${ATTRIBUTE_BREAKOUT} ${BIDI} ${LONG_WORD}`;
/** A vacancy open long after any test runs, so the careers page shows it. */
export const VACANCY_CLOSES = "2099-12-31";

const text = (value) => [{ text: value }];

/** Body blocks with every payload in every kind of block, and one safe link of each kind. */
export function hostileBody() {
  return [
    { kind: "paragraph", text: text(`Body ${SCRIPT_TAG} and ${IMG_ONERROR} and <a href="${JS_URL}">a link</a> ${ATTRIBUTE_BREAKOUT}`) },
    {
      kind: "paragraph",
      text: [
        { text: `${BIDI} ` },
        { strong: text(LONG_WORD) },
        { link: { url: JS_URL, text: text("Script link in the text") } },
        { link: { url: "//evil.example/x", text: text("Off-site link in the text") } },
        { link: { url: "https://example.org/in-text", text: text("Safe link in the text") } },
      ],
    },
    { kind: "heading", text: { level: 9, text: text(SCRIPT_TAG) } },
    { kind: "bullet_list", text: [text(IMG_ONERROR), [{ emphasis: text(LONG_WORD) }]] },
    { kind: "numbered_list", text: [text(SCRIPT_TAG), text(BIDI)] },
    {
      kind: "quote",
      text: [{ kind: "paragraph", text: [{ link: { url: "data:text/html,<script>alert(1)</script>", text: text("Data link in the text") } }] }],
    },
  ];
}

/** Puts the payloads into every kind of text the site shows (the bundle is changed in place). */
export function poison(bundle) {
  // No photos: any image on a hostile page can then only come from a payload.
  for (const entry of [...bundle.articles, ...bundle.projects]) delete entry.images;
  const [article] = bundle.articles;
  article.title = HOSTILE_TITLE;
  article.body = hostileBody();
  article.links = [
    { label: `Report ${IMG_ONERROR}`, url: JS_URL },
    { label: "External report", url: EXTERNAL_URL },
  ];
  for (const other of bundle.articles.slice(1, 5)) other.title = `${IMG_ONERROR} ${BIDI} ${LONG_WORD}`;
  for (const project of bundle.projects) {
    project.name = `${SCRIPT_TAG} ${ATTRIBUTE_BREAKOUT} ${LONG_WORD}`;
    project.summary = hostileBody();
  }
  // Topic and place names end in an override never closed: they sit beside other text (a list
  // of names with commas, a filter's count). Donor names carry the markup.
  for (const term of [...bundle.topics, ...bundle.places]) term.name = `${term.name}${BIDI}`;
  for (const donor of bundle.donors) donor.name = `${donor.name} ${IMG_ONERROR} ${ATTRIBUTE_BREAKOUT}`;
  bundle.vacancies = [
    {
      slug: "hostile-vacancy",
      title: HOSTILE_TITLE,
      kind: "vacancy",
      closes: VACANCY_CLOSES,
      location: `${SCRIPT_TAG} ${BIDI}`,
      body: hostileBody(),
      links: [
        { label: `Apply ${IMG_ONERROR}`, url: JS_URL },
        { label: "Apply online", url: "https://example.org/apply" },
      ],
    },
  ];
  bundle.site.intro = hostileBody();
  bundle.site.history = hostileBody();
  bundle.site.government_partners = bundle.site.government_partners.map(() => `${SCRIPT_TAG}${ATTRIBUTE_BREAKOUT}${LONG_WORD}`);
}
