//! Server-rendered pages: home, search, article reader, actors, actor,
//! network, dyad and map. maud escapes every interpolated value.

use crate::api::{actor_detail, article_id, graph_of, load_article, FACET_SAMPLE};
use crate::error::ApiError;
use crate::html::{
    counted, goldstein_line, highlighted, json_block, layout, quad_badge, quad_legend,
    query_string, stacked_bars, url_encode, Bar, QUAD_COLOURS, QUAD_NAMES,
};
use crate::map;
use crate::params::{actor_spec, Params, RawParams};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use dyad_core::records::EventRecord;
use dyad_core::{Article, Event, Mention};
use dyad_store::{ArticleQuery, EventFilter, Period};
use maud::{html, Markup};
use std::collections::{BTreeMap, HashMap};

/// The page routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/search", get(search))
        .route("/article/{id}", get(article))
        .route("/actors", get(actors))
        .route("/actor/{code}", get(actor))
        .route("/network", get(network))
        .route("/dyad/{a}/{b}", get(dyad))
        .route("/map", get(world_map))
}

/// An error shown as a page (API paths answer JSON).
pub struct PageError(ApiError);

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> PageError {
        PageError(e)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let title = self
            .0
            .status
            .canonical_reason()
            .unwrap_or("Error")
            .to_string();
        let body = layout(
            &title,
            html! {
                div.error-page {
                    h1 { (self.0.status.as_u16()) " " (title) }
                    p #error-message { (self.0.message) }
                    p { a href="/" { "Back to the overview" } }
                }
            },
        );
        (self.0.status, Html(body.into_string())).into_response()
    }
}

type PageResult = Result<Html<String>, PageError>;

fn page(title: &str, body: Markup) -> PageResult {
    Ok(Html(layout(title, body).into_string()))
}

/// The fallback: JSON under `/api/`, a page elsewhere.
pub async fn not_found(uri: Uri) -> Response {
    let e = ApiError::not_found(format!("nothing at {}", uri.path()));
    if uri.path().starts_with("/api/") {
        e.into_response()
    } else {
        PageError(e).into_response()
    }
}

fn actor_link(code: &str, label: &str) -> Markup {
    html! { a href={ "/actor/" (url_encode(code)) } { (label) } }
}

fn dyad_link(a: &str, b: &str, label: Markup) -> Markup {
    html! { a href={ "/dyad/" (url_encode(a)) "/" (url_encode(b)) } { (label) } }
}

fn article_link(id: &str, headline: &str) -> Markup {
    html! { a href={ "/article/" (url_encode(id)) } { (headline) } }
}

async fn home(State(state): State<AppState>) -> PageResult {
    let (overview, latest, dyads) = state
        .pool
        .run(|s| {
            let latest = s.browse_articles(&ArticleQuery {
                limit: 10,
                ..ArticleQuery::default()
            })?;
            Ok((s.overview()?, latest, s.top_dyads(10)?))
        })
        .await?;
    let total_quads: u64 = overview.by_quad.iter().sum();
    page(
        "Overview",
        html! {
            h1 { "Overview" }
            div.cards #counts {
                div.card { b #count-articles { (overview.articles) } "articles" }
                div.card { b { (overview.sightings) } "sightings" }
                div.card { b #count-actors { (overview.actors) } "actors" }
                div.card { b #count-events { (overview.events) } "events" }
                div.card { b { (overview.event_reports) } "event reports" }
                div.card { b { (overview.quotes) } "quotes" }
            }
            h2 { "Cooperation and conflict" }
            p {
                (overview.cooperation) " cooperative and " (overview.conflict) " conflictual events; mean Goldstein "
                (format!("{:.2}", overview.goldstein_mean)) "."
            }
            div.balance #balance {
                @for (i, n) in overview.by_quad.iter().enumerate() {
                    @if *n > 0 {
                        span class={ "q" (i + 1) }
                            style={ "width:" (format!("{:.2}", *n as f64 * 100.0 / total_quads.max(1) as f64)) "%" }
                            data-tip={ (QUAD_NAMES[i]) ": " (n) } {}
                    }
                }
            }
            (quad_legend())
            div.grid2 {
                section {
                    h2 { "Latest articles" }
                    ul.results #latest {
                        @for a in &latest.items {
                            li {
                                span.headline { (article_link(&a.id, &a.headline)) }
                                div.meta { (a.published.as_deref().unwrap_or("undated")) " · " (counted(a.events as u64, "event")) }
                            }
                        }
                    }
                    p { a href="/search" { "All " (latest.total) " articles" } }
                }
                section {
                    h2 { "Most active dyads" }
                    table #top-dyads {
                        tr { th { "source" } th { "target" } th.num { "events" } th { "quads" } th.num { "Goldstein" } }
                        @for d in &dyads {
                            tr {
                                td { (actor_link(&d.source, &d.source_name)) }
                                td { (actor_link(&d.target, &d.target_name)) }
                                td.num { (dyad_link(&d.source, &d.target, html! { (d.events) })) }
                                td { @for (i, n) in d.by_quad.iter().enumerate() { @if *n > 0 { (quad_badge(i as u8 + 1)) " " } } }
                                td.num { (format!("{:.1}", d.goldstein_mean)) }
                            }
                        }
                    }
                    @if dyads.is_empty() { p.muted { "No events coded yet." } }
                }
            }
        },
    )
}

