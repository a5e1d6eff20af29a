//! Queries for browsing a store (the HTTP API and web UI of `dyad serve`):
//! articles filtered by text, date, source, actor and event type with
//! facets; store overview; the most active dyads; an actor's activity,
//! partners and people; event locations for the map. Parameterised SQL only.

use crate::analytics::Period;
use crate::events::ActorSpec;
use crate::{Store, StoreError};
use dyad_core::EventType;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Row};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Which articles to browse. Dates are `YYYY-MM-DD`, inclusive.
#[derive(Debug, Clone, Default)]
pub struct ArticleQuery {
    /// Full-text query (FTS5 syntax; invalid syntax is retried as plain words).
    pub text: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Only articles with a sighting whose source path or URL contains this.
    pub source: Option<String>,
    /// Only articles that mention this actor or have an event with it.
    pub actor: Option<ActorSpec>,
    /// Only articles with an event of this type.
    pub event_type: Option<EventType>,
    pub limit: usize,
    pub offset: usize,
}

/// One article of a browse result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleHit {
    pub id: String,
    pub headline: String,
    pub published: Option<String>,
    /// With a text query: the body excerpt with matches between
    /// [`crate::HIGHLIGHT_START`] and [`crate::HIGHLIGHT_END`]; otherwise the
    /// start of the body.
    pub snippet: String,
    /// bm25 relevance (larger is better) with a text query.
    pub score: Option<f64>,
    pub sightings: usize,
    pub events: usize,
}

/// A page of articles and how many match in all.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticlePage {
    pub total: u64,
    pub items: Vec<ArticleHit>,
}

/// One value of a facet with the number of matching articles that have it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacetValue {
    /// What to filter by: an actor code (`IRNGOV`), an event type, a month.
    pub value: String,
    /// A readable label (the actor's name).
    pub label: String,
    pub count: u64,
}

/// Facet counts over the best-ranked matching articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Facets {
    /// How many matching articles were counted (at most the sample size).
    pub sampled: u64,
    pub actors: Vec<FacetValue>,
    pub types: Vec<FacetValue>,
    pub months: Vec<FacetValue>,
}

/// Store-wide counts and the cooperation / conflict balance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overview {
    pub articles: u64,
    pub sightings: u64,
    pub sources: u64,
    pub actors: u64,
    pub mentions: u64,
    /// Events as GDELT counts them (groups).
    pub events: u64,
    /// Event reports (one per coded sentence).
    pub event_reports: u64,
    pub quotes: u64,
    /// Events per quad class (of the first report).
    pub by_quad: [u64; 4],
    pub cooperation: u64,
    pub conflict: u64,
    pub goldstein_mean: f64,
}

/// A directed dyad by actor code with its event counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadSummary {
    pub source: String,
    pub source_name: String,
    pub target: String,
    pub target_name: String,
    pub events: u64,
    pub by_quad: [u64; 4],
    pub goldstein_mean: f64,
}

/// An actor (code, optional sector) with its names and counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorProfile {
    pub code: String,
    pub sector: Option<String>,
    /// The most frequent name first.
    pub names: Vec<FacetValue>,
    pub mentions: u64,
    pub articles: u64,
    pub events_as_source: u64,
    pub events_as_target: u64,
}

/// An actor's events in one period, as source and as target.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ActivityBucket {
    pub period: String,
    pub as_source: u64,
    pub as_target: u64,
    pub cooperation: u64,
    pub conflict: u64,
}

/// Another actor (by code) that an actor has events with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Partner {
    pub code: String,
    pub name: String,
    /// Events from the actor to the partner.
    pub outgoing: u64,
    /// Events from the partner to the actor.
    pub incoming: u64,
    pub cooperation: u64,
    pub conflict: u64,
}

/// A person linked to an actor, with the number of articles naming them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonSummary {
    pub name: String,
    pub role: Option<String>,
    pub articles: u64,
}

/// A place where events happened, with their counts (event reports).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventPlace {
    pub name: String,
    pub country: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub events: u64,
    pub cooperation: u64,
    pub conflict: u64,
}

/// Event reports per country of location.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountryCount {
    pub country: String,
    pub events: u64,
}

/// SQL selecting the first report of every event group.
const FIRST_REPORTS: &str = "SELECT min(id) FROM events GROUP BY group_id";

