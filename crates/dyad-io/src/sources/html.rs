//! HTML pages: main-content extraction (title, byline, date, body, captions).
//!
//! The body comes from `dom_smoothie`, a port of Mozilla's Readability, which scores
//! the page's blocks and keeps the article; when it finds nothing, the paragraphs of
//! the page's article element (or `main`, or `body`) outside boilerplate are used.
//! Metadata comes from the whole page: JSON-LD, `<meta>` tags, `<time>` and the
//! byline; captions from its `<figure>` elements.

use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe};

use dom_query::{Document as Dom, NodeRef, Selection};
use dom_smoothie::{Config, Readability};
use dyad_core::document::{ArticleParts, Content, Document};
use dyad_core::model::Caption;
use serde_json::Value;

use super::{collapse_whitespace, host_of, non_empty, normalise_timestamp, paragraphs_from_lines};
use crate::error::SourceError;
use crate::read::{Input, SourceItem};

pub(crate) fn read(input: &Input) -> Vec<SourceItem> {
    if input.truncated {
        return Vec::new();
    }
    let (html, warning) = input.text();
    let mut items: Vec<SourceItem> = warning.into_iter().collect();
    items.push(match extract(&html, None) {
        Some(parts) => SourceItem::Document(Document {
            source: input.path.to_string(),
            position: 0,
            content: Content::Parts(parts),
        }),
        None => SourceItem::Error(SourceError::NoHtmlContent {
            path: input.path.to_string(),
        }),
    });
    items
}

/// The article of an HTML page, or `None` when the page has no body paragraphs.
/// `page_url` (e.g. a WARC target URI) is used when the page names no URL itself.
pub(crate) fn extract(html: &str, page_url: Option<&str>) -> Option<ArticleParts> {
    let page = Dom::from(html);
    let mut paragraphs = readability_paragraphs(html, page_url);
    if paragraphs.is_empty() {
        paragraphs = container_paragraphs(&page);
    }
    paragraphs.retain(|paragraph| !is_byline_line(paragraph));
    if paragraphs.is_empty() {
        return None;
    }
    let metas = meta_tags(&page);
    let linked_data = linked_data(&page);
    let url = first_of(&metas, &["og:url"])
        .or_else(|| attr_of(&page, "link[rel=\"canonical\"]", "href"))
        .or_else(|| linked_data.url.clone())
        .filter(|url| url.contains("://"))
        .or_else(|| page_url.map(str::to_string));
    let headline = headline(&page, &metas, &linked_data).unwrap_or_default();
    let captions = captions(&page.select("figure"));
    Some(ArticleParts {
        headline,
        captions,
        paragraphs,
        published: published(&page, &metas, &linked_data),
        source_domain: url.as_deref().and_then(host_of),
        url,
        authors: authors(&page, &metas, &linked_data),
    })
}

/// Paragraphs and captions of an HTML fragment such as a feed item's content.
pub(crate) fn fragment_parts(html: &str) -> (Vec<String>, Vec<Caption>) {
    let fragment = Dom::fragment(html);
    let mut paragraphs = paragraphs_in(&fragment.select("p"));
    if paragraphs.is_empty() {
        paragraphs = paragraphs_from_lines(&fragment.root().formatted_text());
    }
    (paragraphs, captions(&fragment.select("figure")))
}

fn readability_paragraphs(html: &str, page_url: Option<&str>) -> Vec<String> {
    let config = Config {
        // Class names let the boilerplate filter below see "related", "share" etc.
        keep_classes: true,
        ..Config::default()
    };
    let url = page_url.filter(|url| url.starts_with("http://") || url.starts_with("https://"));
    // Readability is third-party code run on untrusted pages: a panic there must cost
    // one page its main-content extraction (the fallback still runs), not the batch.
    let content = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut readability = Readability::new(html, url, Some(config)).ok()?;
        readability
            .parse()
            .ok()
            .map(|article| article.content.to_string())
    }))
    .ok()
    .flatten();
    match content {
        Some(content) => paragraphs_in(&Dom::from(content.as_str()).select("p")),
        None => Vec::new(),
    }
}