async fn search(State(state): State<AppState>, raw: RawParams) -> PageResult {
    let params = Params::from_query(raw)?;
    let mut query = params.article_query(20)?;
    if let Some(month) = params.date("month")? {
        query.from = Some(month.clone());
        query.to = Some(format!("{month}-31"));
    }
    let facet_query = query.clone();
    let (found, facets) = state
        .pool
        .run(move |s| {
            Ok((
                s.browse_articles(&query)?,
                s.article_facets(&facet_query, FACET_SAMPLE)?,
            ))
        })
        .await?;
    let value = |k: &str| params.text(k).unwrap_or("").to_string();
    let (q, actor, ty, from, to, month, source) = (
        value("q"),
        value("actor"),
        value("type"),
        value("from"),
        value("to"),
        value("month"),
        value("source"),
    );
    let offset = params.offset()?;
    let limit = params.limit(20, crate::params::MAX_LIMIT)?;
    let link_with = |key: &str, val: &str| {
        let mut pairs: Vec<(&str, &str)> = vec![
            ("q", &q),
            ("actor", &actor),
            ("type", &ty),
            ("from", &from),
            ("to", &to),
            ("month", &month),
            ("source", &source),
        ];
        pairs.retain(|(k, _)| *k != key);
        pairs.push((key, val));
        format!("/search{}", query_string(&pairs))
    };
    let title = if q.is_empty() {
        "Articles".to_string()
    } else {
        format!("Search: {q}")
    };
    let offset_s = |o: usize| o.to_string();
    page(
        &title,
        html! {
            h1 { @if q.is_empty() { "Articles" } @else { "Search" } }
            form.filters #search-form action="/search" method="get" {
                label { "Words" input type="search" name="q" value=(q) #q; }
                label { "Actor" input name="actor" value=(actor) size="8" placeholder="IRN"; }
                label { "Event type" select name="type" {
                    option value="" { "any" }
                    @for t in dyad_core::EventType::ALL {
                        option value=(t.as_str()) selected[ty.eq_ignore_ascii_case(t.as_str())] { (t.as_str()) }
                    }
                } }
                label { "From" input name="from" value=(from) size="10" placeholder="YYYY-MM-DD"; }
                label { "To" input name="to" value=(to) size="10" placeholder="YYYY-MM-DD"; }
                @if !month.is_empty() { input type="hidden" name="month" value=(month); }
                button type="submit" { "Search" }
            }
            div.layout {
                section {
                    p.muted #result-count { (counted(found.total, "article")) @if !q.is_empty() { " match" } }
                    ul.results #results {
                        @for a in &found.items {
                            li.result {
                                span.headline { (article_link(&a.id, &a.headline)) }
                                div.meta { (a.published.as_deref().unwrap_or("undated")) " · " (counted(a.events as u64, "event")) " · seen " (a.sightings) "×" }
                                div.snippet { (highlighted(&a.snippet)) @if q.is_empty() && a.snippet.len() >= 200 { "…" } }
                            }
                        }
                    }
                    div.pager {
                        @if offset > 0 {
                            a rel="prev" href=(link_with("offset", &offset_s(offset.saturating_sub(limit)))) { "← previous" }
                        }
                        @if (offset + found.items.len()) < found.total as usize {
                            a rel="next" href=(link_with("offset", &offset_s(offset + limit))) { "next →" }
                        }
                    }
                }
                aside.facets #facets {
                    h3 { "Actors" }
                    ul #facet-actors {
                        @for f in &facets.actors {
                            li { a href=(link_with("actor", &f.value)) { (f.label) " (" (f.value) ")" } span { (f.count) } }
                        }
                    }
                    h3 { "Event types" }
                    ul #facet-types {
                        @for f in &facets.types {
                            li { a href=(link_with("type", &f.value)) { (f.label) } span { (f.count) } }
                        }
                    }
                    h3 { "Months" }
                    ul #facet-months {
                        @for f in &facets.months {
                            li { a href=(link_with("month", &f.value)) { (f.label) } span { (f.count) } }
                        }
                    }
                    @if !(actor.is_empty() && ty.is_empty() && month.is_empty() && from.is_empty() && to.is_empty()) {
                        p { a href={ "/search" (query_string(&[("q", &q)])) } { "Clear filters" } }
                    }
                }
            }
        },
    )
}

