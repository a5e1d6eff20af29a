//! news-please JSON: one article object per file (or an array of them).
//!
//! news-please, the common output of news crawlers, writes `title`, `maintext`
//! (older versions: `text`), `description`, `date_publish`, `url`, `source_domain`
//! and `authors`. Its text keeps paragraphs on separate lines.

use dyad_core::document::{ArticleParts, Content, Document};
use serde_json::{Map, Value};

use super::{host_of, non_empty, normalise_timestamp, paragraphs_from_lines};
use crate::error::SourceError;
use crate::read::{Input, SourceItem};

pub(crate) fn read(input: &Input) -> Vec<SourceItem> {
    if input.truncated {
        return Vec::new();
    }
    let (text, warning) = input.text();
    let mut items: Vec<SourceItem> = warning.into_iter().collect();
    let path = input.path.to_string();
    let record_error = |record: String, reason: String| {
        SourceItem::Error(SourceError::Record {
            path: path.clone(),
            record,
            reason,
        })
    };
    let document = |parts: ArticleParts, position: usize| {
        SourceItem::Document(Document {
            source: path.clone(),
            position,
            content: Content::Parts(parts),
        })
    };
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(object)) => items.push(match parts_from_object(&object) {
            Ok(parts) => document(parts, 0),
            Err(reason) => record_error("the JSON object".into(), reason),
        }),
        Ok(Value::Array(elements)) => {
            for (index, element) in elements.iter().enumerate() {
                let record = format!("array element {index}");
                items.push(match element.as_object().map(parts_from_object) {
                    Some(Ok(parts)) => document(parts, index),
                    Some(Err(reason)) => record_error(record, reason),
                    None => record_error(record, "expected an article object".into()),
                });
            }
        }
        Ok(_) => items.push(SourceItem::Error(SourceError::Json {
            path: path.clone(),
            reason: "expected an article object or an array of them".into(),
        })),
        Err(err) => items.push(SourceItem::Error(SourceError::Json {
            path: path.clone(),
            reason: err.to_string(),
        })),
    }
    items
}

/// The article parts of one news-please object, or why it holds no article.
pub(crate) fn parts_from_object(object: &Map<String, Value>) -> Result<ArticleParts, String> {
    let body = string_field(object, "maintext")
        .or_else(|| string_field(object, "text"))
        .or_else(|| string_field(object, "description"));
    let headline = string_field(object, "title").unwrap_or_default();
    let paragraphs = body
        .as_deref()
        .map(paragraphs_from_lines)
        .unwrap_or_default();
    if paragraphs.is_empty() {
        return Err(if headline.is_empty() {
            "no `title` and no `maintext`, `text` or `description`: not a news-please article"
                .into()
        } else {
            "the article has a `title` but no text (`maintext`, `text` and `description` are empty or missing)".into()
        });
    }
    let url = string_field(object, "url");
    let source_domain =
        string_field(object, "source_domain").or_else(|| url.as_deref().and_then(host_of));
    Ok(ArticleParts {
        headline,
        captions: Vec::new(),
        paragraphs,
        published: object
            .get("date_publish")
            .and_then(Value::as_str)
            .and_then(normalise_timestamp),
        url,
        source_domain,
        authors: string_list(object.get("authors")),
    })
}

/// A string field's collapsed text; null, missing, blank and non-string fields are `None`.
pub(crate) fn string_field(object: &Map<String, Value>, name: &str) -> Option<String> {
    object.get(name).and_then(Value::as_str).and_then(|text| {
        // Keep line breaks: body fields are split into paragraphs on them.
        let trimmed = text.trim();
        (!trimmed.is_empty()).then(|| {
            if trimmed.contains('\n') {
                trimmed.to_string()
            } else {
                non_empty(trimmed).unwrap_or_default()
            }
        })
    })
}

/// A list of names given as an array of strings or as one string.
pub(crate) fn string_list(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(name)) => non_empty(name).into_iter().collect(),
        Some(Value::Array(names)) => names
            .iter()
            .filter_map(Value::as_str)
            .filter_map(non_empty)
            .collect(),
        _ => Vec::new(),
    }
}