/// Paragraphs of the page's most specific article container, outside boilerplate.
fn container_paragraphs(page: &Dom) -> Vec<String> {
    [
        "[itemprop=\"articleBody\"]",
        "article",
        "main",
        "[role=\"main\"]",
        "body",
    ]
    .iter()
    .map(|selector| paragraphs_in(&page.select(selector).select("p")))
    .find(|paragraphs| !paragraphs.is_empty())
    .unwrap_or_default()
}

/// The text of each `<p>` that is not a caption, a byline or in boilerplate.
fn paragraphs_in(paragraphs: &Selection) -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    for node in paragraphs.nodes() {
        if in_boilerplate(node, true) {
            continue;
        }
        if let Some(text) = non_empty(&node.text()) {
            // A `<p>` nested in a selected container can be reached twice.
            if texts.last() != Some(&text) {
                texts.push(text);
            }
        }
    }
    texts
}

/// Tags whose content is never article text.
const BOILERPLATE_TAGS: &[&str] = &[
    "nav", "footer", "aside", "header", "form", "noscript", "button", "menu", "dialog",
];
/// Words in a class or id that mark boilerplate blocks (matched as whole words of
/// class names split on `-` and `_`, so "comments-section" matches and "tradeoff" does not).
const BOILERPLATE_WORDS: &[&str] = &[
    "related",
    "comment",
    "comments",
    "share",
    "sharing",
    "social",
    "newsletter",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "sidebar",
    "subscribe",
    "subscription",
    "cookie",
    "cookies",
    "footer",
    "nav",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "recommended",
    "recommendations",
    "popular",
    "trending",
    "byline",
    "signup",
    "outbrain",
    "taboola",
    "paywall",
    "disclaimer",
];

/// Whether the node or one of its ancestors is boilerplate; `in_figures` also
/// counts figures (their captions are read separately).
fn in_boilerplate(node: &NodeRef, in_figures: bool) -> bool {
    std::iter::once(*node)
        .chain(node.ancestors_it(None))
        .filter(NodeRef::is_element)
        .any(|element| is_boilerplate_element(&element, in_figures))
}

fn is_boilerplate_element(element: &NodeRef, in_figures: bool) -> bool {
    let Some(tag) = element.node_name() else {
        return false;
    };
    let tag = tag.to_ascii_lowercase();
    if tag == "body" || tag == "html" {
        // Page-level classes describe the page ("comments-open"), not a block.
        return false;
    }
    if BOILERPLATE_TAGS.contains(&tag.as_str())
        || (in_figures && (tag == "figure" || tag == "figcaption"))
    {
        return true;
    }
    if element
        .attr("role")
        .is_some_and(|role| matches!(&*role, "navigation" | "complementary" | "contentinfo"))
    {
        return true;
    }
    let names = [element.class(), element.id_attr()];
    names.iter().flatten().any(|names| {
        names
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|word| BOILERPLATE_WORDS.contains(&word.to_ascii_lowercase().as_str()))
    })
}

/// `<meta>` values by lower-cased `property`, `name` or `itemprop`; the first wins.
fn meta_tags(page: &Dom) -> HashMap<String, String> {
    let mut metas = HashMap::new();
    for meta in page.select("meta[content]").nodes() {
        let Some(content) = meta.attr("content").and_then(|c| non_empty(&c)) else {
            continue;
        };
        for key_attr in ["property", "name", "itemprop"] {
            if let Some(key) = meta.attr(key_attr) {
                metas
                    .entry(key.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.clone());
            }
        }
    }
    metas
}

fn first_of(metas: &HashMap<String, String>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| metas.get(*key).cloned())
}

fn attr_of(page: &Dom, selector: &str, attr: &str) -> Option<String> {
    page.select(selector)
        .nodes()
        .iter()
        .find_map(|node| node.attr(attr).and_then(|value| non_empty(&value)))
}

/// What the page's JSON-LD says about its article.
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    published: Option<String>,
    authors: Vec<String>,
    url: Option<String>,
}

/// The first JSON-LD object that describes an article (has `datePublished` or
/// `headline`), searched through arrays and `@graph`.
fn linked_data(page: &Dom) -> LinkedData {
    for script in page.select("script[type=\"application/ld+json\"]").nodes() {
        let Ok(value) = serde_json::from_str::<Value>(script.text().trim()) else {
            continue;
        };
        if let Some(article) = find_article_object(&value) {
            let text = |name: &str| {
                article
                    .get(name)
                    .and_then(Value::as_str)
                    .and_then(non_empty)
            };
            return LinkedData {
                headline: text("headline").or_else(|| text("name")),
                published: text("datePublished").or_else(|| text("dateCreated")),
                authors: person_names(article.get("author")),
                url: text("url"),
            };
        }
    }
    LinkedData::default()
}

