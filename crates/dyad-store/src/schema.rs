//! The SQLite schema and its migrations (documented in docs/schema.md).
//!
//! `PRAGMA user_version` holds the number of migrations applied. Each
//! migration runs in one transaction with the version bump, so a store is
//! always at a whole version. Migrations are only ever appended.

use crate::StoreError;
use rusqlite::Connection;

/// Migration `i` takes a store from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    "
    CREATE TABLE sources (
        id          INTEGER PRIMARY KEY,
        path        TEXT NOT NULL UNIQUE,
        first_seen  TEXT NOT NULL
    );
    CREATE TABLE articles (
        rowid                INTEGER PRIMARY KEY,
        id                   TEXT NOT NULL UNIQUE,
        exact_key            INTEGER NOT NULL,
        headline             TEXT NOT NULL,
        body                 TEXT NOT NULL,
        published            TEXT,
        published_basis      TEXT,
        published_confidence REAL,
        url                  TEXT,
        source_domain        TEXT,
        paragraphs           INTEGER NOT NULL,
        record               TEXT NOT NULL,
        shingles             BLOB NOT NULL,
        ingested             TEXT NOT NULL
    );
    CREATE INDEX articles_exact_key ON articles(exact_key);
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE sightings (
        article_id  TEXT NOT NULL REFERENCES articles(id),
        source_id   INTEGER NOT NULL REFERENCES sources(id),
        position    INTEGER NOT NULL,
        similarity  REAL,
        UNIQUE (source_id, position)
    );
    CREATE INDEX sightings_article ON sightings(article_id);
    CREATE TABLE article_bands (
        band_key    INTEGER NOT NULL,
        article_id  TEXT NOT NULL REFERENCES articles(id)
    );
    CREATE INDEX article_bands_key ON article_bands(band_key);
    CREATE TABLE actors (
        id      INTEGER PRIMARY KEY,
        code    TEXT NOT NULL,
        sector  TEXT NOT NULL DEFAULT '',
        name    TEXT NOT NULL,
        UNIQUE (code, sector, name)
    );
    CREATE TABLE mentions (
        article_id  TEXT NOT NULL REFERENCES articles(id),
        paragraph   INTEGER NOT NULL,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        text        TEXT NOT NULL,
        kind        TEXT NOT NULL,
        actor_id    INTEGER REFERENCES actors(id)
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_actor ON mentions(actor_id);
    CREATE TABLE people (
        article_id  TEXT NOT NULL REFERENCES articles(id),
        name        TEXT NOT NULL,
        country     TEXT,
        role        TEXT
    );
    CREATE INDEX people_article ON people(article_id);
    CREATE INDEX people_name ON people(name);
    CREATE TABLE events (
        id               INTEGER PRIMARY KEY,
        article_id       TEXT NOT NULL REFERENCES articles(id),
        ordinal          INTEGER NOT NULL,
        type             TEXT NOT NULL,
        mode             TEXT,
        cameo            TEXT NOT NULL,
        quad             INTEGER NOT NULL,
        goldstein        REAL NOT NULL,
        source_actor_id  INTEGER NOT NULL REFERENCES actors(id),
        source_text      TEXT NOT NULL,
        target_actor_id  INTEGER NOT NULL REFERENCES actors(id),
        target_text      TEXT NOT NULL,
        date             TEXT,
        date_basis       TEXT,
        location_name    TEXT,
        location_country TEXT,
        lat              REAL,
        lon              REAL,
        negated          INTEGER NOT NULL,
        certainty        TEXT NOT NULL,
        paragraph        INTEGER NOT NULL,
        sentence         TEXT NOT NULL,
        confidence       REAL NOT NULL,
        UNIQUE (article_id, ordinal)
    );
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_source ON events(source_actor_id);
    CREATE INDEX events_target ON events(target_actor_id);
    CREATE TABLE quotes (
        article_id      TEXT NOT NULL REFERENCES articles(id),
        ordinal         INTEGER NOT NULL,
        speaker_actor_id INTEGER REFERENCES actors(id),
        speaker_text    TEXT,
        text            TEXT NOT NULL,
        verb            TEXT,
        medium          TEXT,
        paragraph       INTEGER NOT NULL
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        headline, body, content = 'articles', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    ",
    // 2: events grouped across articles (DESIGN §5): one group per source,
    // target, type and date; GDELT's GLOBALEVENTID is the group id.
    "
    CREATE TABLE event_groups (
        id             INTEGER PRIMARY KEY,
        source_code    TEXT NOT NULL,
        source_sector  TEXT NOT NULL,
        target_code    TEXT NOT NULL,
        target_sector  TEXT NOT NULL,
        type           TEXT NOT NULL,
        date           TEXT NOT NULL,
        added          TEXT NOT NULL,
        UNIQUE (source_code, source_sector, target_code, target_sector, type, date)
    );
    CREATE INDEX event_groups_date ON event_groups(date);
    CREATE INDEX event_groups_target ON event_groups(target_code);
    ALTER TABLE events ADD COLUMN group_id INTEGER REFERENCES event_groups(id);
    CREATE INDEX events_group ON events(group_id);
    INSERT OR IGNORE INTO event_groups
        (source_code, source_sector, target_code, target_sector, type, date, added)
    SELECT s.code, s.sector, t.code, t.sector, e.type, coalesce(e.date, ''), a.ingested
    FROM events e
    JOIN actors s ON s.id = e.source_actor_id
    JOIN actors t ON t.id = e.target_actor_id
    JOIN articles a ON a.id = e.article_id
    ORDER BY e.id;
    UPDATE events SET group_id = (
        SELECT g.id FROM event_groups g, actors s, actors t
        WHERE s.id = events.source_actor_id AND t.id = events.target_actor_id
          AND g.source_code = s.code AND g.source_sector = s.sector
          AND g.target_code = t.code AND g.target_sector = t.sector
          AND g.type = events.type AND g.date = coalesce(events.date, ''));
    ",
];

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The store's schema version.
pub fn version(conn: &Connection) -> Result<u32, StoreError> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Bring a writable store up to [`SCHEMA_VERSION`].
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let current = version(conn)?;
    if current > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            found: current,
            supported: SCHEMA_VERSION,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as u32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Check that a read-only store is at the version this build reads.
pub fn check(conn: &Connection) -> Result<(), StoreError> {
    let found = version(conn)?;
    match found {
        v if v == SCHEMA_VERSION => Ok(()),
        v if v > SCHEMA_VERSION => Err(StoreError::NewerSchema {
            found: v,
            supported: SCHEMA_VERSION,
        }),
        0 => Err(StoreError::NotAStore),
        v => Err(StoreError::OlderSchema {
            found: v,
            supported: SCHEMA_VERSION,
        }),
    }
}
