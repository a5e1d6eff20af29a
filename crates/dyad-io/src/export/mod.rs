//! Exports that users' tools read unchanged: GDELT 2.0 events and mentions
//! ([`gdelt`]), PLOVER JSON lines ([`plover`]), Parquet partitioned by date
//! ([`parquet`]) and actor networks as GraphML, GEXF and CSV ([`graph`]).
//!
//! Every writer is fed one record at a time (the row types of
//! [`dyad_core::records`] and [`dyad_core::Article`]) and keeps at most a
//! bounded buffer, so an export's memory stays flat however large the store.
//! The writers know nothing of the store: the binary streams a store query
//! into them. Formats and columns are described in `docs/exports.md`.

pub mod gdelt;
pub mod graph;
pub mod parquet;
pub mod plover;

pub use gdelt::{
    cameo_actor_code, GdeltEventWriter, GdeltMentionWriter, GDELT_EVENT_COLUMNS,
    GDELT_MENTION_COLUMNS,
};
pub use graph::{write_gexf, write_graphml, write_network_csv};
pub use parquet::{ParquetOptions, ParquetPartitionedWriter, ParquetRow, ParquetSummary};
pub use plover::{plover_record, PloverWriter};

use std::path::PathBuf;

/// Errors of the export writers.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write {path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("cannot serialise a record as JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("Parquet writer failed on {path}: {source}")]
    Parquet {
        path: PathBuf,
        source: ::parquet::errors::ParquetError,
    },
}

/// The first day a partial date stands for: `2025` -> `2025-01-01`,
/// `2025-12` -> `2025-12-01`; `None` when the text is not such a date.
#[must_use]
pub fn first_day(date: &str) -> Option<chrono::NaiveDate> {
    let d = date.trim();
    let full = match d.len() {
        4 => format!("{d}-01-01"),
        7 => format!("{d}-01"),
        _ => d.get(..10)?.to_string(),
    };
    chrono::NaiveDate::parse_from_str(&full, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_become_their_first_day() {
        let ymd = |s: &str| first_day(s).map(|d| d.to_string());
        assert_eq!(ymd("2025").as_deref(), Some("2025-01-01"));
        assert_eq!(ymd("2025-12").as_deref(), Some("2025-12-01"));
        assert_eq!(ymd("2025-12-30").as_deref(), Some("2025-12-30"));
        assert_eq!(ymd("2025-13"), None);
        assert_eq!(ymd("soon"), None);
        assert_eq!(ymd(""), None);
    }
}
