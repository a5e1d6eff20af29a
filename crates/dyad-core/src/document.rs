//! Documents: one input unit with its provenance, before segmentation.
//!
//! Sources (in `dyad-io`) turn files into documents; `segment` turns documents
//! into articles. A page dump is one document that yields several articles.

use crate::model::Caption;

/// One unit read from an input, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The input path (or `-` for stdin), or the record's URL when it has one.
    pub source: String,
    /// The record's position within the source: 0 for a whole file, the line
    /// number for JSONL, the item index for feeds, the record index for WARC.
    pub position: usize,
    pub content: Content,
}

/// What a source could tell about the document's structure.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// Raw text: a page dump or a plain-text article. Segmentation decides which.
    Text(String),
    /// An article whose parts the source already separated (JSON, HTML, feeds).
    Parts(ArticleParts),
}

/// An article's parts as a structured source gives them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleParts {
    pub headline: String,
    pub captions: Vec<Caption>,
    pub paragraphs: Vec<String>,
    /// Publication date or timestamp as the source wrote it (ISO 8601 or RFC 2822).
    pub published: Option<String>,
    pub url: Option<String>,
    pub source_domain: Option<String>,
    pub authors: Vec<String>,
}
