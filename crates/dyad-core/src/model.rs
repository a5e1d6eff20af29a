//! The article record of DESIGN §3 and the values that flow between stages.
//!
//! JSON field names here are a contract: `dyad code --json`, `dyad eval`, the
//! store and `../shared/tools/score.py` all read them. Add fields, never rename.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Stable content hash of an article (hex of the exact-duplicate key).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArticleId(pub String);

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One article, as printed by `dyad code --json` (one per line).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Article {
    pub id: ArticleId,
    pub headline: String,
    #[serde(default)]
    pub captions: Vec<Caption>,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub published: Option<Published>,
    #[serde(default)]
    pub url: Option<String>,
    /// The outlet's domain when the input names it (news-please `source_domain`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_domain: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    #[serde(default)]
    pub sightings: Vec<Sighting>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub mentions: Vec<Mention>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

impl Article {
    /// The body as one string, paragraphs separated by blank lines.
    #[must_use]
    pub fn body(&self) -> String {
        self.paragraphs.join("\n\n")
    }

    /// Drop what the annotation stages fill (people, mentions, events,
    /// quotes); the text and its metadata stay.
    pub fn clear_annotations(&mut self) {
        self.people.clear();
        self.mentions.clear();
        self.events.clear();
        self.quotes.clear();
    }
}

/// A photo caption with its agency credit.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Caption {
    pub text: String,
    #[serde(default)]
    pub credit: Option<String>,
    /// The credit was followed by `(archive)`: an archive photo, whose date says
    /// nothing about the publication date.
    #[serde(default)]
    pub archive: bool,
}

/// A publication date, given or inferred, with how it was obtained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Published {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Why this date: `"input"` when the source stated it, else the inference.
    pub basis: String,
    /// 1.0 when stated by the input; lower when inferred.
    pub confidence: f32,
}

/// Where an article was seen: the input path or URL and its position there
/// (the article's index within a dump, a line number in JSONL, a record in WARC).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Sighting {
    pub source: String,
    pub position: usize,
}

/// A person named in the article, with the country and role the text gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub country: Option<String>,
    pub role: Option<String>,
}

/// What kind of thing a mention names (DESIGN §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum MentionKind {
    Person,
    Org,
    /// A state named, or its capital or seat of power used for it.
    Country,
    /// Cities, regions, seas, sites.
    Place,
    /// Demonyms and nationalities.
    Norp,
    /// Unnamed collectives: "students", "protesters".
    Group,
}

impl MentionKind {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Person => "PERSON",
            MentionKind::Org => "ORG",
            MentionKind::Country => "COUNTRY",
            MentionKind::Place => "PLACE",
            MentionKind::Norp => "NORP",
            MentionKind::Group => "GROUP",
        }
    }
}

/// A resolved actor: ISO alpha-3 country code or a PLOVER non-state code
/// (UNO, EUR, IGO, NGO, MNC, WST), a PLOVER sector, and a readable name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ActorRef {
    pub code: String,
    #[serde(default)]
    pub sector: Option<String>,
    pub name: String,
}

impl ActorRef {
    /// CAMEO-style actor code: country code followed by the sector (`IRNGOV`).
    #[must_use]
    pub fn cameo_code(&self) -> String {
        match &self.sector {
            Some(s) => format!("{}{}", self.code, s),
            None => self.code.clone(),
        }
    }
}

/// One actor mention. Offsets are byte offsets into the paragraph's UTF-8
/// text, end exclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub text: String,
    pub kind: MentionKind,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub actor: Option<ActorRef>,
}

