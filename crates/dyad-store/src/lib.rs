//! Dyad's embedded store: one SQLite file (bundled SQLite, WAL, FTS5).
//!
//! The store holds deduplicated articles with every sighting, their actors,
//! mentions, people, events and quotes, and a full-text index. The schema is
//! documented in docs/schema.md and migrated by [`schema`].
//!
//! Invariants:
//! - an article is stored once; a duplicate (exact key, or MinHash candidate
//!   confirmed by Jaccard >= 0.8) becomes a sighting of the stored article;
//! - a sighting is unique by (source, position), so ingesting the same input
//!   twice changes nothing;
//! - each [`Store::ingest_batch`] is one transaction: a killed ingest leaves
//!   whole batches, and the next run adds what is missing.

mod analytics;
mod browse;
mod events;
mod export_queries;
mod query;
pub mod schema;
mod write;

pub use analytics::{DyadRow, Period, Tally, TimelineBucket};
pub use browse::{
    ActivityBucket, ActorProfile, ArticleHit, ArticlePage, ArticleQuery, CountryCount, DyadSummary,
    EventPlace, FacetValue, Facets, Overview, Partner, PersonSummary,
};
pub use events::{ActorSpec, EventFilter};
pub use query::{
    ActorCount, ArticleFilter, ArticleSummary, SearchHit, HIGHLIGHT_END, HIGHLIGHT_START,
};
pub use write::IngestOutcome;

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the store {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error("the store is at schema version {found}; this dyad reads up to {supported}: use a newer dyad")]
    NewerSchema { found: u32, supported: u32 },
    #[error("the store is at schema version {found}; this dyad needs {supported}: run `dyad ingest` once to migrate it")]
    OlderSchema { found: u32, supported: u32 },
    #[error("not a Dyad store (no schema): run `dyad ingest` to create one")]
    NotAStore,
    #[error("stored record of article {id} is not valid JSON: {source}")]
    Record {
        id: String,
        source: serde_json::Error,
    },
    #[error("article id prefix {prefix:?} is ambiguous ({count} articles match)")]
    AmbiguousId { prefix: String, count: usize },
    #[error("search query {query:?} is not valid: {message}")]
    Query { query: String, message: String },
}

/// Prepared statements kept by a writable store's connection. An ingest
/// runs about twenty distinct statements per article; with rusqlite's
/// default of 16 the cache evicted a statement on nearly every article and
/// SQLite re-parsed it (7% of an ingest's instructions).
const WRITE_STATEMENT_CACHE: usize = 64;

/// An open store.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Open (creating and migrating if needed) a store for writing.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let open_err = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let mut conn = Connection::open(path).map_err(open_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(open_err)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(open_err)?;
        schema::migrate(&mut conn)?;
        conn.set_prepared_statement_cache_capacity(WRITE_STATEMENT_CACHE);
        Ok(Store { conn })
    }

    /// Open an existing store for reading only; writes fail.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let open_err = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(open_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(open_err)?;
        conn.pragma_update(None, "query_only", true)
            .map_err(open_err)?;
        schema::check(&conn)?;
        Ok(Store { conn })
    }

    /// The underlying connection, for queries this crate does not offer.
    #[must_use]
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}
