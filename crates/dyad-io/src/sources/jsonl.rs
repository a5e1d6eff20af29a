//! JSON lines: one article object per line, either a Dyad article record
//! (`headline` plus `paragraphs` or `text`, DESIGN §3) or a news-please object.

use dyad_core::document::{ArticleParts, Content, Document};
use dyad_core::model::Caption;
use serde_json::{Map, Value};

use super::newsplease::{self, string_field, string_list};
use super::{host_of, non_empty, normalise_timestamp, paragraphs_from_lines};
use crate::error::SourceError;
use crate::read::{Input, SourceItem};

pub(crate) fn read(input: &Input) -> Vec<SourceItem> {
    let bytes = if input.truncated {
        // Only whole lines survived the broken gzip stream.
        match input.bytes.iter().rposition(|&b| b == b'\n') {
            Some(end) => &input.bytes[..end],
            None => return Vec::new(),
        }
    } else {
        input.bytes
    };
    let (text, warning) = crate::read::decode_text(input.path, bytes);
    let mut items: Vec<SourceItem> = warning.into_iter().collect();
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let parsed = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(object)) => parts_from_record(&object),
            Ok(other) => Err(format!(
                "expected an article object, found {}",
                kind_of(&other)
            )),
            Err(err) => Err(err.to_string()),
        };
        items.push(match parsed {
            Ok(parts) => SourceItem::Document(Document {
                source: input.path.to_string(),
                position: line_number,
                content: Content::Parts(parts),
            }),
            Err(reason) => SourceItem::Error(SourceError::JsonLine {
                path: input.path.to_string(),
                line: line_number,
                reason,
            }),
        });
    }
    items
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A Dyad article record when it has `headline`, else a news-please object.
fn parts_from_record(object: &Map<String, Value>) -> Result<ArticleParts, String> {
    if !object.contains_key("headline") {
        return newsplease::parts_from_object(object);
    }
    let headline = string_field(object, "headline").unwrap_or_default();
    let paragraphs = match object.get("paragraphs") {
        Some(Value::Array(paragraphs)) => paragraphs
            .iter()
            .filter_map(Value::as_str)
            .filter_map(non_empty)
            .collect(),
        _ => string_field(object, "text")
            .as_deref()
            .map(paragraphs_from_lines)
            .unwrap_or_default(),
    };
    if paragraphs.is_empty() {
        return Err(
            "the article record has no text: `paragraphs` (array of strings) or `text` is required"
                .into(),
        );
    }
    let url = string_field(object, "url");
    Ok(ArticleParts {
        headline,
        captions: captions(object.get("captions")),
        paragraphs,
        published: published(object.get("published")),
        source_domain: string_field(object, "source_domain")
            .or_else(|| url.as_deref().and_then(host_of)),
        url,
        authors: string_list(object.get("authors")),
    })
}

/// `published` as a string or as the record's `{"date": ...}` object.
fn published(value: Option<&Value>) -> Option<String> {
    match value {
        Some(Value::String(date)) => normalise_timestamp(date),
        Some(Value::Object(fields)) => fields
            .get("date")
            .and_then(Value::as_str)
            .and_then(normalise_timestamp),
        _ => None,
    }
}

/// Captions as record objects (`text`, `credit`, `archive`) or plain strings.
fn captions(value: Option<&Value>) -> Vec<Caption> {
    let Some(Value::Array(captions)) = value else {
        return Vec::new();
    };
    captions
        .iter()
        .filter_map(|caption| match caption {
            Value::String(text) => non_empty(text).map(|text| Caption {
                text,
                credit: None,
                archive: false,
            }),
            Value::Object(fields) => string_field(fields, "text").map(|text| Caption {
                text,
                credit: string_field(fields, "credit"),
                archive: fields
                    .get("archive")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
            }),
            _ => None,
        })
        .collect()
}
