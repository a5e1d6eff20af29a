//! The OpenAPI 3 document of the API, written by hand.

use serde_json::{json, Value};

fn param(name: &str, description: &str, schema: Value) -> Value {
    json!({ "name": name, "in": "query", "required": false,
            "description": description, "schema": schema })
}

fn string(name: &str, description: &str) -> Value {
    param(name, description, json!({ "type": "string" }))
}

fn article_params() -> Vec<Value> {
    vec![
        string(
            "q",
            "Full-text query (FTS5: words, \"phrases\", AND/OR/NOT, prefix*); at most 500 bytes",
        ),
        string(
            "from",
            "Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)",
        ),
        string("to", "Published on or before (YYYY, YYYY-MM or YYYY-MM-DD)"),
        string("source", "Seen in an input whose path or URL contains this"),
        string(
            "actor",
            "Mentions this actor or has an event with it (IRN, IRNGOV)",
        ),
        param(
            "type",
            "Has an event of this PLOVER type",
            event_type_schema(),
        ),
        param(
            "limit",
            "Page size",
            json!({ "type": "integer", "minimum": 1, "maximum": 200, "default": 20 }),
        ),
        param(
            "offset",
            "Items to skip",
            json!({ "type": "integer", "minimum": 0, "maximum": 1000000 }),
        ),
    ]
}

fn event_type_schema() -> Value {
    json!({ "type": "string", "enum": dyad_core::EventType::ALL.map(dyad_core::EventType::as_str) })
}

fn event_params(paged: bool) -> Vec<Value> {
    let mut out = vec![
        string("actor", "Events with this actor as source or target (IRN, IRNGOV)"),
        string("source", "With target: events from this actor"),
        string("target", "With source: events to this actor"),
        param("both", "With source and target: both directions", json!({ "type": "boolean" })),
        param("type", "PLOVER event type", event_type_schema()),
        param("quad", "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
            json!({ "type": "integer", "minimum": 1, "maximum": 4 })),
        string("from", "Event date on or after (YYYY, YYYY-MM or YYYY-MM-DD)"),
        string("to", "Event date on or before"),
        param("certainty", "At least one report of this certainty",
            json!({ "type": "string", "enum": ["asserted", "claimed", "alleged", "planned", "hypothetical"] })),
        string("article", "Reported in this article (id)"),
    ];
    if paged {
        out.push(param(
            "limit",
            "Page size",
            json!({ "type": "integer", "minimum": 1, "maximum": 200, "default": 50 }),
        ));
        out.push(param(
            "offset",
            "Events to skip",
            json!({ "type": "integer", "minimum": 0 }),
        ));
    }
    out
}

fn period_param() -> Value {
    param(
        "period",
        "Time bucket",
        json!({ "type": "string", "enum": ["day", "week", "month", "year"] }),
    )
}

fn get(summary: &str, parameters: Vec<Value>, schema: Value) -> Value {
    json!({ "get": {
        "summary": summary,
        "parameters": parameters,
        "responses": {
            "200": { "description": "OK", "content": { "application/json": { "schema": schema } } },
            "400": { "$ref": "#/components/responses/Error" },
            "404": { "$ref": "#/components/responses/Error" },
            "500": { "$ref": "#/components/responses/Error" }
        }
    }})
}

fn obj() -> Value {
    json!({ "type": "object" })
}

fn array() -> Value {
    json!({ "type": "array", "items": { "type": "object" } })
}

/// The OpenAPI 3.0 document served at `/api/openapi.json`.
#[must_use]
pub fn document() -> Value {
    let mut id_param = vec![json!({ "name": "id", "in": "path", "required": true,
        "description": "Article id or a unique prefix of it (hex, at least 4 digits)",
        "schema": { "type": "string" } })];
    let code_param = json!({ "name": "code", "in": "path", "required": true,
        "description": "Actor code (IRN) or CAMEO code with sector (IRNGOV)",
        "schema": { "type": "string" } });
    let article_page = json!({ "type": "object", "properties": {
        "total": { "type": "integer" }, "limit": { "type": "integer" }, "offset": { "type": "integer" },
        "items": { "type": "array", "items": { "$ref": "#/components/schemas/ArticleItem" } } } });
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "Dyad API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Read-only API over a Dyad store: news articles with their actors, coded political events (PLOVER, CAMEO, Goldstein), dyads, timelines and the actor network. Every answer is JSON; errors are {\"error\": {\"status\", \"message\"}}."
        },
        "paths": {
            "/api/overview": get("Counts, the quad balance and the most active dyads", vec![], obj()),
            "/api/articles": get("Articles: full-text search with snippets, or newest first; filters and pagination", article_params(), article_page),
            "/api/articles/facets": get("Facet counts (actors, event types, months) over the 1000 best matches", article_params(), obj()),
            "/api/articles/{id}": get("One article: the full record with mentions (byte offsets into paragraphs), events, quotes, people and sightings", id_param.split_off(0), obj()),
            "/api/events": get("Events as GDELT counts them (grouped reports), in id order", event_params(true),
                json!({ "type": "object", "properties": { "limit": { "type": "integer" }, "offset": { "type": "integer" }, "items": array() } })),
            "/api/actors": get("Actors with mention and event counts",
                vec![string("q", "Name or code contains"),
                     param("limit", "Page size", json!({ "type": "integer", "minimum": 1, "maximum": 1000, "default": 100 })),
                     param("offset", "Items to skip", json!({ "type": "integer", "minimum": 0 }))], obj()),
            "/api/actors/{code}": get("One actor: names, counts, activity over time as source and target, partners, people",
                vec![code_param, period_param()], obj()),
            "/api/dyads": get("Directed dyads by actor code with event counts per quad and type",
                { let mut p = event_params(false); p.push(period_param());
                  p.push(param("limit", "Rows", json!({ "type": "integer", "minimum": 1, "maximum": 1000, "default": 100 }))); p }, array()),
            "/api/timeline": get("Events per period", { let mut p = event_params(false); p.push(period_param()); p }, array()),
            "/api/graph": get("The actor network: nodes and directed edges (heaviest first)",
                { let mut p = event_params(false);
                  p.push(param("limit", "Edges", json!({ "type": "integer", "minimum": 1, "maximum": 1000, "default": 200 }))); p },
                json!({ "type": "object", "properties": { "nodes": array(), "edges": array() } })),
            "/api/map": get("Places with coordinates where events happened, and event counts per country",
                vec![string("actor", "Only this actor's events"),
                     param("limit", "Places", json!({ "type": "integer", "minimum": 1, "maximum": 5000, "default": 500 }))], obj()),
            "/api/openapi.json": { "get": { "summary": "This document", "responses": { "200": { "description": "OK" } } } }
        },
        "components": {
            "schemas": {
                "ArticleItem": { "type": "object", "properties": {
                    "id": { "type": "string" }, "headline": { "type": "string" },
                    "published": { "type": "string", "nullable": true },
                    "snippet": { "type": "string" },
                    "highlights": { "type": "array", "description": "Byte ranges [start, end) of matched terms in snippet",
                        "items": { "type": "array", "items": { "type": "integer" } } },
                    "score": { "type": "number", "nullable": true },
                    "sightings": { "type": "integer" }, "events": { "type": "integer" } } },
                "Error": { "type": "object", "properties": { "error": { "type": "object", "properties": {
                    "status": { "type": "integer" }, "message": { "type": "string" } } } } }
            },
            "responses": {
                "Error": { "description": "An error with a message saying what was wrong",
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
        }
    })
}
