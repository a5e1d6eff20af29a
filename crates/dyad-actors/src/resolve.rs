//! Putting an article's mentions together: the dominant country, metonyms
//! (a capital or seat of power as an actor or as a place), short references
//! ("Xi", "the spokesman", "the ministry") linked to the full actor, and
//! non-overlapping mentions in priority order (persons, organisation
//! patterns, groups, dictionary entries).

use crate::data::{Entry, EntryKind};
use crate::detect::Analysis;
use crate::dictionary::ActorDictionary;
use crate::orgs::{is_iso_country, org_code, placed_by_sentence, Candidate};
use crate::people::{People, PersonSpan};
use dyad_core::{ActorRef, Mention, MentionKind};
use std::collections::HashMap;

/// Seats of power that are buildings: actors unless placed by "in/at".
const BUILDINGS: &[&str] = &[
    "Kremlin",
    "White House",
    "Pentagon",
    "Downing Street",
    "Whitehall",
    "Westminster",
    "Elysee",
    "Quai d'Orsay",
    "Zhongnanhai",
    "Congress",
    "State Department",
];

const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "from",
    "into",
    "via",
    "across",
    "around",
    "toward",
    "towards",
    "visit",
    "visited",
    "visiting",
    "visits",
    "reached",
    "left",
    "flew",
    "arrived",
    "capital",
    "city",
    "to",
    "In",
    "At",
    "From",
    "outskirts",
    "streets",
];

const ACTOR_PREPOSITIONS: &[&str] = &[
    "with",
    "between",
    "against",
    "by",
    "accused",
    "urged",
    "told",
    "warned",
    "criticised",
    "criticized",
    "blamed",
    "and",
    "pressed",
    "asked",
    "called",
    "on",
    "for",
    "than",
    // Verbs whose object is an actor: "thanked Washington for the aid".
    "accusing",
    "urging",
    "telling",
    "warning",
    "blaming",
    "pressing",
    "asking",
    "criticising",
    "criticizing",
    "condemned",
    "condemning",
    "thanked",
    "thanking",
    "praised",
    "praising",
    "rebuked",
    "slammed",
    "chided",
    "faulted",
    "backed",
    "supported",
    "welcomed",
    "snubbed",
    "rebuffed",
    "defied",
    "defying",
    "sanctioned",
    "punished",
    "pressured",
    "lobbied",
    "assured",
    "reassured",
    "informed",
    "notified",
    "joined",
];

const NOT_VERBS: &[&str] = &[
    "of",
    "and",
    "or",
    "in",
    "on",
    "at",
    "for",
    "to",
    "with",
    "the",
    "a",
    "from",
    "by",
    "as",
    "that",
    "which",
    "who",
    "city",
    "region",
    "province",
    "where",
    "after",
    "before",
    "since",
    "during",
    "until",
    "than",
    "but",
    "while",
    "airport",
    "university",
    "residents",
    "correspondent",
    "bureau",
    "time",
    "area",
    "suburb",
    "district",
    "summit",
    "talks",
    "meeting",
    "office",
    "headquarters",
    "metro",
    "police",
    "mayor",
    "streets",
];

/// What a wire dateline counts for in `dominant_country`: as much as three
/// mentions of a country by name. The dateline says where the story is.
const DATELINE_WEIGHT: usize = 6;
/// How much more a state named in the headline counts.
const HEADLINE_BOOST: usize = 2;

