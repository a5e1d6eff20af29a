//! Ingest: dedup against what is stored, then write an article with its
//! annotations, or a sighting of the article it duplicates.

use crate::{Store, StoreError};
use dyad_core::dedup::{article_id, jaccard, Fingerprint, NEAR_DUPLICATE_JACCARD};
use dyad_core::{
    ActorRef, Article, ArticleId, Caption, Event, EventParty, Mention, Person, Published, Quote,
    Sighting,
};
use rusqlite::{params, OptionalExtension, Statement, Transaction};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Actor ids already looked up in this transaction: most mentions name an
/// actor seen a moment ago.
#[derive(Default)]
struct ActorCache {
    /// Id by [`ActorCache::key`] of code, sector and name.
    ids: HashMap<Vec<u8>, i64>,
    /// The key being looked up, reused so that a hit allocates nothing.
    key: Vec<u8>,
}

impl ActorCache {
    /// Set `self.key` to the key of an actor: each part preceded by its
    /// length, so that no two (code, sector, name) share a key.
    fn set_key(&mut self, code: &str, sector: &str, name: &str) {
        self.key.clear();
        for part in [code, sector, name] {
            self.key
                .extend_from_slice(&(part.len() as u64).to_le_bytes());
            self.key.extend_from_slice(part.as_bytes());
        }
    }
}

/// What happened to one article offered to the store.
#[derive(Debug, Clone, PartialEq)]
pub enum IngestOutcome {
    /// Stored as a new article.
    New { id: ArticleId },
    /// A duplicate of a stored article: recorded as its sighting. `near` is
    /// the Jaccard similarity for a near duplicate, `None` for an exact one.
    Duplicate { of: ArticleId, near: Option<f64> },
    /// Every sighting of this article was already stored: nothing changed.
    AlreadySeen { id: ArticleId },
}

impl Store {
    /// Ingest one article.
    pub fn ingest(
        &mut self,
        article: &Article,
        fingerprint: &Fingerprint,
    ) -> Result<IngestOutcome, StoreError> {
        let mut outcomes = self.ingest_batch(&[(article.clone(), fingerprint.clone())])?;
        Ok(outcomes.remove(0))
    }

    /// Ingest articles in one transaction, in order: a later article of the
    /// batch is deduplicated against the earlier ones.
    ///
    /// Foreign keys are not enforced while the batch is written (and are
    /// again afterwards): the writer takes every referenced id from the rows
    /// it has just looked up or written, and enforcement cost a parent
    /// lookup per mention, band, person and quote (9% of an ingest's
    /// instructions). The store tests check `PRAGMA foreign_key_check`.
    pub fn ingest_batch(
        &mut self,
        items: &[(Article, Fingerprint)],
    ) -> Result<Vec<IngestOutcome>, StoreError> {
        tune_for_ingest(&self.conn)?;
        // A no-op inside a transaction, so set around it.
        self.conn.pragma_update(None, "foreign_keys", false)?;
        let outcomes = self.write_batch(items);
        self.conn.pragma_update(None, "foreign_keys", true)?;
        outcomes
    }

    fn write_batch(
        &mut self,
        items: &[(Article, Fingerprint)],
    ) -> Result<Vec<IngestOutcome>, StoreError> {
        let tx = self.conn.transaction()?;
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let mut outcomes = Vec::with_capacity(items.len());
        let mut actors = ActorCache::default();
        let mut full_text = Vec::with_capacity(items.len());
        for (article, fingerprint) in items {
            outcomes.push(ingest_one(
                &tx,
                article,
                fingerprint,
                &now,
                &mut actors,
                &mut full_text,
            )?);
        }
        // The full-text rows go in last: once the full-text table is written
        // in a transaction, every statement that opens a statement journal
        // (a multi-row INSERT does) makes FTS5 flush its pending terms as a
        // new segment, and merge segments.
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO articles_fts (rowid, headline, body) VALUES (?1, ?2, ?3)",
            )?;
            for (rowid, headline, body) in &full_text {
                stmt.execute(params![rowid, headline, body])?;
            }
        }
        tx.commit()?;
        Ok(outcomes)
    }
}

