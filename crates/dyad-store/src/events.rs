//! Event queries: grouped events and their mentions, streamed in id order,
//! and the filters shared by `dyad events`, the exports and the HTTP API.

use crate::{Store, StoreError};
use dyad_core::records::{EventMentionRecord, EventRecord};
use dyad_core::{ArticleId, Certainty, Event, EventParty, EventType, Location};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Row};

/// PLOVER sectors, for telling `IRNGOV` (code and sector) from `IRN`.
const SECTORS: [&str; 20] = [
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY", "OPP", "CVL", "EDU", "BUS", "LAB",
    "JRN", "MED", "REL", "REF", "CRM", "UAF", "UNK",
];

/// An actor as users name it in filters: a code (`IRN`, `UNO`) or a CAMEO
/// code with sector (`IRNGOV`), case-insensitive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorSpec {
    pub code: String,
    pub sector: Option<String>,
}

impl ActorSpec {
    #[must_use]
    pub fn parse(spec: &str) -> ActorSpec {
        let s = spec.trim().to_ascii_uppercase();
        if s.len() > 3 && s.is_char_boundary(s.len() - 3) {
            let (code, sector) = s.split_at(s.len() - 3);
            if SECTORS.contains(&sector) {
                return ActorSpec {
                    code: code.to_string(),
                    sector: Some(sector.to_string()),
                };
            }
        }
        ActorSpec {
            code: s,
            sector: None,
        }
    }
}

/// Which events to select. Dates are compared as text (`YYYY-MM-DD`,
/// inclusive), so an event dated only `2025` sorts before `2025-01-01`.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Events with this actor as source or target.
    pub actor: Option<ActorSpec>,
    /// Events from the first actor to the second.
    pub dyad: Option<(ActorSpec, ActorSpec)>,
    /// With `dyad`, also the events from the second actor to the first.
    pub both_directions: bool,
    pub event_type: Option<EventType>,
    /// Quad class 1..=4.
    pub quad: Option<u8>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Only events with at least one report of this certainty.
    pub certainty: Option<Certainty>,
    /// Only events reported in this article.
    pub article: Option<String>,
    pub limit: Option<usize>,
    pub offset: usize,
}

impl EventFilter {
    /// The WHERE clause over `event_groups g` and its parameters.
    fn where_clause(&self) -> (String, Vec<Value>) {
        let mut sql = String::from("1 = 1");
        let mut args: Vec<Value> = Vec::new();
        let arg = |v: String, args: &mut Vec<Value>| {
            args.push(Value::Text(v));
            format!("?{}", args.len())
        };
        let side = |prefix: &str, spec: &ActorSpec, args: &mut Vec<Value>| {
            let mut clause = format!("g.{prefix}_code = {}", arg(spec.code.clone(), args));
            if let Some(sector) = &spec.sector {
                clause.push_str(&format!(
                    " AND g.{prefix}_sector = {}",
                    arg(sector.clone(), args)
                ));
            }
            clause
        };
        if let Some(actor) = &self.actor {
            let s = side("source", actor, &mut args);
            let t = side("target", actor, &mut args);
            sql.push_str(&format!(" AND (({s}) OR ({t}))"));
        }
        if let Some((a, b)) = &self.dyad {
            let forward = format!(
                "({}) AND ({})",
                side("source", a, &mut args),
                side("target", b, &mut args)
            );
            if self.both_directions {
                let backward = format!(
                    "({}) AND ({})",
                    side("source", b, &mut args),
                    side("target", a, &mut args)
                );
                sql.push_str(&format!(" AND (({forward}) OR ({backward}))"));
            } else {
                sql.push_str(&format!(" AND ({forward})"));
            }
        }
        if let Some(t) = self.event_type {
            sql.push_str(&format!(
                " AND g.type = {}",
                arg(t.as_str().into(), &mut args)
            ));
        }
        if let Some(q) = self.quad {
            args.push(Value::Integer(i64::from(q)));
            sql.push_str(&format!(
                " AND (SELECT e.quad FROM events e WHERE e.group_id = g.id ORDER BY e.id LIMIT 1) = ?{}",
                args.len()
            ));
        }
        if let Some(from) = &self.from {
            sql.push_str(&format!(" AND g.date >= {}", arg(from.clone(), &mut args)));
        }
        if let Some(to) = &self.to {
            // Compare a whole day: '2025-01-31' includes '2025-01-31...' prefixes.
            sql.push_str(&format!(
                " AND g.date <> '' AND g.date <= {}",
                arg(to.clone(), &mut args)
            ));
        }
        if let Some(c) = self.certainty {
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM events e WHERE e.group_id = g.id AND e.certainty = {})",
                arg(c.as_str().into(), &mut args)
            ));
        }
        if let Some(article) = &self.article {
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM events e WHERE e.group_id = g.id AND e.article_id = {})",
                arg(article.clone(), &mut args)
            ));
        }
        (sql, args)
    }

    fn limit_clause(&self) -> String {
        match self.limit {
            Some(n) => format!(
                " LIMIT {} OFFSET {}",
                n.min(i64::MAX as usize),
                self.offset.min(i64::MAX as usize)
            ),
            None if self.offset > 0 => format!(" LIMIT -1 OFFSET {}", self.offset),
            None => String::new(),
        }
    }
}

