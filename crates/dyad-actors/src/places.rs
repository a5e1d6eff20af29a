//! Event locations: the place named in an event's sentence, preferring an
//! explicit "in/at <Place>" ("in the Omani capital Muscat", "talks in Geneva")
//! over places in other positions, with coordinates from the gazetteer.

use crate::data::EntryKind;
use crate::detect::Analysis;
use crate::dictionary::ActorDictionary;
use crate::resolve::metonym_is_actor;
use dyad_core::{Article, Location};

const LOCATIVE: &[&str] = &[
    "in", "at", "near", "outside", "inside", "In", "At", "Near", "Outside", "Inside",
];

/// Words that may stand between "in" and the place: "in the Omani capital Muscat".
fn is_filler(a: &Analysis<'_>, i: usize, dict: &ActorDictionary) -> bool {
    if a.match_at(i, dict)
        .is_some_and(|(_, e)| e.kind == EntryKind::Norp)
    {
        return true;
    }
    a.is_lower_word(i)
        && matches!(
            a.tok(i),
            "the"
                | "capital"
                | "city"
                | "town"
                | "village"
                | "port"
                | "province"
                | "region"
                | "central"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "coastal"
                | "northeastern"
                | "northwestern"
                | "southeastern"
                | "southwestern"
                | "border"
                | "occupied"
                | "besieged"
                | "holy"
                | "ancient"
                | "commercial"
                | "restive"
                | "strategic"
                | "key"
                | "oil"
                | "disputed"
                | "breakaway"
                | "state"
                | "of"
        )
}

fn is_place_kind(kind: EntryKind) -> bool {
    matches!(
        kind,
        EntryKind::Place | EntryKind::City | EntryKind::Seat | EntryKind::Country
    )
}

/// The place an event's sentence names, if any.
#[must_use]
pub fn sentence_location(sentence: &str, dict: &ActorDictionary) -> Option<Location> {
    let a = Analysis::new(sentence, dict);
    let lookup = |m: usize| {
        let dm = a.matches[m];
        let surface = &a.text[dm.start..dm.end];
        let entry = dict.entry_for_pattern(dm.pattern);
        dict.place(surface).or_else(|| dict.place(&entry.name))
    };
    // 1. "in/at [the Omani capital] <Place>".
    for i in 0..a.len() {
        if !a.is_word(i) || !LOCATIVE.contains(&a.tok(i)) {
            continue;
        }
        let mut j = i + 1;
        let mut skipped = 0;
        while j < a.len() && skipped < 5 {
            if let Some((m, e)) = a.match_at(j, dict) {
                if is_place_kind(e.kind) {
                    if let Some(loc) = lookup(m) {
                        return Some(loc);
                    }
                }
                if e.kind != EntryKind::Norp {
                    break;
                }
            }
            if !is_filler(&a, j, dict) {
                break;
            }
            j += 1;
            skipped += 1;
        }
    }
    // 2. Any city, region or sea; a capital only where it is not an actor.
    for (m, dm) in a.matches.iter().enumerate() {
        let e = dict.entry_for_pattern(dm.pattern);
        let usable = match e.kind {
            EntryKind::Place | EntryKind::City => true,
            EntryKind::Seat => !metonym_is_actor(&a, dm.tok_start, dm.tok_end, e),
            _ => false,
        };
        if usable {
            if let Some(loc) = lookup(m) {
                return Some(loc);
            }
        }
    }
    None
}

/// Set each event's location, where it has none, from its sentence.
pub fn locate_events(article: &mut Article, dict: &ActorDictionary) {
    for event in &mut article.events {
        if event.location.is_some() {
            continue;
        }
        event.location = sentence_location(&event.sentence, dict);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{Certainty, Event, EventParty, EventType};

    fn party(code: &str) -> EventParty {
        EventParty {
            code: code.into(),
            sector: None,
            name: code.into(),
            text: code.into(),
        }
    }

    fn event(sentence: &str) -> Event {
        Event {
            event_type: EventType::Consult,
            mode: None,
            cameo: "040".into(),
            quad: 1,
            goldstein: 1.0,
            source: party("USA"),
            target: party("IRN"),
            date: None,
            date_basis: None,
            location: None,
            negated: false,
            certainty: Certainty::Asserted,
            paragraph: 0,
            sentence: sentence.into(),
            confidence: 0.9,
        }
    }

    #[test]
    fn events_get_the_place_their_sentence_names() {
        let dict = ActorDictionary::builtin();
        let cases = [
            (
                "Envoys from both sides met in the Omani capital Muscat on Friday.",
                Some(("Muscat", "OMN")),
            ),
            (
                "Students rallied at universities in Tehran and Isfahan on Tuesday.",
                Some(("Tehran", "IRN")),
            ),
            (
                "Washington and Moscow resumed talks in Geneva.",
                Some(("Geneva", "CHE")),
            ),
            ("Moscow warned Kyiv against the offensive.", None),
            (
                "A tanker was seized in the Strait of Hormuz.",
                Some(("Strait of Hormuz", "-")),
            ),
            (
                "The minister arrived in Beijing for a three-day visit.",
                Some(("Beijing", "CHN")),
            ),
        ];
        let mut failures = Vec::new();
        for (sentence, expected) in cases {
            let mut article = Article {
                events: vec![event(sentence)],
                ..Article::default()
            };
            locate_events(&mut article, &dict);
            let got = article.events[0].location.as_ref().map(|l| {
                (
                    l.name.clone(),
                    l.country.clone().unwrap_or_else(|| "-".into()),
                    l.lat.is_some(),
                )
            });
            let ok = match (expected, &got) {
                (None, None) => true,
                (Some((name, country)), Some((n, c, has_coords))) => {
                    name == n && country == c && *has_coords
                }
                _ => false,
            };
            if !ok {
                failures.push(format!("{sentence}: expected {expected:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn an_existing_location_is_kept() {
        let dict = ActorDictionary::builtin();
        let mut e = event("They met in Geneva.");
        e.location = Some(Location {
            name: "Vienna".into(),
            country: Some("AUT".into()),
            lat: None,
            lon: None,
        });
        let mut article = Article {
            events: vec![e],
            ..Article::default()
        };
        locate_events(&mut article, &dict);
        assert_eq!(article.events[0].location.as_ref().unwrap().name, "Vienna");
    }
}