/// Size of the page cache while ingesting (negative: KiB, as SQLite reads
/// it), 16 MiB instead of SQLite's 2 MiB: the indexes an ingest updates
/// (bands, actors, event groups, full text) stay in memory instead of being
/// read back from disk. (32 MiB saved no further reads on the BBC corpus.)
const INGEST_CACHE_KIB: i64 = -16 * 1024;

/// WAL pages between automatic checkpoints while ingesting, 4,000 (16 MiB
/// of 4 KiB pages) instead of SQLite's 1,000: fewer checkpoints, so fewer
/// fsyncs and fewer pages copied twice.
const INGEST_WAL_AUTOCHECKPOINT: i64 = 4000;

/// Connection settings for bulk writes. Neither touches durability: the
/// store is in WAL mode with `synchronous = NORMAL` (set when it is opened),
/// under which a committed transaction survives an application crash, and a
/// checkpoint still syncs what it copies.
fn tune_for_ingest(conn: &rusqlite::Connection) -> Result<(), StoreError> {
    conn.pragma_update(None, "cache_size", INGEST_CACHE_KIB)?;
    conn.pragma_update(None, "wal_autocheckpoint", INGEST_WAL_AUTOCHECKPOINT)?;
    Ok(())
}

/// An article's row id, headline and body, for the full-text index.
type FullTextRow<'a> = (i64, &'a str, String);

fn ingest_one<'a>(
    tx: &Transaction<'_>,
    article: &'a Article,
    fp: &Fingerprint,
    now: &str,
    actors: &mut ActorCache,
    full_text: &mut Vec<FullTextRow<'a>>,
) -> Result<IngestOutcome, StoreError> {
    // Sightings already stored: a re-run of the same input.
    let mut unseen: Vec<(i64, usize)> = Vec::with_capacity(article.sightings.len());
    let mut seen_as: Option<String> = None;
    for Sighting { source, position } in &article.sightings {
        let source_id = source_id(tx, source, now)?;
        let existing: Option<String> = tx
            .prepare_cached(
                "SELECT article_id FROM sightings WHERE source_id = ?1 AND position = ?2",
            )?
            .query_row(params![source_id, *position as i64], |r| r.get(0))
            .optional()?;
        match existing {
            Some(id) => seen_as = Some(id),
            None => unseen.push((source_id, *position)),
        }
    }
    if unseen.is_empty() {
        if let Some(id) = seen_as {
            return Ok(IngestOutcome::AlreadySeen { id: ArticleId(id) });
        }
    }

    let bands: Vec<i64> = fp.band_keys().into_iter().map(|k| k as i64).collect();
    if let Some((of, near)) = find_duplicate(tx, fp, &bands)? {
        add_sightings(tx, &of, &unseen, near)?;
        return Ok(IngestOutcome::Duplicate {
            of: ArticleId(of),
            near,
        });
    }

    let id = article_id(fp.exact);
    let (rowid, body) = insert_article(tx, &id.0, article, fp, &bands, now, actors)?;
    full_text.push((rowid, &article.headline, body));
    add_sightings(tx, &id.0, &unseen, None)?;
    Ok(IngestOutcome::New { id })
}

fn source_id(tx: &Transaction<'_>, path: &str, now: &str) -> Result<i64, StoreError> {
    let added = tx
        .prepare_cached("INSERT OR IGNORE INTO sources (path, first_seen) VALUES (?1, ?2)")?
        .execute(params![path, now])?;
    if added == 1 {
        return Ok(tx.last_insert_rowid());
    }
    Ok(tx
        .prepare_cached("SELECT id FROM sources WHERE path = ?1")?
        .query_row([path], |r| r.get(0))?)
}

fn add_sightings(
    tx: &Transaction<'_>,
    article: &str,
    sightings: &[(i64, usize)],
    similarity: Option<f64>,
) -> Result<(), StoreError> {
    let mut stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO sightings (article_id, source_id, position, similarity)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for &(source_id, position) in sightings {
        stmt.execute(params![article, source_id, position as i64, similarity])?;
    }
    Ok(())
}

