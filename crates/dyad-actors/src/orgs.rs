//! Patterns for organisations and groups that no list names: "the Iranian
//! foreign ministry", "Ministry of Foreign Affairs", "Royal Canadian Navy",
//! "X Party", "X Institute"; and group nouns with the country before them
//! ("Iranian students" -> IRN/EDU); "X-led" coalitions are X's, "X-backed"
//! groups are not X's; transnational groups are placed by their sentence.

use crate::data::{Entry, EntryKind};
use crate::detect::{has_country, Analysis, DictMatch, FastMap};
use crate::dictionary::ActorDictionary;
use dyad_core::{ActorRef, MentionKind};
use std::sync::OnceLock;

/// A mention candidate over tokens `tok_start..tok_end`.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub tok_start: usize,
    pub tok_end: usize,
    pub kind: MentionKind,
    pub actor: Option<ActorRef>,
    /// Byte span when it differs from the tokens' ("China" in "Russia-China").
    pub bytes: Option<(usize, usize)>,
}

/// Capitalised heads of organisation names and their sector.
const ORG_HEADS: &[(&str, &str)] = &[
    ("Ministry", "GOV"),
    ("Government", "GOV"),
    ("Department", "GOV"),
    ("Office", "GOV"),
    ("Council", "GOV"),
    ("Commission", "GOV"),
    ("Committee", "GOV"),
    ("Authority", "GOV"),
    ("Agency", "GOV"),
    ("Service", "GOV"),
    ("Cabinet", "GOV"),
    ("Navy", "MIL"),
    ("Army", "MIL"),
    ("Force", "MIL"),
    ("Forces", "MIL"),
    ("Guards", "MIL"),
    ("Guard", "MIL"),
    ("Corps", "MIL"),
    ("Command", "MIL"),
    ("Marines", "MIL"),
    ("Brigades", "REB"),
    ("Brigade", "MIL"),
    ("Militia", "REB"),
    ("Party", "PTY"),
    ("Front", "OPP"),
    ("Movement", "OPP"),
    ("Institute", "EDU"),
    ("Institution", "EDU"),
    ("University", "EDU"),
    ("Foundation", "EDU"),
    ("Center", "EDU"),
    ("Centre", "EDU"),
    ("Court", "JUD"),
    ("Tribunal", "JUD"),
    ("Parliament", "LEG"),
    ("Assembly", "LEG"),
    ("Congress", "LEG"),
    ("Senate", "LEG"),
    ("Police", "COP"),
    ("Bank", "BUS"),
    ("Union", "LAB"),
    ("Association", "CVL"),
    ("Organization", "CVL"),
    ("Organisation", "CVL"),
];

/// The sector an organisation head implies ("Navy" -> MIL).
fn org_head_sector(word: &str) -> Option<&'static str> {
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    static HEADS: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    HEADS
        .get_or_init(|| ORG_HEADS.iter().copied().collect())
        .get(word)
        .copied()
}

/// Lower-case words that name a ministry's field.
const MINISTRY_FIELDS: &[&str] = &[
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "economy",
    "health",
    "justice",
    "intelligence",
    "oil",
    "energy",
    "trade",
    "commerce",
    "education",
    "information",
    "culture",
    "agriculture",
    "labour",
    "labor",
    "transport",
    "industry",
    "environment",
    "emergencies",
    "emergency",
    "security",
    "home",
    "war",
    "petroleum",
];

fn iso_code(code: &str) -> bool {
    code.len() == 3
        && code.chars().all(|c| c.is_ascii_uppercase())
        && !matches!(code, "UNO" | "IGO" | "EUR" | "WST" | "NGO" | "MNC")
}

/// The country a possessive right before token `i` names ("Iran's").
fn possessive_country(a: &Analysis<'_>, i: usize, dict: &ActorDictionary) -> Option<String> {
    if i < 2 || !a.is_possessive(i - 1) {
        return None;
    }
    let (_, e) = a.match_at(i - 2, dict)?;
    (has_country(e) && e.kind != EntryKind::Person)
        .then(|| e.code.clone())
        .flatten()
}