/// Where an event's evidence sentence sits in the article body: one span per
/// distinct sentence, with the indexes of the events it supports.
#[derive(Debug, Clone, PartialEq, Eq)]
struct EvidenceSpan {
    paragraph: usize,
    start: usize,
    end: usize,
    events: Vec<usize>,
}

impl EvidenceSpan {
    /// The element id the event list links to.
    fn anchor(&self) -> String {
        format!("ev-{}-{}", self.paragraph, self.start)
    }
}

/// The evidence sentences of `events` found verbatim in `paragraphs`;
/// sentences that cannot be found, or that overlap one already placed, are
/// left out (the event list still quotes them).
fn evidence_spans(paragraphs: &[String], events: &[Event]) -> Vec<EvidenceSpan> {
    let mut spans: Vec<EvidenceSpan> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let sentence = e.sentence.trim();
        let Some(text) = paragraphs.get(e.paragraph) else {
            continue;
        };
        if sentence.is_empty() {
            continue;
        }
        let Some(start) = text.find(sentence) else {
            continue;
        };
        let end = start + sentence.len();
        let same = spans
            .iter_mut()
            .find(|s| s.paragraph == e.paragraph && s.start == start && s.end == end);
        if let Some(s) = same {
            s.events.push(i);
            continue;
        }
        let overlaps = spans
            .iter()
            .any(|s| s.paragraph == e.paragraph && start < s.end && s.start < end);
        if !overlaps {
            spans.push(EvidenceSpan {
                paragraph: e.paragraph,
                start,
                end,
                events: vec![i],
            });
        }
    }
    spans.sort_by_key(|s| (s.paragraph, s.start));
    spans
}

/// `text[range]` with the mentions lying wholly inside it marked by kind,
/// the resolved actor in the tooltip; overlapping or misplaced mentions are
/// left unmarked.
fn marked_mentions(text: &str, range: std::ops::Range<usize>, mentions: &[&Mention]) -> Markup {
    let mut sorted: Vec<&&Mention> = mentions
        .iter()
        .filter(|m| {
            m.start < m.end
                && range.start <= m.start
                && m.end <= range.end
                && m.end <= text.len()
                && text.is_char_boundary(m.start)
                && text.is_char_boundary(m.end)
        })
        .collect();
    sorted.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut pieces: Vec<(Option<&Mention>, &str)> = Vec::new();
    let mut at = range.start;
    for m in sorted {
        if m.start < at {
            continue;
        }
        pieces.push((None, &text[at..m.start]));
        pieces.push((Some(m), &text[m.start..m.end]));
        at = m.end;
    }
    pieces.push((None, &text[at..range.end]));
    html! {
        @for (m, piece) in pieces {
            @if let Some(m) = m {
                @let kind = m.kind.as_str();
                @if let Some(actor) = &m.actor {
                    a.m href={ "/actor/" (url_encode(&actor.cameo_code())) } class={ "m m-" (kind) }
                        data-kind=(kind) data-actor=(actor.cameo_code())
                        data-tip={ (kind) ": " (actor.name) " (" (actor.cameo_code()) ")" } { (piece) }
                } @else {
                    span class={ "m unresolved m-" (kind) } data-kind=(kind) data-tip={ (kind) ": unresolved" } { (piece) }
                }
            } @else { (piece) }
        }
    }
}

