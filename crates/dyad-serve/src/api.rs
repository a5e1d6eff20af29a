//! The JSON API under `/api/` (documented in `/api/openapi.json`).

use crate::error::ApiError;
use crate::params::{actor_spec, Params, RawParams, MAX_LIMIT};
use crate::AppState;
use axum::extract::{Path, State};
use axum::routing::{get, MethodRouter};
use axum::{Json, Router};
use dyad_core::records::{ActorNode, DyadEdge, EventRecord};
use dyad_core::Article;
use dyad_store::{
    ActivityBucket, ActorCount, ActorProfile, ActorSpec, ArticleHit, CountryCount, DyadRow,
    EventFilter, EventPlace, Facets, Overview, Partner, Period, PersonSummary, Store, StoreError,
    TimelineBucket, HIGHLIGHT_END, HIGHLIGHT_START,
};
use serde::Serialize;
use std::collections::HashSet;

/// Best-ranked articles counted for facets.
pub const FACET_SAMPLE: usize = 1000;

/// The API routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api", read(index))
        .route("/api/openapi.json", read(openapi))
        .route("/api/overview", read(overview))
        .route("/api/articles", read(articles))
        .route("/api/articles/facets", read(facets))
        .route("/api/articles/{id}", read(article))
        .route("/api/events", read(events))
        .route("/api/actors", read(actors))
        .route("/api/actors/{code}", read(actor))
        .route("/api/dyads", read(dyads))
        .route("/api/timeline", read(timeline))
        .route("/api/graph", read(graph))
        .route("/api/map", read(map))
        .route("/api/{*rest}", read(unknown))
}

/// A GET (and HEAD) route; other methods get a JSON 405.
fn read<H, T>(handler: H) -> MethodRouter<AppState>
where
    H: axum::handler::Handler<T, AppState>,
    T: 'static,
{
    get(handler).fallback(method_not_allowed)
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        axum::http::StatusCode::METHOD_NOT_ALLOWED,
        "this API only answers GET requests",
    )
}

async fn unknown(Path(rest): Path<String>) -> ApiError {
    ApiError::not_found(format!(
        "no API endpoint /api/{rest}; see /api/openapi.json for the list"
    ))
}

async fn index() -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "openapi": "/api/openapi.json",
        "endpoints": ["/api/overview", "/api/articles", "/api/articles/facets",
            "/api/articles/{id}", "/api/events", "/api/actors", "/api/actors/{code}",
            "/api/dyads", "/api/timeline", "/api/graph", "/api/map"]
    }))
}

async fn openapi() -> Json<serde_json::Value> {
    Json(crate::openapi::document())
}

/// Store-wide counts, the quad balance and the most active dyads.
#[derive(Debug, Serialize)]
pub struct OverviewResponse {
    #[serde(flatten)]
    pub overview: Overview,
    pub top_dyads: Vec<dyad_store::DyadSummary>,
}

async fn overview(State(state): State<AppState>) -> Result<Json<OverviewResponse>, ApiError> {
    let out = state
        .pool
        .run(|store| {
            Ok(OverviewResponse {
                overview: store.overview()?,
                top_dyads: store.top_dyads(20)?,
            })
        })
        .await?;
    Ok(Json(out))
}

/// One article of a listing or search result.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleItem {
    pub id: String,
    pub headline: String,
    pub published: Option<String>,
    /// Plain text: the matched passage for a search, else the body's start.
    pub snippet: String,
    /// Byte ranges `[start, end)` of the matched terms in `snippet`.
    pub highlights: Vec<[usize; 2]>,
    pub score: Option<f64>,
    pub sightings: usize,
    pub events: usize,
}

impl From<ArticleHit> for ArticleItem {
    fn from(hit: ArticleHit) -> ArticleItem {
        let (snippet, highlights) = split_highlights(&hit.snippet);
        ArticleItem {
            id: hit.id,
            headline: hit.headline,
            published: hit.published,
            snippet,
            highlights,
            score: hit.score,
            sightings: hit.sightings,
            events: hit.events,
        }
    }
}

