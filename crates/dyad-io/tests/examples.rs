//! Reads every example input and checks the fields listed in tests/cases/examples.tsv.

use std::collections::BTreeMap;
use std::path::PathBuf;

use dyad_core::document::{Content, Document};
use dyad_io::{read_inputs, Format, SourceItem};

fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/inputs")
}

fn item_kind(item: &SourceItem) -> String {
    match item {
        SourceItem::Document(_) => "document".into(),
        SourceItem::Warning(warning) => format!("warning: {warning}"),
        SourceItem::Error(error) => format!("error: {error}"),
    }
}

/// Renders one field of a document as the cases file writes it.
fn field(document: &Document, name: &str) -> Result<String, String> {
    if name == "source" {
        return Ok(document.source.clone());
    }
    let parts = match &document.content {
        Content::Text(text) => {
            return match name {
                "kind" => Ok("text".into()),
                "text.start" => Ok(text.clone()),
                _ => Err(format!("field {name} on a text document")),
            }
        }
        Content::Parts(parts) => parts,
    };
    let indexed = |name: &str, prefix: &str| -> Option<usize> {
        name.strip_prefix(prefix)?.split(']').next()?.parse().ok()
    };
    let value = match name {
        "kind" => "parts".into(),
        "headline" => parts.headline.clone(),
        "paragraphs" => parts.paragraphs.len().to_string(),
        "published" => parts.published.clone().unwrap_or_default(),
        "url" => parts.url.clone().unwrap_or_default(),
        "domain" => parts.source_domain.clone().unwrap_or_default(),
        "authors" => parts.authors.join("; "),
        "captions" => parts.captions.len().to_string(),
        _ if name.starts_with("paragraph[") => {
            let index = indexed(name, "paragraph[").ok_or(format!("bad field {name}"))?;
            parts
                .paragraphs
                .get(index)
                .cloned()
                .ok_or(format!("no paragraph {index}"))?
        }
        _ if name.starts_with("caption[") => {
            let index = indexed(name, "caption[").ok_or(format!("bad field {name}"))?;
            let caption = parts
                .captions
                .get(index)
                .ok_or(format!("no caption {index}"))?;
            format!(
                "{} | {} | {}",
                caption.text,
                caption.credit.as_deref().unwrap_or(""),
                if caption.archive { "archive" } else { "" }
            )
        }
        _ => return Err(format!("unknown field {name}")),
    };
    Ok(value)
}

#[test]
fn example_inputs_give_the_expected_fields() {
    let cases = include_str!("cases/examples.tsv");
    let mut read_cache: BTreeMap<String, Vec<SourceItem>> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (line_index, line) in cases.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        let [file, position, name, expected] = columns[..] else {
            panic!(
                "cases/examples.tsv line {}: expected 4 tab-separated columns",
                line_index + 1
            );
        };
        let items = read_cache
            .entry(file.to_string())
            .or_insert_with(|| read_inputs(&[examples_dir().join(file)], Format::Auto).collect());
        checked += 1;
        let actual = if name == "items" {
            Ok(items.iter().map(item_kind).collect::<Vec<_>>().join(", "))
        } else {
            let position: usize = position.parse().expect("position is a number");
            items
                .iter()
                .find_map(|item| match item {
                    SourceItem::Document(document) if document.position == position => {
                        Some(document)
                    }
                    _ => None,
                })
                .ok_or_else(|| format!("no document at position {position}"))
                .and_then(|document| field(document, name))
        };
        let matches = match (&actual, name.ends_with(".start")) {
            (Ok(actual), true) => actual.starts_with(expected),
            (Ok(actual), false) => actual == expected,
            (Err(_), _) => false,
        };
        if !matches {
            failures.push(format!(
                "line {}: {file} #{position} {name}\n    expected: {expected}\n    actual:   {}",
                line_index + 1,
                match actual {
                    Ok(actual) => actual,
                    Err(problem) => format!("<{problem}>"),
                }
            ));
        }
    }
    assert!(checked > 50, "only {checked} cases read");
    assert!(
        failures.is_empty(),
        "{} of {checked} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