/// A paragraph with the evidence sentences of its events marked
/// (`span.evidence`, the events in the tooltip) and its mentions marked by
/// kind. `spans` are this paragraph's, sorted and disjoint.
fn annotated_paragraph(
    text: &str,
    mentions: &[&Mention],
    spans: &[&EvidenceSpan],
    events: &[Event],
) -> Markup {
    let mut pieces: Vec<(Option<&EvidenceSpan>, std::ops::Range<usize>)> = Vec::new();
    let mut at = 0;
    for s in spans {
        if s.start < at || s.end > text.len() {
            continue;
        }
        pieces.push((None, at..s.start));
        pieces.push((Some(s), s.start..s.end));
        at = s.end;
    }
    pieces.push((None, at..text.len()));
    let tip = |s: &EvidenceSpan| {
        let described: Vec<String> = s
            .events
            .iter()
            .filter_map(|&i| events.get(i))
            .map(|e| {
                format!(
                    "{} {} → {} (Goldstein {:.1})",
                    e.event_type.as_str(),
                    e.source.actor().name,
                    e.target.actor().name,
                    e.goldstein
                )
            })
            .collect();
        format!("evidence: {}", described.join("; "))
    };
    html! {
        @for (span, range) in pieces {
            @if let Some(s) = span {
                span.evidence id=(s.anchor()) data-events=(s.events.len()) data-tip=(tip(s)) {
                    (marked_mentions(text, range, mentions))
                }
            } @else {
                (marked_mentions(text, range, mentions))
            }
        }
    }
}

/// An evidence sentence with the words naming the source and target marked.
fn evidence(event: &Event) -> Markup {
    let s = event.sentence.as_str();
    let mut spans: Vec<(usize, usize, &str)> = Vec::new();
    for (needle, class) in [
        (event.source.text.as_str(), "ev-src"),
        (event.target.text.as_str(), "ev-tgt"),
    ] {
        if needle.is_empty() {
            continue;
        }
        if let Some(start) = s.find(needle) {
            let end = start + needle.len();
            if spans.iter().all(|(a, b, _)| end <= *a || start >= *b) {
                spans.push((start, end, class));
            }
        }
    }
    spans.sort();
    let mut at = 0;
    let mut pieces: Vec<(Option<&str>, &str)> = Vec::new();
    for (a, b, class) in spans {
        pieces.push((None, &s[at..a]));
        pieces.push((Some(class), &s[a..b]));
        at = b;
    }
    pieces.push((None, &s[at..]));
    html! {
        blockquote.evidence {
            @for (class, piece) in pieces {
                @if let Some(c) = class { mark class=(c) { (piece) } } @else { (piece) }
            }
        }
    }
}

fn event_line(e: &Event) -> Markup {
    let s = e.source.actor();
    let t = e.target.actor();
    html! {
        (quad_badge(e.quad)) " "
        strong { (e.event_type.as_str()) }
        @if let Some(mode) = &e.mode { " (" (mode) ")" }
        " · " (actor_link(&s.cameo_code(), &s.name)) " → " (actor_link(&t.cameo_code(), &t.name))
        " · " span.meta {
            "CAMEO " (e.cameo) ", Goldstein " (format!("{:.1}", e.goldstein))
            @if let Some(d) = &e.date { ", " (d) }
            @if let Some(l) = &e.location { ", in " (l.name) }
            ", " (e.certainty.as_str())
            @if e.negated { ", negated" }
        }
        " " (dyad_link(&e.source.code, &e.target.code, html! { "dyad" }))
    }
}