/// The snippet without its highlight markers, and the marked byte ranges.
#[must_use]
pub fn split_highlights(marked: &str) -> (String, Vec<[usize; 2]>) {
    let mut text = String::with_capacity(marked.len());
    let mut ranges = Vec::new();
    let mut open: Option<usize> = None;
    for c in marked.chars() {
        match c {
            HIGHLIGHT_START => open = Some(text.len()),
            HIGHLIGHT_END => {
                if let Some(start) = open.take() {
                    ranges.push([start, text.len()]);
                }
            }
            c => text.push(c),
        }
    }
    (text, ranges)
}

/// A page of a listing.
#[derive(Debug, Serialize)]
pub struct Page<T> {
    pub total: u64,
    pub limit: usize,
    pub offset: usize,
    pub items: Vec<T>,
}

async fn articles(
    State(state): State<AppState>,
    raw: RawParams,
) -> Result<Json<Page<ArticleItem>>, ApiError> {
    let query = Params::from_query(raw)?.article_query(20)?;
    let (limit, offset) = (query.limit, query.offset);
    let page = state
        .pool
        .run(move |s| Ok(s.browse_articles(&query)?))
        .await?;
    Ok(Json(Page {
        total: page.total,
        limit,
        offset,
        items: page.items.into_iter().map(ArticleItem::from).collect(),
    }))
}

async fn facets(State(state): State<AppState>, raw: RawParams) -> Result<Json<Facets>, ApiError> {
    let query = Params::from_query(raw)?.article_query(20)?;
    let out = state
        .pool
        .run(move |s| Ok(s.article_facets(&query, FACET_SAMPLE)?))
        .await?;
    Ok(Json(out))
}

/// Check an article id or id prefix from a path.
pub fn article_id(id: &str) -> Result<String, ApiError> {
    if (4..=64).contains(&id.len()) && id.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(id.to_ascii_lowercase())
    } else {
        Err(ApiError::bad_request(format!(
            "{id:?} is not an article id: give its hex digits (at least 4)"
        )))
    }
}

/// One article, or a 404.
pub fn load_article(store: &Store, id: &str) -> Result<Article, ApiError> {
    store
        .article(id)?
        .ok_or_else(|| ApiError::not_found(format!("no article with id {id}")))
}

