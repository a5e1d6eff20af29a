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
    /// most frequent name), edges are directed dyads between them, collected.
    /// [`Store::actor_network`] yields the edges one at a time instead.
    pub fn actor_graph(
        &self,
        filter: &EventFilter,
    ) -> Result<(Vec<ActorNode>, Vec<DyadEdge>), StoreError> {
        let network = self.actor_network(filter)?;
        let edges = network.edges().collect();
        Ok((network.nodes, edges))
    }

    /// The actor network with compact edge aggregates (counts in arrays,
    /// actors as indices): its memory grows with the number of distinct
    /// actors and directed pairs, never with the number of events, and
    /// [`ActorNetwork::edges`] builds each [`DyadEdge`] only when asked.
    pub fn actor_network(&self, filter: &EventFilter) -> Result<ActorNetwork, StoreError> {
        let mut keys: Vec<ActorKey> = Vec::new();
        let mut index: HashMap<ActorKey, u32> = HashMap::new();
        let mut events_per_node: Vec<u64> = Vec::new();
        let mut edges: HashMap<(u32, u32), EdgeTally> = HashMap::new();
        self.for_each_event(filter, |e| {
            let s = intern(&mut keys, &mut index, &e.event.source);
            let t = intern(&mut keys, &mut index, &e.event.target);
            events_per_node.resize(keys.len(), 0);
            for n in if s == t { vec![s] } else { vec![s, t] } {
                if let Some(c) = events_per_node.get_mut(n as usize) {
                    *c += 1;
                }
            }
            edges.entry((s, t)).or_default().add(&e);
            Ok::<(), StoreError>(())
        })?;

        // Mention counts and the most frequent name per (code, sector).
        let mut names: HashMap<ActorKey, (u64, Vec<(u64, String)>)> = HashMap::new();
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
            if !index.contains_key(&key) {
                continue;
            }
            let entry = names.entry(key).or_default();
            entry.0 += n;
            entry.1.push((n, name));
        }
        let actors: Vec<ActorNode> = keys
            .iter()
            .zip(&events_per_node)
            .map(|(key, &events)| {
                let (mentions, best) = match names.get(key) {
                    Some((m, candidates)) => (
                        *m,
                        candidates
                            .iter()
                            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
                            .map(|(_, n)| n.clone()),
                    ),
                    None => (0, None),
                };
                ActorNode {
                    actor: ActorRef {
                        code: key.0.clone(),
                        sector: key.1.clone(),
                        name: best.unwrap_or_else(|| key.0.clone()),
                    },
                    mentions,
                    events,
                }
            })
            .collect();
        let mut nodes = actors.clone();
        nodes.sort_by(|a, b| {
            b.events
                .cmp(&a.events)
                .then_with(|| a.actor.cameo_code().cmp(&b.actor.cameo_code()))
        });
        // Edges in (source, target) order of codes and sectors.
        let mut order: Vec<(u32, u32)> = edges.keys().copied().collect();
        order.sort_by(|(s1, t1), (s2, t2)| {
            let key = |i: &u32| keys.get(*i as usize);
            (key(s1), key(t1)).cmp(&(key(s2), key(t2)))
        });
        Ok(ActorNetwork {
            nodes,
            actors,
            edges,
            order,
        })
    }
}

/// An actor's identity in the network: code and sector.
type ActorKey = (String, Option<String>);

/// The index of a party's actor in `keys`, added when new.
fn intern(
    keys: &mut Vec<ActorKey>,
    index: &mut HashMap<ActorKey, u32>,
    party: &dyad_core::EventParty,
) -> u32 {
    let key = (party.code.clone(), party.sector.clone());
    if let Some(&i) = index.get(&key) {
        return i;
    }
    let i = u32::try_from(keys.len()).unwrap_or(u32::MAX);
    keys.push(key.clone());
    index.insert(key, i);
    i
}

/// The aggregates of one directed dyad, compact (see [`ActorNetwork`]).
#[derive(Debug, Clone, Default)]
struct EdgeTally {
    events: u64,
    by_quad: [u64; 4],
    by_type: [u32; EventType::ALL.len()],
    goldstein_sum: f64,
    first_date: Option<String>,
    last_date: Option<String>,
}

impl EdgeTally {
    fn add(&mut self, e: &EventRecord) {
        self.events += 1;
        self.by_quad[usize::from(e.event.quad.clamp(1, 4)) - 1] += 1;
        if let Some(i) = EventType::ALL.iter().position(|t| *t == e.event.event_type) {
            self.by_type[i] += 1;
        }
        self.goldstein_sum += f64::from(e.event.goldstein);
        if let Some(d) = &e.event.date {
            if self.first_date.as_ref().is_none_or(|f| d < f) {
                self.first_date = Some(d.clone());
            }
            if self.last_date.as_ref().is_none_or(|l| d > l) {
                self.last_date = Some(d.clone());
            }
        }
    }
}

/// The actor network of [`Store::actor_network`].
#[derive(Debug, Clone)]
pub struct ActorNetwork {
    /// Actors, most events first (then by CAMEO-style code).
    pub nodes: Vec<ActorNode>,
    /// The same actors, indexed as the edges refer to them.
    actors: Vec<ActorNode>,
    edges: HashMap<(u32, u32), EdgeTally>,
    /// Keys of `edges` in output order.
    order: Vec<(u32, u32)>,
}

impl ActorNetwork {
    /// Number of directed dyads.
    #[must_use]
    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    /// The directed dyads in (source, target) order of code and sector,
    /// each built when reached; actors carry their node's name.
    pub fn edges(&self) -> impl Iterator<Item = DyadEdge> + '_ {
        self.order.iter().filter_map(|(s, t)| {
            let tally = self.edges.get(&(*s, *t))?;
            let source = self.actors.get(*s as usize)?.actor.clone();
            let target = self.actors.get(*t as usize)?.actor.clone();
            Some(DyadEdge {
                source,
                target,
                events: tally.events,
                by_quad: tally.by_quad,
                by_type: EventType::ALL
                    .iter()
                    .zip(tally.by_type)
                    .filter(|(_, n)| *n > 0)
                    .map(|(t, n)| (*t, u64::from(n)))
                    .collect::<BTreeMap<EventType, u64>>(),
                goldstein_sum: tally.goldstein_sum,
                goldstein_mean: tally.goldstein_sum / tally.events.max(1) as f64,
                first_date: tally.first_date.clone(),
                last_date: tally.last_date.clone(),
            })
        })
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