/// PLOVER's sixteen event types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EventType {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl EventType {
    pub const ALL: [EventType; 16] = [
        EventType::Agree,
        EventType::Consult,
        EventType::Support,
        EventType::Concede,
        EventType::Cooperate,
        EventType::Aid,
        EventType::Retreat,
        EventType::Request,
        EventType::Accuse,
        EventType::Reject,
        EventType::Threaten,
        EventType::Protest,
        EventType::Sanction,
        EventType::Mobilize,
        EventType::Coerce,
        EventType::Assault,
    ];

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Agree => "AGREE",
            EventType::Consult => "CONSULT",
            EventType::Support => "SUPPORT",
            EventType::Concede => "CONCEDE",
            EventType::Cooperate => "COOPERATE",
            EventType::Aid => "AID",
            EventType::Retreat => "RETREAT",
            EventType::Request => "REQUEST",
            EventType::Accuse => "ACCUSE",
            EventType::Reject => "REJECT",
            EventType::Threaten => "THREATEN",
            EventType::Protest => "PROTEST",
            EventType::Sanction => "SANCTION",
            EventType::Mobilize => "MOBILIZE",
            EventType::Coerce => "COERCE",
            EventType::Assault => "ASSAULT",
        }
    }

    /// Parse the upper-case PLOVER name (`"CONSULT"`).
    #[must_use]
    pub fn parse(name: &str) -> Option<EventType> {
        EventType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(name.trim()))
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sure the text is that the event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    #[default]
    Asserted,
    /// Reported by one side.
    Claimed,
    /// Denied or unproven.
    Alleged,
    /// Future, expected.
    Planned,
    Hypothetical,
}

impl Certainty {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Certainty::Asserted => "asserted",
            Certainty::Claimed => "claimed",
            Certainty::Alleged => "alleged",
            Certainty::Planned => "planned",
            Certainty::Hypothetical => "hypothetical",
        }
    }
}

/// A source or target of an event: the resolved actor and the words that named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventParty {
    pub code: String,
    #[serde(default)]
    pub sector: Option<String>,
    pub name: String,
    pub text: String,
}

impl EventParty {
    #[must_use]
    pub fn actor(&self) -> ActorRef {
        ActorRef {
            code: self.code.clone(),
            sector: self.sector.clone(),
            name: self.name.clone(),
        }
    }
}

/// A named place with coordinates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// One coded political event with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    #[serde(rename = "type")]
    pub event_type: EventType,
    #[serde(default)]
    pub mode: Option<String>,
    pub cameo: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad: u8,
    pub goldstein: f32,
    pub source: EventParty,
    pub target: EventParty,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` when neither the text nor the
    /// publication date gives one.
    #[serde(default)]
    pub date: Option<String>,
    /// `"publication"`, or the expression the date came from.
    #[serde(default)]
    pub date_basis: Option<String>,
    #[serde(default)]
    pub location: Option<Location>,
    #[serde(default)]
    pub negated: bool,
    #[serde(default)]
    pub certainty: Certainty,
    pub paragraph: usize,
    pub sentence: String,
    pub confidence: f32,
}

/// A direct quote with its speaker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    #[serde(default)]
    pub speaker: Option<ActorRef>,
    /// The speaker's name as written, when a person or body is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_text: Option<String>,
    pub text: String,
    #[serde(default)]
    pub verb: Option<String>,
    /// "in a post on X", "told AFP", "according to a readout by Xinhua".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<String>,
    pub paragraph: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_json_uses_contract_field_names() {
        let article = Article {
            id: ArticleId("ab12".into()),
            headline: "Headline".into(),
            paragraphs: vec!["One.".into()],
            ..Article::default()
        };
        let value = serde_json::to_value(&article).unwrap();
        for key in [
            "id",
            "headline",
            "captions",
            "paragraphs",
            "published",
            "url",
            "sightings",
            "people",
            "mentions",
            "events",
            "quotes",
        ] {
            assert!(value.get(key).is_some(), "missing field {key}");
        }
    }

    #[test]
    fn event_type_round_trips_through_json() {
        for t in EventType::ALL {
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{}\"", t.as_str()));
            assert_eq!(EventType::parse(t.as_str()), Some(t));
        }
    }

    #[test]
    fn cameo_code_joins_country_and_sector() {
        let a = ActorRef {
            code: "IRN".into(),
            sector: Some("GOV".into()),
            name: "Iran".into(),
        };
        assert_eq!(a.cameo_code(), "IRNGOV");
    }
}