fn first_country(a: &Analysis<'_>, s: usize, e: usize, dict: &ActorDictionary) -> Option<String> {
    (s..e).find_map(|k| {
        let (_, en) = a.match_at(k, dict)?;
        (has_country(en)
            && matches!(
                en.kind,
                EntryKind::Country | EntryKind::Norp | EntryKind::Seat | EntryKind::City
            ))
        .then(|| en.code.clone())
        .flatten()
    })
}

fn actor(code: Option<String>, sector: &str, name: &str) -> Option<ActorRef> {
    code.map(|code| ActorRef {
        code,
        sector: Some(sector.to_string()),
        name: name.to_string(),
    })
}

/// Organisation names built from a head word.
pub(crate) fn org_patterns(
    a: &Analysis<'_>,
    dict: &ActorDictionary,
    dominant: Option<&str>,
) -> Vec<Candidate> {
    // "the Saudi-led military coalition" before "Saudi military".
    let mut out: Vec<Candidate> = led_coalitions(a, dict);
    let n = a.len();
    let mut h = 0;
    while h < n {
        if !a.is_word(h) {
            h += 1;
            continue;
        }
        // A named organisation ending in a head may be part of a longer name
        // ("Liberal Democratic Party"); otherwise it stands as listed.
        let mut base = h;
        if let Some((m, e)) = a.match_at(h, dict) {
            let dm = a.matches[m];
            let head = dm.tok_end - 1;
            let extendable = e.kind == EntryKind::Org
                && org_head_sector(a.tok(head)).is_some()
                && dm.tok_start > 0
                && a.is_capitalised(dm.tok_start - 1)
                && a.match_at(dm.tok_start - 1, dict).is_none()
                && !a.sentence_initial(dm.tok_start - 1);
            // "Soviet Union": a head word inside a state's name heads nothing.
            let inside_state = matches!(e.kind, EntryKind::Country | EntryKind::Seat)
                && dm.tok_end - dm.tok_start > 1;
            if (e.kind == EntryKind::Org && !extendable) || inside_state {
                h = dm.tok_end;
                continue;
            }
            if extendable {
                base = dm.tok_start;
                h = head;
            }
        }
        let w = a.tok(h);
        let sentence = a.sentence[h];
        if let Some(sector) = org_head_sector(w) {
            // Left: capitalised words, demonyms, country names.
            let mut s = base;
            while s > 0 && a.sentence[s - 1] == sentence {
                let k = s - 1;
                if let Some((m, e)) = a.match_at(k, dict) {
                    if matches!(
                        e.kind,
                        EntryKind::Norp | EntryKind::Country | EntryKind::City | EntryKind::Seat
                    ) {
                        s = a.matches[m].tok_start;
                        continue;
                    }
                    break;
                }
                if a.is_capitalised(k)
                    && !a.sentence_initial(k)
                    && !matches!(a.tok(k), "The" | "A" | "An")
                {
                    s = k;
                    continue;
                }
                if a.is_capitalised(k)
                    && a.sentence_initial(k)
                    && !matches!(a.tok(k), "The" | "A" | "An" | "In" | "On" | "At")
                {
                    s = k;
                }
                break;
            }
            // Right: "of Foreign Affairs", "of Iran".
            let mut e = h + 1;
            let linker = e < n
                && (a.tok(e) == "of"
                    || (matches!(a.tok(e), "for" | "on")
                        && matches!(
                            w,
                            "Institute"
                                | "Institution"
                                | "Center"
                                | "Centre"
                                | "Council"
                                | "Foundation"
                                | "Committee"
                                | "Commission"
                                | "Agency"
                                | "Office"
                        )));
            if e + 1 < n
                && linker
                && (a.is_capitalised(e + 1) || (a.tok(e + 1) == "the" && a.is_capitalised(e + 2)))
            {
                let mut k = e + 1;
                if a.tok(k) == "the" {
                    k += 1;
                }
                while k < n
                    && a.sentence[k] == sentence
                    && (a.is_capitalised(k) || (a.tok(k) == "and" && a.is_capitalised(k + 1)))
                {
                    k += 1;
                }
                e = k;
            }
            if s == h && e == h + 1 {
                h += 1;
                continue;
            }
            let name = &a.text[a.tokens[s].start..a.tokens[e - 1].end];
            let country = first_country(a, s, e, dict)
                .or_else(|| possessive_country(a, s, dict))
                .or_else(|| dominant.map(str::to_string));
            let sector = if w == "Bank" && name.contains("Central") {
                "GOV"
            } else {
                sector
            };
            out.push(Candidate {
                tok_start: s,
                tok_end: e,
                kind: MentionKind::Org,
                actor: actor(country, sector, name),
                bytes: None,
            });
            h = e;
            continue;
        }
        if matches!(
            w,
            "ministry" | "ministries" | "government" | "military" | "army" | "navy"
        ) {
            let mut s = h;
            let mut has_modifier = false;
            while s > 0 && a.sentence[s - 1] == sentence {
                let k = s - 1;
                if w == "ministry" && MINISTRY_FIELDS.contains(&a.tok(k).to_lowercase().as_str()) {
                    s = k;
                    has_modifier = true;
                    continue;
                }
                if let Some((m, e)) = a.match_at(k, dict) {
                    if matches!(e.kind, EntryKind::Norp | EntryKind::Country) {
                        s = a.matches[m].tok_start;
                        has_modifier = true;
                    }
                }
                break;
            }
            let poss = possessive_country(a, s, dict);
            if has_modifier || poss.is_some() {
                let name = &a.text[a.tokens[s].start..a.tokens[h].end];
                let country = first_country(a, s, h + 1, dict)
                    .or(poss)
                    .or_else(|| dominant.map(str::to_string));
                let sector = if matches!(w, "military" | "army" | "navy") {
                    "MIL"
                } else {
                    "GOV"
                };
                out.push(Candidate {
                    tok_start: s,
                    tok_end: h + 1,
                    kind: MentionKind::Org,
                    actor: actor(country, sector, name),
                    bytes: None,
                });
            }
        }
        h += 1;
    }
    out
}

