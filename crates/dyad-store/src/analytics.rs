//! Aggregates over events: dyads per period, timelines, the actor network.
//! Each is a fold over [`Store::for_each_event`], so it streams the store
//! and holds only the aggregates.

use crate::events::EventFilter;
use crate::{Store, StoreError};
use dyad_core::records::{ActorNode, DyadEdge, EventRecord};
use dyad_core::{ActorRef, EventType};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;

/// A time bucket size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Day,
    Week,
    Month,
    Year,
}

impl Period {
    /// The bucket a date falls in (`2025-12-30`, `2025-W01`, `2025-12`,
    /// `2025`), or `None` when the date is less precise than the period.
    #[must_use]
    pub fn bucket(self, date: &str) -> Option<String> {
        let need = match self {
            Period::Day | Period::Week => 10,
            Period::Month => 7,
            Period::Year => 4,
        };
        if date.len() < need || !date.is_char_boundary(need) {
            return None;
        }
        match self {
            Period::Week => {
                let d = chrono::NaiveDate::parse_from_str(&date[..10], "%Y-%m-%d").ok()?;
                let w = chrono::Datelike::iso_week(&d);
                Some(format!("{}-W{:02}", w.year(), w.week()))
            }
            _ => Some(date[..need].to_string()),
        }
    }
}

impl FromStr for Period {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "day" => Ok(Period::Day),
            "week" => Ok(Period::Week),
            "month" => Ok(Period::Month),
            "year" => Ok(Period::Year),
            other => Err(format!(
                "unknown period {other:?}: use day, week, month or year"
            )),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
        })
    }
}

/// Event counts of one set of events.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Tally {
    pub events: u64,
    pub mentions: u64,
    pub by_type: BTreeMap<EventType, u64>,
    pub by_quad: [u64; 4],
    pub goldstein_sum: f64,
    pub goldstein_mean: f64,
    /// Events in quad classes 1 and 2.
    pub cooperation: u64,
    /// Events in quad classes 3 and 4.
    pub conflict: u64,
}

impl Tally {
    fn add(&mut self, e: &EventRecord) {
        self.events += 1;
        self.mentions += u64::from(e.num_mentions);
        *self.by_type.entry(e.event.event_type).or_default() += 1;
        if let Some(q) = self
            .by_quad
            .get_mut(usize::from(e.event.quad.clamp(1, 4)) - 1)
        {
            *q += 1;
        }
        if e.event.quad <= 2 {
            self.cooperation += 1;
        } else {
            self.conflict += 1;
        }
        self.goldstein_sum += f64::from(e.event.goldstein);
        self.goldstein_mean = self.goldstein_sum / self.events as f64;
    }
}

/// Events from one actor to another in one period (all time when no period).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadRow {
    pub source: String,
    pub target: String,
    pub period: Option<String>,
    #[serde(flatten)]
    pub tally: Tally,
}

/// Events in one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineBucket {
    pub period: String,
    #[serde(flatten)]
    pub tally: Tally,
}

impl Store {
    /// Directed dyads (by actor code) with their event counts, per period
    /// when `by` is given, most events first.
    pub fn dyads(
        &self,
        filter: &EventFilter,
        by: Option<Period>,
    ) -> Result<Vec<DyadRow>, StoreError> {
        let mut rows: BTreeMap<(String, String, Option<String>), Tally> = BTreeMap::new();
        self.for_each_event(filter, |e| {
            let period = match by {
                Some(p) => match e.event.date.as_deref().and_then(|d| p.bucket(d)) {
                    Some(b) => Some(b),
                    None => return Ok::<(), StoreError>(()),
                },
                None => None,
            };
            let key = (
                e.event.source.code.clone(),
                e.event.target.code.clone(),
                period,
            );
            rows.entry(key).or_default().add(&e);
            Ok(())
        })?;
        let mut out: Vec<DyadRow> = rows
            .into_iter()
            .map(|((source, target, period), tally)| DyadRow {
                source,
                target,
                period,
                tally,
            })
            .collect();
        if by.is_none() {
            out.sort_by_key(|d| std::cmp::Reverse(d.tally.events));
        }
        Ok(out)
    }

    /// Events per period, oldest first; events whose date is less precise
    /// than the period (or missing) are left out.
    pub fn timeline(
        &self,
        filter: &EventFilter,
        by: Period,
    ) -> Result<Vec<TimelineBucket>, StoreError> {
        let mut buckets: BTreeMap<String, Tally> = BTreeMap::new();
        self.for_each_event(filter, |e| {
            if let Some(b) = e.event.date.as_deref().and_then(|d| by.bucket(d)) {
                buckets.entry(b).or_default().add(&e);
            }
            Ok::<(), StoreError>(())
        })?;
        Ok(buckets
            .into_iter()
            .map(|(period, tally)| TimelineBucket { period, tally })
            .collect())
    }