async fn article(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Article>, ApiError> {
    let id = article_id(&id)?;
    let out = state.pool.run(move |s| load_article(s, &id)).await?;
    Ok(Json(out))
}

async fn events(
    State(state): State<AppState>,
    raw: RawParams,
) -> Result<Json<EventPage>, ApiError> {
    let filter = Params::from_query(raw)?.event_filter(Some(50))?;
    let (limit, offset) = (filter.limit.unwrap_or(50), filter.offset);
    let items = state.pool.run(move |s| Ok(s.events(&filter)?)).await?;
    Ok(Json(EventPage {
        limit,
        offset,
        items,
    }))
}

/// A page of events (grouped as GDELT counts them), in id order.
#[derive(Debug, Serialize)]
pub struct EventPage {
    pub limit: usize,
    pub offset: usize,
    pub items: Vec<EventRecord>,
}

async fn actors(
    State(state): State<AppState>,
    raw: RawParams,
) -> Result<Json<Page<ActorCount>>, ApiError> {
    let params = Params::from_query(raw)?;
    let limit = params.limit(100, 1000)?;
    let offset = params.offset()?;
    let needle = params.query_text("q")?.map(|q| q.to_lowercase());
    let all = state.pool.run(|s| Ok(s.actors()?)).await?;
    let matching: Vec<ActorCount> = all
        .into_iter()
        .filter(|a| {
            needle.as_ref().is_none_or(|n| {
                a.name.to_lowercase().contains(n.as_str())
                    || a.code.to_lowercase().contains(n.as_str())
            })
        })
        .collect();
    Ok(Json(Page {
        total: matching.len() as u64,
        limit,
        offset,
        items: matching.into_iter().skip(offset).take(limit).collect(),
    }))
}

/// Everything about one actor.
#[derive(Debug, Serialize)]
pub struct ActorDetail {
    pub profile: ActorProfile,
    pub activity: Vec<ActivityBucket>,
    pub partners: Vec<Partner>,
    pub people: Vec<PersonSummary>,
}

/// One actor's profile, activity, partners and people; 404 when unknown.
pub fn actor_detail(store: &Store, spec: &ActorSpec, by: Period) -> Result<ActorDetail, ApiError> {
    let profile = store.actor_profile(spec)?.ok_or_else(|| {
        ApiError::not_found(format!(
            "no actor {}{} in this store",
            spec.code,
            spec.sector.as_deref().unwrap_or("")
        ))
    })?;
    Ok(ActorDetail {
        profile,
        activity: store.actor_activity(spec, by)?,
        partners: store.actor_partners(spec, 20)?,
        people: store.actor_people(spec, 20)?,
    })
}

async fn actor(
    State(state): State<AppState>,
    Path(code): Path<String>,
    raw: RawParams,
) -> Result<Json<ActorDetail>, ApiError> {
    let spec = actor_spec("code", &code)?;
    let by = Params::from_query(raw)?.period("period", Period::Month)?;
    let out = state.pool.run(move |s| actor_detail(s, &spec, by)).await?;
    Ok(Json(out))
}

async fn dyads(
    State(state): State<AppState>,
    raw: RawParams,
) -> Result<Json<Vec<DyadRow>>, ApiError> {
    let params = Params::from_query(raw)?;
    let filter = params.event_filter(None)?;
    let by = match params.text("period") {
        Some(_) => Some(params.period("period", Period::Month)?),
        None => None,
    };
    let limit = params.limit(100, 1000)?;
    let mut rows = state.pool.run(move |s| Ok(s.dyads(&filter, by)?)).await?;
    rows.truncate(limit);
    Ok(Json(rows))
}

async fn timeline(
    State(state): State<AppState>,
    raw: RawParams,
) -> Result<Json<Vec<TimelineBucket>>, ApiError> {
    let params = Params::from_query(raw)?;
    let filter = params.event_filter(None)?;
    let by = params.period("period", Period::Month)?;
    let out = state
        .pool
        .run(move |s| Ok(s.timeline(&filter, by)?))
        .await?;
    Ok(Json(out))
}

/// The actor network: nodes and directed, weighted edges.
#[derive(Debug, Serialize)]
pub struct Graph {
    pub nodes: Vec<ActorNode>,
    pub edges: Vec<DyadEdge>,
}

/// The graph of `filter`'s events with at most `max_edges` edges (the
/// heaviest) and the nodes they touch.
pub fn graph_of(
    store: &Store,
    filter: &EventFilter,
    max_edges: usize,
) -> Result<Graph, StoreError> {
    let (nodes, mut edges) = store.actor_graph(filter)?;
    edges.sort_by_key(|e| std::cmp::Reverse(e.events));
    edges.truncate(max_edges);
    let key = |a: &dyad_core::ActorRef| (a.code.clone(), a.sector.clone());
    let used: HashSet<_> = edges
        .iter()
        .flat_map(|e| [key(&e.source), key(&e.target)])
        .collect();
    let nodes = nodes
        .into_iter()
        .filter(|n| used.contains(&key(&n.actor)))
        .collect();
    Ok(Graph { nodes, edges })
}

async fn graph(State(state): State<AppState>, raw: RawParams) -> Result<Json<Graph>, ApiError> {
    let params = Params::from_query(raw)?;
    let filter = params.event_filter(None)?;
    let limit = params.limit(MAX_LIMIT, 1000)?;
    let out = state
        .pool
        .run(move |s| Ok(graph_of(s, &filter, limit)?))
        .await?;
    Ok(Json(out))
}

/// Where events happened.
#[derive(Debug, Serialize)]
pub struct MapData {
    pub places: Vec<EventPlace>,
    pub countries: Vec<CountryCount>,
}

async fn map(State(state): State<AppState>, raw: RawParams) -> Result<Json<MapData>, ApiError> {
    let params = Params::from_query(raw)?;
    let actor = params.actor("actor")?;
    let limit = params.limit(500, 5000)?;
    let out = state
        .pool
        .run(move |s| {
            Ok(MapData {
                places: s.event_places(actor.as_ref(), limit)?,
                countries: s.event_countries()?,
            })
        })
        .await?;
    Ok(Json(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_become_byte_ranges() {
        let (text, ranges) = split_highlights("a \u{2}bé\u{3} c \u{2}d\u{3}");
        assert_eq!(text, "a bé c d");
        assert_eq!(ranges, vec![[2, 5], [8, 9]]);
    }
}