/// Organisations without a fixed country ("Islamic State", "al-Qaeda"),
/// by canonical name: placed where their sentence puts them ("Islamic
/// State fighters in Syria"), else at the base country of their entry.
const PLACED_BY_SENTENCE: &[&str] = &["Islamic State", "al-Qaeda", "AQIM", "Kurds"];

/// Whether an entry's country comes from the sentence it is named in:
/// transnational groups, and peoples without a state of their own ("Kurdish
/// militants in northeastern Syria").
pub(crate) fn placed_by_sentence(e: &Entry) -> bool {
    matches!(e.kind, EntryKind::Org | EntryKind::Norp)
        && PLACED_BY_SENTENCE.contains(&e.name.as_str())
}

/// The code of an organisation matched at token `at`: the sentence's
/// country for a transnational group, else the entry's own code.
pub(crate) fn org_code(
    a: &Analysis<'_>,
    at: usize,
    e: &Entry,
    dict: &ActorDictionary,
) -> Option<String> {
    if placed_by_sentence(e) {
        if let Some(place) = sentence_place(a, at, dict).filter(|c| iso_code(c)) {
            return Some(place);
        }
    }
    e.code.clone()
}

/// The participle joined by a hyphen to dictionary match `m` ("led" in
/// "Saudi-led", "backed" in "U.S.-backed") and the token after it.
fn hyphen_participle<'t>(a: &Analysis<'t>, m: &DictMatch) -> Option<(&'t str, usize)> {
    let last = a.tokens[m.tok_end - 1];
    // "Saudi-led": the match ends inside its token, at a hyphen.
    if m.end < last.end {
        return a.text[m.end..last.end]
            .strip_prefix('-')
            .map(|rest| (rest, m.tok_end));
    }
    // "U.S.-led": the hyphen is a token of its own.
    let glued = |i: usize| i < a.len() && a.tokens[i].start == a.tokens[i - 1].end;
    (a.is_punct(m.tok_end, "-")
        && glued(m.tok_end)
        && glued(m.tok_end + 1)
        && a.is_lower_word(m.tok_end + 1))
    .then(|| (a.tok(m.tok_end + 1), m.tok_end + 2))
}

