//! Dyad's input sources: files, folders and stdin turned into [`Document`]s.
//!
//! Every supported input (page dumps and plain text, news-please JSON, JSON lines,
//! HTML, RSS/Atom, WARC) becomes documents with their provenance: page dumps and
//! plain text as [`Content::Text`], to be segmented into articles by `dyad-core`;
//! structured inputs as [`Content::Parts`]. Gzip is read transparently and the format
//! is recognised from the content (see [`format::detect`]) unless given. A bad input
//! or record gives one [`SourceItem::Error`] naming the file and the record, and the
//! batch goes on.
//!
//! ```
//! use dyad_core::document::Content;
//! use dyad_io::{read_bytes, Format, SourceItem};
//!
//! let line = br#"{"headline": "Envoys meet", "paragraphs": ["The envoys met on Monday."]}"#;
//! let items = read_bytes("example.jsonl", line, Format::Auto);
//! let SourceItem::Document(document) = &items[0] else { panic!("{items:?}") };
//! let Content::Parts(parts) = &document.content else { panic!() };
//! assert_eq!(parts.headline, "Envoys meet");
//! assert_eq!(parts.paragraphs, ["The envoys met on Monday."]);
//! ```
//!
//! [`Document`]: dyad_core::document::Document
//! [`Content::Text`]: dyad_core::document::Content::Text
//! [`Content::Parts`]: dyad_core::document::Content::Parts

pub mod error;
pub mod export;
pub mod format;
mod read;
mod sources;

pub use error::SourceError;
pub use format::{Format, UnknownFormat};
pub use read::{read_bytes, read_inputs, SourceItem};