/// The stored article this fingerprint duplicates: an exact match, else the
/// most similar LSH candidate whose real Jaccard reaches the threshold.
fn find_duplicate(
    tx: &Transaction<'_>,
    fp: &Fingerprint,
    bands: &[i64],
) -> Result<Option<(String, Option<f64>)>, StoreError> {
    let exact: Option<String> = tx
        .prepare_cached("SELECT id FROM articles WHERE exact_key = ?1 LIMIT 1")?
        .query_row([fp.exact as i64], |r| r.get(0))
        .optional()?;
    if let Some(id) = exact {
        return Ok(Some((id, None)));
    }
    let mut candidates: Vec<String> = Vec::new();
    {
        let mut stmt =
            tx.prepare_cached("SELECT article_id FROM article_bands WHERE band_key = ?1")?;
        for key in bands {
            let rows = stmt.query_map([key], |r| r.get::<_, String>(0))?;
            for row in rows {
                candidates.push(row?);
            }
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    let mut best: Option<(String, f64)> = None;
    let mut stmt = tx.prepare_cached("SELECT shingles FROM articles WHERE id = ?1")?;
    for candidate in candidates {
        let blob: Vec<u8> = stmt.query_row([&candidate], |r| r.get(0))?;
        let j = jaccard(&fp.shingles, &decode_shingles(&blob));
        if j >= NEAR_DUPLICATE_JACCARD && best.as_ref().is_none_or(|(_, b)| j > *b) {
            best = Some((candidate, j));
        }
    }
    Ok(best.map(|(id, j)| (id, Some(j))))
}

fn encode_shingles(shingles: &[u64]) -> Vec<u8> {
    shingles.iter().flat_map(|s| s.to_le_bytes()).collect()
}

fn decode_shingles(blob: &[u8]) -> Vec<u64> {
    blob.chunks_exact(8)
        .map(|c| {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            u64::from_le_bytes(b)
        })
        .collect()
}

/// The JSON record stored with an article: the article as serde writes it,
/// with the store's id and without sightings (they live in their own table).
/// It borrows the article's parts instead of cloning the whole article, and
/// writes the same JSON as `Article { id, sightings: vec![], ..article }`.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    headline: &'a str,
    captions: &'a [Caption],
    paragraphs: &'a [String],
    published: &'a Option<Published>,
    url: &'a Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_domain: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    authors: &'a [String],
    sightings: &'a [Sighting],
    people: &'a [Person],
    mentions: &'a [Mention],
    events: &'a [Event],
    quotes: &'a [Quote],
}

impl<'a> Record<'a> {
    fn of(id: &'a str, article: &'a Article) -> Record<'a> {
        // Every field named: a field added to `Article` fails to compile
        // here until the record carries it too.
        let Article {
            id: _,
            headline,
            captions,
            paragraphs,
            published,
            url,
            source_domain,
            authors,
            sightings: _,
            people,
            mentions,
            events,
            quotes,
        } = article;
        Record {
            id,
            headline,
            captions,
            paragraphs,
            published,
            url,
            source_domain: source_domain.as_deref(),
            authors,
            sightings: &[],
            people,
            mentions,
            events,
            quotes,
        }
    }
}

fn insert_article(
    tx: &Transaction<'_>,
    id: &str,
    article: &Article,
    fp: &Fingerprint,
    bands: &[i64],
    now: &str,
    actors: &mut ActorCache,
) -> Result<(i64, String), StoreError> {
    let json =
        serde_json::to_string(&Record::of(id, article)).map_err(|source| StoreError::Record {
            id: id.to_string(),
            source,
        })?;
    let body = article.body();
    let published = article.published.as_ref();
    tx.prepare_cached(
        "INSERT INTO articles (id, exact_key, headline, body, published, published_basis,
            published_confidence, url, source_domain, paragraphs, record, shingles, ingested)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        id,
        fp.exact as i64,
        article.headline,
        body,
        published.map(|p| &p.date),
        published.map(|p| &p.basis),
        published.map(|p| f64::from(p.confidence)),
        article.url,
        article.source_domain,
        article.paragraphs.len() as i64,
        json,
        encode_shingles(&fp.shingles),
        now,
    ])?;
    let rowid = tx.last_insert_rowid();
    MULTI_INSERTS.bands.insert(tx, bands, |stmt, p, &key| {
        stmt.raw_bind_parameter(p, key)?;
        stmt.raw_bind_parameter(p + 1, id)
    })?;
    insert_annotations(tx, id, article, now, actors)?;
    Ok((rowid, body))
}

