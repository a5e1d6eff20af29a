//! Queries the exports need beyond the event queries: every stored article
//! as its full record, streamed in ingest order.

use crate::{Store, StoreError};
use dyad_core::{Article, Sighting};

impl Store {
    /// Call `f` with every stored article (its record with every sighting),
    /// in ingest order, without holding more than one in memory.
    pub fn for_each_article<E: From<StoreError>>(
        &self,
        mut f: impl FnMut(Article) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, record FROM articles ORDER BY rowid")
            .map_err(StoreError::from)?;
        let mut sightings = self
            .conn
            .prepare(
                "SELECT src.path, s.position FROM sightings s
                 JOIN sources src ON src.id = s.source_id
                 WHERE s.article_id = ?1 ORDER BY s.rowid",
            )
            .map_err(StoreError::from)?;
        let mut rows = stmt.query([]).map_err(StoreError::from)?;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            let id: String = r.get(0).map_err(StoreError::from)?;
            let record: String = r.get(1).map_err(StoreError::from)?;
            let mut article: Article =
                serde_json::from_str(&record).map_err(|source| StoreError::Record {
                    id: id.clone(),
                    source,
                })?;
            article.sightings = sightings
                .query_map([&id], |s| {
                    Ok(Sighting {
                        source: s.get(0)?,
                        position: s.get::<_, i64>(1)? as usize,
                    })
                })
                .map_err(StoreError::from)?
                .collect::<Result<_, _>>()
                .map_err(StoreError::from)?;
            f(article)?;
        }
        Ok(())
    }
}