async fn article(State(state): State<AppState>, Path(id): Path<String>) -> PageResult {
    let id = article_id(&id)?;
    let a: Article = state.pool.run(move |s| load_article(s, &id)).await?;
    let mut by_paragraph: HashMap<usize, Vec<&Mention>> = HashMap::new();
    for m in &a.mentions {
        by_paragraph.entry(m.paragraph).or_default().push(m);
    }
    let spans = evidence_spans(&a.paragraphs, &a.events);
    let anchor_of = |event: usize, paragraph: usize| {
        spans
            .iter()
            .find(|s| s.events.contains(&event))
            .map_or_else(|| format!("#p{paragraph}"), |s| format!("#{}", s.anchor()))
    };
    let published = a.published.as_ref();
    page(
        &a.headline,
        html! {
            article.reader #article data-id=(a.id.0) {
                h1 #headline { (a.headline) }
                p.meta {
                    @if let Some(p) = published { "Published " (p.date) " (" (p.basis) ")" } @else { "Undated" }
                    @if let Some(d) = &a.source_domain { " · " (d) }
                    @if !a.authors.is_empty() { " · by " (a.authors.join(", ")) }
                    @if let Some(u) = &a.url { " · " a href=(u) rel="noreferrer noopener" { "original" } }
                    " · id " code { (a.id.0) }
                }
                @for c in &a.captions {
                    figure.caption {
                        figcaption {
                            (c.text)
                            @if let Some(credit) = &c.credit {
                                span.credit { "Credit: " (credit) @if c.archive { " (archive)" } }
                            }
                        }
                    }
                }
                div #body {
                    @for (i, p) in a.paragraphs.iter().enumerate() {
                        p id={ "p" (i) } {
                            @let here: Vec<&EvidenceSpan> = spans.iter().filter(|s| s.paragraph == i).collect();
                            (annotated_paragraph(p, by_paragraph.get(&i).map_or(&[][..], Vec::as_slice), &here, &a.events))
                        }
                    }
                }
                p.legend {
                    @for k in ["PERSON", "ORG", "COUNTRY", "PLACE", "NORP", "GROUP"] {
                        span { span class={ "m m-" (k) } { (k) } }
                    }
                    span { span.evidence { "evidence sentence of an event" } }
                }
            }
            h2 { "Events (" (a.events.len()) ")" }
            ol.events #events {
                @for (k, e) in a.events.iter().enumerate() {
                    li.event { (event_line(e)) " " a.evidence-link href=(anchor_of(k, e.paragraph)) { "¶" (e.paragraph + 1) } (evidence(e)) }
                }
            }
            @if a.events.is_empty() { p.muted { "No events coded in this article." } }
            @if !a.quotes.is_empty() {
                h2 { "Quotes" }
                ul #quotes {
                    @for q in &a.quotes {
                        li {
                            "“" (q.text) "” — "
                            @if let Some(sp) = &q.speaker_text { (sp) } @else if let Some(sp) = &q.speaker { (sp.name) } @else { "unattributed" }
                            @if let Some(v) = &q.verb { " (" (v) ")" }
                            @if let Some(m) = &q.medium { ", " (m) }
                        }
                    }
                }
            }
            @if !a.people.is_empty() {
                h2 { "People" }
                ul #people {
                    @for p in &a.people {
                        li { (p.name) @if let Some(r) = &p.role { ", " (r) } @if let Some(c) = &p.country { " (" (actor_link(c, c)) ")" } }
                    }
                }
            }
            h2 { "Sightings" }
            ul #sightings {
                @for s in &a.sightings { li { code { (s.source) } " #" (s.position) } }
            }
        },
    )
}

async fn actors(State(state): State<AppState>) -> PageResult {
    let all = state.pool.run(|s| Ok(s.actors()?)).await?;
    page(
        "Actors",
        html! {
            h1 { "Actors" }
            p.muted { (all.len()) " actors (code, sector and name as resolved)" }
            table #actors {
                tr { th { "code" } th { "name" } th.num { "mentions" } th.num { "events" } }
                @for a in all.iter().take(1000) {
                    @let code = format!("{}{}", a.code, a.sector.as_deref().unwrap_or(""));
                    tr {
                        td { (actor_link(&code, &code)) }
                        td { (a.name) }
                        td.num { (a.mentions) }
                        td.num { (a.events) }
                    }
                }
            }
        },
    )
}

