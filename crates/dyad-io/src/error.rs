//! What can go wrong while reading an input, told so that a user can find and fix it.

use thiserror::Error;

/// A problem with one input or one record of it.
///
/// Every variant names the input (`path`: a file path or `-` for stdin) and, when
/// the problem is inside the input, the record: a line number for JSON lines
/// (counting from 1), an item index for feeds and a record index plus byte offset
/// for WARC (both counting from 0, as in `Document::position`).
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SourceError {
    #[error("{path}: cannot read: {reason}")]
    Unreadable { path: String, reason: String },

    #[error("{path}: binary file ({reason} in the first 8 KB); not a text, JSON, HTML, feed or WARC input")]
    Binary { path: String, reason: String },

    #[error("{path}: empty file (nothing but whitespace)")]
    Empty { path: String },

    #[error("{path}: invalid UTF-8 at byte {offset}; read anyway with bad bytes replaced by U+FFFD (save the file as UTF-8 to silence this)")]
    InvalidUtf8 { path: String, offset: usize },

    #[error("{path}: gzip data is truncated or corrupt after {decoded} decompressed bytes ({reason}); only complete records before that point were read")]
    BrokenGzip {
        path: String,
        decoded: usize,
        reason: String,
    },

    #[error("{path}: not valid JSON: {reason}")]
    Json { path: String, reason: String },

    #[error("{path}: line {line}: not a valid JSON object: {reason}")]
    JsonLine {
        path: String,
        line: usize,
        reason: String,
    },

    #[error("{path}: {record}: {reason}")]
    Record {
        path: String,
        record: String,
        reason: String,
    },

    #[error("{path}: no article text found in the HTML (no paragraphs in the page body)")]
    NoHtmlContent { path: String },

    #[error("{path}: XML error at byte {offset}{in_item}: {reason}; items before it were read")]
    Xml {
        path: String,
        offset: u64,
        in_item: String,
        reason: String,
    },

    #[error("{path}: no items: the feed has no <item> (RSS) or <entry> (Atom) elements")]
    EmptyFeed { path: String },

    #[error("{path}: WARC record index {index} at byte {offset}: {reason}")]
    Warc {
        path: String,
        index: usize,
        offset: usize,
        reason: String,
    },
}