/// Columns of one event row, in the order [`event_from_row`] reads them.
const EVENT_COLUMNS: &str = "e.type, e.mode, e.cameo, e.quad, e.goldstein,
    sa.code, sa.sector, sa.name, e.source_text, ta.code, ta.sector, ta.name, e.target_text,
    e.date, e.date_basis, e.location_name, e.location_country, e.lat, e.lon, e.negated,
    e.certainty, e.paragraph, e.sentence, e.confidence";
const EVENT_COLUMN_COUNT: usize = 24;
const EVENT_JOINS: &str = "JOIN actors sa ON sa.id = e.source_actor_id
    JOIN actors ta ON ta.id = e.target_actor_id";

fn party(code: String, sector: String, name: String, text: String) -> EventParty {
    EventParty {
        code,
        sector: (!sector.is_empty()).then_some(sector),
        name,
        text,
    }
}

fn parse_certainty(s: &str) -> Certainty {
    match s {
        "claimed" => Certainty::Claimed,
        "alleged" => Certainty::Alleged,
        "planned" => Certainty::Planned,
        "hypothetical" => Certainty::Hypothetical,
        _ => Certainty::Asserted,
    }
}

/// Read [`EVENT_COLUMNS`] starting at column `at`.
fn event_from_row(r: &Row<'_>, at: usize) -> rusqlite::Result<Event> {
    let type_name: String = r.get(at)?;
    let event_type = EventType::parse(&type_name).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            at,
            rusqlite::types::Type::Text,
            format!("unknown event type {type_name:?}").into(),
        )
    })?;
    let location_name: Option<String> = r.get(at + 15)?;
    Ok(Event {
        event_type,
        mode: r.get(at + 1)?,
        cameo: r.get(at + 2)?,
        quad: r.get::<_, i64>(at + 3)? as u8,
        goldstein: r.get::<_, f64>(at + 4)? as f32,
        source: party(
            r.get(at + 5)?,
            r.get(at + 6)?,
            r.get(at + 7)?,
            r.get(at + 8)?,
        ),
        target: party(
            r.get(at + 9)?,
            r.get(at + 10)?,
            r.get(at + 11)?,
            r.get(at + 12)?,
        ),
        date: r.get(at + 13)?,
        date_basis: r.get(at + 14)?,
        location: match location_name {
            Some(name) => Some(Location {
                name,
                country: r.get(at + 16)?,
                lat: r.get(at + 17)?,
                lon: r.get(at + 18)?,
            }),
            None => None,
        },
        negated: r.get(at + 19)?,
        certainty: parse_certainty(&r.get::<_, String>(at + 20)?),
        paragraph: r.get::<_, i64>(at + 21)? as usize,
        sentence: r.get(at + 22)?,
        confidence: r.get::<_, f64>(at + 23)? as f32,
    })
}

/// SQL for where an article came from: its URL, else `path#position` of its
/// first sighting.
const ARTICLE_IDENTIFIER: &str = "coalesce(a.url,
    (SELECT src.path || '#' || s.position FROM sightings s JOIN sources src ON src.id = s.source_id
     WHERE s.article_id = a.id ORDER BY s.rowid LIMIT 1), a.id)";
/// SQL for an article's source name: the outlet domain, else the input path.
const ARTICLE_SOURCE: &str = "coalesce(a.source_domain,
    (SELECT src.path FROM sightings s JOIN sources src ON src.id = s.source_id
     WHERE s.article_id = a.id ORDER BY s.rowid LIMIT 1), '')";

