//! Read queries: articles, one article, full-text search, actors.

use crate::{Store, StoreError};
use dyad_core::{Article, Sighting};
use rusqlite::{params, params_from_iter, OptionalExtension};
use serde::Serialize;

/// Marks the start of a matched term in [`SearchHit::snippet`] (ASCII STX):
/// callers turn it into bold, `<mark>` or brackets as their medium needs.
pub const HIGHLIGHT_START: char = '\u{2}';
/// Marks the end of a matched term (ASCII ETX).
pub const HIGHLIGHT_END: char = '\u{3}';

/// Which articles to list; dates are `YYYY-MM-DD`, inclusive.
#[derive(Debug, Clone, Default)]
pub struct ArticleFilter {
    pub from: Option<String>,
    pub to: Option<String>,
    /// Only articles with a sighting whose source path or URL contains this.
    pub source: Option<String>,
    pub limit: usize,
    pub offset: usize,
}

/// One line of an article listing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSummary {
    pub id: String,
    pub headline: String,
    pub published: Option<String>,
    pub published_basis: Option<String>,
    pub paragraphs: usize,
    pub sightings: usize,
    pub events: usize,
}

/// One full-text search result, best first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub id: String,
    /// bm25 relevance, larger is better.
    pub score: f64,
    pub headline: String,
    pub published: Option<String>,
    /// Body excerpt with matches between [`HIGHLIGHT_START`] and [`HIGHLIGHT_END`].
    pub snippet: String,
}

/// An actor with the number of mentions and events that name it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorCount {
    pub code: String,
    pub sector: Option<String>,
    pub name: String,
    pub mentions: usize,
    pub events: usize,
}