async fn actor(State(state): State<AppState>, Path(code): Path<String>) -> PageResult {
    let spec = actor_spec("code", &code)?;
    let filter = EventFilter {
        actor: Some(spec.clone()),
        limit: Some(50),
        ..EventFilter::default()
    };
    let (detail, events) = state
        .pool
        .run(move |s| {
            let detail = actor_detail(s, &spec, Period::Month)?;
            Ok((detail, s.events(&filter)?))
        })
        .await?;
    let p = &detail.profile;
    let code = format!("{}{}", p.code, p.sector.as_deref().unwrap_or(""));
    let name = p.names.first().map_or(code.clone(), |n| n.label.clone());
    let bars: Vec<Bar> = detail
        .activity
        .iter()
        .map(|b| Bar {
            label: b.period.clone(),
            values: vec![b.as_source, b.as_target],
        })
        .collect();
    page(
        &name,
        html! {
            h1 #actor-name { (name) " " span.muted { "(" (code) ")" } }
            p.meta {
                "Also named: " @for (i, n) in p.names.iter().enumerate() { @if i > 0 { ", " } (n.label) " (" (n.count) ")" }
            }
            div.cards {
                div.card { b { (p.mentions) } "mentions" }
                div.card { b { a href={ "/search" (query_string(&[("actor", &code)])) } { (p.articles) } } "articles" }
                div.card { b #as-source { (p.events_as_source) } "events as source" }
                div.card { b #as-target { (p.events_as_target) } "events as target" }
            }
            h2 { "Events over time" }
            @if bars.is_empty() { p.muted { "No dated events." } } @else {
                (stacked_bars(&bars, &[("as source", "#1f5fa8"), ("as target", "#e0913a")], 180.0))
                p.legend { span { i style="background:#1f5fa8" {} "as source" } span { i style="background:#e0913a" {} "as target" } }
            }
            div.grid2 {
                section {
                    h2 { "Top partners" }
                    table #partners {
                        tr { th { "partner" } th.num { "to" } th.num { "from" } th.num { "coop." } th.num { "conflict" } }
                        @for pt in &detail.partners {
                            tr {
                                td { (actor_link(&pt.code, &pt.name)) }
                                td.num { (dyad_link(&p.code, &pt.code, html! { (pt.outgoing) })) }
                                td.num { (dyad_link(&pt.code, &p.code, html! { (pt.incoming) })) }
                                td.num { (pt.cooperation) }
                                td.num { (pt.conflict) }
                            }
                        }
                    }
                }
                section {
                    h2 { "People" }
                    ul #actor-people {
                        @for person in &detail.people {
                            li { (person.name) @if let Some(r) = &person.role { ", " (r) } " " span.muted { "(" (person.articles) " articles)" } }
                        }
                    }
                    @if detail.people.is_empty() { p.muted { "No people linked to this actor." } }
                }
            }
            h2 { "Events" }
            (event_list(&events))
        },
    )
}

fn event_list(events: &[EventRecord]) -> Markup {
    html! {
        ol.events #event-list {
            @for r in events {
                li.event {
                    (event_line(&r.event))
                    " · " (article_link(&r.article_id.0, "article"))
                    @if r.num_articles > 1 { span.muted { " (" (r.num_articles) " articles)" } }
                    (evidence(&r.event))
                }
            }
        }
        @if events.is_empty() { p.muted { "No events." } }
    }
}

async fn network(State(state): State<AppState>) -> PageResult {
    let graph = state
        .pool
        .run(|s| Ok(graph_of(s, &EventFilter::default(), 300)?))
        .await?;
    let data = serde_json::to_value(&graph)
        .map_err(|e| ApiError::internal(format!("cannot encode the graph: {e}")))?;
    page(
        "Network",
        html! {
            h1 { "Network" }
            p.muted { (graph.nodes.len()) " actors, " (graph.edges.len()) " directed dyads. Edges are coloured by their most frequent quad class and sized by event count; scroll to zoom, drag to pan, click an edge for the dyad or a node for the actor." }
            (quad_legend())
            svg #network.zoomable viewBox="0 0 1000 700" xmlns="http://www.w3.org/2000/svg" {}
            (json_block("graph-data", &data))
            h2 { "Dyads" }
            table #edges {
                tr { th { "source" } th { "target" } th.num { "events" } th { "quads" } th.num { "Goldstein" } }
                @for e in &graph.edges {
                    tr {
                        td { (actor_link(&e.source.cameo_code(), &e.source.name)) }
                        td { (actor_link(&e.target.cameo_code(), &e.target.name)) }
                        td.num { (dyad_link(&e.source.code, &e.target.code, html! { (e.events) })) }
                        td { @for (i, n) in e.by_quad.iter().enumerate() { @if *n > 0 { (quad_badge(i as u8 + 1)) " " } } }
                        td.num { (format!("{:.1}", e.goldstein_mean)) }
                    }
                }
            }
        },
    )
}