    /// The actor network: nodes are actors by code and sector (named by their
    /// most frequent name), edges are directed dyads between them.
    pub fn actor_graph(
        &self,
        filter: &EventFilter,
    ) -> Result<(Vec<ActorNode>, Vec<DyadEdge>), StoreError> {
        type Key = (String, Option<String>);
        let mut edges: BTreeMap<(Key, Key), DyadEdge> = BTreeMap::new();
        let mut events_per_node: HashMap<Key, u64> = HashMap::new();
        self.for_each_event(filter, |e| {
            let s = &e.event.source;
            let t = &e.event.target;
            let sk = (s.code.clone(), s.sector.clone());
            let tk = (t.code.clone(), t.sector.clone());
            *events_per_node.entry(sk.clone()).or_default() += 1;
            if tk != sk {
                *events_per_node.entry(tk.clone()).or_default() += 1;
            }
            let edge = edges.entry((sk, tk)).or_insert_with(|| DyadEdge {
                source: s.actor(),
                target: t.actor(),
                events: 0,
                by_quad: [0; 4],
                by_type: BTreeMap::new(),
                goldstein_sum: 0.0,
                goldstein_mean: 0.0,
                first_date: None,
                last_date: None,
            });
            edge.events += 1;
            edge.by_quad[usize::from(e.event.quad.clamp(1, 4)) - 1] += 1;
            *edge.by_type.entry(e.event.event_type).or_default() += 1;
            edge.goldstein_sum += f64::from(e.event.goldstein);
            edge.goldstein_mean = edge.goldstein_sum / edge.events as f64;
            if let Some(d) = &e.event.date {
                if edge.first_date.as_ref().is_none_or(|f| d < f) {
                    edge.first_date = Some(d.clone());
                }
                if edge.last_date.as_ref().is_none_or(|l| d > l) {
                    edge.last_date = Some(d.clone());
                }
            }
            Ok::<(), StoreError>(())
        })?;

        // Mention counts and the most frequent name per (code, sector).
        let mut names: HashMap<Key, (u64, Vec<(u64, String)>)> = HashMap::new();
        let mut stmt = self.conn.prepare(
            "SELECT ac.code, ac.sector, ac.name, count(m.rowid)
             FROM actors ac LEFT JOIN mentions m ON m.actor_id = ac.id
             GROUP BY ac.id",
        )?;
        let rows = stmt.query_map([], |r| {
            let sector: String = r.get(1)?;
            Ok((
                (
                    r.get::<_, String>(0)?,
                    (!sector.is_empty()).then_some(sector),
                ),
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)? as u64,
            ))
        })?;
        for row in rows {
            let (key, name, n) = row?;
            let entry = names.entry(key).or_default();
            entry.0 += n;
            entry.1.push((n, name));
        }
        let mut nodes: Vec<ActorNode> = events_per_node
            .into_iter()
            .map(|(key, events)| {
                let (mentions, best) = match names.get(&key) {
                    Some((m, candidates)) => (
                        *m,
                        candidates
                            .iter()
                            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
                            .map(|(_, n)| n.clone()),
                    ),
                    None => (0, None),
                };
                let name = best.unwrap_or_else(|| key.0.clone());
                ActorNode {
                    actor: ActorRef {
                        code: key.0,
                        sector: key.1,
                        name,
                    },
                    mentions,
                    events,
                }
            })
            .collect();
        nodes.sort_by(|a, b| {
            b.events
                .cmp(&a.events)
                .then_with(|| a.actor.cameo_code().cmp(&b.actor.cameo_code()))
        });
        // Edges carry the node's chosen name, so graph files agree.
        let node_name: HashMap<(String, Option<String>), String> = nodes
            .iter()
            .map(|n| {
                (
                    (n.actor.code.clone(), n.actor.sector.clone()),
                    n.actor.name.clone(),
                )
            })
            .collect();
        let edges = edges
            .into_values()
            .map(|mut e| {
                for a in [&mut e.source, &mut e.target] {
                    if let Some(n) = node_name.get(&(a.code.clone(), a.sector.clone())) {
                        a.name = n.clone();
                    }
                }
                e
            })
            .collect();
        Ok((nodes, edges))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_follow_the_period() {
        assert_eq!(
            Period::Day.bucket("2025-12-30").as_deref(),
            Some("2025-12-30")
        );
        assert_eq!(
            Period::Week.bucket("2025-12-30").as_deref(),
            Some("2026-W01")
        );
        assert_eq!(
            Period::Month.bucket("2025-12-30").as_deref(),
            Some("2025-12")
        );
        assert_eq!(Period::Year.bucket("2025-12").as_deref(), Some("2025"));
        assert_eq!(Period::Day.bucket("2025-12"), None);
        assert_eq!(Period::Month.bucket("2025"), None);
        assert!("fortnight".parse::<Period>().is_err());
    }
}
