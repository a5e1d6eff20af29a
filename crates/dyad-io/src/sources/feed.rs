//! RSS 2.0 and Atom feeds: one document per `<item>` or `<entry>`.
//!
//! The text is the item's full content when the feed carries it (`content:encoded`,
//! Atom `content`), else its `description` or `summary`; HTML in it is reduced to
//! paragraphs. The document's source is the item's link, so that sightings point
//! at the article rather than at the feed.

use dyad_core::document::{ArticleParts, Content, Document};
use quick_xml::escape::resolve_html5_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::html::fragment_parts;
use super::{collapse_whitespace, host_of, non_empty, normalise_timestamp, paragraphs_from_lines};
use crate::error::SourceError;
use crate::read::{Input, SourceItem};

pub(crate) fn read(input: &Input) -> Vec<SourceItem> {
    let (text, warning) = input.text();
    let mut items: Vec<SourceItem> = warning.into_iter().collect();
    let mut parser = FeedParser::default();
    let mut reader = Reader::from_str(&text);
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(event) => {
                if let Some(item) = parser.event(&event) {
                    items.push(item_to_source_item(input.path, parser.items_seen - 1, item));
                }
            }
            Err(err) => {
                // A cut-short input was already reported by the gzip error.
                if !input.truncated {
                    let in_item = parser
                        .current
                        .as_ref()
                        .map(|_| format!(" in item index {}", parser.items_seen - 1))
                        .unwrap_or_default();
                    items.push(SourceItem::Error(SourceError::Xml {
                        path: input.path.to_string(),
                        offset: reader.error_position(),
                        in_item,
                        reason: err.to_string(),
                    }));
                }
                return items;
            }
        }
    }
    if parser.items_seen == 0 && !input.truncated {
        items.push(SourceItem::Error(SourceError::EmptyFeed {
            path: input.path.to_string(),
        }));
    }
    items
}

/// The fields of one item as the feed wrote them.
#[derive(Default)]
struct ItemFields {
    title: Option<String>,
    link: Option<String>,
    /// A `<guid>` that is a permalink: the link when there is no `<link>`.
    guid_link: Option<String>,
    published: Option<String>,
    updated: Option<String>,
    authors: Vec<String>,
    /// Full content, as HTML (or plain text for Atom `type="xhtml"`, see `plain_content`).
    content: Option<String>,
    plain_content: bool,
    summary: Option<String>,
}

/// Which item field an element's text goes to.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Title,
    Link,
    Guid,
    Published,
    Updated,
    Author,
    Content,
    XhtmlContent,
    Summary,
}

/// The text being collected for a field, and the element depth where it started.
struct Capture {
    field: Field,
    depth: usize,
    text: String,
}

#[derive(Default)]
struct FeedParser {
    items_seen: usize,
    current: Option<ItemFields>,
    /// Names of the open elements inside the current item.
    open: Vec<String>,
    capture: Option<Capture>,
}

/// Elements that end a line of text inside Atom XHTML content.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "tr",
];

impl FeedParser {
    /// Feeds one XML event; returns an item when its closing tag is reached.
    fn event(&mut self, event: &Event) -> Option<ItemFields> {
        match event {
            Event::Start(start) => {
                self.start(start, false);
                None
            }
            Event::Empty(start) => {
                self.start(start, true);
                None
            }
            Event::Text(text) => {
                if let Some(capture) = self.capture.as_mut() {
                    let unescaped = text
                        .unescape_with(resolve_html5_entity)
                        .map(|text| text.into_owned())
                        .unwrap_or_else(|_| String::from_utf8_lossy(text).into_owned());
                    capture.text.push_str(&unescaped);
                }
                None
            }
            Event::CData(data) => {
                if let Some(capture) = self.capture.as_mut() {
                    capture.text.push_str(&String::from_utf8_lossy(data));
                }
                None
            }
            Event::End(end) => self.end(&String::from_utf8_lossy(end.name().as_ref())),
            _ => None,
        }
    }

    fn start(&mut self, start: &BytesStart, empty: bool) {
        let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
        if self.current.is_none() {
            if !empty && (name == "item" || name == "entry") {
                self.current = Some(ItemFields::default());
                self.items_seen += 1;
            }
            return;
        }
        if self
            .capture
            .as_ref()
            .is_some_and(|c| c.field == Field::Author)
        {
            // An Atom <author> holds <name>, <email> and <uri>: only <name> is kept.
            if let (Some(capture), Some(item)) = (self.capture.take(), self.current.as_mut()) {
                store(item, capture);
            }
        }
        if let Some(capture) = self.capture.as_mut() {
            if BLOCK_ELEMENTS.contains(&name.as_str()) {
                capture.text.push('\n');
            }
        } else if name == "link" {
            self.atom_link(start);
        } else if let Some(field) = self.field_of(&name, start) {
            if !empty {
                self.capture = Some(Capture {
                    field,
                    depth: self.open.len() + 1,
                    text: String::new(),
                });
            }
        }
        if !empty {
            self.open.push(name);
        }
    }