async fn dyad(
    State(state): State<AppState>,
    Path((a, b)): Path<(String, String)>,
    raw: RawParams,
) -> PageResult {
    let params = Params::from_query(raw)?;
    let by = params.period("period", Period::Month)?;
    let (sa, sb) = (actor_spec("source", &a)?, actor_spec("target", &b)?);
    let filter = EventFilter {
        dyad: Some((sa.clone(), sb.clone())),
        both_directions: true,
        ..EventFilter::default()
    };
    let f2 = filter.clone();
    let (timeline, events, names, directions) = state
        .pool
        .run(move |s| {
            let timeline = s.timeline(&f2, by)?;
            let events = s.events(&EventFilter {
                limit: Some(200),
                ..f2.clone()
            })?;
            let directions = s.dyads(&f2, None)?;
            Ok((timeline, events, s.actor_code_names()?, directions))
        })
        .await?;
    let name = |code: &str| names.get(code).cloned().unwrap_or_else(|| code.to_string());
    let (na, nb) = (name(&sa.code), name(&sb.code));
    let bars: Vec<Bar> = timeline
        .iter()
        .map(|t| Bar {
            label: t.period.clone(),
            values: t.tally.by_quad.to_vec(),
        })
        .collect();
    let series: Vec<(&str, &str)> = QUAD_NAMES
        .iter()
        .zip(QUAD_COLOURS.iter())
        .map(|(n, c)| (*n, *c))
        .collect();
    let points: Vec<(String, f64)> = timeline
        .iter()
        .map(|t| (t.period.clone(), t.tally.goldstein_mean))
        .collect();
    let mut by_type: BTreeMap<String, [u64; 2]> = BTreeMap::new();
    for r in &events {
        let forward = r.event.source.code == sa.code;
        by_type
            .entry(r.event.event_type.as_str().to_string())
            .or_default()[usize::from(!forward)] += 1;
    }
    page(
        &format!("{na} – {nb}"),
        html! {
            h1 #dyad-title { (actor_link(&a, &na)) " – " (actor_link(&b, &nb)) }
            p.meta {
                @for d in &directions {
                    (name(&d.source)) " → " (name(&d.target)) ": " (d.tally.events) " events (mean Goldstein "
                    (format!("{:.1}", d.tally.goldstein_mean)) "). "
                }
                @if directions.is_empty() { "No events between these actors." }
            }
            h2 { "Timeline by quad class" }
            @if bars.is_empty() { p.muted { "No dated events." } } @else {
                (stacked_bars(&bars, &series, 200.0))
                (quad_legend())
                h2 { "Goldstein over time" }
                (goldstein_line(&points, 180.0))
            }
            h2 { "By event type" }
            table #dyad-types {
                tr { th { "type" } th.num { (na) " → " (nb) } th.num { (nb) " → " (na) } }
                @for (t, [fwd, back]) in &by_type {
                    tr { td { (t) } td.num { (fwd) } td.num { (back) } }
                }
            }
            h2 { "Events with evidence" }
            (event_list(&events))
        },
    )
}