fn find_article_object(value: &Value) -> Option<&serde_json::Map<String, Value>> {
    match value {
        Value::Array(values) => values.iter().find_map(find_article_object),
        Value::Object(object) => {
            if object.contains_key("datePublished") || object.contains_key("headline") {
                Some(object)
            } else {
                object.get("@graph").and_then(find_article_object)
            }
        }
        _ => None,
    }
}

/// Names of a JSON-LD `author`: a string, a `{name}` object, or an array of them.
fn person_names(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(name)) => non_empty(name).into_iter().collect(),
        Some(Value::Object(person)) => person
            .get("name")
            .and_then(Value::as_str)
            .and_then(non_empty)
            .into_iter()
            .collect(),
        Some(Value::Array(people)) => people
            .iter()
            .flat_map(|person| person_names(Some(person)))
            .collect(),
        _ => Vec::new(),
    }
}

fn headline(page: &Dom, metas: &HashMap<String, String>, linked: &LinkedData) -> Option<String> {
    first_of(metas, &["og:title", "twitter:title"])
        .or_else(|| linked.headline.clone())
        .or_else(|| {
            page.select("h1")
                .nodes()
                .iter()
                .find_map(|h1| non_empty(&h1.text()))
        })
        .or_else(|| {
            page.select("title")
                .nodes()
                .first()
                .and_then(|title| non_empty(&title.text()))
                .map(|title| without_site_name(&title))
        })
}