/// The country of a wire dateline opening `paragraph` ("MANILA, Aug 29 -",
/// "KIEV, Ukraine (AP) -", "WASHINGTON (Reuters) -"): an upper-case place
/// name before the first comma, parenthesis or dash.
pub(crate) fn dateline_country(paragraph: &str, dict: &ActorDictionary) -> Option<String> {
    // "MANILA, Aug 29 -", "WASHINGTON (Reuters) -", "BEIRUT - ",
    // "Seoul (CNN) -".
    let end = [",", " (", " -", " \u{2014}", " \u{2013}"]
        .iter()
        .filter_map(|sep| paragraph.find(sep))
        .min()?;
    let head = paragraph.get(..end)?;
    let short = head.len() >= 3 && head.len() <= 30;
    let upper = head
        .chars()
        .all(|c| c.is_ascii_uppercase() || matches!(c, ' ' | '.' | '-' | '\''));
    // "Washington (CNN) -": a title-case place before an agency credit.
    let credited = paragraph[end..].starts_with(" (")
        && paragraph[end + 2..].find(')').is_some_and(|close| {
            close <= 12
                && paragraph[end + 2..end + 2 + close]
                    .chars()
                    .all(|c| c.is_ascii_uppercase())
        })
        && head
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    if !short || !(upper || credited) {
        return None;
    }
    // "KUWAIT CITY" is looked up as "Kuwait City".
    let name: String = head
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_string() + &chars.as_str().to_ascii_lowercase()
            })
        })
        .collect::<Vec<_>>()
        .join(" ");
    dict.seat_country(&name)
        .map(str::to_string)
        .or_else(|| dict.place(&name).and_then(|l| l.country))
}