async fn world_map(State(state): State<AppState>) -> PageResult {
    let (places, countries) = state
        .pool
        .run(|s| Ok((s.event_places(None, 2000)?, s.event_countries()?)))
        .await?;
    let by_country: HashMap<&str, u64> = countries
        .iter()
        .map(|c| (c.country.as_str(), c.events))
        .collect();
    let max = places.iter().map(|p| p.events).max().unwrap_or(1).max(1) as f64;
    page(
        "Map",
        html! {
            h1 { "Map" }
            p.muted { (places.len()) " places with events; countries with events are shaded. Scroll to zoom, drag to pan. Outlines: Natural Earth (public domain)." }
            svg #worldmap.zoomable viewBox="0 0 360 180" xmlns="http://www.w3.org/2000/svg" {
                defs { clipPath #world-box { rect x="0" y="0" width="360" height="180" {} } }
                rect x="0" y="0" width="360" height="180" fill="#f4f8fb" {}
                g clip-path="url(#world-box)" {
                @for c in map::countries() {
                    @let n = by_country.get(c.iso3).copied().unwrap_or(0);
                    path d=(c.path) class={ "country" @if n > 0 { " has-events" } } data-iso3=(c.iso3)
                        data-tip={ (c.name) @if n > 0 { ": " (counted(n, "event")) } } {}
                }
                @for p in &places {
                    @let (x, y) = map::project(p.lat, p.lon);
                    circle.place cx=(crate::html::fmt(x)) cy=(crate::html::fmt(y))
                        r=(format!("{:.2}", 0.8 + 2.5 * (p.events as f64 / max).sqrt()))
                        fill=(if p.conflict > p.cooperation { QUAD_COLOURS[3] } else { QUAD_COLOURS[0] })
                        data-name=(p.name)
                        data-tip={ (p.name) @if let Some(c) = &p.country { " (" (c) ")" } ": " (p.events) " events, "
                            (p.cooperation) " cooperative, " (p.conflict) " conflictual" } {}
                }
                }
            }
            div.grid2 {
                section {
                    h2 { "Places" }
                    table #places {
                        tr { th { "place" } th { "country" } th.num { "events" } }
                        @for p in places.iter().take(50) {
                            tr { td { (p.name) } td { (p.country.as_deref().unwrap_or("")) } td.num { (p.events) } }
                        }
                    }
                }
                section {
                    h2 { "Countries" }
                    table #countries {
                        tr { th { "country" } th.num { "events" } }
                        @for c in countries.iter().take(50) {
                            tr { td { (actor_link(&c.country, &c.country)) } td.num { (c.events) } }
                        }
                    }
                }
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{EventParty, EventType, MentionKind};

    fn event(paragraph: usize, sentence: &str) -> Event {
        let party = |code: &str| EventParty {
            code: code.into(),
            sector: None,
            name: code.into(),
            text: code.into(),
        };
        Event {
            event_type: EventType::Consult,
            mode: None,
            cameo: "040".into(),
            quad: 1,
            goldstein: 1.0,
            source: party("AAA"),
            target: party("BBB"),
            date: None,
            date_basis: None,
            location: None,
            negated: false,
            certainty: dyad_core::Certainty::Asserted,
            paragraph,
            sentence: sentence.into(),
            confidence: 0.5,
        }
    }

    #[test]
    fn evidence_sentences_are_found_merged_and_kept_apart() {
        let paragraphs = vec![
            "Intro text. Ruritania met Freedonia on Monday. Then more.".to_string(),
            "Second paragraph.".to_string(),
        ];
        let events = vec![
            event(0, "Ruritania met Freedonia on Monday."),
            event(0, " Ruritania met Freedonia on Monday. "),
            event(0, "met Freedonia on Monday. Then"),
            event(1, "Not in the text."),
            event(7, "Second paragraph."),
        ];
        let spans = evidence_spans(&paragraphs, &events);
        assert_eq!(
            spans,
            vec![EvidenceSpan {
                paragraph: 0,
                start: 12,
                end: 46,
                events: vec![0, 1]
            }]
        );
    }

    #[test]
    fn paragraphs_mark_evidence_around_mentions_and_escape_text() {
        let text = "A <b> said. Ruritania met \"Freedonia\" today.";
        let start = text.find("Ruritania").unwrap();
        let mention = Mention {
            text: "Ruritania".into(),
            kind: MentionKind::Country,
            paragraph: 0,
            start,
            end: start + "Ruritania".len(),
            actor: Some(dyad_core::ActorRef {
                code: "RUR".into(),
                sector: None,
                name: "Ruritania".into(),
            }),
        };
        let events = vec![event(0, "Ruritania met \"Freedonia\" today.")];
        let spans = evidence_spans(&[text.to_string()], &events);
        let refs: Vec<&EvidenceSpan> = spans.iter().collect();
        let html = annotated_paragraph(text, &[&mention], &refs, &events).into_string();
        assert!(
            html.starts_with("A &lt;b&gt; said. <span class=\"evidence\""),
            "{html}"
        );
        assert!(html.contains("data-actor=\"RUR\""), "{html}");
        assert!(
            html.contains("&quot;Freedonia&quot; today.</span>"),
            "{html}"
        );
        assert!(html.contains("evidence: CONSULT AAA → BBB"), "{html}");
    }
}