/// Participles after which the named actor is a backer, not the group's
/// own country ("Russian-backed separatists").
const BACKER_PARTICIPLES: &[&str] = &[
    "backed",
    "sponsored",
    "supported",
    "funded",
    "armed",
    "trained",
    "allied",
    "aligned",
];

/// Nouns a "X-led" modifier makes X's own military action ("the Saudi-led
/// coalition", "a NATO-led mission"); troops and forces are group nouns.
const LED_HEADS: &[&str] = &[
    "coalition",
    "alliance",
    "operation",
    "operations",
    "mission",
    "intervention",
    "blockade",
    "campaign",
    "invasion",
    "offensive",
];

/// Words that may stand between "X-led" and its noun ("the Saudi-led
/// military coalition", "the US-led international coalition").
fn is_led_adjective(word: &str) -> bool {
    word.starts_with("anti-")
        || matches!(
            word,
            "military"
                | "international"
                | "multinational"
                | "naval"
                | "air"
                | "global"
                | "regional"
        )
}

/// "the Saudi-led coalition", "U.S.-led operation": the leader's military.
fn led_coalitions(a: &Analysis<'_>, dict: &ActorDictionary) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in &a.matches {
        let e = dict.entry_for_pattern(m.pattern);
        // "a Labour-led coalition" is a government, not a military one.
        if !has_country(e) || e.kind == EntryKind::Person || e.sector.as_deref() == Some("PTY") {
            continue;
        }
        let Some(("led", mut k)) = hyphen_participle(a, m) else {
            continue;
        };
        let mut skipped = 0;
        while skipped < 2
            && k < a.len()
            && ((a.is_lower_word(k) && is_led_adjective(a.tok(k)))
                || a.match_at(k, dict)
                    .is_some_and(|(_, x)| x.kind == EntryKind::Norp))
        {
            k = a
                .match_at(k, dict)
                .map_or(k + 1, |(pm, _)| a.matches[pm].tok_end);
            skipped += 1;
        }
        if k < a.len() && a.is_lower_word(k) && LED_HEADS.contains(&a.tok(k)) {
            let name = &a.text[a.tokens[m.tok_start].start..a.tokens[k].end];
            out.push(Candidate {
                tok_start: m.tok_start,
                tok_end: k + 1,
                kind: MentionKind::Org,
                // "a Houthi-led offensive" stays the rebels'.
                actor: actor(
                    e.code.clone(),
                    if e.sector.as_deref() == Some("REB") {
                        "REB"
                    } else {
                        "MIL"
                    },
                    name,
                ),
                bytes: None,
            });
        }
    }
    out
}