fn get_u64(r: &Row<'_>, i: usize) -> rusqlite::Result<u64> {
    Ok(r.get::<_, Option<i64>>(i)?.unwrap_or(0).max(0) as u64)
}

fn push_arg(args: &mut Vec<Value>, v: Value) -> String {
    args.push(v);
    format!("?{}", args.len())
}

/// `ac.code = ? [AND ac.sector = ?]` for an actor alias.
fn actor_match(alias: &str, spec: &ActorSpec, args: &mut Vec<Value>) -> String {
    let mut clause = format!(
        "{alias}.code = {}",
        push_arg(args, Value::Text(spec.code.clone()))
    );
    if let Some(sector) = &spec.sector {
        clause.push_str(&format!(
            " AND {alias}.sector = {}",
            push_arg(args, Value::Text(sector.clone()))
        ));
    }
    clause
}

/// Every word of a query as a quoted FTS5 string.
fn plain_words(query: &str) -> String {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

impl ArticleQuery {
    fn text_query(&self) -> Option<&str> {
        self.text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
    }

    /// `FROM ... WHERE ...` over `articles a` (joined to `articles_fts` when
    /// there is a text query, which is then `text`).
    fn sql_from_where(&self, text: Option<&str>) -> (String, Vec<Value>) {
        let mut args: Vec<Value> = Vec::new();
        let mut sql = match text {
            Some(t) => {
                let p = push_arg(&mut args, Value::Text(t.to_string()));
                format!(
                    "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                     WHERE articles_fts MATCH {p}"
                )
            }
            None => String::from("FROM articles a WHERE 1 = 1"),
        };
        if let Some(from) = &self.from {
            let p = push_arg(&mut args, Value::Text(from.clone()));
            sql.push_str(&format!(" AND a.published >= {p}"));
        }
        if let Some(to) = &self.to {
            let p = push_arg(&mut args, Value::Text(to.clone()));
            sql.push_str(&format!(" AND a.published <= {p}"));
        }
        if let Some(source) = &self.source {
            let p = push_arg(&mut args, Value::Text(format!("%{}%", escape_like(source))));
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM sightings s JOIN sources src ON src.id = s.source_id
                   WHERE s.article_id = a.id AND src.path LIKE {p} ESCAPE '\\')"
            ));
        }
        if let Some(actor) = &self.actor {
            let m = actor_match("ac", actor, &mut args);
            let s = actor_match("sa", actor, &mut args);
            let t = actor_match("ta", actor, &mut args);
            sql.push_str(&format!(
                " AND (EXISTS (SELECT 1 FROM mentions m JOIN actors ac ON ac.id = m.actor_id
                        WHERE m.article_id = a.id AND {m})
                   OR EXISTS (SELECT 1 FROM events e JOIN actors sa ON sa.id = e.source_actor_id
                        JOIN actors ta ON ta.id = e.target_actor_id
                        WHERE e.article_id = a.id AND (({s}) OR ({t}))))"
            ));
        }
        if let Some(t) = self.event_type {
            let p = push_arg(&mut args, Value::Text(t.as_str().to_string()));
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.type = {p})"
            ));
        }
        (sql, args)
    }

    fn order(text: Option<&str>) -> &'static str {
        if text.is_some() {
            " ORDER BY bm25(articles_fts, 5.0, 1.0)"
        } else {
            " ORDER BY a.published IS NULL, a.published DESC, a.rowid"
        }
    }
}

impl Store {
    /// Articles matching `query`, best (or newest) first, one page of them.
    pub fn browse_articles(&self, query: &ArticleQuery) -> Result<ArticlePage, StoreError> {
        self.with_text_fallback(query, |text| self.browse_page(query, text))
    }

    /// Facet counts (actors, event types, months) over the `sample`
    /// best-ranked articles matching `query` (its limit and offset unused).
    pub fn article_facets(
        &self,
        query: &ArticleQuery,
        sample: usize,
    ) -> Result<Facets, StoreError> {
        self.with_text_fallback(query, |text| self.facets_of(query, text, sample))
    }

