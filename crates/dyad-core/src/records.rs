//! Rows that the store yields and that exports, analytic commands and the
//! HTTP API consume: grouped events, their mentions, actor nodes and dyad
//! edges. They are plain values so that exports (dyad-io) never need the
//! store (dyad-store), and the other way round.

use crate::model::{ActorRef, ArticleId, Event, EventType};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One event as GDELT counts it: every report of the same source, target,
/// type and date, across articles, is one event (DESIGN §5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Stable id of the group (GDELT's GLOBALEVENTID).
    pub id: u64,
    /// The first report of the event: its actors, codes and evidence.
    pub event: Event,
    /// The article of that first report.
    pub article_id: ArticleId,
    /// Reports of the event (one per sentence coded).
    pub num_mentions: u32,
    /// Distinct sources (outlet domains, or input paths when unknown).
    pub num_sources: u32,
    /// Distinct articles.
    pub num_articles: u32,
    /// When the event was first stored (RFC 3339, UTC).
    pub date_added: String,
    /// URL of the first report's article, else the input it was read from.
    pub source_url: String,
}

/// One report of an event in one article (GDELT's Mentions table).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventMentionRecord {
    pub event_id: u64,
    pub article_id: ArticleId,
    /// The event's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub event_date: Option<String>,
    /// When the event (group) was first stored (RFC 3339, UTC): GDELT's
    /// DATEADDED of the event, which its mentions repeat as EventTimeDate.
    #[serde(default)]
    pub event_added: String,
    /// When this report was stored (RFC 3339, UTC).
    pub mention_time: String,
    /// Outlet domain, or the input path when unknown.
    pub source_name: String,
    /// URL of the article, or `path#position` of its first sighting.
    pub identifier: String,
    pub paragraph: usize,
    pub sentence: String,
    pub confidence: f32,
    /// Length of the article body in bytes.
    pub doc_len: usize,
}

/// An actor at the granularity of the network: country (or non-state) code
/// and sector, with its most frequent name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorNode {
    pub actor: ActorRef,
    pub mentions: u64,
    /// Events with this actor as source or target.
    pub events: u64,
}

/// A directed dyad: every event from `source` to `target`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DyadEdge {
    pub source: ActorRef,
    pub target: ActorRef,
    pub events: u64,
    /// Events per quad class: verbal cooperation, material cooperation,
    /// verbal conflict, material conflict.
    pub by_quad: [u64; 4],
    pub by_type: BTreeMap<EventType, u64>,
    pub goldstein_sum: f64,
    pub goldstein_mean: f64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}