/// The most named state: country names, demonyms and metonyms count twice,
/// organisations, cities and known people once, a wire dateline's city
/// six times, a headline's names three times over; ties go to the state
/// named first. `analyses` starts with the headline.
pub(crate) fn dominant_country(
    analyses: &[&Analysis<'_>],
    dict: &ActorDictionary,
    dateline: Option<String>,
) -> Option<String> {
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut order = 0;
    if let Some(code) = dateline.as_deref() {
        order += 1;
        counts.insert(code, (DATELINE_WEIGHT, order));
    }
    for (n, a) in analyses.iter().enumerate() {
        // The headline (first) names what the story is about.
        let headline_boost = if n == 0 { HEADLINE_BOOST } else { 1 };
        for m in &a.matches {
            let e = dict.entry_for_pattern(m.pattern);
            // Names of states weigh more than organisations and cities.
            // A transnational group's base country is not the story's.
            if placed_by_sentence(e) {
                continue;
            }
            // "the Iraq war", "Iraq-related costs" label a war or a topic,
            // not where the story happens.
            let next = (m.tok_end < a.len()).then(|| a.tok(m.tok_end));
            let after = (m.tok_end + 1 < a.len()).then(|| a.tok(m.tok_end + 1));
            if matches!(next, Some("war" | "War"))
                || (next == Some("-") && after == Some("related"))
            {
                continue;
            }
            let weight = match e.kind {
                EntryKind::Country | EntryKind::Norp | EntryKind::Seat => 2,
                EntryKind::Org | EntryKind::City | EntryKind::Person => 1,
                _ => continue,
            };
            let Some(code) = e.code.as_deref() else {
                continue;
            };
            if !is_iso_country(code) {
                continue;
            }
            order += 1;
            let c = counts.entry(code).or_insert((0, order));
            c.0 += weight * headline_boost;
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map(|(c, _)| c.to_string())
}

/// Whether a capital or seat at tokens `s..e` stands for its state.
pub(crate) fn metonym_is_actor(a: &Analysis<'_>, s: usize, e: usize, entry: &Entry) -> bool {
    let prev = (s > 0 && a.sentence[s - 1] == a.sentence[s]).then(|| a.tok(s - 1));
    let prev_word = prev.unwrap_or("");
    let prev2 = if s > 1 { a.tok(s - 2) } else { "" };
    let verb_next = e < a.len() && a.is_lower_word(e) && {
        let w = a.tok(e);
        !NOT_VERBS.contains(&w) && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with('s'))
    };
    if verb_next && matches!(prev_word, "to" | "from") {
        return true;
    }
    if PLACE_PREPOSITIONS.contains(&prev_word)
        || (prev_word == "the" && PLACE_PREPOSITIONS.contains(&prev2))
    {
        return false;
    }
    if a.is_possessive(e) {
        return e + 1 < a.len() && !a.is_capitalised(e + 1);
    }
    // "Ankara, which has close ties with ..., has refused": a seat opening
    // the sentence before an apposition or a relative clause is its subject.
    if a.sentence_initial(s) && a.is_punct(e, ",") {
        return true;
    }
    // Skip a parenthetical adverb: "Beijing, however, insists".
    let mut next = e;
    if a.is_punct(next, ",")
        && next + 2 < a.len()
        && a.is_lower_word(next + 1)
        && a.is_punct(next + 2, ",")
    {
        next += 3;
    }
    if next < a.len() && a.is_lower_word(next) && !NOT_VERBS.contains(&a.tok(next)) {
        return true;
    }
    if ACTOR_PREPOSITIONS.contains(&prev_word) {
        return true;
    }
    BUILDINGS.contains(&entry.name.as_str())
}

fn entry_actor(e: &Entry) -> Option<ActorRef> {
    e.code.as_ref().map(|code| ActorRef {
        code: code.clone(),
        sector: e.sector.clone(),
        name: e.name.clone(),
    })
}

/// One mention candidate from a dictionary match (before overlap resolution).
fn dictionary_candidate(
    a: &Analysis<'_>,
    m_index: usize,
    dict: &ActorDictionary,
    people: &People,
) -> Option<Candidate> {
    let m = a.matches[m_index];
    let e = dict.entry_for_pattern(m.pattern);
    let (kind, actor) = match e.kind {
        EntryKind::Country => (
            MentionKind::Country,
            e.code.as_ref().map(|c| ActorRef {
                code: c.clone(),
                sector: None,
                name: e.name.clone(),
            }),
        ),
        EntryKind::Norp => (
            MentionKind::Norp,
            e.code.as_ref().map(|c| ActorRef {
                code: org_code(a, m.tok_start, e, dict).unwrap_or_else(|| c.clone()),
                sector: None,
                name: e.name.clone(),
            }),
        ),
        EntryKind::Seat => {
            if metonym_is_actor(a, m.tok_start, m.tok_end, e) {
                (MentionKind::Country, entry_actor(e))
            } else {
                (MentionKind::Place, None)
            }
        }
        EntryKind::Org => (
            MentionKind::Org,
            entry_actor(e).map(|mut r| {
                if let Some(code) = org_code(a, m.tok_start, e, dict) {
                    r.code = code;
                }
                r
            }),
        ),
        EntryKind::Place | EntryKind::City => (MentionKind::Place, None),
        EntryKind::Person => (
            MentionKind::Person,
            entry_actor(e).map(|mut r| {
                r.name = e.name.clone();
                r
            }),
        ),
        EntryKind::Role => {
            // "said the spokesman": a definite role without a name.
            let lower = a.is_lower_word(m.tok_start);
            let definite = m.tok_start > 0 && matches!(a.tok(m.tok_start - 1), "the" | "The");
            let named_next = m.tok_end < a.len() && a.is_capitalised(m.tok_end);
            let phrase_next = m.tok_end < a.len()
                && matches!(a.tok(m.tok_end), "of" | "for" | "at" | "to" | "on" | "in");
            let apposition = m.tok_start > 1 && a.is_punct(m.tok_start - 2, ",");
            if !(lower && definite && !named_next && !phrase_next && !apposition) {
                return None;
            }
            let p = people.by_role_word(&a.text[m.start..m.end])?;
            (MentionKind::Person, person_actor(people, p))
        }
        EntryKind::Group => return None,
    };
    Some(Candidate {
        tok_start: m.tok_start,
        tok_end: m.tok_end,
        kind,
        actor,
        bytes: Some((m.start, m.end)),
    })
}

pub(crate) fn person_actor(people: &People, p: usize) -> Option<ActorRef> {
    let f = &people.found[p];
    f.person.country.as_ref().map(|c| ActorRef {
        code: c.clone(),
        sector: f.sector.clone(),
        name: f.person.name.clone(),
    })
}

/// "the ministry", "the Guards": the most recent organisation with that head.
fn org_short_refs(
    a: &Analysis<'_>,
    taken: &[bool],
    orgs_so_far: &[(String, Option<ActorRef>)],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (i, &is_taken) in taken.iter().enumerate().skip(1) {
        if is_taken || !a.is_word(i) || !matches!(a.tok(i - 1), "the" | "The") {
            continue;
        }
        let w = a.tok(i);
        if !matches!(
            w.to_lowercase().as_str(),
            "ministry"
                | "guards"
                | "army"
                | "navy"
                | "party"
                | "agency"
                | "council"
                | "commission"
                | "court"
                | "institute"
                | "bank"
                | "military"
        ) {
            continue;
        }
        // "the Ministry of Defence" names another body; "the Guards of
        // having ..." (after "accused") is the short reference.
        let of_name = i + 2 < a.len() && a.tok(i + 1) == "of" && a.is_capitalised(i + 2);
        if i + 1 < a.len() && (a.is_capitalised(i + 1) || of_name) {
            continue;
        }
        let head = w.to_lowercase();
        let target = orgs_so_far
            .iter()
            .rev()
            .find(|(name, _)| name.to_lowercase().contains(&head));
        if let Some((_, actor)) = target {
            out.push(Candidate {
                tok_start: i,
                tok_end: i + 1,
                kind: MentionKind::Org,
                actor: actor.clone(),
                bytes: None,
            });
        }
    }
    out
}

/// All mentions of one paragraph, non-overlapping, in text order.
#[allow(clippy::too_many_arguments)]
pub(crate) fn paragraph_mentions(
    a: &Analysis<'_>,
    paragraph: usize,
    dict: &ActorDictionary,
    people: &People,
    person_spans: &[PersonSpan],
    org_candidates: Vec<Candidate>,
    group_candidates: Vec<Candidate>,
    orgs_so_far: &mut Vec<(String, Option<ActorRef>)>,
) -> Vec<Mention> {
    let mut taken = vec![false; a.len()];
    let mut chosen: Vec<Candidate> = Vec::new();
    let place = |c: Candidate, taken: &mut Vec<bool>, chosen: &mut Vec<Candidate>| {
        if c.tok_start >= c.tok_end
            || c.tok_end > taken.len()
            || taken[c.tok_start..c.tok_end].iter().any(|t| *t)
        {
            return;
        }
        for t in &mut taken[c.tok_start..c.tok_end] {
            *t = true;
        }
        chosen.push(c);
    };
    for p in person_spans {
        place(
            Candidate {
                tok_start: p.tok_start,
                tok_end: p.tok_end,
                kind: MentionKind::Person,
                actor: person_actor(people, p.person),
                bytes: None,
            },
            &mut taken,
            &mut chosen,
        );
    }
    let dict_candidates: Vec<Candidate> = (0..a.matches.len())
        .filter_map(|m| dictionary_candidate(a, m, dict, people))
        .collect();
    // Named organisations outrank group nouns ("Revolutionary Guards" over "Guards").
    let (dict_orgs, dict_rest): (Vec<Candidate>, Vec<Candidate>) = dict_candidates
        .into_iter()
        .partition(|c| c.kind == MentionKind::Org || c.kind == MentionKind::Person);
    // An organisation the dictionary knows by its full name ("European
    // Union") keeps its entry; patterns find the ones it does not know.
    for c in org_candidates {
        let known = dict_orgs.iter().any(|d| {
            d.kind == MentionKind::Org && d.tok_start <= c.tok_start && c.tok_end <= d.tok_end
        });
        if !known {
            place(c, &mut taken, &mut chosen);
        }
    }
    for c in dict_orgs {
        place(c, &mut taken, &mut chosen);
    }
    for c in group_candidates {
        place(c, &mut taken, &mut chosen);
    }
    for c in dict_rest {
        place(c, &mut taken, &mut chosen);
    }
    chosen.sort_by_key(|c| c.tok_start);
    for c in &chosen {
        if c.kind == MentionKind::Org {
            let (s, e) = a.span(c.tok_start, c.tok_end);
            orgs_so_far.push((a.text[s..e].to_string(), c.actor.clone()));
        }
    }
    for c in org_short_refs(a, &taken, orgs_so_far) {
        place(c, &mut taken, &mut chosen);
    }
    chosen.sort_by_key(|c| c.tok_start);
    chosen
        .into_iter()
        .map(|c| {
            let (start, end) = c.bytes.unwrap_or_else(|| a.span(c.tok_start, c.tok_end));
            Mention {
                text: a.text[start..end].to_string(),
                kind: c.kind,
                paragraph,
                start,
                end,
                actor: c.actor,
            }
        })
        .collect()
}