impl Store {
    /// Call `f` with every event group matching `filter`, in id order,
    /// without holding more than one in memory.
    pub fn for_each_event<E: From<StoreError>>(
        &self,
        filter: &EventFilter,
        mut f: impl FnMut(EventRecord) -> Result<(), E>,
    ) -> Result<(), E> {
        let (clause, args) = filter.where_clause();
        let sql = format!(
            "SELECT g.id, g.added,
                (SELECT count(*) FROM events e WHERE e.group_id = g.id),
                (SELECT count(DISTINCT e.article_id) FROM events e WHERE e.group_id = g.id),
                (SELECT count(DISTINCT coalesce(a.source_domain, src.path))
                   FROM events e JOIN articles a ON a.id = e.article_id
                   JOIN sightings s ON s.article_id = a.id JOIN sources src ON src.id = s.source_id
                  WHERE e.group_id = g.id),
                (SELECT min(e.id) FROM events e WHERE e.group_id = g.id)
             FROM event_groups g WHERE {clause} ORDER BY g.id{}",
            filter.limit_clause()
        );
        let first_sql = format!(
            "SELECT {EVENT_COLUMNS}, a.id, {ARTICLE_IDENTIFIER}
             FROM events e {EVENT_JOINS} JOIN articles a ON a.id = e.article_id WHERE e.id = ?1"
        );
        let mut groups = self.conn.prepare(&sql).map_err(StoreError::from)?;
        let mut first = self.conn.prepare(&first_sql).map_err(StoreError::from)?;
        let mut rows = groups
            .query(params_from_iter(args.iter()))
            .map_err(StoreError::from)?;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            let mut read = || -> rusqlite::Result<EventRecord> {
                let first_id: Option<i64> = r.get(5)?;
                let (event, article_id, source_url) = first.query_row([first_id], |e| {
                    Ok((
                        event_from_row(e, 0)?,
                        e.get::<_, String>(EVENT_COLUMN_COUNT)?,
                        e.get::<_, String>(EVENT_COLUMN_COUNT + 1)?,
                    ))
                })?;
                Ok(EventRecord {
                    id: r.get::<_, i64>(0)? as u64,
                    event,
                    article_id: ArticleId(article_id),
                    num_mentions: r.get::<_, i64>(2)? as u32,
                    num_sources: r.get::<_, i64>(4)? as u32,
                    num_articles: r.get::<_, i64>(3)? as u32,
                    date_added: r.get(1)?,
                    source_url,
                })
            };
            f(read().map_err(StoreError::from)?)?;
        }
        Ok(())
    }

    /// Event groups matching `filter`, collected (mind `filter.limit`).
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<EventRecord>, StoreError> {
        let mut out = Vec::new();
        self.for_each_event(filter, |e| {
            out.push(e);
            Ok::<(), StoreError>(())
        })?;
        Ok(out)
    }

    /// Call `f` with every report of every event group matching `filter`,
    /// ordered by group, then report.
    pub fn for_each_event_mention<E: From<StoreError>>(
        &self,
        filter: &EventFilter,
        mut f: impl FnMut(EventMentionRecord) -> Result<(), E>,
    ) -> Result<(), E> {
        let (clause, args) = filter.where_clause();
        let sql = format!(
            "SELECT e.group_id, e.article_id, e.date, a.ingested, {ARTICLE_SOURCE},
                {ARTICLE_IDENTIFIER}, e.paragraph, e.sentence, e.confidence, length(a.body),
                (SELECT g2.added FROM event_groups g2 WHERE g2.id = e.group_id)
             FROM events e JOIN articles a ON a.id = e.article_id
             WHERE e.group_id IN (SELECT g.id FROM event_groups g WHERE {clause}
                                  ORDER BY g.id{})
             ORDER BY e.group_id, e.id",
            filter.limit_clause()
        );
        let mut stmt = self.conn.prepare(&sql).map_err(StoreError::from)?;
        let mut rows = stmt
            .query(params_from_iter(args.iter()))
            .map_err(StoreError::from)?;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            let read = || -> rusqlite::Result<EventMentionRecord> {
                Ok(EventMentionRecord {
                    event_id: r.get::<_, i64>(0)? as u64,
                    article_id: ArticleId(r.get(1)?),
                    event_date: r.get(2)?,
                    mention_time: r.get(3)?,
                    source_name: r.get(4)?,
                    identifier: r.get(5)?,
                    paragraph: r.get::<_, i64>(6)? as usize,
                    sentence: r.get(7)?,
                    confidence: r.get::<_, f64>(8)? as f32,
                    doc_len: r.get::<_, i64>(9)? as usize,
                    event_added: r.get::<_, Option<String>>(10)?.unwrap_or_default(),
                })
            };
            f(read().map_err(StoreError::from)?)?;
        }
        Ok(())
    }

    /// Number of event groups and of event reports.
    pub fn count_events(&self) -> Result<(u64, u64), StoreError> {
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM event_groups), (SELECT count(*) FROM events)",
            [],
            |r| Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64)),
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_specs_split_sector_suffixes() {
        assert_eq!(
            ActorSpec::parse("irngov"),
            ActorSpec {
                code: "IRN".into(),
                sector: Some("GOV".into())
            }
        );
        assert_eq!(ActorSpec::parse("UNO").sector, None);
        assert_eq!(ActorSpec::parse("WST").code, "WST");
        assert_eq!(ActorSpec::parse("USAMIL").sector.as_deref(), Some("MIL"));
    }
}
