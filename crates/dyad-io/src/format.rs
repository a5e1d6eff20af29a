//! Input formats and how an input's format is recognised from its content.

use std::fmt;
use std::str::FromStr;

/// The format of an input. `Auto` recognises it from the content (see [`detect`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Auto,
    /// Page dumps and plain-text articles, read whole; segmentation happens later.
    Text,
    /// news-please JSON: one article object (or an array of them) per file.
    NewsPlease,
    /// One JSON object per line: Dyad article records or news-please objects.
    Jsonl,
    Html,
    /// RSS 2.0 and Atom.
    Feed,
    /// WARC files (`.warc`, `.warc.gz`), the Common Crawl news format.
    Warc,
}

/// A format name that [`Format::from_str`] does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown input format {0:?}: expected auto, text, dump, newsplease, jsonl, html, rss, atom, feed or warc")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        match name.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(Format::Auto),
            "text" | "txt" | "dump" => Ok(Format::Text),
            "newsplease" | "news-please" | "json" => Ok(Format::NewsPlease),
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            "html" | "htm" => Ok(Format::Html),
            "rss" | "atom" | "feed" => Ok(Format::Feed),
            "warc" => Ok(Format::Warc),
            _ => Err(UnknownFormat(name.to_string())),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            Format::Auto => "auto",
            Format::Text => "text",
            Format::NewsPlease => "newsplease",
            Format::Jsonl => "jsonl",
            Format::Html => "html",
            Format::Feed => "feed",
            Format::Warc => "warc",
        };
        f.write_str(name)
    }
}

/// How many lines of a JSON input are looked at to tell JSON lines from one object.
const JSON_LINES_SAMPLE: usize = 5;

/// Recognises the format of decompressed input bytes (DESIGN §2). Never returns `Auto`.
///
/// Only the start of the input is examined, except for JSON, where the first few
/// lines decide between one object per file and one object per line.
pub fn detect(bytes: &[u8]) -> Format {
    let start = skip_bom_and_space(bytes);
    if start.starts_with(b"WARC/1.") {
        return Format::Warc;
    }
    if start.starts_with(b"<") {
        return detect_markup(start);
    }
    if start.starts_with(b"{") || start.starts_with(b"[") {
        return detect_json(start);
    }
    Format::Text
}

fn skip_bom_and_space(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[first..]
}

/// Skips the XML prolog, processing instructions, comments and doctypes other than
/// HTML's, then looks at the first element's name.
fn detect_markup(mut rest: &[u8]) -> Format {
    loop {
        rest = skip_bom_and_space(rest);
        let lower: Vec<u8> = rest.iter().take(16).map(u8::to_ascii_lowercase).collect();
        if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") {
            return Format::Html;
        }
        if lower.starts_with(b"<rss")
            || lower.starts_with(b"<feed")
            || lower.starts_with(b"<rdf:rdf")
        {
            return Format::Feed;
        }
        let end_marker: &[u8] = if lower.starts_with(b"<?") {
            b"?>"
        } else if lower.starts_with(b"<!--") {
            b"-->"
        } else if lower.starts_with(b"<!") {
            b">"
        } else if lower.starts_with(b"<head") || lower.starts_with(b"<body") {
            return Format::Html;
        } else {
            return Format::Text;
        };
        match find(rest, end_marker) {
            Some(at) => rest = &rest[at + end_marker.len()..],
            None => return Format::Text,
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Several lines that each hold a whole object make JSON lines, even when one of
/// them is malformed; anything else that starts like JSON is read as one
/// news-please document (pretty-printed objects never put two whole objects on
/// lines of their own).
fn detect_json(text: &[u8]) -> Format {
    let lines: Vec<&[u8]> = text
        .split(|&b| b == b'\n')
        .map(<[u8]>::trim_ascii)
        .filter(|line| !line.is_empty())
        .take(JSON_LINES_SAMPLE)
        .collect();
    let is_whole_object = |line: &&&[u8]| line.starts_with(b"{") && line.ends_with(b"}");
    let whole_objects = lines.iter().filter(is_whole_object).count();
    if whole_objects >= 2 {
        return Format::Jsonl;
    }
    if lines.len() == 1 && whole_objects == 1 && has_article_record_fields(lines[0]) {
        return Format::Jsonl;
    }
    Format::NewsPlease
}

/// A single-line object with Dyad's `headline` field is a one-line JSONL file.
fn has_article_record_fields(line: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(line)
        .map(|value| value.get("headline").is_some())
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_each_format_from_its_start() {
        let cases: &[(&[u8], Format)] = &[
            (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", Format::Warc),
            (
                b"\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<rss version=\"2.0\">",
                Format::Feed,
            ),
            (
                b"<?xml version=\"1.0\"?><!-- x --><feed xmlns=\"a\">",
                Format::Feed,
            ),
            (b"  <!DOCTYPE html><html>", Format::Html),
            (b"<HTML><body>", Format::Html),
            (
                b"{\n  \"title\": \"A\",\n  \"maintext\": \"B\"\n}",
                Format::NewsPlease,
            ),
            (
                b"{\"title\":\"A\",\"text\":\"B\"}\n{\"title\":\"C\",\"text\":\"D\"}\n",
                Format::Jsonl,
            ),
            (
                b"{\"headline\":\"A\",\"paragraphs\":[\"B\"]}\n",
                Format::Jsonl,
            ),
            (b"Ministers meet\n\nThe ministers met.", Format::Text),
            (b"<p>not a document", Format::Text),
            (b"", Format::Text),
        ];
        for (bytes, expected) in cases {
            assert_eq!(
                detect(bytes),
                *expected,
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    #[test]
    fn parses_every_documented_name() {
        for (name, format) in [
            ("auto", Format::Auto),
            ("text", Format::Text),
            ("dump", Format::Text),
            ("newsplease", Format::NewsPlease),
            ("jsonl", Format::Jsonl),
            ("html", Format::Html),
            ("rss", Format::Feed),
            ("atom", Format::Feed),
            ("feed", Format::Feed),
            ("warc", Format::Warc),
        ] {
            assert_eq!(name.parse::<Format>(), Ok(format));
        }
        assert!("pdf".parse::<Format>().is_err());
    }
}