impl Store {
    /// Number of stored articles.
    pub fn count_articles(&self) -> Result<u64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0))?
            as u64)
    }

    /// Articles, newest first (undated last), filtered.
    pub fn articles(&self, filter: &ArticleFilter) -> Result<Vec<ArticleSummary>, StoreError> {
        let mut sql = String::from(
            "SELECT a.id, a.headline, a.published, a.published_basis, a.paragraphs,
                (SELECT count(*) FROM sightings s WHERE s.article_id = a.id),
                (SELECT count(*) FROM events e WHERE e.article_id = a.id)
             FROM articles a WHERE 1 = 1",
        );
        let mut args: Vec<String> = Vec::new();
        if let Some(from) = &filter.from {
            args.push(from.clone());
            sql.push_str(&format!(" AND a.published >= ?{}", args.len()));
        }
        if let Some(to) = &filter.to {
            args.push(to.clone());
            sql.push_str(&format!(" AND a.published <= ?{}", args.len()));
        }
        if let Some(source) = &filter.source {
            args.push(format!("%{}%", escape_like(source)));
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM sightings s JOIN sources src ON src.id = s.source_id
                   WHERE s.article_id = a.id AND src.path LIKE ?{} ESCAPE '\\')",
                args.len()
            ));
        }
        sql.push_str(&format!(
            " ORDER BY a.published IS NULL, a.published DESC, a.rowid LIMIT {} OFFSET {}",
            filter.limit.min(i64::MAX as usize),
            filter.offset.min(i64::MAX as usize)
        ));
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
            Ok(ArticleSummary {
                id: r.get(0)?,
                headline: r.get(1)?,
                published: r.get(2)?,
                published_basis: r.get(3)?,
                paragraphs: r.get::<_, i64>(4)? as usize,
                sightings: r.get::<_, i64>(5)? as usize,
                events: r.get::<_, i64>(6)? as usize,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One article with its sightings, by id or a unique id prefix.
    pub fn article(&self, id_or_prefix: &str) -> Result<Option<Article>, StoreError> {
        let exact: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT id, record FROM articles WHERE id = ?1",
                [id_or_prefix],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (id, record) = match exact {
            Some(found) => found,
            None => {
                let pattern = format!("{}%", escape_like(id_or_prefix));
                let mut stmt = self.conn.prepare(
                    "SELECT id, record FROM articles WHERE id LIKE ?1 ESCAPE '\\' LIMIT 2",
                )?;
                let mut found: Vec<(String, String)> = stmt
                    .query_map([pattern], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<Result<_, _>>()?;
                match found.len() {
                    0 => return Ok(None),
                    1 => found.remove(0),
                    count => {
                        return Err(StoreError::AmbiguousId {
                            prefix: id_or_prefix.to_string(),
                            count,
                        })
                    }
                }
            }
        };
        let mut article: Article =
            serde_json::from_str(&record).map_err(|source| StoreError::Record {
                id: id.clone(),
                source,
            })?;
        article.sightings = self.sightings(&id)?;
        Ok(Some(article))
    }

    /// Where an article was seen, in ingest order.
    pub fn sightings(&self, id: &str) -> Result<Vec<Sighting>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT src.path, s.position FROM sightings s JOIN sources src ON src.id = s.source_id
             WHERE s.article_id = ?1 ORDER BY s.rowid",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(Sighting {
                source: r.get(0)?,
                position: r.get::<_, i64>(1)? as usize,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Full-text search (FTS5 syntax: words, "phrases", AND / OR / NOT,
    /// prefix*), ranked by bm25 with the headline weighted above the body.
    /// A query that is not valid FTS5 is retried as plain words.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        match self.search_fts(query, limit) {
            Ok(hits) => Ok(hits),
            Err(first) => {
                let plain = plain_query(query);
                if plain.is_empty() || plain == query {
                    return Err(invalid_query(query, first));
                }
                self.search_fts(&plain, limit)
                    .map_err(|_| invalid_query(query, first))
            }
        }
    }

    fn search_fts(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, rusqlite::Error> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, -bm25(articles_fts, 5.0, 1.0) AS score, a.headline, a.published,
                snippet(articles_fts, 1, char(2), char(3), '…', 16)
             FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
             WHERE articles_fts MATCH ?1
             ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![query, limit.min(i64::MAX as usize) as i64], |r| {
            Ok(SearchHit {
                id: r.get(0)?,
                score: r.get(1)?,
                headline: r.get(2)?,
                published: r.get(3)?,
                snippet: r.get(4)?,
            })
        })?;
        rows.collect()
    }

    /// Actors by number of mentions, then events.
    pub fn actors(&self) -> Result<Vec<ActorCount>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT ac.code, ac.sector, ac.name,
                (SELECT count(*) FROM mentions m WHERE m.actor_id = ac.id) AS n_mentions,
                (SELECT count(*) FROM events e
                  WHERE e.source_actor_id = ac.id OR e.target_actor_id = ac.id) AS n_events
             FROM actors ac ORDER BY n_mentions DESC, n_events DESC, ac.code, ac.name",
        )?;
        let rows = stmt.query_map([], |r| {
            let sector: String = r.get(1)?;
            Ok(ActorCount {
                code: r.get(0)?,
                sector: (!sector.is_empty()).then_some(sector),
                name: r.get(2)?,
                mentions: r.get::<_, i64>(3)? as usize,
                events: r.get::<_, i64>(4)? as usize,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn invalid_query(query: &str, e: rusqlite::Error) -> StoreError {
    StoreError::Query {
        query: query.to_string(),
        message: e.to_string(),
    }
}

/// Every word of a query as a quoted FTS5 string: for input that is not
/// valid FTS5 syntax (stray quotes, `-`, `:`).
fn plain_query(query: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_query_quotes_every_word() {
        assert_eq!(plain_query("Iran's \"navy"), "\"Iran\" \"s\" \"navy\"");
        assert_eq!(plain_query("--"), "");
    }

    #[test]
    fn like_patterns_are_escaped() {
        assert_eq!(escape_like("50%_a\\b"), "50\\%\\_a\\\\b");
    }
}