    /// Atom's `<link href=... rel="alternate"/>`; an RSS `<link>` holds text instead.
    fn atom_link(&mut self, start: &BytesStart) {
        let attr = |key: &[u8]| {
            start
                .try_get_attribute(key)
                .ok()
                .flatten()
                .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
        };
        match attr(b"href") {
            Some(href) => {
                let alternate = attr(b"rel").is_none_or(|rel| rel == "alternate");
                if let Some(item) = self.current.as_mut() {
                    if alternate && item.link.is_none() {
                        item.link = non_empty(&href);
                    }
                }
            }
            None => {
                self.capture = Some(Capture {
                    field: Field::Link,
                    depth: self.open.len() + 1,
                    text: String::new(),
                });
            }
        }
    }

    fn field_of(&self, name: &str, start: &BytesStart) -> Option<Field> {
        let parent = self.open.last().map(String::as_str);
        let field = match name {
            "title" if parent.is_none() => Field::Title,
            "guid" => {
                let permalink = start
                    .try_get_attribute("isPermaLink")
                    .ok()
                    .flatten()
                    .is_none_or(|value| value.value.as_ref() != b"false");
                if !permalink {
                    return None;
                }
                Field::Guid
            }
            "pubDate" | "published" | "dc:date" | "issued" => Field::Published,
            "updated" | "modified" => Field::Updated,
            "dc:creator" => Field::Author,
            "author" if parent.is_none() => Field::Author,
            "name" if parent == Some("author") => Field::Author,
            "content:encoded" => Field::Content,
            "content" => {
                let xhtml = start
                    .try_get_attribute("type")
                    .ok()
                    .flatten()
                    .is_some_and(|kind| kind.value.as_ref() == b"xhtml");
                if xhtml {
                    Field::XhtmlContent
                } else {
                    Field::Content
                }
            }
            "description" | "summary" => Field::Summary,
            _ => return None,
        };
        Some(field)
    }

    fn end(&mut self, name: &str) -> Option<ItemFields> {
        self.current.as_ref()?;
        if self.open.is_empty() {
            // The closing tag of the item itself.
            return self.current.take();
        }
        if let Some(capture) = self.capture.as_mut() {
            if BLOCK_ELEMENTS.contains(&name) {
                capture.text.push('\n');
            }
        }
        if self
            .capture
            .as_ref()
            .is_some_and(|c| c.depth == self.open.len())
        {
            if let (Some(capture), Some(item)) = (self.capture.take(), self.current.as_mut()) {
                store(item, capture);
            }
        }
        self.open.pop();
        None
    }
}

/// Keeps a field's text; the first value of a field wins, authors accumulate.
fn store(item: &mut ItemFields, capture: Capture) {
    let text = capture.text;
    let slot = match capture.field {
        Field::Title => &mut item.title,
        Field::Link => &mut item.link,
        Field::Guid => &mut item.guid_link,
        Field::Published => &mut item.published,
        Field::Updated => &mut item.updated,
        Field::Summary => &mut item.summary,
        Field::Content | Field::XhtmlContent => {
            if item.content.is_none() && !text.trim().is_empty() {
                item.plain_content = capture.field == Field::XhtmlContent;
                item.content = Some(text);
            }
            return;
        }
        Field::Author => {
            item.authors.extend(author_name(&text));
            return;
        }
    };
    if slot.is_none() && !text.trim().is_empty() {
        *slot = Some(text);
    }
}

/// RSS authors are often "jane@example.org (Jane Doe)": keep the name.
fn author_name(text: &str) -> Option<String> {
    let text = collapse_whitespace(text);
    if let Some((address, rest)) = text.split_once(" (") {
        if address.contains('@') {
            return non_empty(rest.trim_end_matches(')'));
        }
    }
    non_empty(&text)
}

fn item_to_source_item(path: &str, index: usize, item: ItemFields) -> SourceItem {
    let (paragraphs, captions) = match (&item.content, &item.summary) {
        (Some(content), _) if item.plain_content => (paragraphs_from_lines(content), Vec::new()),
        (Some(content), _) => fragment_parts(content),
        (None, Some(summary)) => fragment_parts(summary),
        (None, None) => (Vec::new(), Vec::new()),
    };
    let headline = item
        .title
        .as_deref()
        .map(|title| collapse_whitespace(&fragment_parts(title).0.join(" ")))
        .unwrap_or_default();
    if paragraphs.is_empty() {
        let reason = if headline.is_empty() {
            "the item has no title and no text"
        } else {
            "the item has a title but no text (no content:encoded, content, description or summary); skipped"
        };
        let error = SourceError::Record {
            path: path.to_string(),
            record: format!("item index {index}"),
            reason: reason.to_string(),
        };
        return if headline.is_empty() {
            SourceItem::Error(error)
        } else {
            SourceItem::Warning(error)
        };
    }
    let url = item
        .link
        .or(item.guid_link)
        .and_then(|link| non_empty(&link))
        .filter(|link| link.contains("://"));
    SourceItem::Document(Document {
        source: url.clone().unwrap_or_else(|| path.to_string()),
        position: index,
        content: Content::Parts(ArticleParts {
            headline,
            captions,
            paragraphs,
            published: item
                .published
                .or(item.updated)
                .and_then(|date| normalise_timestamp(&date)),
            source_domain: url.as_deref().and_then(host_of),
            url,
            authors: item.authors,
        }),
    })
}
