//! A store of hand-made articles for the API, page and escaping tests; one
//! article carries markup and quotes in every text field.

use dyad_core::dedup::Fingerprint;
use dyad_core::{
    ActorRef, Article, Caption, Certainty, Event, EventParty, EventType, Location, Mention,
    MentionKind, Person, Published, Quote, Sighting,
};
use dyad_store::Store;
use std::path::PathBuf;

/// Text that breaks HTML if it is not escaped.
pub const HOSTILE: &str = "<script>alert(\"x\")</script>\"'><img src=x onerror=alert(1)>";

fn party(code: &str, sector: Option<&str>, name: &str, text: &str) -> EventParty {
    EventParty {
        code: code.into(),
        sector: sector.map(String::from),
        name: name.into(),
        text: text.into(),
    }
}

fn actor(code: &str, sector: Option<&str>, name: &str) -> ActorRef {
    ActorRef {
        code: code.into(),
        sector: sector.map(String::from),
        name: name.into(),
    }
}

#[allow(clippy::too_many_arguments)]
fn event(
    source: EventParty,
    target: EventParty,
    event_type: EventType,
    quad: u8,
    goldstein: f32,
    date: &str,
    sentence: &str,
    location: Option<(&str, &str, f64, f64)>,
) -> Event {
    Event {
        event_type,
        mode: None,
        cameo: "040".into(),
        quad,
        goldstein,
        source,
        target,
        date: Some(date.into()),
        date_basis: Some("publication".into()),
        location: location.map(|(name, country, lat, lon)| Location {
            name: name.into(),
            country: Some(country.into()),
            lat: Some(lat),
            lon: Some(lon),
        }),
        negated: false,
        certainty: Certainty::Asserted,
        paragraph: 0,
        sentence: sentence.into(),
        confidence: 0.8,
    }
}

/// Mention `needle` in paragraph `paragraph` of `text`.
fn mention(
    text: &str,
    paragraph: usize,
    needle: &str,
    kind: MentionKind,
    actor: Option<ActorRef>,
) -> Mention {
    let start = text.find(needle).expect("needle in paragraph");
    Mention {
        text: needle.into(),
        kind,
        paragraph,
        start,
        end: start + needle.len(),
        actor,
    }
}

/// The test articles (three), each with its fingerprint.
pub fn articles() -> Vec<(Article, Fingerprint)> {
    let fre = || actor("FRE", Some("GOV"), "Freedonia");
    let syl = || actor("SYL", Some("GOV"), "Sylvania");
    let p1 = "Envoys of Freedonia met ministers of Sylvania in Harbourton on Monday to discuss the river treaty.".to_string();
    let p2 = "Minister Ada Quill said the talks were frank and that a second round would follow."
        .to_string();
    let first = Article {
        headline: "Freedonia and Sylvania hold river treaty talks".into(),
        paragraphs: vec![p1.clone(), p2.clone()],
        published: Some(Published {
            date: "2024-05-06".into(),
            basis: "input".into(),
            confidence: 1.0,
        }),
        source_domain: Some("north.example".into()),
        captions: vec![Caption {
            text: "Delegates at the table in Harbourton.".into(),
            credit: Some("Photo Agency".into()),
            archive: false,
        }],
        sightings: vec![Sighting {
            source: "dump-one.txt".into(),
            position: 0,
        }],
        mentions: vec![
            mention(&p1, 0, "Freedonia", MentionKind::Country, Some(fre())),
            mention(&p1, 0, "Sylvania", MentionKind::Country, Some(syl())),
            mention(&p1, 0, "Harbourton", MentionKind::Place, None),
            mention(&p2, 1, "Ada Quill", MentionKind::Person, Some(fre())),
        ],
        people: vec![Person {
            name: "Ada Quill".into(),
            country: Some("FRE".into()),
            role: Some("minister".into()),
        }],
        events: vec![event(
            party("FRE", Some("GOV"), "Freedonia", "Envoys of Freedonia"),
            party("SYL", Some("GOV"), "Sylvania", "ministers of Sylvania"),
            EventType::Consult,
            1,
            1.0,
            "2024-05-06",
            &p1,
            Some(("Harbourton", "SYL", 45.5, 12.25)),
        )],
        quotes: vec![Quote {
            speaker: Some(fre()),
            speaker_text: Some("Ada Quill".into()),
            text: "The talks were frank".into(),
            verb: Some("said".into()),
            medium: None,
            paragraph: 1,
        }],
        ..Article::default()
    };
    let p3 = "Sylvania accused Freedonia of diverting the river and threatened to close the border crossings.".to_string();
    let second = Article {
        headline: "Sylvania accuses Freedonia over river diversion".into(),
        paragraphs: vec![p3.clone()],
        published: Some(Published {
            date: "2024-06-11".into(),
            basis: "input".into(),
            confidence: 1.0,
        }),
        sightings: vec![Sighting {
            source: "dump-two.txt".into(),
            position: 3,
        }],
        mentions: vec![
            mention(&p3, 0, "Sylvania", MentionKind::Country, Some(syl())),
            mention(&p3, 0, "Freedonia", MentionKind::Country, Some(fre())),
        ],
        events: vec![event(
            party("SYL", Some("GOV"), "Sylvania", "Sylvania"),
            party("FRE", Some("GOV"), "Freedonia", "Freedonia"),
            EventType::Accuse,
            3,
            -2.0,
            "2024-06-11",
            &p3,
            None,
        )],
        ..Article::default()
    };
    let p4 = format!("Protesters {HOSTILE} gathered outside the embassy & chanted.");
    let hostile_actor = || actor("XSS", None, HOSTILE);
    let third = Article {
        headline: format!("Hostile headline {HOSTILE}"),
        paragraphs: vec![p4.clone()],
        published: Some(Published {
            date: "2024-07-01".into(),
            basis: "input".into(),
            confidence: 1.0,
        }),
        url: Some(format!("https://news.example/a?x=\"{HOSTILE}")),
        captions: vec![Caption {
            text: format!("Caption {HOSTILE}"),
            credit: Some(format!("Credit {HOSTILE}")),
            archive: true,
        }],
        sightings: vec![Sighting {
            source: format!("dump-{HOSTILE}.txt"),
            position: 1,
        }],
        mentions: vec![mention(
            &p4,
            0,
            HOSTILE,
            MentionKind::Group,
            Some(hostile_actor()),
        )],
        people: vec![Person {
            name: format!("Person {HOSTILE}"),
            country: Some("XSS".into()),
            role: Some(HOSTILE.into()),
        }],
        events: vec![event(
            party("XSS", None, HOSTILE, HOSTILE),
            party("SYL", Some("GOV"), "Sylvania", "the embassy"),
            EventType::Protest,
            3,
            -5.0,
            "2024-07-01",
            &p4,
            Some((HOSTILE, "XSS", -10.0, 30.0)),
        )],
        quotes: vec![Quote {
            speaker: Some(hostile_actor()),
            speaker_text: Some(HOSTILE.into()),
            text: HOSTILE.into(),
            verb: Some(HOSTILE.into()),
            medium: Some(HOSTILE.into()),
            paragraph: 0,
        }],
        ..Article::default()
    };
    [first, second, third]
        .into_iter()
        .map(|a| {
            let fp = Fingerprint::of(&a);
            (a, fp)
        })
        .collect()
}

/// A fresh store with [`articles`] in it.
pub fn store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("serve.db");
    let mut store = Store::open(&path).expect("open store");
    store.ingest_batch(&articles()).expect("ingest");
    drop(store);
    (dir, path)
}
