//! The heart of Dyad's data model and its first pipeline stages, without I/O.
//!
//! `dyad-core` defines the article record (`model`), the document a source
//! reads (`document`), and the pure stages that turn documents into clean,
//! deduplicated articles: `text` (normalisation), `segment` (page dumps and
//! plain text into articles, captions and credits split off) and `dedup`
//! (exact keys and MinHash signatures). Later stages live in their own crates
//! (`dyad-actors`, `dyad-dates`, `dyad-coder`) and take and return these values.
//!
//! ```
//! use dyad_core::document::{Content, Document};
//! let doc = Document {
//!     source: "example.txt".into(),
//!     position: 0,
//!     content: Content::Text("Ministers meet\n\nThe ministers met on Monday.\n".into()),
//! };
//! let articles = dyad_core::segment::articles(&doc);
//! assert_eq!(articles[0].headline, "Ministers meet");
//! assert_eq!(articles[0].paragraphs, ["The ministers met on Monday."]);
//! ```

pub mod dedup;
pub mod document;
pub mod model;
pub mod records;
pub mod segment;
pub mod text;

pub use document::{ArticleParts, Content, Document};
pub use model::*;