    /// Run `f` with the text query, and again with its plain words when the
    /// text is not valid FTS5 syntax.
    fn with_text_fallback<T>(
        &self,
        query: &ArticleQuery,
        f: impl Fn(Option<&str>) -> Result<T, rusqlite::Error>,
    ) -> Result<T, StoreError> {
        let text = query.text_query();
        match f(text) {
            Ok(v) => Ok(v),
            Err(first) => {
                let Some(t) = text else {
                    return Err(first.into());
                };
                let invalid = |e: rusqlite::Error| StoreError::Query {
                    query: t.to_string(),
                    message: e.to_string(),
                };
                let plain = plain_words(t);
                if plain.is_empty() || plain == t {
                    return Err(invalid(first));
                }
                f(Some(&plain)).map_err(|_| invalid(first))
            }
        }
    }

    fn browse_page(
        &self,
        query: &ArticleQuery,
        text: Option<&str>,
    ) -> Result<ArticlePage, rusqlite::Error> {
        let (from_where, args) = query.sql_from_where(text);
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) {from_where}"),
            params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let (score, snippet) = if text.is_some() {
            (
                "-bm25(articles_fts, 5.0, 1.0)",
                "snippet(articles_fts, 1, char(2), char(3), '…', 24)",
            )
        } else {
            ("NULL", "substr(a.body, 1, 240)")
        };
        let sql = format!(
            "SELECT a.id, a.headline, a.published, {snippet}, {score},
                (SELECT count(*) FROM sightings s WHERE s.article_id = a.id),
                (SELECT count(*) FROM events e WHERE e.article_id = a.id)
             {from_where}{} LIMIT {} OFFSET {}",
            ArticleQuery::order(text),
            query.limit.min(i64::MAX as usize),
            query.offset.min(i64::MAX as usize)
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let items = stmt
            .query_map(params_from_iter(args.iter()), |r| {
                Ok(ArticleHit {
                    id: r.get(0)?,
                    headline: r.get(1)?,
                    published: r.get(2)?,
                    snippet: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                    score: r.get(4)?,
                    sightings: get_u64(r, 5)? as usize,
                    events: get_u64(r, 6)? as usize,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ArticlePage {
            total: total.max(0) as u64,
            items,
        })
    }

    fn facets_of(
        &self,
        query: &ArticleQuery,
        text: Option<&str>,
        sample: usize,
    ) -> Result<Facets, rusqlite::Error> {
        let (from_where, args) = query.sql_from_where(text);
        let hits = format!(
            "WITH hits(id) AS (SELECT a.id {from_where}{} LIMIT {})",
            ArticleQuery::order(text),
            sample.min(i64::MAX as usize)
        );
        let sampled: i64 = self.conn.query_row(
            &format!("{hits} SELECT count(*) FROM hits"),
            params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let facet = |sql: &str| -> Result<Vec<FacetValue>, rusqlite::Error> {
            let mut stmt = self.conn.prepare(&format!("{hits} {sql}"))?;
            let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
                Ok(FacetValue {
                    value: r.get(0)?,
                    label: r.get(1)?,
                    count: get_u64(r, 2)?,
                })
            })?;
            rows.collect()
        };
        let actors = facet(
            "SELECT ac.code || ac.sector, min(ac.name), count(DISTINCT m.article_id) AS n
             FROM mentions m JOIN actors ac ON ac.id = m.actor_id
             WHERE m.article_id IN (SELECT id FROM hits)
             GROUP BY ac.code, ac.sector ORDER BY n DESC, 1 LIMIT 20",
        )?;
        let types = facet(
            "SELECT e.type, e.type, count(DISTINCT e.article_id) AS n FROM events e
             WHERE e.article_id IN (SELECT id FROM hits)
             GROUP BY e.type ORDER BY n DESC, 1",
        )?;
        let months = facet(
            "SELECT substr(a.published, 1, 7) AS month, substr(a.published, 1, 7), count(*)
             FROM articles a WHERE a.id IN (SELECT id FROM hits) AND a.published IS NOT NULL
             GROUP BY month ORDER BY month DESC LIMIT 36",
        )?;
        Ok(Facets {
            sampled: sampled.max(0) as u64,
            actors,
            types,
            months,
        })
    }

    /// Store-wide counts and the cooperation / conflict balance.
    pub fn overview(&self) -> Result<Overview, StoreError> {
        let counts = self.conn.query_row(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sightings),
                (SELECT count(*) FROM sources), (SELECT count(*) FROM actors),
                (SELECT count(*) FROM mentions), (SELECT count(*) FROM event_groups),
                (SELECT count(*) FROM events), (SELECT count(*) FROM quotes)",
            [],
            |r| {
                Ok([
                    get_u64(r, 0)?,
                    get_u64(r, 1)?,
                    get_u64(r, 2)?,
                    get_u64(r, 3)?,
                    get_u64(r, 4)?,
                    get_u64(r, 5)?,
                    get_u64(r, 6)?,
                    get_u64(r, 7)?,
                ])
            },
        )?;
        let mut by_quad = [0u64; 4];
        let mut goldstein_sum = 0.0;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT quad, count(*), sum(goldstein) FROM events
             WHERE id IN ({FIRST_REPORTS}) GROUP BY quad"
        ))?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, i64>(0)?, get_u64(r, 1)?, r.get::<_, f64>(2)?))
        })?;
        for row in rows {
            let (quad, n, sum) = row?;
            let slot = (quad.clamp(1, 4) - 1) as usize;
            by_quad[slot] += n;
            goldstein_sum += sum;
        }
        let grouped: u64 = by_quad.iter().sum();
        Ok(Overview {
            articles: counts[0],
            sightings: counts[1],
            sources: counts[2],
            actors: counts[3],
            mentions: counts[4],
            events: counts[5],
            event_reports: counts[6],
            quotes: counts[7],
            by_quad,
            cooperation: by_quad[0] + by_quad[1],
            conflict: by_quad[2] + by_quad[3],
            goldstein_mean: if grouped == 0 {
                0.0
            } else {
                goldstein_sum / grouped as f64
            },
        })
    }

    /// The most readable name of each actor code: the most mentioned name,
    /// preferring actors without a sector.
    pub fn actor_code_names(&self) -> Result<HashMap<String, String>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT ac.code, ac.name, ac.sector = '', count(m.rowid) AS n
             FROM actors ac LEFT JOIN mentions m ON m.actor_id = ac.id
             GROUP BY ac.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
                get_u64(r, 3)?,
            ))
        })?;
        let mut best: HashMap<String, (bool, u64, String)> = HashMap::new();
        for row in rows {
            let (code, name, plain, n) = row?;
            let candidate = (plain, n, name);
            match best.get(&code) {
                Some(b) if (b.0, b.1) >= (candidate.0, candidate.1) => {}
                _ => {
                    best.insert(code, candidate);
                }
            }
        }
        Ok(best.into_iter().map(|(k, v)| (k, v.2)).collect())
    }

    /// Directed dyads by actor code with the most events.
    pub fn top_dyads(&self, limit: usize) -> Result<Vec<DyadSummary>, StoreError> {
        let names = self.actor_code_names()?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT g.source_code, g.target_code, count(*) AS n,
                sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4),
                avg(e.goldstein)
             FROM event_groups g JOIN events e ON e.group_id = g.id
             WHERE e.id IN ({FIRST_REPORTS})
             GROUP BY g.source_code, g.target_code ORDER BY n DESC, 1, 2 LIMIT ?1"
        ))?;
        let rows = stmt.query_map([limit.min(i64::MAX as usize) as i64], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                get_u64(r, 2)?,
                [
                    get_u64(r, 3)?,
                    get_u64(r, 4)?,
                    get_u64(r, 5)?,
                    get_u64(r, 6)?,
                ],
                r.get::<_, Option<f64>>(7)?.unwrap_or(0.0),
            ))
        })?;
        let name = |code: &str| names.get(code).cloned().unwrap_or_else(|| code.to_string());
        let mut out = Vec::new();
        for row in rows {
            let (source, target, events, by_quad, goldstein_mean) = row?;
            out.push(DyadSummary {
                source_name: name(&source),
                target_name: name(&target),
                source,
                target,
                events,
                by_quad,
                goldstein_mean,
            });
        }
        Ok(out)
    }

    /// An actor's names and counts; `None` when the store does not know it.
    pub fn actor_profile(&self, spec: &ActorSpec) -> Result<Option<ActorProfile>, StoreError> {
        let mut args = Vec::new();
        let clause = actor_match("ac", spec, &mut args);
        let mut stmt = self.conn.prepare(&format!(
            "SELECT ac.name, count(m.rowid) AS n, count(DISTINCT m.article_id)
             FROM actors ac LEFT JOIN mentions m ON m.actor_id = ac.id
             WHERE {clause} GROUP BY ac.id ORDER BY n DESC, ac.name"
        ))?;
        let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
            Ok((r.get::<_, String>(0)?, get_u64(r, 1)?, get_u64(r, 2)?))
        })?;
        let mut names = Vec::new();
        let mut mentions = 0;
        for row in rows {
            let (name, n, _) = row?;
            mentions += n;
            names.push(FacetValue {
                value: name.clone(),
                label: name,
                count: n,
            });
        }
        if names.is_empty() {
            return Ok(None);
        }
        let mut args = Vec::new();
        let m = actor_match("ac", spec, &mut args);
        let s = actor_match("sa", spec, &mut args);
        let t = actor_match("ta", spec, &mut args);
        let (articles, as_source, as_target) = self.conn.query_row(
            &format!(
                "SELECT (SELECT count(DISTINCT m.article_id) FROM mentions m
                          JOIN actors ac ON ac.id = m.actor_id WHERE {m}),
                   (SELECT count(DISTINCT e.group_id) FROM events e
                          JOIN actors sa ON sa.id = e.source_actor_id WHERE {s}),
                   (SELECT count(DISTINCT e.group_id) FROM events e
                          JOIN actors ta ON ta.id = e.target_actor_id WHERE {t})"
            ),
            params_from_iter(args.iter()),
            |r| Ok((get_u64(r, 0)?, get_u64(r, 1)?, get_u64(r, 2)?)),
        )?;
        Ok(Some(ActorProfile {
            code: spec.code.clone(),
            sector: spec.sector.clone(),
            names,
            mentions,
            articles,
            events_as_source: as_source,
            events_as_target: as_target,
        }))
    }

    /// An actor's events per period as source and as target (events whose
    /// date is less precise than the period are left out), oldest first.
    pub fn actor_activity(
        &self,
        spec: &ActorSpec,
        by: Period,
    ) -> Result<Vec<ActivityBucket>, StoreError> {
        let mut buckets: BTreeMap<String, ActivityBucket> = BTreeMap::new();
        self.actor_groups(spec, |g| {
            if let Some(period) = by.bucket(&g.date) {
                let b = buckets
                    .entry(period.clone())
                    .or_insert_with(|| ActivityBucket {
                        period,
                        ..ActivityBucket::default()
                    });
                b.as_source += u64::from(g.is_source);
                b.as_target += u64::from(g.is_target);
                if g.quad <= 2 {
                    b.cooperation += 1;
                } else {
                    b.conflict += 1;
                }
            }
        })?;
        Ok(buckets.into_values().collect())
    }

    /// The actors (by code) an actor has the most events with.
    pub fn actor_partners(
        &self,
        spec: &ActorSpec,
        limit: usize,
    ) -> Result<Vec<Partner>, StoreError> {
        let names = self.actor_code_names()?;
        let mut partners: HashMap<String, Partner> = HashMap::new();
        self.actor_groups(spec, |g| {
            let code = if g.is_source {
                g.target_code.clone()
            } else {
                g.source_code.clone()
            };
            let p = partners.entry(code.clone()).or_insert_with(|| Partner {
                name: names.get(&code).cloned().unwrap_or_else(|| code.clone()),
                code,
                outgoing: 0,
                incoming: 0,
                cooperation: 0,
                conflict: 0,
            });
            if g.is_source {
                p.outgoing += 1;
            }
            if g.is_target {
                p.incoming += 1;
            }
            if g.quad <= 2 {
                p.cooperation += 1;
            } else {
                p.conflict += 1;
            }
        })?;
        let mut out: Vec<Partner> = partners.into_values().collect();
        out.sort_by(|a, b| {
            (b.outgoing + b.incoming)
                .cmp(&(a.outgoing + a.incoming))
                .then_with(|| a.code.cmp(&b.code))
        });
        out.truncate(limit);
        Ok(out)
    }

    /// Event groups with the actor as source or target.
    fn actor_groups(
        &self,
        spec: &ActorSpec,
        mut f: impl FnMut(&GroupSide),
    ) -> Result<(), StoreError> {
        let mut args = Vec::new();
        let side = |prefix: &str, args: &mut Vec<Value>| {
            let mut clause = format!(
                "g.{prefix}_code = {}",
                push_arg(args, Value::Text(spec.code.clone()))
            );
            if let Some(sector) = &spec.sector {
                clause.push_str(&format!(
                    " AND g.{prefix}_sector = {}",
                    push_arg(args, Value::Text(sector.clone()))
                ));
            }
            clause
        };
        let s = side("source", &mut args);
        let t = side("target", &mut args);
        let mut stmt = self.conn.prepare(&format!(
            "SELECT g.date, g.source_code, g.target_code, ({s}), ({t}),
                (SELECT e.quad FROM events e WHERE e.group_id = g.id ORDER BY e.id LIMIT 1)
             FROM event_groups g WHERE ({s}) OR ({t}) ORDER BY g.id"
        ))?;
        let mut rows = stmt.query(params_from_iter(args.iter()))?;
        while let Some(r) = rows.next()? {
            f(&GroupSide {
                date: r.get(0)?,
                source_code: r.get(1)?,
                target_code: r.get(2)?,
                is_source: r.get(3)?,
                is_target: r.get(4)?,
                quad: r.get::<_, Option<i64>>(5)?.unwrap_or(1),
            });
        }
        Ok(())
    }

    /// People linked to an actor code: named with that country, or
    /// mentioned as a person resolved to the actor; most articles first.
    pub fn actor_people(
        &self,
        spec: &ActorSpec,
        limit: usize,
    ) -> Result<Vec<PersonSummary>, StoreError> {
        let mut args = Vec::new();
        let code = push_arg(&mut args, Value::Text(spec.code.clone()));
        let m = actor_match("ac", spec, &mut args);
        let lim = push_arg(
            &mut args,
            Value::Integer(limit.min(i64::MAX as usize) as i64),
        );
        let mut stmt = self.conn.prepare(&format!(
            "SELECT name, max(role), count(DISTINCT article_id) AS n FROM (
                SELECT p.name AS name, p.role AS role, p.article_id AS article_id
                  FROM people p WHERE p.country = {code}
                UNION ALL
                SELECT m.text, NULL, m.article_id FROM mentions m
                  JOIN actors ac ON ac.id = m.actor_id
                 WHERE m.kind = 'PERSON' AND {m})
             GROUP BY name ORDER BY n DESC, name LIMIT {lim}"
        ))?;
        let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
            Ok(PersonSummary {
                name: r.get(0)?,
                role: r.get(1)?,
                articles: get_u64(r, 2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Places with coordinates where events happened, most events first;
    /// with an actor, only its events (as source or target).
    pub fn event_places(
        &self,
        actor: Option<&ActorSpec>,
        limit: usize,
    ) -> Result<Vec<EventPlace>, StoreError> {
        let mut args = Vec::new();
        let filter = match actor {
            Some(spec) => {
                let s = actor_match("sa", spec, &mut args);
                let t = actor_match("ta", spec, &mut args);
                format!(" AND (({s}) OR ({t}))")
            }
            None => String::new(),
        };
        let lim = push_arg(
            &mut args,
            Value::Integer(limit.min(i64::MAX as usize) as i64),
        );
        let mut stmt = self.conn.prepare(&format!(
            "SELECT e.location_name, e.location_country, e.lat, e.lon, count(*) AS n,
                sum(e.quad <= 2), sum(e.quad >= 3)
             FROM events e JOIN actors sa ON sa.id = e.source_actor_id
             JOIN actors ta ON ta.id = e.target_actor_id
             WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND e.location_name IS NOT NULL{filter}
             GROUP BY e.location_name, e.location_country, e.lat, e.lon
             ORDER BY n DESC, e.location_name LIMIT {lim}"
        ))?;
        let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
            Ok(EventPlace {
                name: r.get(0)?,
                country: r.get(1)?,
                lat: r.get(2)?,
                lon: r.get(3)?,
                events: get_u64(r, 4)?,
                cooperation: get_u64(r, 5)?,
                conflict: get_u64(r, 6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Event reports per country of their location, most first.
    pub fn event_countries(&self) -> Result<Vec<CountryCount>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT location_country, count(*) AS n FROM events
             WHERE location_country IS NOT NULL AND location_country <> ''
             GROUP BY location_country ORDER BY n DESC, location_country",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CountryCount {
                country: r.get(0)?,
                events: get_u64(r, 1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// One event group seen from an actor.
struct GroupSide {
    date: String,
    source_code: String,
    target_code: String,
    is_source: bool,
    is_target: bool,
    quad: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_quote_every_word() {
        assert_eq!(plain_words("a\"b -c"), "\"a\" \"b\" \"c\"");
    }
}