/// `<title>` often ends with the site's name after a separator: drop that part when
/// what remains is still a plausible headline.
fn without_site_name(title: &str) -> String {
    for separator in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some((head, _site)) = title.rsplit_once(separator) {
            if head.split_whitespace().count() >= 3 {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// Publication date keys of `<meta>` tags, most specific first.
const DATE_META_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "og:updated_time",
];

fn published(page: &Dom, metas: &HashMap<String, String>, linked: &LinkedData) -> Option<String> {
    linked
        .published
        .clone()
        .or_else(|| first_of(metas, DATE_META_KEYS))
        .or_else(|| attr_of(page, "[itemprop=\"datePublished\"][datetime]", "datetime"))
        .or_else(|| {
            page.select("time[datetime]")
                .nodes()
                .iter()
                .filter(|time| !in_boilerplate(time, true))
                .find_map(|time| time.attr("datetime").and_then(|value| non_empty(&value)))
        })
        .and_then(|date| normalise_timestamp(&date))
}

fn authors(page: &Dom, metas: &HashMap<String, String>, linked: &LinkedData) -> Vec<String> {
    if !linked.authors.is_empty() {
        return linked.authors.clone();
    }
    // `article:author` is often a profile URL, which names no one.
    if let Some(names) = first_of(metas, &["author", "article:author", "byl", "dc.creator"])
        .filter(|names| !names.contains("://"))
    {
        return split_byline(&names);
    }
    let byline = page
        .select("[itemprop=\"author\"], [rel=\"author\"], [class*=\"byline\"], [class*=\"author\"]")
        .nodes()
        .iter()
        .filter_map(|node| non_empty(&node.text()))
        // An author box with a biography is not a byline.
        .find(|text| text.split_whitespace().count() <= MAX_BYLINE_WORDS);
    byline
        .map(|byline| split_byline(&byline))
        .unwrap_or_default()
}

/// Most words a byline line has ("By Jane Doe, Omar Haddad and Lena Ortiz in Velm").
const MAX_BYLINE_WORDS: usize = 12;

/// A byline that the main-content extraction kept as a paragraph: "By Jane Doe".
/// Readability turns byline blocks into paragraphs and drops their class names.
fn is_byline_line(paragraph: &str) -> bool {
    let starts_with_by = paragraph
        .get(..3)
        .is_some_and(|start| start.eq_ignore_ascii_case("by "));
    starts_with_by
        && paragraph.split_whitespace().count() <= MAX_BYLINE_WORDS
        && !paragraph.ends_with(['.', '!', '?', '"', '\u{201d}'])
}

/// "By Jane Doe and Omar Haddad" -> ["Jane Doe", "Omar Haddad"].
fn split_byline(byline: &str) -> Vec<String> {
    let byline = collapse_whitespace(byline);
    let names = byline
        .strip_prefix("By ")
        .or_else(|| byline.strip_prefix("by "))
        .or_else(|| byline.strip_prefix("BY "))
        .unwrap_or(&byline);
    names
        .split([',', '&', ';'])
        .flat_map(|part| part.split(" and "))
        .filter_map(non_empty)
        .collect()
}

/// Selector of elements holding a photo credit inside a figure.
const CREDIT_SELECTOR: &str = "[class*=\"credit\"], [class*=\"copyright\"], [itemprop=\"copyrightHolder\"], [itemprop=\"creditText\"]";

/// Captions of the figures outside boilerplate, each once.
fn captions(figures: &Selection) -> Vec<Caption> {
    let mut captions: Vec<Caption> = Vec::new();
    for figure in figures.iter() {
        let Some(node) = figure.nodes().first() else {
            continue;
        };
        if in_boilerplate(node, false) {
            continue;
        }
        let Some(caption_text) = figure
            .select("figcaption")
            .nodes()
            .first()
            .and_then(|caption| non_empty(&caption.text()))
        else {
            continue;
        };
        let credit_text = figure
            .select(CREDIT_SELECTOR)
            .nodes()
            .first()
            .and_then(|credit| non_empty(&credit.text()));
        let caption = match credit_text {
            Some(credit) => caption_with_credit_element(&caption_text, &credit),
            None => split_caption(&caption_text),
        };
        if !caption.text.is_empty() && !captions.contains(&caption) {
            captions.push(caption);
        }
    }
    captions
}

/// A caption whose credit sits in its own element (which may be inside the figcaption).
fn caption_with_credit_element(caption_text: &str, credit_text: &str) -> Caption {
    let text = match caption_text.rfind(credit_text) {
        Some(at) => format!(
            "{} {}",
            &caption_text[..at],
            &caption_text[at + credit_text.len()..]
        ),
        None => caption_text.to_string(),
    };
    let (credit, archive) = clean_credit(credit_text);
    Caption {
        text: collapse_whitespace(&text),
        credit,
        archive,
    }
}

/// Words that, in parentheses at the end of a caption, place a person in the photo
/// rather than credit it: "(left)", "(second right)".
const POSITION_WORDS: &[&str] = &[
    "left", "right", "centre", "center", "front", "back", "top", "bottom", "second", "third", "l",
    "r", "c",
];
/// Labels that introduce a credit written into the caption text.
const CREDIT_LABELS: &[&str] = &[
    "Photograph: ",
    "Photo: ",
    "Photo credit: ",
    "Credit: ",
    "Image: ",
];
/// Longest credit accepted, in characters: longer parentheses are part of the caption.
const MAX_CREDIT_CHARS: usize = 100;

/// Splits a caption's trailing credit: "... (Reuters)", "... (AP Photo/J. Doe, File)",
/// "... Photograph: Agency", with "(archive)" or ", File" marking an archive photo.
fn split_caption(caption: &str) -> Caption {
    let mut text = collapse_whitespace(caption);
    let mut archive = false;
    if let Some(head) = strip_suffix_ignore_case(&text, "(archive)") {
        archive = true;
        text = head.trim_end().to_string();
    }
    if let Some((head, inner)) = trailing_parenthesis(&text) {
        let first_word = inner
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if !POSITION_WORDS.contains(&first_word.as_str())
            && inner.chars().count() <= MAX_CREDIT_CHARS
        {
            let (credit, file_photo) = clean_credit(inner);
            return Caption {
                text: head.trim_end().to_string(),
                credit,
                archive: archive || file_photo,
            };
        }
    }
    for label in CREDIT_LABELS {
        if let Some(at) = text.rfind(label) {
            let credit = &text[at + label.len()..];
            if at > 0 && credit.chars().count() <= MAX_CREDIT_CHARS {
                let (credit, file_photo) = clean_credit(credit);
                return Caption {
                    text: text[..at].trim_end().to_string(),
                    credit,
                    archive: archive || file_photo,
                };
            }
        }
    }
    Caption {
        text,
        credit: None,
        archive,
    }
}

/// The text before a final balanced `( ... )` and the text inside it.
fn trailing_parenthesis(text: &str) -> Option<(&str, &str)> {
    let body = text.strip_suffix(')')?;
    let mut depth = 0usize;
    for (at, c) in body.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return Some((&text[..at], body[at + 1..].trim())),
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    (text.is_char_boundary(cut) && text[cut..].eq_ignore_ascii_case(suffix)).then(|| &text[..cut])
}

/// A credit without its label and parentheses; a trailing ", File" marks a file photo.
fn clean_credit(credit: &str) -> (Option<String>, bool) {
    let mut credit = collapse_whitespace(credit);
    if let Some(inner) = credit.strip_prefix('(').and_then(|c| c.strip_suffix(')')) {
        credit = inner.trim().to_string();
    }
    for label in CREDIT_LABELS {
        if let Some(rest) = strip_prefix_ignore_case(&credit, label.trim_end()) {
            credit = rest.trim().to_string();
        }
    }
    let mut file_photo = false;
    if let Some(head) = strip_suffix_ignore_case(&credit, ", file") {
        file_photo = true;
        credit = head.trim_end().to_string();
    }
    (non_empty(&credit), file_photo)
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    (text.len() >= prefix.len()
        && text.is_char_boundary(prefix.len())
        && text[..prefix.len()].eq_ignore_ascii_case(prefix))
    .then(|| &text[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caption(text: &str, credit: Option<&str>, archive: bool) -> Caption {
        Caption {
            text: text.into(),
            credit: credit.map(Into::into),
            archive,
        }
    }

    #[test]
    fn splits_trailing_credits_off_captions() {
        let cases = [
            (
                "Crowds gather in the square (Reuters)",
                caption("Crowds gather in the square", Some("Reuters"), false),
            ),
            (
                "A convoy at the border (AP Photo/Jane Roe, File)",
                caption("A convoy at the border", Some("AP Photo/Jane Roe"), true),
            ),
            (
                "Satellite view of the port (Orbital Co, via Reuters) (archive)",
                caption(
                    "Satellite view of the port",
                    Some("Orbital Co, via Reuters"),
                    true,
                ),
            ),
            (
                "The envoy (left) greets the minister (right)",
                caption("The envoy (left) greets the minister (right)", None, false),
            ),
            (
                "Delegates vote in the chamber. Photograph: Pool/Agency",
                caption("Delegates vote in the chamber.", Some("Pool/Agency"), false),
            ),
            ("No credit here", caption("No credit here", None, false)),
        ];
        for (input, expected) in cases {
            assert_eq!(split_caption(input), expected, "{input}");
        }
    }

    #[test]
    fn splits_bylines_into_names() {
        assert_eq!(
            split_byline("By Jane Doe and Omar Haddad"),
            ["Jane Doe", "Omar Haddad"]
        );
        assert_eq!(
            split_byline("Lena Ortiz, Kofi Mensah"),
            ["Lena Ortiz", "Kofi Mensah"]
        );
    }

    #[test]
    fn reads_authors_from_a_short_byline_but_not_from_a_biography() {
        let page = Dom::from(
            "<div class=\"author-bio\">Jane Doe has covered the region for two decades and wrote three books about it.</div>\
             <span class=\"byline\">By Jane Doe</span>",
        );
        let authors = authors(&page, &HashMap::new(), &LinkedData::default());
        assert_eq!(authors, ["Jane Doe"]);
    }

    #[test]
    fn recognises_byline_lines() {
        assert!(is_byline_line("By Jane Doe and Omar Haddad"));
        assert!(is_byline_line("BY LENA ORTIZ, Example Wire"));
        assert!(!is_byline_line("By Tuesday the talks had collapsed."));
        assert!(!is_byline_line("Bystanders were evacuated"));
    }

    #[test]
    fn drops_the_site_name_from_titles() {
        assert_eq!(
            without_site_name("Talks resume in the capital | Daily Example"),
            "Talks resume in the capital"
        );
        assert_eq!(without_site_name("Home | Site"), "Home | Site");
    }
}
