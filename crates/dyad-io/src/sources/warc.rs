//! WARC files (the Common Crawl news format): HTML responses become articles.
//!
//! A WARC file is a series of records, each a `WARC/1.x` version line, header lines,
//! a blank line and a block of `Content-Length` bytes. `response` records hold an
//! HTTP response; those with a successful status and an HTML body go through the
//! HTML extractor, with the record's target URI as the URL and its `WARC-Date` as
//! the publication date of last resort. Other records are skipped silently.

use std::io::Read;

use dyad_core::document::{Content, Document};
use flate2::read::MultiGzDecoder;
use flate2::read::ZlibDecoder;

use super::html;
use crate::error::SourceError;
use crate::read::{Input, SourceItem};

pub(crate) fn read(input: &Input) -> Vec<SourceItem> {
    let data = input.bytes;
    let mut items = Vec::new();
    let mut offset = 0;
    let mut index = 0;
    loop {
        offset = skip_line_breaks(data, offset);
        if offset >= data.len() {
            break;
        }
        let error = |reason: String| SourceError::Warc {
            path: input.path.to_string(),
            index,
            offset,
            reason,
        };
        match parse_record(data, offset) {
            Ok(record) => {
                items.extend(response_item(&record, index).map(|item| match item {
                    Ok(document) => SourceItem::Document(document),
                    Err(reason) => SourceItem::Warning(error(reason)),
                }));
                offset = record.end;
            }
            Err(RecordProblem::Truncated(reason)) => {
                // A cut-short gzip stream was already reported; its last record is
                // expected to be incomplete.
                if !input.truncated {
                    items.push(SourceItem::Error(error(reason)));
                }
                break;
            }
            Err(RecordProblem::Malformed(reason)) => {
                items.push(SourceItem::Error(error(format!(
                    "{reason}; skipped to the next record"
                ))));
                match find(&data[offset + 1..], b"\nWARC/1.") {
                    Some(at) => offset += at + 2,
                    None => break,
                }
            }
        }
        index += 1;
    }
    items
}

struct Record<'a> {
    headers: Vec<(String, String)>,
    block: &'a [u8],
    /// Offset just past the block.
    end: usize,
}

impl Record<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }
}

fn header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.as_str())
}

enum RecordProblem {
    /// The data ends inside the record.
    Truncated(String),
    /// The record's header is not WARC.
    Malformed(String),
}

fn parse_record(data: &[u8], offset: usize) -> Result<Record<'_>, RecordProblem> {
    let rest = &data[offset..];
    if !rest.starts_with(b"WARC/") {
        return Err(RecordProblem::Malformed(
            "expected a record starting with a `WARC/1.x` version line".into(),
        ));
    }
    let Some((header_len, separator_len)) = header_end(rest) else {
        return Err(RecordProblem::Truncated(
            "the file ends inside the record's header".into(),
        ));
    };
    let headers = parse_headers(&rest[..header_len]);
    let length = header(&headers, "Content-Length")
        .ok_or_else(|| RecordProblem::Malformed("the record has no Content-Length header".into()))?
        .trim()
        .parse::<usize>()
        .map_err(|_| {
            RecordProblem::Malformed("the record's Content-Length is not a number".into())
        })?;
    let block_start = offset + header_len + separator_len;
    let available = data.len() - block_start;
    if length > available {
        return Err(RecordProblem::Truncated(format!(
            "the record is truncated: Content-Length says {length} bytes but the file ends after {available}"
        )));
    }
    Ok(Record {
        headers,
        block: &data[block_start..block_start + length],
        end: block_start + length,
    })
}