/// Group nouns, with the country named right before them when there is one.
pub(crate) fn groups(
    a: &Analysis<'_>,
    dict: &ActorDictionary,
    dominant: Option<&str>,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in &a.matches {
        let e = dict.entry_for_pattern(m.pattern);
        if e.kind != EntryKind::Group {
            continue;
        }
        let Some(sector) = e.sector.as_deref() else {
            continue;
        };
        // "opposition leaders", "Opposition lawmakers": the opposition's
        // members, not the state's.
        let opposition =
            m.tok_start > 0 && a.tok(m.tok_start - 1).eq_ignore_ascii_case("opposition");
        let sector = if opposition && matches!(sector, "GOV" | "LEG") {
            "OPP"
        } else {
            sector
        };
        let mut start = m.tok_start;
        // "Mr Blair's government": a known office-holder's country.
        let office_holder = |at: usize| {
            a.match_at(at, dict)
                .filter(|(_, e)| e.kind == EntryKind::Person && has_country(e))
                .and_then(|(_, e)| e.code.clone())
        };
        // "Mr Blair's government", "the Reagan administration".
        let mut country = possessive_country(a, start, dict)
            .or_else(|| {
                (start >= 2 && a.is_possessive(start - 1))
                    .then(|| office_holder(start - 2))
                    .flatten()
            })
            .or_else(|| (start >= 1).then(|| office_holder(start - 1)).flatten());
        // "Iranian students", "Iranian university students", "Iranian and US officials".
        let mut k = m.tok_start;
        let mut skipped = 0;
        // "Russian-backed separatists": the backer is not the group's country.
        let mut backed = false;
        while country.is_none() && k > 0 && skipped < 2 {
            let prev = k - 1;
            // "U.S.-backed rebels": the participle is a token of its own.
            if BACKER_PARTICIPLES.contains(&a.tok(prev)) && prev > 0 && a.is_punct(prev - 1, "-") {
                backed = true;
                break;
            }
            if let Some((pm, pe)) = a.match_at(prev, dict) {
                let dm = &a.matches[pm];
                // "pro-Russian separatists", "anti-American protesters" are not
                // Russian or American either.
                let prefix = &a.text[a.tokens[dm.tok_start].start..dm.start];
                let pro_or_anti =
                    prefix.eq_ignore_ascii_case("pro-") || prefix.eq_ignore_ascii_case("anti-");
                if pro_or_anti
                    || (dm.tok_end == k
                        && hyphen_participle(a, dm).is_some_and(|(p, after)| {
                            after == k && BACKER_PARTICIPLES.contains(&p)
                        }))
                {
                    backed = true;
                    break;
                }
                // "Iranian students", "G8 ministers", "NATO troops".
                if matches!(
                    pe.kind,
                    EntryKind::Norp | EntryKind::Country | EntryKind::Seat | EntryKind::Org
                ) && has_country(pe)
                {
                    country = if pe.kind == EntryKind::Org || placed_by_sentence(pe) {
                        org_code(a, prev, pe, dict)
                    } else {
                        pe.code.clone()
                    };
                    // An organisation stays its own mention; the group
                    // only takes its code.
                    if pe.kind != EntryKind::Org {
                        start = a.matches[pm].tok_start;
                    }
                } else if pe.kind == EntryKind::Group && dm.tok_end == k {
                    // "Mali's military government": the possessor of the
                    // group word before.
                    country = possessive_country(a, dm.tok_start, dict);
                }
                break;
            }
            if a.is_lower_word(prev) && is_group_adjective(a.tok(prev)) {
                k = prev;
                skipped += 1;
                continue;
            }
            break;
        }
        // "the government of Bashar al-Assad", "the army of Myanmar": the
        // state or leader named right after "of".
        if country.is_none() && m.tok_end + 1 < a.len() && a.tok(m.tok_end) == "of" {
            let mut k = m.tok_end + 1;
            if a.tok(k).eq_ignore_ascii_case("the") {
                k += 1;
            }
            country = a
                .match_at(k, dict)
                .filter(|(pm, pe)| {
                    a.matches[*pm].tok_start == k
                        && matches!(
                            pe.kind,
                            EntryKind::Country | EntryKind::Person | EntryKind::Seat
                        )
                        && has_country(pe)
                })
                .and_then(|(_, pe)| pe.code.clone());
        }
        // "creditor banks", "multinationals": business of no one state,
        // unless one is named with it ("Japanese banks").
        if country.is_none() && e.code.as_deref() == Some("MNC") {
            country = e.code.clone();
        }
        if country.is_some()
            && start == m.tok_start
            && possessive_country(a, m.tok_start, dict).is_some()
        {
            start = m.tok_start;
        }
        // "protesters rallied outside the US embassy in Baghdad": people
        // are where the sentence puts them. State bodies are not ("US
        // troops in Baghdad").
        let civilian = !matches!(
            sector,
            "GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG" | "REB"
        );
        // Police and rebels with no stated nationality are local too ("In
        // Colombo, police detained ...", "rebels in eastern Congo").
        let local = matches!(sector, "COP" | "REB");
        let country = country.or_else(|| {
            (civilian || backed || local)
                .then(|| sentence_place(a, m.tok_start, dict))
                .flatten()
        });
        let country = country.or_else(|| dominant.filter(|c| iso_code(c)).map(str::to_string));
        let name = &a.text[a.tokens[start].start..m.end];
        out.push(Candidate {
            tok_start: start,
            tok_end: m.tok_end,
            kind: MentionKind::Group,
            actor: actor(country, sector, name),
            bytes: None,
        });
    }
    out
}

