//! PLOVER JSON lines: one event record per line with PLOVER's fields (id,
//! date, actor, recipient, event, mode, context, event_loc, event_text,
//! quad_code, cite_info) plus Dyad's evidence and GDELT-style counts.

use super::ExportError;
use dyad_core::records::EventRecord;
use dyad_core::{EventParty, Location};
use serde::Serialize;
use std::io::Write;

/// A PLOVER event record (field names as in the PLOVER data model).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PloverRecord {
    /// `dyad-<GLOBALEVENTID>`.
    pub id: String,
    /// The event date as known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when unknown.
    pub date: Option<String>,
    /// CAMEO-style code of the source (`IRNGOV`).
    pub actor: String,
    pub actor_country: String,
    pub actor_sector: Option<String>,
    pub actor_name: String,
    pub actor_text: String,
    /// CAMEO-style code of the target.
    pub recipient: String,
    pub recipient_country: String,
    pub recipient_sector: Option<String>,
    pub recipient_name: String,
    pub recipient_text: String,
    /// PLOVER event type (`SANCTION`).
    pub event: String,
    /// PLOVER mode; empty when not coded.
    pub mode: String,
    /// PLOVER contexts; Dyad does not code them yet, so always empty.
    pub context: Vec<String>,
    pub event_loc: Option<PloverLocation>,
    /// The sentence the event was coded from.
    pub event_text: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_code: u8,
    pub cameo: String,
    pub goldstein: f32,
    pub certainty: String,
    pub negated: bool,
    pub confidence: f32,
    pub num_mentions: u32,
    pub num_sources: u32,
    pub num_articles: u32,
    pub cite_info: PloverCitation,
}

/// Where the event happened.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PloverLocation {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// Where the event was reported (its first report).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PloverCitation {
    /// The article's URL, else the input path and position it was read from.
    pub url: String,
    pub article_id: String,
    /// When the event was first stored (RFC 3339).
    pub date_added: String,
    /// Paragraph of the first report (0-based).
    pub paragraph: usize,
}

fn location(l: &Location) -> PloverLocation {
    PloverLocation {
        name: l.name.clone(),
        country: l.country.clone(),
        lat: l.lat,
        lon: l.lon,
    }
}

fn code(p: &EventParty) -> String {
    p.actor().cameo_code()
}

/// The PLOVER record of one grouped event.
#[must_use]
pub fn plover_record(r: &EventRecord) -> PloverRecord {
    let e = &r.event;
    PloverRecord {
        id: format!("dyad-{}", r.id),
        date: e.date.clone(),
        actor: code(&e.source),
        actor_country: e.source.code.clone(),
        actor_sector: e.source.sector.clone(),
        actor_name: e.source.name.clone(),
        actor_text: e.source.text.clone(),
        recipient: code(&e.target),
        recipient_country: e.target.code.clone(),
        recipient_sector: e.target.sector.clone(),
        recipient_name: e.target.name.clone(),
        recipient_text: e.target.text.clone(),
        event: e.event_type.as_str().to_string(),
        mode: e.mode.clone().unwrap_or_default(),
        context: Vec::new(),
        event_loc: e.location.as_ref().map(location),
        event_text: e.sentence.clone(),
        quad_code: e.quad,
        cameo: e.cameo.clone(),
        goldstein: e.goldstein,
        certainty: e.certainty.as_str().to_string(),
        negated: e.negated,
        confidence: e.confidence,
        num_mentions: r.num_mentions,
        num_sources: r.num_sources,
        num_articles: r.num_articles,
        cite_info: PloverCitation {
            url: r.source_url.clone(),
            article_id: r.article_id.0.clone(),
            date_added: r.date_added.clone(),
            paragraph: e.paragraph,
        },
    }
}

/// Writes one PLOVER JSON record per line.
pub struct PloverWriter<W: Write> {
    out: W,
    rows: u64,
}

impl<W: Write> PloverWriter<W> {
    pub fn new(out: W) -> Self {
        PloverWriter { out, rows: 0 }
    }

    /// Write one event as one line.
    pub fn write(&mut self, record: &EventRecord) -> Result<(), ExportError> {
        serde_json::to_writer(&mut self.out, &plover_record(record))?;
        self.out.write_all(b"\n")?;
        self.rows += 1;
        Ok(())
    }

    /// Flush and return the writer with the number of records written.
    pub fn finish(mut self) -> Result<(W, u64), ExportError> {
        self.out.flush()?;
        Ok((self.out, self.rows))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{ArticleId, Certainty, Event, EventType};

    #[test]
    fn records_carry_plover_fields() {
        let party = |code: &str, sector: Option<&str>| EventParty {
            code: code.into(),
            sector: sector.map(String::from),
            name: format!("{code} name"),
            text: format!("the {code}"),
        };
        let r = EventRecord {
            id: 7,
            event: Event {
                event_type: EventType::Consult,
                mode: Some("visit".into()),
                cameo: "042".into(),
                quad: 1,
                goldstein: 1.9,
                source: party("FRE", Some("GOV")),
                target: party("SYL", None),
                date: Some("2024-05".into()),
                date_basis: None,
                location: None,
                negated: false,
                certainty: Certainty::Planned,
                paragraph: 2,
                sentence: "The envoy will visit.".into(),
                confidence: 0.7,
            },
            article_id: ArticleId("ab".into()),
            num_mentions: 1,
            num_sources: 1,
            num_articles: 1,
            date_added: "2025-01-01T00:00:00Z".into(),
            source_url: "in.txt#0".into(),
        };
        let mut w = PloverWriter::new(Vec::new());
        w.write(&r).unwrap();
        let (bytes, n) = w.finish().unwrap();
        assert_eq!(n, 1);
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        for key in [
            "id",
            "date",
            "actor",
            "recipient",
            "event",
            "mode",
            "context",
            "event_loc",
            "event_text",
            "quad_code",
            "cite_info",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        assert_eq!(v["id"], "dyad-7");
        assert_eq!(v["actor"], "FREGOV");
        assert_eq!(v["recipient"], "SYL");
        assert_eq!(v["event"], "CONSULT");
        assert_eq!(v["mode"], "visit");
        assert_eq!(v["certainty"], "planned");
        assert_eq!(v["cite_info"]["url"], "in.txt#0");
    }
}
