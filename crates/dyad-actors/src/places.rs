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