/// The country of the city or place named after "in", "at", "outside" or
/// "near" in the sentence of token `at`: the first after `at`, else the
/// first before it ("Speaking in Kabul, he said fighters in Syria ...").
fn sentence_place(a: &Analysis<'_>, at: usize, dict: &ActorDictionary) -> Option<String> {
    let sentence = a.sentence[at];
    let locative = |i: usize| {
        ["in", "at", "outside", "near", "across"]
            .iter()
            .any(|w| a.tok(i).eq_ignore_ascii_case(w))
    };
    let place_code = |m: &DictMatch| {
        let e = dict.entry_for_pattern(m.pattern);
        let s = m.tok_start;
        // "in Syria", "in eastern Ukraine".
        let located = s > 0
            && a.sentence[s] == sentence
            && (locative(s - 1)
                || (s > 1 && is_compass_adjective(a.tok(s - 1)) && locative(s - 2)));
        (located
            && matches!(
                e.kind,
                EntryKind::City | EntryKind::Place | EntryKind::Seat | EntryKind::Country
            )
            && has_country(e))
        .then(|| e.code.clone())
        .flatten()
    };
    let (after, before): (Vec<&DictMatch>, Vec<&DictMatch>) =
        a.matches.iter().partition(|m| m.tok_start >= at);
    after
        .into_iter()
        .find_map(place_code)
        .or_else(|| before.into_iter().find_map(place_code))
}

/// "eastern" in "in eastern Ukraine".
fn is_compass_adjective(word: &str) -> bool {
    matches!(
        word.trim_start_matches("north")
            .trim_start_matches("south")
            .trim_start_matches('-'),
        "ern" | "eastern" | "western" | "central"
    ) || word == "central"
}

/// Words that may stand between a demonym and a group noun ("Iranian
/// university students", "Syrian anti-government protesters").
fn is_group_adjective(word: &str) -> bool {
    word.contains('-')
        || word.ends_with("al")
        || word.ends_with("ian")
        || matches!(
            word,
            "university"
                | "college"
                | "school"
                | "state"
                | "young"
                | "female"
                | "male"
                | "armed"
                | "foreign"
                | "senior"
                | "top"
                | "former"
                | "ordinary"
                | "angry"
                | "striking"
                | "unarmed"
                | "hardline"
                | "rebel"
                | "security"
                | "government"
                | "army"
                | "border"
                | "coast"
                | "riot"
                | "health"
                | "aid"
                | "factory"
                | "oil"
                | "steel"
                | "bazaar"
                | "opposition"
                | "democracy"
                | "trade"
        )
}

pub(crate) fn is_iso_country(code: &str) -> bool {
    iso_code(code)
}