fn insert_annotations(
    tx: &Transaction<'_>,
    id: &str,
    article: &Article,
    now: &str,
    actors: &mut ActorCache,
) -> Result<(), StoreError> {
    let mut mentions = Vec::with_capacity(article.mentions.len());
    for m in &article.mentions {
        let actor = match &m.actor {
            Some(a) => Some(ref_id(tx, a, actors)?),
            None => None,
        };
        mentions.push((m, actor));
    }
    MULTI_INSERTS
        .mentions
        .insert(tx, &mentions, |stmt, p, (m, actor)| {
            stmt.raw_bind_parameter(p, id)?;
            stmt.raw_bind_parameter(p + 1, m.paragraph as i64)?;
            stmt.raw_bind_parameter(p + 2, m.start as i64)?;
            stmt.raw_bind_parameter(p + 3, m.end as i64)?;
            stmt.raw_bind_parameter(p + 4, &m.text)?;
            stmt.raw_bind_parameter(p + 5, m.kind.as_str())?;
            stmt.raw_bind_parameter(p + 6, actor)
        })?;
    MULTI_INSERTS
        .people
        .insert(tx, &article.people, |stmt, p, person| {
            stmt.raw_bind_parameter(p, id)?;
            stmt.raw_bind_parameter(p + 1, &person.name)?;
            stmt.raw_bind_parameter(p + 2, &person.country)?;
            stmt.raw_bind_parameter(p + 3, &person.role)
        })?;
    for (ordinal, e) in article.events.iter().enumerate() {
        let source = party_id(tx, &e.source, actors)?;
        let target = party_id(tx, &e.target, actors)?;
        let loc = e.location.as_ref();
        let group = group_id(tx, e, now)?;
        tx.prepare_cached(
            "INSERT INTO events (article_id, ordinal, type, mode, cameo, quad, goldstein,
                source_actor_id, source_text, target_actor_id, target_text, date, date_basis,
                location_name, location_country, lat, lon, negated, certainty, paragraph,
                sentence, confidence, group_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
        )?
        .execute(params![
            id,
            ordinal as i64,
            e.event_type.as_str(),
            e.mode,
            e.cameo,
            i64::from(e.quad),
            f64::from(e.goldstein),
            source,
            e.source.text,
            target,
            e.target.text,
            e.date,
            e.date_basis,
            loc.map(|l| &l.name),
            loc.and_then(|l| l.country.as_ref()),
            loc.and_then(|l| l.lat),
            loc.and_then(|l| l.lon),
            e.negated,
            e.certainty.as_str(),
            e.paragraph as i64,
            e.sentence,
            f64::from(e.confidence),
            group,
        ])?;
    }
    let mut quotes = Vec::with_capacity(article.quotes.len());
    for (ordinal, q) in article.quotes.iter().enumerate() {
        let speaker = match &q.speaker {
            Some(a) => Some(ref_id(tx, a, actors)?),
            None => None,
        };
        quotes.push((ordinal as i64, q, speaker));
    }
    MULTI_INSERTS
        .quotes
        .insert(tx, &quotes, |stmt, p, (ordinal, q, speaker)| {
            stmt.raw_bind_parameter(p, id)?;
            stmt.raw_bind_parameter(p + 1, ordinal)?;
            stmt.raw_bind_parameter(p + 2, speaker)?;
            stmt.raw_bind_parameter(p + 3, &q.speaker_text)?;
            stmt.raw_bind_parameter(p + 4, &q.text)?;
            stmt.raw_bind_parameter(p + 5, &q.verb)?;
            stmt.raw_bind_parameter(p + 6, &q.medium)?;
            stmt.raw_bind_parameter(p + 7, q.paragraph as i64)
        })?;
    Ok(())
}

/// Most rows written by one INSERT statement, as a power of two (32): a
/// list is written by statements of 32, 16, 8, 4, 2 and 1 rows, so each
/// table has at most six statements in the cache. One statement per row
/// paid for its setup (cursors on the table and each index, bindings reset)
/// once per row.
const MAX_ROWS_LOG2: usize = 5;