/// Length of a header section and of the blank line ending it (CRLF or bare LF).
fn header_end(data: &[u8]) -> Option<(usize, usize)> {
    let crlf = find(data, b"\r\n\r\n").map(|at| (at, 4));
    let lf = find(data, b"\n\n").map(|at| (at, 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// `Name: value` lines after the first (version or status) line.
fn parse_headers(section: &[u8]) -> Vec<(String, String)> {
    String::from_utf8_lossy(section)
        .lines()
        .skip(1)
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_string(), value.trim().to_string()))
        .collect()
}

fn skip_line_breaks(data: &[u8], mut offset: usize) -> usize {
    while offset < data.len() && matches!(data[offset], b'\r' | b'\n') {
        offset += 1;
    }
    offset
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The article of a successful HTML response record; `None` for every other record;
/// `Some(Err)` for an HTML response that yields nothing.
fn response_item(record: &Record, index: usize) -> Option<Result<Document, String>> {
    if !record.header("WARC-Type")?.eq_ignore_ascii_case("response") {
        return None;
    }
    if !record.block.starts_with(b"HTTP/") {
        return None;
    }
    let (head_len, separator_len) = header_end(record.block)?;
    let status_line =
        String::from_utf8_lossy(record.block.split(|&b| b == b'\n').next()?).into_owned();
    let status = status_line.split_whitespace().nth(1)?;
    if !status.starts_with('2') {
        return None;
    }
    let http_headers = parse_headers(&record.block[..head_len]);
    let content_type = header(&http_headers, "Content-Type")
        .unwrap_or("")
        .to_ascii_lowercase();
    if !content_type.contains("html") {
        return None;
    }
    let target = record
        .header("WARC-Target-URI")
        .map(|uri| uri.trim_matches(['<', '>']).to_string());
    Some(
        decoded_body(&record.block[head_len + separator_len..], &http_headers)
            .and_then(|body| {
                let html = decode_charset(&body, &content_type);
                html::extract(&html, target.as_deref()).ok_or_else(|| {
                    "HTML response with no article text (no paragraphs); skipped".to_string()
                })
            })
            .map(|mut parts| {
                if parts.published.is_none() {
                    parts.published = record.header("WARC-Date").map(str::to_string);
                }
                if parts.url.is_none() {
                    parts.url = target.clone();
                }
                Document {
                    source: target
                        .clone()
                        .or_else(|| parts.url.clone())
                        .unwrap_or_default(),
                    position: index,
                    content: Content::Parts(parts),
                }
            }),
    )
}

/// The HTTP body without chunked transfer coding and gzip/deflate content coding.
fn decoded_body(body: &[u8], headers: &[(String, String)]) -> Result<Vec<u8>, String> {
    let transfer = header(headers, "Transfer-Encoding")
        .unwrap_or("")
        .to_ascii_lowercase();
    let body = if transfer.contains("chunked") {
        dechunk(body).ok_or("malformed chunked HTTP body")?
    } else {
        body.to_vec()
    };
    let encoding = header(headers, "Content-Encoding")
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut decoded = Vec::new();
    let result = match encoding.trim() {
        "gzip" | "x-gzip" => MultiGzDecoder::new(body.as_slice()).read_to_end(&mut decoded),
        "deflate" => ZlibDecoder::new(body.as_slice()).read_to_end(&mut decoded),
        _ => return Ok(body),
    };
    result
        .map(|_| decoded)
        .map_err(|err| format!("cannot decompress the {encoding} HTTP body: {err}"))
}

/// Joins the chunks of a chunked HTTP body.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut joined = Vec::new();
    loop {
        let line_end = find(body, b"\n")?;
        let size_text = String::from_utf8_lossy(&body[..line_end]);
        let size_hex = size_text.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        body = &body[line_end + 1..];
        if size == 0 {
            return Some(joined);
        }
        joined.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body.strip_prefix(b"\r").unwrap_or(body);
        body = body.strip_prefix(b"\n").unwrap_or(body);
    }
}

/// Decodes the body by its declared charset: Latin-1 family byte-for-byte, anything
/// else as UTF-8 with bad bytes replaced.
fn decode_charset(body: &[u8], content_type: &str) -> String {
    let latin1 = ["iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252"];
    let charset = content_type
        .split(';')
        .find_map(|part| part.trim().strip_prefix("charset="))
        .map(|charset| charset.trim_matches('"'));
    if charset.is_some_and(|charset| latin1.contains(&charset)) {
        body.iter().map(|&b| char::from(b)).collect()
    } else {
        String::from_utf8_lossy(body).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_chunked_bodies() {
        assert_eq!(
            dechunk(b"5\r\nHello\r\n6;x=1\r\n world\r\n0\r\n\r\n").as_deref(),
            Some(&b"Hello world"[..])
        );
        assert_eq!(dechunk(b"ff\r\nshort"), None);
    }

    #[test]
    fn decodes_latin1_when_declared() {
        assert_eq!(
            decode_charset(
                b"caf\xe9",
                "text/html; charset=ISO-8859-1"
                    .to_ascii_lowercase()
                    .as_str()
            ),
            "café"
        );
        assert_eq!(
            decode_charset("café".as_bytes(), "text/html; charset=utf-8"),
            "café"
        );
    }
}