/// The multi-row INSERT statements of the tables an article writes many
/// rows to. `OR FAIL`, not the default `OR ABORT`: a failing statement
/// fails the whole batch's transaction anyway, and `ABORT` made SQLite keep
/// a statement journal for every multi-row INSERT.
struct MultiInserts {
    bands: MultiInsert,
    mentions: MultiInsert,
    people: MultiInsert,
    quotes: MultiInsert,
}

static MULTI_INSERTS: LazyLock<MultiInserts> = LazyLock::new(|| {
    MultiInserts {
    bands: MultiInsert::new("INSERT OR FAIL INTO article_bands (band_key, article_id)", 2),
    mentions: MultiInsert::new(
        "INSERT OR FAIL INTO mentions (article_id, paragraph, start, end, text, kind, actor_id)",
        7,
    ),
    people: MultiInsert::new("INSERT OR FAIL INTO people (article_id, name, country, role)", 4),
    quotes: MultiInsert::new(
        "INSERT OR FAIL INTO quotes (article_id, ordinal, speaker_actor_id, speaker_text, text, verb,
            medium, paragraph)",
        8,
    ),
}
});

/// INSERTs of 1, 2, 4, ... rows into one table, written in order.
struct MultiInsert {
    /// `sql[k]` inserts `2^k` rows.
    sql: Vec<String>,
    /// Values per row.
    width: usize,
}

impl MultiInsert {
    /// `head` is `INSERT INTO table (columns)` with `width` columns.
    fn new(head: &str, width: usize) -> MultiInsert {
        let row = format!("({})", vec!["?"; width].join(", "));
        let sql = (0..=MAX_ROWS_LOG2)
            .map(|k| format!("{head} VALUES {}", vec![row.as_str(); 1 << k].join(", ")))
            .collect();
        MultiInsert { sql, width }
    }

    /// Insert `rows` in order; `bind(stmt, p, row)` binds a row's values to
    /// parameters `p`, `p + 1`, ... (1-based).
    fn insert<R>(
        &self,
        tx: &Transaction<'_>,
        rows: &[R],
        mut bind: impl FnMut(&mut Statement<'_>, usize, &R) -> rusqlite::Result<()>,
    ) -> Result<(), StoreError> {
        let mut rest = rows;
        while !rest.is_empty() {
            let log2 = (rest.len().ilog2() as usize).min(MAX_ROWS_LOG2);
            let (chunk, tail) = rest.split_at(1 << log2);
            let mut stmt = tx.prepare_cached(&self.sql[log2])?;
            for (i, row) in chunk.iter().enumerate() {
                bind(&mut stmt, i * self.width + 1, row)?;
            }
            stmt.raw_execute()?;
            rest = tail;
        }
        Ok(())
    }
}

/// The event group (same source and target codes and sectors, type and
/// date) this event belongs to, created on first sight.
fn group_id(tx: &Transaction<'_>, e: &dyad_core::Event, now: &str) -> Result<i64, StoreError> {
    let key = params![
        e.source.code,
        e.source.sector.as_deref().unwrap_or(""),
        e.target.code,
        e.target.sector.as_deref().unwrap_or(""),
        e.event_type.as_str(),
        e.date.as_deref().unwrap_or(""),
    ];
    let found: Option<i64> = tx
        .prepare_cached(
            "SELECT id FROM event_groups WHERE source_code = ?1 AND source_sector = ?2
               AND target_code = ?3 AND target_sector = ?4 AND type = ?5 AND date = ?6",
        )?
        .query_row(key, |r| r.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    tx.prepare_cached(
        "INSERT INTO event_groups
            (source_code, source_sector, target_code, target_sector, type, date, added)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        e.source.code,
        e.source.sector.as_deref().unwrap_or(""),
        e.target.code,
        e.target.sector.as_deref().unwrap_or(""),
        e.event_type.as_str(),
        e.date.as_deref().unwrap_or(""),
        now,
    ])?;
    Ok(tx.last_insert_rowid())
}

fn party_id(
    tx: &Transaction<'_>,
    party: &EventParty,
    actors: &mut ActorCache,
) -> Result<i64, StoreError> {
    actor_id(
        tx,
        &party.code,
        party.sector.as_deref().unwrap_or(""),
        &party.name,
        actors,
    )
}

fn ref_id(
    tx: &Transaction<'_>,
    actor: &ActorRef,
    actors: &mut ActorCache,
) -> Result<i64, StoreError> {
    actor_id(
        tx,
        &actor.code,
        actor.sector.as_deref().unwrap_or(""),
        &actor.name,
        actors,
    )
}

/// The id of an actor (no sector: `""`), inserting it on first sight.
fn actor_id(
    tx: &Transaction<'_>,
    code: &str,
    sector: &str,
    name: &str,
    actors: &mut ActorCache,
) -> Result<i64, StoreError> {
    actors.set_key(code, sector, name);
    if let Some(&id) = actors.ids.get(actors.key.as_slice()) {
        return Ok(id);
    }
    let found: Option<i64> = tx
        .prepare_cached("SELECT id FROM actors WHERE code = ?1 AND sector = ?2 AND name = ?3")?
        .query_row(params![code, sector, name], |r| r.get(0))
        .optional()?;
    let id = match found {
        Some(id) => id,
        None => {
            tx.prepare_cached("INSERT INTO actors (code, sector, name) VALUES (?1, ?2, ?3)")?
                .execute(params![code, sector, name])?;
            tx.last_insert_rowid()
        }
    };
    actors.ids.insert(actors.key.clone(), id);
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_is_the_article_without_sightings_under_the_store_id() {
        let article: Article = serde_json::from_value(serde_json::json!({
            "id": "given",
            "headline": "Ministers \"meet\"",
            "captions": [{"text": "A photo", "credit": "Agency", "archive": true}],
            "paragraphs": ["First.", "Second, with \u{e9} and a tab\t."],
            "published": {"date": "2020-01-02", "basis": "input", "confidence": 1.0},
            "url": "https://example.org/a",
            "source_domain": "example.org",
            "authors": ["A. Writer"],
            "sightings": [{"source": "in.jsonl", "position": 3}],
            "people": [{"name": "Ann Example", "country": "FRA", "role": "minister"}],
        }))
        .expect("article");
        let bare = Article {
            source_domain: None,
            authors: Vec::new(),
            ..article.clone()
        };
        for a in [&article, &bare, &Article::default()] {
            let expected = Article {
                id: ArticleId("stored".into()),
                sightings: Vec::new(),
                ..a.clone()
            };
            assert_eq!(
                serde_json::to_string(&Record::of("stored", a)).expect("record"),
                serde_json::to_string(&expected).expect("article")
            );
        }
    }

    #[test]
    fn multi_row_inserts_write_every_row_in_order() {
        let mut conn = rusqlite::Connection::open_in_memory().expect("db");
        conn.execute_batch("CREATE TABLE t (list INTEGER NOT NULL, n INTEGER NOT NULL, s TEXT)")
            .expect("table");
        let insert = MultiInsert::new("INSERT INTO t (list, n, s)", 3);
        let tx = conn.transaction().expect("tx");
        for len in 0..=70_i64 {
            let rows: Vec<i64> = (0..len).collect();
            insert
                .insert(&tx, &rows, |stmt, p, &n| {
                    stmt.raw_bind_parameter(p, len)?;
                    stmt.raw_bind_parameter(p + 1, n)?;
                    stmt.raw_bind_parameter(p + 2, (n % 2 == 0).then(|| n.to_string()))
                })
                .expect("insert");
        }
        let mut stmt = tx
            .prepare("SELECT list, n, s FROM t ORDER BY rowid")
            .expect("select");
        let got: Vec<(i64, i64, Option<String>)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows");
        let expected: Vec<(i64, i64, Option<String>)> = (0..=70_i64)
            .flat_map(|len| (0..len).map(move |n| (len, n, (n % 2 == 0).then(|| n.to_string()))))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn shingles_round_trip_through_blobs() {
        let s = vec![0, 1, u64::MAX, 0x0123_4567_89ab_cdef];
        assert_eq!(decode_shingles(&encode_shingles(&s)), s);
    }
}
