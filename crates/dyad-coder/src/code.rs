//! Coding events: trigger matching in each sentence, then source, target,
//! negation and certainty from the clause around the trigger.

use std::collections::HashSet;

use dyad_actors::ActorDictionary;
use dyad_core::{Article, Certainty, Event, EventParty, EventType, Mention, MentionKind};

use crate::anaphora::add_definite_parties;
use crate::cameo::cameo_info;
use crate::clause::{
    is_participle, is_state_body, is_state_code, parties, Clause, Party, Speaker, DETERMINERS,
    SPEECH_VERBS,
};
use crate::lexicon::{EventLexicon, PatternToken, Rule};
use crate::pairs::{self, PairRecord};
use crate::sentences::sentences;
use crate::tokens::{tokenize, Token};

/// A trigger found in a sentence.
#[derive(Debug, Clone)]
struct TriggerMatch {
    rule: usize,
    start: usize,
    end: usize,
    /// The party matched by the pattern's `X`.
    slot: Option<usize>,
    /// Where the next trigger of the sentence starts: the target lies before.
    next_start: usize,
}

/// The events coded before a trigger, this sentence's first: what a reaction
/// or an act with no object refers back to.
#[derive(Clone, Copy)]
struct ActsBefore<'e> {
    this_sentence: &'e [Event],
    earlier: &'e [Event],
}

impl<'e> ActsBefore<'e> {
    /// Latest first.
    fn iter(self) -> impl Iterator<Item = &'e Event> {
        self.this_sentence
            .iter()
            .rev()
            .chain(self.earlier.iter().rev())
    }

    /// The latest act, if it is in `paragraph` or the one before.
    fn latest_near(self, paragraph: usize) -> Option<&'e Event> {
        self.this_sentence
            .last()
            .or(self.earlier.last())
            .filter(|e| e.paragraph + 1 >= paragraph)
    }
}

/// What the coder remembers across the sentences of one article.
#[derive(Default)]
struct ArticleState {
    last_person: Option<EventParty>,
    last_actor: Option<EventParty>,
    /// The first two states of the latest sentence that named two: what
    /// "both countries" next refers to.
    last_pair: Option<([String; 2], usize)>,
    /// Acts named with their author ("the Paris Club offer", "Russia
    /// accused ...", "proposed by Egypt"), latest last, with their
    /// paragraph: what "the offer" or "the allegations" later refer to.
    named_acts: Vec<(&'static str, EventParty, usize)>,
    /// The state the article names most (see `focus_state`): what acts
    /// aimed at no one named are aimed at.
    focus: Option<String>,
}

/// `codes` from the most frequent to the least, ties in the order first seen.
fn ranked<'a>(codes: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for code in codes {
        match counts.iter_mut().find(|(c, _)| *c == code) {
            Some((_, n)) => *n += 1,
            None => counts.push((code, 1)),
        }
    }
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    counts.into_iter().map(|(c, _)| c.to_string()).collect()
}

/// The most frequent of `codes`, ties to the first seen.
fn most_frequent<'a>(codes: impl Iterator<Item = &'a str>) -> Option<String> {
    ranked(codes).into_iter().next()
}

/// The codes of the actors `mentions` name (people, bodies, groups; not
/// places).
fn actor_codes(mentions: &[Mention]) -> impl Iterator<Item = &str> {
    mentions
        .iter()
        .filter(|m| m.kind != MentionKind::Place)
        .filter_map(|m| m.actor.as_ref())
        .map(|a| a.code.as_str())
}

/// The state `mentions` name most often (its name, people, bodies and
/// groups; not its places), ties to the first named.
fn focus_state(mentions: &[Mention]) -> Option<String> {
    most_frequent(actor_codes(mentions).filter(|c| is_state_code(c)))
}

/// Code the events of `article`: fills `article.events` (replacing any) with
/// the rules' events from every sentence, in text order, then the pair
/// model's, in text order.
///
/// After the rules, the pair model (`crate::pairs`) may code actor pairs of
/// a sentence that the rules left uncoded; its events go last and never
/// feed the rules' context. `pair_records`, when given, receives every
/// candidate pair with its features.
pub fn code_events(
    article: &mut Article,
    lexicon: &EventLexicon,
    actors: &ActorDictionary,
    mut pair_records: Option<&mut Vec<PairRecord>>,
) {
    let model = pairs::builtin_model();
    let ranked = ranked(actor_codes(&article.mentions));
    let mut model_events: Vec<Event> = Vec::new();
    let mut state = ArticleState {
        focus: focus_state(&article.mentions),
        ..ArticleState::default()
    };
    let mut events: Vec<Event> = Vec::new();
    // The parties of the sentences before, latest last: what "the bloc" or
    // "the kingdom" describe.
    let mut history: Vec<Party> = Vec::new();
    for (p, paragraph) in article.paragraphs.iter().enumerate() {
        let mentions: Vec<&Mention> = article
            .mentions
            .iter()
            .filter(|m| m.paragraph == p)
            .collect();
        let units: Vec<(std::ops::Range<usize>, Vec<Token>)> = sentences(paragraph)
            .into_iter()
            .map(|range| {
                let tokens = tokenize(paragraph, range.clone());
                (range, tokens)
            })
            .collect();
        let mut unit_parties: Vec<Vec<Party>> = Vec::with_capacity(units.len());
        for (range, tokens) in &units {
            let mut found = parties(paragraph, &mentions, tokens, range, &|name| {
                if let Some(code) = actors.seat_country(name) {
                    return Some((code.to_string(), true));
                }
                actors
                    .place(name)
                    .and_then(|l| l.country)
                    .map(|c| (c, false))
            });
            add_definite_parties(paragraph, tokens, &mut found, &history);
            history.extend(found.iter().cloned());
            unit_parties.push(found);
        }
        if history.len() > 200 {
            history.drain(..history.len() - 100);
        }
        // In a paragraph with quotes, the attribution of one sentence ("...,"
        // she said) speaks for the quoted sentences around it.
        let quoted = paragraph.contains(['"', '\u{201c}', '\u{201d}']);
        let paragraph_speaker = if quoted {
            units
                .iter()
                .zip(&unit_parties)
                .find_map(|((_, tokens), parties)| {
                    let clause = Clause { tokens, parties };
                    resolve_speaker(clause.speaker()?, parties, &state)
                })
        } else {
            None
        };
        for ((range, tokens), parties) in units.iter().zip(&unit_parties) {
            let sentence = &paragraph[range.clone()];
            let clause = Clause { tokens, parties };
            let coder = SentenceCoder {
                clause: &clause,
                lexicon,
                actors,
                state: &state,
                sentence,
                paragraph: p,
                paragraph_speaker: paragraph_speaker.as_ref(),
            };
            let matches = coder.triggers();
            let triggers: Vec<(usize, EventType)> = matches
                .iter()
                .map(|m| (m.start, lexicon.rules[m.rule].event_type))
                .collect();
            let coded = coder.code(&events, matches);
            if pairs::enabled(model) || pair_records.is_some() {
                let speaker = coder.speaker();
                let coded_pairs: Vec<(String, String, EventType)> = coded
                    .iter()
                    .map(|e| (e.source.code.clone(), e.target.code.clone(), e.event_type))
                    .collect();
                let input = pairs::PairInput {
                    tokens,
                    parties,
                    speaker: speaker.as_ref(),
                    focus: state.focus.as_deref(),
                    triggers: &triggers,
                    coded: &coded_pairs,
                    ranked: &ranked,
                    paragraph: p,
                };
                // Kept as text only to print them for training.
                let scoring = pair_records.is_none().then_some(model);
                let (mut shared, found) = pairs::candidates(&input, scoring);
                let shared_scores = model.scores(shared.take_indices(model));
                for mut candidate in found {
                    if let Some(records) = pair_records.as_deref_mut() {
                        let mut features = shared.text.clone();
                        features.extend(candidate.features.text.iter().cloned());
                        features.sort();
                        features.dedup();
                        records.push(PairRecord {
                            paragraph: p,
                            sentence: sentence.to_string(),
                            source: candidate.source.code.clone(),
                            target: candidate.target.code.clone(),
                            features,
                        });
                    }
                    if let Some((event_type, confidence)) =
                        model.classify(&shared_scores, candidate.features.take_indices(model))
                    {
                        model_events.push(pairs::model_event(
                            candidate, event_type, confidence, p, sentence,
                        ));
                    }
                }
            }
            events.extend(coded);
            remember(&mut state, parties, p);
            remember_acts(&mut state, tokens, parties, p);
        }
    }
    // The model's events, unless the rules coded the same dyad and type.
    for event in model_events {
        let known = events.iter().any(|e| {
            e.event_type == event.event_type
                && e.source.code == event.source.code
                && e.target.code == event.target.code
        });
        if !known {
            events.push(event);
        }
    }
    article.events = events;
}

fn remember(state: &mut ArticleState, parties: &[Party], paragraph: usize) {
    if let Some(person) = parties.iter().rev().find(|p| p.kind == MentionKind::Person) {
        state.last_person = Some(person.event_party());
    }
    if let Some(pair) = state_pair(parties) {
        state.last_pair = Some((pair, paragraph));
    }
    // "It" is an agent: not a demonym, not a place ("visiting the West
    // Bank"), not the news agency that reports ("The state-run press agency
    // said ... It accused Doha").
    if let Some(first) = parties.iter().find(|p| {
        !matches!(p.kind, MentionKind::Norp | MentionKind::Place)
            && p.actor.sector.as_deref() != Some("JRN")
    }) {
        state.last_actor = Some(first.event_party());
    }
}

/// Record the acts this sentence names with their author: an actor right
/// before an act word ("the Paris Club offer", "Russia has accused") or
/// after "by" ("the plan proposed by Egypt").
fn remember_acts(state: &mut ArticleState, tokens: &[Token], parties: &[Party], paragraph: usize) {
    const SKIP: &[&str] = &[
        "'s",
        "has",
        "had",
        "have",
        "also",
        "earlier",
        "formally",
        "officially",
        "publicly",
        "repeatedly",
        "recently",
        "first",
        "its",
        "their",
        "his",
        "her",
        "a",
        "an",
        "the",
        "new",
        "latest",
        "which",
        "who",
        "then",
        "had",
        "made",
        "issued",
        "put",
        "forward",
        "unanimously",
        "adopted",
        "passed",
        "approved",
    ];
    let author = |p: &Party| {
        !matches!(p.kind, MentionKind::Place | MentionKind::Norp)
            && !apolitical(&p.actor.code, p.actor.sector.as_deref())
    };
    for (i, party) in parties.iter().enumerate().filter(|(_, p)| author(p)) {
        let next_party = parties.get(i + 1).map_or(tokens.len(), |p| p.tok_start);
        let act = tokens[party.tok_end..next_party.min(tokens.len())]
            .iter()
            .take(4)
            .find(|t| !SKIP.contains(&t.norm.as_str()))
            .and_then(|t| act_key(&t.norm));
        if let Some(key) = act {
            state.named_acts.push((key, party.event_party(), paragraph));
        }
        let by = party.tok_start.checked_sub(2).and_then(|k| {
            (tokens.get(k + 1).is_some_and(|t| t.norm == "by"))
                .then(|| act_key(&tokens[k].norm))
                .flatten()
        });
        if let Some(key) = by {
            state.named_acts.push((key, party.event_party(), paragraph));
        }
    }
    let excess = state.named_acts.len().saturating_sub(32);
    state.named_acts.drain(..excess);
}

/// The two sides of the latest attack between two states: who "both
/// sides" or "all sides" of a conflict are.
fn latest_fight(acts: ActsBefore<'_>) -> Option<[String; 2]> {
    acts.iter()
        .find(|e| e.event_type == EventType::Assault && e.source.code != e.target.code)
        .map(|e| [e.source.code.clone(), e.target.code.clone()])
}

/// The two states of the latest talks or agreement among `acts` (latest
/// first).
fn latest_talks<'e>(mut acts: impl Iterator<Item = &'e Event>) -> Option<[String; 2]> {
    acts.find(|e| {
        matches!(e.event_type, EventType::Consult | EventType::Agree)
            && e.source.code != e.target.code
            && is_state_code(&e.source.code)
            && is_state_code(&e.target.code)
    })
    .map(|e| [e.source.code.clone(), e.target.code.clone()])
}

/// A straight or curly quotation mark token.
fn is_quote_mark(token: &str) -> bool {
    matches!(token, "\"" | "\u{201c}" | "\u{201d}")
}

/// Every source with every target of another country.
fn cross_pairs(
    sources: &[EventParty],
    targets: &[EventParty],
    confidence: f32,
) -> Vec<(EventParty, EventParty, f32)> {
    sources
        .iter()
        .flat_map(|s| {
            targets
                .iter()
                .filter(|t| t.code != s.code)
                .map(|t| (s.clone(), t.clone(), confidence))
        })
        .collect()
}

/// The event type a noun for an act names, when it names one type:
/// "the strike" is an attack, "the sanctions" are sanctions.
fn act_noun_type(noun: &str) -> Option<EventType> {
    Some(match noun {
        "strike" | "strikes" | "attack" | "attacks" | "raid" | "raids" | "bombing"
        | "offensive" | "shelling" | "invasion" | "killing" | "killings" => EventType::Assault,
        "sanctions" | "expulsion" | "expulsions" => EventType::Sanction,
        "crackdown" | "arrest" | "arrests" | "detention" | "detentions" | "execution"
        | "executions" | "seizure" | "coup" | "takeover" => EventType::Coerce,
        "shooting" | "shootings" | "downing" | "bombings" => EventType::Assault,
        "drills" | "exercises" | "deployment" | "buildup" => EventType::Mobilize,
        "talks" | "negotiations" => EventType::Consult,
        "agreements" | "accords" | "pact" => EventType::Agree,
        "ceasefire" | "truce" | "accord" | "agreement" | "deal" => EventType::Agree,
        _ => return None,
    })
}

/// Whether `noun` names an act a reaction can be about ("the strike", "the
/// allegations", "the decision").
fn names_an_act(noun: &str) -> bool {
    ANAPHORIC_ACTS.contains(&noun) || act_noun_type(noun).is_some()
}

/// The stem an act noun shares with its verb ("invasion" / "invaded").
fn verb_stem(noun: &str) -> Option<&'static str> {
    Some(match noun {
        "invasion" => "invad",
        "attack" | "attacks" => "attack",
        "strike" | "strikes" => "str",
        "raid" | "raids" => "raid",
        "bombing" | "bombings" => "bomb",
        "shelling" => "shell",
        "killing" | "killings" => "kill",
        "arrest" | "arrests" => "arrest",
        "detention" | "detentions" => "detain",
        "expulsion" | "expulsions" => "expel",
        "seizure" => "seiz",
        _ => return None,
    })
}

/// The act a word names, one key for its verb and noun forms ("offered",
/// "offer"); accusations, allegations, claims and charges are one act.
fn act_key(word: &str) -> Option<&'static str> {
    const KEYS: &[(&str, &str)] = &[
        ("accus", "accuse"),
        ("alleg", "accuse"),
        ("claim", "accuse"),
        ("charg", "accuse"),
        ("blame", "accuse"),
        ("offer", "offer"),
        ("decid", "decide"),
        ("decision", "decide"),
        ("propos", "propose"),
        ("request", "request"),
        ("demand", "demand"),
        ("invit", "invite"),
        ("announc", "announce"),
        ("critici", "criticise"),
        ("ultimat", "ultimatum"),
        ("initiative", "initiative"),
        ("resolution", "resolution"),
    ];
    KEYS.iter()
        .find(|(stem, _)| word.starts_with(stem))
        .map(|(_, key)| *key)
        .or(matches!(word, "plan" | "plans" | "planned").then_some("plan"))
}

/// The first two different states named by countries, demonyms or people.
fn state_pair(parties: &[Party]) -> Option<[String; 2]> {
    let mut states = parties
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                MentionKind::Country | MentionKind::Norp | MentionKind::Person | MentionKind::Group
            )
        })
        .map(|p| p.actor.code.as_str());
    let first = states.next()?;
    let second = states.find(|c| *c != first)?;
    Some([first.to_string(), second.to_string()])
}

fn resolve_speaker(
    speaker: Speaker,
    parties: &[Party],
    state: &ArticleState,
) -> Option<EventParty> {
    match speaker {
        Speaker::Party(idx) => parties.get(idx).map(Party::event_party),
        Speaker::Person => state.last_person.clone(),
        Speaker::Other => state.last_actor.clone(),
    }
}

struct SentenceCoder<'a> {
    clause: &'a Clause<'a>,
    lexicon: &'a EventLexicon,
    actors: &'a ActorDictionary,
    state: &'a ArticleState,
    sentence: &'a str,
    paragraph: usize,
    paragraph_speaker: Option<&'a EventParty>,
}

/// Rules the coder puts in place of a lexicon rule when the clause says what
/// the act really is.
#[derive(Debug, Clone, Copy)]
enum FixedRule {
    /// CAMEO 114, "complain officially": what a state's protest is.
    Complain,
    /// CAMEO 111, "criticize or denounce": what a person's "attack" is.
    Criticize,
    /// CAMEO 154, "mobilize or increase armed forces": troops that "arrive
    /// in" a country are deployed, not visiting.
    Deploy,
    /// CAMEO 195, "employ aerial weapons": what warplanes' raids are.
    AirRaid,
    /// CAMEO 020, "make an appeal or request": "X said Y should ...".
    Request,
    /// CAMEO 132 / 138 / 130: threats of sanctions, of force, and others.
    ThreatOfSanctions,
    ThreatOfForce,
    Threat,
}

/// Type, CAMEO code and mode of each [`FixedRule`], in its order.
const FIXED_RULES: [(EventType, &str, Option<&str>); 8] = [
    (EventType::Accuse, "114", Some("complain")),
    (EventType::Accuse, "111", Some("criticize")),
    (EventType::Mobilize, "154", Some("mobilize")),
    (EventType::Assault, "195", Some("aerial")),
    (EventType::Request, "020", None),
    (EventType::Threaten, "132", Some("sanction")),
    (EventType::Threaten, "138", Some("force")),
    (EventType::Threaten, "130", None),
];

fn fixed_rule(kind: FixedRule) -> &'static Rule {
    static RULES: std::sync::OnceLock<Vec<Rule>> = std::sync::OnceLock::new();
    let rules = RULES.get_or_init(|| {
        FIXED_RULES
            .iter()
            .map(|&(event_type, cameo, mode)| Rule {
                event_type,
                cameo: cameo.into(),
                mode: mode.map(Into::into),
                flags: crate::lexicon::RuleFlags::default(),
                pattern: Vec::new(),
                line: 0,
            })
            .collect()
    });
    &rules[kind as usize]
}

/// The threat rule for a coercive act only warned of.
fn threat_rule(kind: EventType) -> &'static Rule {
    fixed_rule(match kind {
        EventType::Sanction => FixedRule::ThreatOfSanctions,
        EventType::Assault => FixedRule::ThreatOfForce,
        _ => FixedRule::Threat,
    })
}

/// Verbal conflict inside one country between different sectors: "the
/// opposition leader accused the government".
fn domestic_dispute(t: EventType, source: &EventParty, target: &dyad_core::ActorRef) -> bool {
    // A civil war's sides talk, agree and fight: "Colombia and the ELN
    // rebels resumed peace talks" (a country named alone is its state).
    let (a, b) = (source.sector.as_deref(), target.sector.as_deref());
    let state = |s: Option<&str>| matches!(s, None | Some("GOV" | "MIL"));
    let rebels = (a == Some("REB") && state(b)) || (b == Some("REB") && state(a));
    // "Soldiers opened fire on protesters": security forces against the
    // state's own dissenters.
    // ... and dissenters who clash with them.
    let forces = |s: Option<&str>| matches!(s, Some("MIL" | "COP"));
    let dissent = |s: Option<&str>| matches!(s, Some("OPP" | "EDU" | "LAB"));
    let crackdown = ((forces(a) && dissent(b)) || (dissent(a) && forces(b)))
        && matches!(t, EventType::Assault | EventType::Coerce);
    // "The prime minister met a delegation of students": the state's
    // dialogue with its dissenters.
    let dialogue = ((state(a) && dissent(b)) || (dissent(a) && state(b)))
        && matches!(t, EventType::Consult | EventType::Agree);
    // "Abdullah Abdullah accused President Ashraf Ghani of ...": two
    // named politicians of one country are rivals whatever their sectors.
    const BODIES: &[&str] = &[
        "Ministry",
        "Council",
        "Party",
        "Union",
        "Court",
        "Commission",
        "Assembly",
        "Congress",
        "Parliament",
        "Department",
        "Office",
        "Army",
        "Force",
        "Forces",
        "Front",
        "Government",
        "Movement",
        "League",
        "Committee",
        "Agency",
        "Bank",
        "House",
        "Senate",
        "Police",
        "Guard",
        "Guards",
    ];
    let full_name = |n: &str| {
        let words: Vec<&str> = n.split_whitespace().collect();
        words.len() >= 2
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && !BODIES.contains(w))
    };
    let rivals = full_name(&source.name)
        && full_name(&target.name)
        && source.name != target.name
        && a.is_some()
        && a == b;
    // A country named alone is its state ("Iraq's prime minister accused
    // the opposition").
    let (a_or_state, b_or_state) = (a.unwrap_or("GOV"), b.unwrap_or("GOV"));
    rebels
        || crackdown
        || dialogue
        || ((a_or_state != b_or_state || rivals)
            && (a.is_some() || b.is_some())
            && matches!(t, EventType::Accuse | EventType::Reject))
}

/// "denied an earlier report that ...", "denied claims that ...": what is
/// reported, at `from`, is what the denial is about.
fn reported_that(tokens: &[Token], from: usize) -> bool {
    let window = &tokens[from.min(tokens.len())..tokens.len().min(from + 5)];
    window
        .windows(2)
        .any(|w| REPORT_NOUNS.contains(&w[0].norm.as_str()) && w[1].norm == "that")
}

/// Whether `a` is another side than `b`: another country, or at home an
/// armed or opposition group against the state ("al-Shabab attacked ...;
/// the president condemned the attack").
fn other_side(a: &EventParty, b: &EventParty) -> bool {
    let non_state =
        |p: &EventParty| matches!(p.sector.as_deref(), Some("REB" | "OPP" | "CRM" | "UAF"));
    a.code != b.code || (a.sector != b.sector && (non_state(a) || non_state(b)))
}

/// Each pair of a compound subject that acts together on one another ("A,
/// B and C signed"), states of one country counted once.
fn all_pairs(sources: &[EventParty], confidence: f32) -> Vec<(EventParty, EventParty, f32)> {
    let mut out = Vec::new();
    for (i, a) in sources.iter().enumerate() {
        for b in &sources[i + 1..] {
            if a.code != b.code || a.sector != b.sector {
                out.push((a.clone(), b.clone(), confidence));
            }
        }
    }
    out
}

/// Nouns of the economy: what an economic "hit" or a downturn strikes,
/// never a political target.
const ECONOMIC_NOUNS: &[&str] = &[
    "economy",
    "economies",
    "exports",
    "imports",
    "exporters",
    "markets",
    "market",
    "growth",
    "currency",
    "finances",
    "budget",
    "industry",
    "industries",
    "firms",
    "companies",
    "banks",
    "shares",
    "profits",
    "earnings",
    "trade",
    "consumers",
    "sales",
    "profit",
    "prices",
    "revenue",
    "revenues",
    "demand",
    "jobs",
    "output",
    "investors",
    "stocks",
    "spending",
    "income",
];

/// A trigger word used in a sense that is no political act: "hit sales"
/// (an economic blow), "a resolution sanctioning military action" (an
/// authorisation).
fn other_sense(event_type: EventType, tokens: &[Token], i: usize) -> bool {
    const AUTHORISED: &[&str] = &["action", "force", "war", "invasion", "use", "strikes"];
    const RECEPTIONS: &[&str] = &[
        "disapproval",
        "criticism",
        "opposition",
        "resistance",
        "scepticism",
        "skepticism",
        "approval",
        "anger",
        "protests",
        "condemnation",
        "silence",
        "derision",
        "success",
        "failure",
        "outrage",
        "hostility",
        "support",
        "praise",
        "dismay",
        "alarm",
    ];
    let word = tokens[i].norm.as_str();
    let after = || {
        tokens[i + 1..]
            .iter()
            .take_while(|t| !matches!(t.norm.as_str(), "," | ";" | "." | "and"))
            .take(5)
            .map(|t| t.norm.as_str())
    };
    match event_type {
        EventType::Assault if matches!(word, "hit" | "hits" | "hitting") => {
            after().any(|w| ECONOMIC_NOUNS.contains(&w))
        }
        EventType::Sanction if matches!(word, "sanctioning" | "sanctioned" | "sanction") => {
            after().take(3).any(|w| AUTHORISED.contains(&w))
        }
        // "the right to peaceful protest": a right, not a protest.
        EventType::Protest => {
            i >= 2
                && tokens[i.saturating_sub(3)..i]
                    .windows(2)
                    .any(|w| w[0].norm == "right" && w[1].norm == "to")
        }
        // "the proposals met with disapproval from X": a reception.
        EventType::Consult if matches!(word, "met" | "meet" | "meets" | "meeting") => {
            tokens.get(i + 1).is_some_and(|t| t.norm == "with")
                && after().skip(1).take(3).any(|w| RECEPTIONS.contains(&w))
        }
        _ => false,
    }
}

/// Whether a passive's patient can be the object a pattern names: "numbers
/// released by the ministry" is no release of prisoners. Patterns whose
/// object is an actor, or that name no object after a gap, take any patient.
fn passive_patient_fits<'w>(
    pattern: &[PatternToken],
    mut patient: impl Iterator<Item = &'w str>,
) -> bool {
    let objects: Vec<&PatternToken> = pattern
        .iter()
        .skip_while(|p| !matches!(p, PatternToken::Gap { .. }))
        .filter(|p| matches!(p, PatternToken::Word(_)))
        .collect();
    if objects.is_empty() {
        return true;
    }
    patient.any(|w| objects.iter().any(|p| p.matches_word(w)))
}

/// Media, and a state's own business, are no party to a political event
/// ("told Reuters", "Airbus signed deals"); business of no one state (MNC:
/// creditor banks, multinationals) is ("Brazil and its creditor banks
/// agreed").
fn apolitical(code: &str, sector: Option<&str>) -> bool {
    match sector {
        Some("JRN") => true,
        Some("BUS") => code != "MNC",
        _ => false,
    }
}

/// Two different political actors (state, legislature, courts, parties,
/// opposition, forces) of one country.
fn home_politics(source: &EventParty, target: &EventParty) -> bool {
    let political = |p: &EventParty| {
        matches!(
            p.sector.as_deref(),
            Some("GOV" | "LEG" | "JUD" | "PTY" | "OPP" | "COP" | "MIL" | "SPY")
        )
    };
    political(source) && political(target) && source.name != target.name
}

/// Event types that may stay inside one country (people against their
/// government, police against people).
fn domestic_type(t: EventType) -> bool {
    matches!(
        t,
        EventType::Protest | EventType::Coerce | EventType::Assault | EventType::Request
    )
}

impl SentenceCoder<'_> {
    fn tokens(&self) -> &[Token] {
        self.clause.tokens
    }

    /// Whose are the unnamed people a state coerces: of the place abroad
    /// the sentence names ("arrested journalists in Jaffna"), else of the
    /// state its latest hostile act, just before, was against ("seized
    /// three Ukrainian vessels ... detained 24 crew members"), else its
    /// own.
    fn home_of_coerced(&self, state: &str, acts: ActsBefore<'_>) -> String {
        let continued = || {
            acts.iter()
                .take_while(|e| e.paragraph + 1 >= self.paragraph)
                .find(|e| {
                    e.source.code == state
                        && e.target.code != state
                        && is_state_code(&e.target.code)
                        && cameo_info(&e.cameo).is_some_and(|c| c.quad >= 3)
                })
                .map(|e| e.target.code.clone())
        };
        self.place_abroad(state)
            .or_else(continued)
            .unwrap_or_else(|| state.to_string())
    }

    /// The state of a place "in" or "at" which this sentence sets an act,
    /// when it is not `home`'s ("raided a market in Baidoa").
    fn place_abroad(&self, home: &str) -> Option<String> {
        self.clause
            .parties
            .iter()
            .find(|p| {
                p.kind == MentionKind::Place
                    && p.actor.code != home
                    && is_state_code(&p.actor.code)
                    && p.tok_start > 0
                    && matches!(self.tokens()[p.tok_start - 1].norm.as_str(), "in" | "at")
            })
            .map(|p| p.actor.code.clone())
    }

    fn code(&self, earlier: &[Event], matches: Vec<TriggerMatch>) -> Vec<Event> {
        let speaker = self.speaker();
        let mut out: Vec<Event> = Vec::new();
        let mut seen: HashSet<(String, String, EventType)> = HashSet::new();
        let starts: Vec<usize> = matches.iter().map(|m| m.start).collect();
        // The trigger start and index in `out` of the latest coded event.
        let mut last_coded: Option<(usize, usize)> = None;
        for m in matches {
            let rule = &self.lexicon.rules[m.rule];
            if self.background(&m, rule) || self.adjectival_participle(&m) {
                continue;
            }
            // "hit the frigate, killing 37 sailors": the participle tells
            // what the act just coded did; it is not a second act.
            let consequence = m.start > 0
                && self.tokens()[m.start - 1].norm == ","
                && self.tokens()[m.start].norm.ends_with("ing")
                && out.iter().any(|e| e.event_type == rule.event_type);
            if consequence {
                continue;
            }
            // "Iraq accused Tehran of ... and expressed solidarity with
            // Riyadh": a verb joined by "and" to the act just coded, with no
            // trigger in between, shares its subject.
            // ("preparing its own response to US tariffs ... and urged":
            // an act named by a noun is no verb to share a subject with.)
            let coordinated = last_coded
                .filter(|&(start, _)| !starts.iter().any(|&o| o > start && o < m.start))
                .filter(|&(start, _)| !is_noun_form(&self.tokens()[start].norm))
                .and_then(|(_, e): (usize, usize)| {
                    self.joined_by_and(m.start)
                        .then(|| (out[e].source.clone(), out[e].target.clone(), false))
                });
            // "phoned Putin to urge restraint": the caller urges.
            let purpose = last_coded
                .filter(|&(start, e)| {
                    out[e].event_type == EventType::Consult
                        && start < m.start
                        && m.start - start <= 12
                        && m.start > 0
                        && self.tokens()[m.start - 1].norm == "to"
                        && !self.tokens()[start..m.start]
                            .iter()
                            .any(|t| matches!(t.norm.as_str(), "," | ";" | "and"))
                })
                .map(|(_, e)| (out[e].source.clone(), out[e].target.clone(), true));
            let coordinated = coordinated.or(purpose);
            let roles = self.roles(&m, rule, speaker.as_ref(), earlier, &out, coordinated);
            for (source, mut target, confidence) in roles {
                // "jailing clerics", "detained activists": people with no
                // stated nationality that a state coerces or frees are its
                // own, whatever country the article is mostly about.
                let generic_people = target.text.starts_with(char::is_lowercase)
                    && !matches!(
                        target.sector.as_deref(),
                        None | Some("GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG" | "REB")
                    );
                if generic_people
                    && matches!(rule.event_type, EventType::Coerce | EventType::Concede)
                    && is_state_code(&source.code)
                {
                    // ... unless the sentence sets the act in another
                    // country ("arrested journalists in Jaffna"), or the
                    // state's latest hostile act, just before, was against
                    // another ("seized three Ukrainian vessels ... detained
                    // 24 crew members").
                    let acts = ActsBefore {
                        this_sentence: &out,
                        earlier,
                    };
                    target.code = self.home_of_coerced(&source.code, acts);
                }
                // Dyad codes political events: media and companies report and
                // trade, they are not parties ("told Reuters", "Airbus signed").
                // State radio and television speak for their state ("Tehran
                // radio warned that ..."): a verbal act is the state's.
                let verbal_act =
                    cameo_info(&rule.cameo).is_some_and(|c| c.quad == 1 || c.quad == 3);
                // So do state news agencies and party papers ("Tass accused
                // Washington", "the official news agency IRNA said").
                let state_media = |p: &EventParty| {
                    let text = p.text.to_lowercase();
                    p.sector.as_deref() == Some("JRN")
                        && is_state_code(&p.code)
                        && STATE_MEDIA.iter().any(|w| text.contains(w))
                };
                let source = if verbal_act && state_media(&source) {
                    EventParty {
                        sector: Some("GOV".to_string()),
                        ..source
                    }
                } else {
                    source
                };
                // Sanctions and seizures hit companies as policy.
                // Detaining journalists is a state's act against their
                // country.
                let hits_business =
                    matches!(rule.event_type, EventType::Sanction | EventType::Coerce)
                        && matches!(target.sector.as_deref(), Some("BUS" | "JRN"));
                if apolitical(&source.code, source.sector.as_deref())
                    || (apolitical(&target.code, target.sector.as_deref()) && !hits_business)
                {
                    continue;
                }
                // "Damascus and Moscow have denied ...": members of one
                // compound subject act together, not on each other (unless
                // the act is mutual: "A and B signed", "accused each other").
                // (Pulling back troops together is mutual, as in `roles`.)
                let joint = !rule.flags.symmetric
                    && rule.event_type != EventType::Retreat
                    && !self.reciprocal()
                    && {
                        let clause = self.clause;
                        clause
                            .parties
                            .iter()
                            .position(|p| p.text == source.text && p.tok_end <= m.start)
                            .is_some_and(|s| {
                                // Members on both sides: "Russia and Belarus
                                // launched exercises near Belarus's borders".
                                let mut members = clause.compound(s);
                                members.extend(clause.compound_right(s).into_iter().skip(1));
                                members.len() > 1
                                    && members
                                        .iter()
                                        .any(|&i| clause.parties[i].text == target.text)
                            })
                    };
                if joint {
                    continue;
                }
                // "Japan protested to China over ...": a state's complaint
                // needs no crowd.
                let state_protests = source.sector.as_deref().is_none_or(|s| s == "GOV")
                    && self.tokens()[m.start].norm.starts_with("protest")
                    && self
                        .tokens()
                        .get(m.start + 1)
                        .is_some_and(|t| matches!(t.norm.as_str(), "to" | "against" | "over"));
                if rule.event_type == EventType::Protest
                    && !self.people_present()
                    && !state_protests
                {
                    continue;
                }
                // "poured into the streets, celebrating the truce": crowds
                // that rejoice do not protest.
                let rejoicing = self
                    .tokens()
                    .iter()
                    .any(|t| t.norm.starts_with("celebrat") || t.norm.starts_with("rejoic"));
                if rule.event_type == EventType::Protest && rule.flags.domestic && rejoicing {
                    continue;
                }
                // Soldiers and police who storm a building do not protest.
                let forces = matches!(source.sector.as_deref(), Some("MIL" | "COP"));
                if rule.event_type == EventType::Protest && forces {
                    continue;
                }
                let same_country = source.code == target.code;
                let dispute = domestic_dispute(
                    rule.event_type,
                    &source,
                    &dyad_core::ActorRef {
                        code: target.code.clone(),
                        sector: target.sector.clone(),
                        name: target.name.clone(),
                    },
                );
                // A state yielding to its own people ("freed political
                // prisoners", "agreed to step down").
                let yields_at_home = rule.event_type == EventType::Concede
                    && target.sector.as_deref() == Some("CVL");
                // "Trump fired the acting attorney general", "Schiff
                // welcomed the decision": politics at home between a named
                // person and another political actor of the same country.
                let politics = home_politics(&source, &target)
                    && (self.is_person(&source) || self.is_person(&target));
                if same_country
                    && !(rule.flags.domestic
                        || domestic_type(rule.event_type)
                        || dispute
                        || yields_at_home
                        || politics)
                {
                    continue;
                }
                // "urged residents to register their weapons", "called on
                // Ethiopians to take up arms": a state's appeal to its own
                // people is no event between two actors (an opposition
                // leader's call to them is).
                let own_people = matches!(target.sector.as_deref(), Some("CVL" | "REF"))
                    || (target.sector.is_none()
                        && !target.text.contains(' ')
                        && target.text.ends_with('s')
                        && target.text.starts_with(char::is_uppercase));
                let state_source = is_state_body(source.sector.as_deref());
                if same_country
                    && rule.event_type == EventType::Request
                    && own_people
                    && state_source
                {
                    continue;
                }
                if same_country
                    && source.sector == target.sector
                    && !rule.flags.domestic
                    && !dispute
                    && !politics
                {
                    continue;
                }
                // A state that "protests" complains officially (CAMEO 114);
                // PROTEST is dissent by people.
                let official_protest = rule.event_type == EventType::Protest
                    && !same_country
                    && rule.cameo != "145"
                    && (source.sector.is_none() || is_state_body(source.sector.as_deref()));
                // "Mbeki attacked British imperialists": a person's attack
                // is verbal.
                let verbal_attack = rule.event_type == EventType::Assault
                    && self.tokens()[m.start].norm.starts_with("attack")
                    && self.is_person(&source);
                // "the EU said the US should back Ukraine's entry": the
                // speaker asks the subject to act.
                let asker = self.deontic(&m, rule, speaker.as_ref(), &source);
                let deontic = asker.is_some();
                // "warned that the U.S. could put tariffs on", "would push
                // for an embargo against Iran if it rejected": a threat.
                let threat = self.threat(&m, rule);
                // "Iraqi warplanes raided Kharg Island": an air raid is an
                // attack, not a seizure.
                let air_raid = rule.event_type == EventType::Coerce
                    && self.tokens()[m.start].norm.starts_with("raid")
                    && [
                        "warplane",
                        "jet",
                        "aircraft",
                        "bomber",
                        "plane",
                        "helicopter",
                        "drone",
                    ]
                    .iter()
                    .any(|w| source.text.to_lowercase().contains(w));
                // "Rwandan troops arrived in Mozambique": forces deploy.
                let deployment = rule.event_type == EventType::Consult
                    && rule.mode.as_deref() == Some("visit")
                    && source.sector.as_deref() == Some("MIL");
                let (rule, source, target) = match asker {
                    Some(speaker) => (fixed_rule(FixedRule::Request), speaker, source),
                    None if official_protest => (fixed_rule(FixedRule::Complain), source, target),
                    None if verbal_attack => (fixed_rule(FixedRule::Criticize), source, target),
                    None if deployment => (fixed_rule(FixedRule::Deploy), source, target),
                    None if air_raid => (fixed_rule(FixedRule::AirRaid), source, target),
                    None => (threat.unwrap_or(rule), source, target),
                };
                if source.code == target.code && source.name == target.name {
                    continue;
                }
                if rule.event_type == EventType::Assault && self.economic_object(&target) {
                    continue;
                }
                let key = (source.code.clone(), target.code.clone(), rule.event_type);
                if !seen.insert(key) {
                    // The same act told twice still anchors what follows
                    // ("telephoned Gandhi to express support").
                    let same = out.iter().position(|e| {
                        e.source.code == source.code
                            && e.target.code == target.code
                            && e.event_type == rule.event_type
                    });
                    if let Some(e) = same {
                        last_coded = Some((m.start, e));
                    }
                    continue;
                }
                let mut event = self.event(&m, rule, source, target, confidence);
                if deontic || threat.is_some() {
                    // The request or threat is made now, whatever the act's
                    // mood.
                    event.certainty = Certainty::Asserted;
                }
                last_coded = Some((m.start, out.len()));
                out.push(event);
            }
        }
        let requests = self.modal_request(speaker.as_ref(), &out);
        out.extend(requests);
        // "Demonstrators ransacked the Danish embassy": a protest aimed
        // abroad is not also one against the protesters' own government.
        let foreign_protest = out
            .iter()
            .any(|e| e.event_type == EventType::Protest && e.source.code != e.target.code);
        if foreign_protest {
            out.retain(|e| e.event_type != EventType::Protest || e.source.code != e.target.code);
        }
        out
    }

    /// "Iran must halt enrichment, France said": a reported "X must" or "X
    /// should" is the speaker's request to X, with or without a coded verb;
    /// to each of a compound ("the US and South Korea should halt").
    fn modal_request(&self, speaker: Option<&EventParty>, coded: &[Event]) -> Vec<Event> {
        let Some(speaker) = speaker else {
            return Vec::new();
        };
        let tokens = self.tokens();
        let found = self.clause.parties.iter().position(|p| {
            let modal = tokens.get(p.tok_end).map(|t| t.norm.as_str());
            let next = tokens.get(p.tok_end + 1);
            matches!(modal, Some("must" | "should"))
                && next.is_some_and(|t| t.is_word() && t.norm != "be" && t.norm != "have")
                && !matches!(p.kind, MentionKind::Place | MentionKind::Norp)
                && !apolitical(&p.actor.code, p.actor.sector.as_deref())
                && p.text != speaker.text
        });
        let Some(found) = found else {
            return Vec::new();
        };
        let modal_at = self.clause.parties[found].tok_end;
        let mut out: Vec<Event> = Vec::new();
        for idx in self.clause.compound(found) {
            let target = self.clause.parties[idx].event_party();
            let own = target.code == speaker.code
                && (target.sector == speaker.sector || speaker.sector.is_none());
            let requested = coded
                .iter()
                .chain(out.iter())
                .any(|e| e.event_type == EventType::Request && e.target.code == target.code);
            if own || requested {
                continue;
            }
            let m = TriggerMatch {
                rule: 0,
                start: modal_at,
                end: modal_at + 1,
                slot: None,
                next_start: usize::MAX,
            };
            out.push(self.event(
                &m,
                fixed_rule(FixedRule::Request),
                speaker.clone(),
                target,
                0.6,
            ));
        }
        out
    }

    /// Non-overlapping trigger matches, longest first, in text order.
    fn triggers(&self) -> Vec<TriggerMatch> {
        let tokens = self.tokens();
        let mut found = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            if !token.is_word() {
                continue;
            }
            for &rule_id in self.lexicon.candidates(&token.norm) {
                let rule = &self.lexicon.rules[rule_id];
                let mut slot = None;
                if let Some(end) = self.match_from(&rule.pattern, i, &mut slot) {
                    // "received the Special Envoy of X" names a person too.
                    let slot_is_person = slot.is_some_and(|s| {
                        let p = &self.clause.parties[s];
                        matches!(p.kind, MentionKind::Person | MentionKind::Group)
                            || tokens[i + 1..p.tok_start]
                                .iter()
                                .any(|t| t.capitalised && !DETERMINERS.contains(&t.norm.as_str()))
                            || names_a_leader(tokens, p.tok_end)
                    });
                    if rule.flags.person && !slot_is_person {
                        continue;
                    }
                    if other_sense(rule.event_type, tokens, i) {
                        continue;
                    }
                    found.push(TriggerMatch {
                        rule: rule_id,
                        start: i,
                        end,
                        slot,
                        next_start: usize::MAX,
                    });
                } else if rule.pattern[0].matches_word(&token.norm)
                    && self.clause.is_passive(i)
                    && self.clause.passive_agent(i + 1).is_some()
                    && passive_patient_fits(&rule.pattern, self.clause.passive_patient_words(i))
                {
                    // "were expelled by Moscow": the pattern's object is the
                    // passive subject, so the verb alone is the trigger.
                    found.push(TriggerMatch {
                        rule: rule_id,
                        start: i,
                        end: i + 1,
                        slot: None,
                        next_start: usize::MAX,
                    });
                }
            }
        }
        // Leftmost first, then longest: the governing verb wins over the
        // nouns it governs ("lifted its ban on imports").
        found.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then((b.end - b.start).cmp(&(a.end - a.start)))
                .then(a.rule.cmp(&b.rule))
        });
        let mut taken: Vec<TriggerMatch> = Vec::new();
        for m in found {
            // Actor slots may be shared ("met X" inside "held talks ... X").
            let overlaps = taken.iter().any(|t| m.start < t.end && t.start < m.end);
            if !overlaps {
                taken.push(m);
            }
        }
        taken.sort_by_key(|m| m.start);
        // "EU leaders agreed to ban Belarusian airlines": an agreement to
        // act against someone is that act (planned), not cooperation with
        // its target.
        let hostile_starts: Vec<usize> = taken
            .iter()
            .filter(|m| cameo_info(&self.lexicon.rules[m.rule].cameo).is_some_and(|c| c.quad >= 3))
            .map(|m| m.start)
            .collect();
        taken.retain(|m| {
            let rule = &self.lexicon.rules[m.rule];
            let agreed_to =
                rule.event_type == EventType::Agree && m.end > 0 && tokens[m.end - 1].norm == "to";
            !(agreed_to && hostile_starts.iter().any(|&h| h == m.end || h == m.end + 1))
        });
        // An act in the infinitive after another trigger ("urged China to
        // lift", "threatened to impose") is that trigger's content, and a
        // nominal right after a trigger ("ruled out talks with") is its
        // object: neither is an event of its own.
        // "telephoned Gandhi to express his support": after a call or a
        // meeting, an infinitive is its purpose, an act of its own (its
        // subject is the caller's, see `code`).
        let ends: Vec<usize> = taken
            .iter()
            .filter(|m| self.lexicon.rules[m.rule].event_type != EventType::Consult)
            .map(|m| m.end)
            .collect();
        let accusation_ends: Vec<usize> = taken
            .iter()
            .filter(|m| self.lexicon.rules[m.rule].event_type == EventType::Accuse)
            .map(|m| m.end)
            .collect();
        let accusation_or_request_ends: Vec<usize> = taken
            .iter()
            .filter(|m| {
                matches!(
                    self.lexicon.rules[m.rule].event_type,
                    EventType::Accuse | EventType::Request | EventType::Protest
                )
            })
            .map(|m| m.end)
            .collect();
        let denial_ends: Vec<usize> = taken
            .iter()
            .filter(|d| {
                self.lexicon.rules[d.rule].event_type == EventType::Reject
                    && tokens[d.start].norm.starts_with("den")
                    && (tokens.get(d.end).is_some_and(|t| t.norm == "that")
                        || reported_that(tokens, d.end))
            })
            .map(|d| d.end)
            .collect();
        let clause = self.clause;
        taken
            .into_iter()
            .filter(|m| {
                let start = clause.clause_start(m.start);
                // The window an earlier trigger ending at `e` opens up to this
                // one, when this one lies at most `reach` tokens after it in
                // the same clause: with the trigger's last word, and without.
                let window = |e: usize, reach: usize| {
                    (e <= m.start && e >= start && m.start - e <= reach)
                        .then(|| (&tokens[e.saturating_sub(1)..m.start], &tokens[e..m.start]))
                };
                // "refused to concede and accused the government": a past
                // tense joined by "and" is a verb of its own.
                let joined_past = m.start > 0
                    && tokens[m.start - 1].norm == "and"
                    && tokens[m.start].norm.ends_with("ed");
                // "urged X to halt their joint exercises": inside the
                // infinitive that follows another trigger.
                let embedded = !joined_past
                    && ends.iter().any(|&e| {
                        window(e, 6).is_some_and(|(linked, between)| {
                            linked.iter().any(|t| t.norm == "to")
                            && !between.iter().any(|t| {
                                matches!(t.norm.as_str(), "," | ";")
                                    || SPEECH_VERBS.contains(&t.norm.as_str())
                            })
                            // "provide aid to Gaza and pledged to replenish": a
                            // joined verb's own infinitive ("urged X to go
                            // further and ban" stays the request's content).
                            && !between
                                .iter()
                                .rposition(|t| t.norm == "to")
                                .is_some_and(|to| between[..to].iter().any(|t| t.norm == "and"))
                        })
                    });
                // "accused Kyiv of attacking a depot": the charge, not an act.
                // "accused Doha of harboring groups including ..., and of
                // backing militants": each further charge too.
                let further_charge = m.start > 1
                    && matches!(tokens[m.start - 2].norm.as_str(), "and" | "or")
                    && accusation_ends.iter().any(|&e| e <= m.start);
                // "accused Duque of plotting to kill him": the charge goes on
                // through an infinitive.
                let charge_chain = m.start > 0
                    && tokens[m.start - 1].norm == "to"
                    && accusation_ends.iter().any(|&e| {
                        window(e, 8).is_some_and(|(linked, between)| {
                            linked.iter().any(|t| t.norm == "of")
                                && !between
                                    .iter()
                                    .any(|t| matches!(t.norm.as_str(), "," | ";" | "and"))
                        })
                    });
                // "accused X of "deliberately targeting" civilians": an
                // adverb or a quotation mark may open the charge.
                let charge_start = tokens[..m.start]
                    .iter()
                    .rposition(|t| {
                        !(t.norm.ends_with("ly")
                            || matches!(t.norm.as_str(), "\"" | "'" | "having" | "been"))
                    })
                    .map_or(0, |k| k + 1);
                // "blamed Libya for a bomb attack on ...": the act blamed.
                let blamed_for = (1..=4).any(|d| {
                    m.start >= d
                        && tokens[m.start - d].norm == "for"
                        && tokens[m.start - d + 1..m.start]
                            .iter()
                            .all(|t| t.is_word() && !t.capitalised)
                        && accusation_ends
                            .iter()
                            .any(|&e| e >= start && e <= m.start - d && m.start - d - e <= 6)
                });
                let charged = m.start > 0
                    && (charge_chain
                        || blamed_for
                        || charge_start > 0
                            && tokens[charge_start - 1].norm == "of"
                            && (further_charge
                                || accusation_ends.iter().any(|&e| window(e, 6).is_some())));
                // "Moscow denied that its forces had targeted civilians":
                // what is denied is no act.
                let denied = denial_ends.iter().any(|&end| {
                    end < m.start
                        && !tokens[end..m.start].iter().any(|t| {
                            matches!(t.norm.as_str(), "," | ";" | "but")
                                || SPEECH_VERBS.contains(&t.norm.as_str())
                        })
                });
                if denied {
                    return false;
                }
                // "lift the sanctions it imposed on Turkey": an object
                // relative without "that" describes the trigger's object
                // (a claim stays one: "an attack it blamed on Assad").
                let material = cameo_info(&self.lexicon.rules[m.rule].cameo)
                    .is_some_and(|c| c.quad == 2 || c.quad == 4);
                let object_relative = material
                    && m.start > 0
                    && matches!(
                        tokens[m.start - 1].norm.as_str(),
                        "it" | "they" | "he" | "she"
                    )
                    && ends.contains(&(m.start - 1));
                if object_relative {
                    return false;
                }
                // "would impose sanctions if the junta refused to free
                // prisoners": a condition names no act that happened.
                let condition = tokens[m.start.saturating_sub(6)..m.start]
                    .iter()
                    .rev()
                    .take_while(|t| !matches!(t.norm.as_str(), "," | ";" | ":"))
                    .any(|t| matches!(t.norm.as_str(), "if" | "unless"));
                if condition {
                    return false;
                }
                // "vetoed a resolution condemning the annexation": what a
                // text that was blocked would have said.
                let blocked_text = m.start > 1
                    && tokens[m.start].norm.ends_with("ing")
                    && matches!(
                        tokens[m.start - 1].norm.as_str(),
                        "resolution" | "draft" | "motion" | "text" | "bill" | "statement"
                    )
                    && tokens[m.start.saturating_sub(6)..m.start - 1]
                        .iter()
                        .any(|t| {
                            t.norm.starts_with("veto")
                                || t.norm.starts_with("block")
                                || t.norm.starts_with("reject")
                        });
                if blocked_text {
                    return false;
                }
                // "U.S.-backed rebels", "Saudi-led coalition": an attribute,
                // not an act.
                let attributive = m.start > 0 && tokens[m.start - 1].norm == "-";
                if attributive {
                    return false;
                }
                // "condemned the jailing of X": a gerund after "the" is a noun.
                let gerund_noun = tokens[m.start].norm.ends_with("ing")
                    && m.start > 0
                    && tokens[m.start - 1].norm == "the";
                // "protest against what it called the brutal killing of":
                // the speaker's naming and an adjective stand between.
                let naming = |w: &str| {
                    matches!(
                        w,
                        "what"
                            | "it"
                            | "he"
                            | "she"
                            | "they"
                            | "called"
                            | "termed"
                            | "described"
                            | "as"
                            | "against"
                            | "over"
                    ) || ["al", "ous", "ful", "ive", "ent", "ant", "ic", "ist", "ed"]
                        .iter()
                        .any(|suffix| w.len() > 4 && w.ends_with(suffix))
                };
                let governed = |e: usize| {
                    e <= m.start
                        && e >= start
                        && (e..m.start).all(|k| {
                            let w = tokens[k].norm.as_str();
                            DETERMINERS.contains(&w)
                                || naming(w)
                                || BACKGROUND_SKIP.contains(&w)
                                || ANAPHOR_MODIFIERS.contains(&w)
                                || clause
                                    .parties
                                    .iter()
                                    .any(|p| p.tok_start <= k && k < p.tok_end)
                        })
                };
                // "condemned the arrest of X", "called for the release of
                // X": the act condemned or asked for is not the speaker's.
                let named = tokens[m.start].norm.as_str();
                let condemned = (NAMED_ACTS.contains(&named) || act_noun_type(named).is_some())
                    && accusation_or_request_ends.iter().any(|&e| governed(e));
                let object = condemned
                    || (is_noun_form(&tokens[m.start].norm) || gerund_noun)
                        && ends.iter().any(|&e| governed(e));
                // "after his arrest": the possessor is the one arrested.
                let possessed_coercion = self.lexicon.rules[m.rule].event_type == EventType::Coerce
                    && m.start > 0
                    && matches!(
                        tokens[m.start - 1].norm.as_str(),
                        "his" | "her" | "their" | "its" | "my" | "our"
                    );
                // "said lifting the embargo would be irresponsible": an act
                // named as an idea, with nobody doing it.
                let bare_gerund = tokens[m.start].norm.ends_with("ing")
                    && m.start > 0
                    && (SPEECH_VERBS.contains(&tokens[m.start - 1].norm.as_str())
                        || tokens[m.start - 1].norm == "that");
                !embedded
                    && !charged
                    && !object
                    && !bare_gerund
                    && !possessed_coercion
                    && !demanded_of_another(tokens, m.start)
                    && !attributive_participle(tokens, m.start)
            })
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .scan(usize::MAX, |next, mut m| {
                m.next_start = *next;
                // Only a verb starts a new act; a noun after the trigger is
                // usually its content ("pledged to deepen cooperation with X").
                let rule = &self.lexicon.rules[m.rule];
                // "for wider economic sanctions": modifiers stand between.
                let mut k = m.start;
                while k > 0 && NOUN_MODIFIERS.contains(&tokens[k - 1].norm.as_str()) {
                    k -= 1;
                }
                let after_determiner = k > 0
                    && (DETERMINERS.contains(&tokens[k - 1].norm.as_str())
                        || matches!(tokens[k - 1].norm.as_str(), "'s" | "for"));
                // A word after an article or possessive is a noun ("a
                // boycott", "Israel's attack"), whatever its form.
                let noun = rule.flags.nominal || after_determiner;
                if !noun {
                    *next = m.start;
                }
                Some(m)
            })
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect()
    }

    fn match_from(
        &self,
        pattern: &[PatternToken],
        i: usize,
        slot: &mut Option<usize>,
    ) -> Option<usize> {
        let tokens = self.tokens();
        let Some((head, rest)) = pattern.split_first() else {
            return Some(i);
        };
        match head {
            PatternToken::Word(_) => {
                let token = tokens.get(i)?;
                if head.matches_word(&token.norm) {
                    self.match_from(rest, i + 1, slot)
                } else if is_quote_mark(&token.norm) && i > 0 {
                    // Quote marks inside a pattern are transparent: he
                    // "fully supports" X.
                    self.match_from(pattern, i + 1, slot)
                } else {
                    None
                }
            }
            PatternToken::Gap { max, long } => {
                for k in 0..=*max {
                    if k > 0 {
                        let t = tokens.get(i + k - 1)?;
                        let stop = if *long {
                            matches!(t.norm.as_str(), ";" | "." | "!" | "?")
                        } else {
                            matches!(
                                t.norm.as_str(),
                                ";" | "." | "!" | "?" | "," | ":" | "(" | ")"
                            )
                        };
                        if stop {
                            return None;
                        }
                    }
                    let mut inner = *slot;
                    if let Some(end) = self.match_from(rest, i + k, &mut inner) {
                        *slot = inner;
                        return Some(end);
                    }
                }
                None
            }
            PatternToken::Actor => {
                // Skip determiners and titles: "receiving the Special Envoy of X".
                let mut k = i;
                // "fired on and seized three Ukrainian vessels": two joined
                // verbs share the object after the second.
                if tokens.get(k).is_some_and(|t| t.norm == "and")
                    && tokens
                        .get(k + 1)
                        .is_some_and(|t| is_participle(&t.norm) && !t.capitalised)
                {
                    k += 2;
                }
                while k < tokens.len() && k < i + 7 {
                    if let Some(idx) = self.clause.parties.iter().position(|p| p.tok_start == k) {
                        let party_end = self.clause.parties[idx].tok_end;
                        // "into the Ukrainian-held city of Kherson": not the
                        // actor the pattern names; go on after "-held".
                        if self.clause.qualifies_next(&self.clause.parties[idx]) {
                            k = party_end + 2;
                            continue;
                        }
                        let mut inner = Some(idx);
                        if let Some(end) = self.match_from(rest, party_end, &mut inner) {
                            *slot = inner;
                            return Some(end.max(party_end));
                        }
                        // "called Trump, May and Macron criminals": the
                        // pattern goes on after the whole compound.
                        let compound_end = self
                            .clause
                            .compound_right(idx)
                            .last()
                            .map(|&last| self.clause.parties[last].tok_end)
                            .filter(|&end| end > party_end);
                        if let Some(compound_end) = compound_end {
                            let mut inner = Some(idx);
                            if let Some(end) = self.match_from(rest, compound_end, &mut inner) {
                                *slot = inner;
                                return Some(end.max(compound_end));
                            }
                        }
                        // "ordered a U.S. diplomat to leave": the actor's head noun.
                        let head = tokens.get(party_end).is_some_and(|t| {
                            !t.capitalised && SLOT_HEADS.contains(&t.norm.as_str())
                        });
                        if head {
                            let mut inner = Some(idx);
                            if let Some(end) = self.match_from(rest, party_end + 1, &mut inner) {
                                *slot = inner;
                                return Some(end.max(party_end + 1));
                            }
                        }
                        return None;
                    }
                    let t = &tokens[k];
                    let skippable = DETERMINERS.contains(&t.norm.as_str())
                        || is_quote_mark(&t.norm)
                        || t.capitalised
                        || t.norm.chars().all(|c| c.is_ascii_digit() || c == ',')
                        || SLOT_SKIP.contains(&t.norm.as_str());
                    if !skippable {
                        return None;
                    }
                    k += 1;
                }
                None
            }
        }
    }

    /// "back opposing sides": a participle used as an adjective of the
    /// noun after it is no act.
    fn adjectival_participle(&self, m: &TriggerMatch) -> bool {
        const NOUNS: &[&str] = &[
            "sides",
            "camps",
            "factions",
            "views",
            "parties",
            "groups",
            "forces",
            "directions",
        ];
        let tokens = self.tokens();
        let before_noun = m.end == m.start + 1
            && tokens[m.start].norm.ends_with("ing")
            && tokens
                .get(m.end)
                .is_some_and(|t| NOUNS.contains(&t.norm.as_str()));
        // "Pakistan, which backs the guerrillas fighting the Kabul
        // government", "the Saudi-led coalition fighting the rebels": a
        // participle after the group it describes names an ongoing war,
        // not an act of this report.
        // "Travellers arriving in Cairo said": so does one of motion.
        let after_group = self.clause.parties.iter().any(|p| p.tok_end == m.start)
            || (m.start > 0 && {
                let prev = &tokens[m.start - 1];
                prev.is_word()
                    && !prev.capitalised
                    && prev.norm.len() > 3
                    && prev.norm.ends_with('s')
                    && !prev.norm.ends_with("ss")
            });
        let describes_group = matches!(
            tokens[m.start].norm.as_str(),
            "fighting" | "battling" | "arriving" | "visiting" | "travelling" | "traveling"
        ) && after_group;
        before_noun || describes_group
    }

    /// "an early-warning system requested by Pakistan", "fighters backed by
    /// Washington": a participle with a "by" agent right after a noun is a
    /// reduced relative; the noun, when it is a party, is its patient.
    /// `Some(pairs)` when the trigger is one.
    fn reduced_relative(&self, m: &TriggerMatch) -> Option<Vec<(EventParty, EventParty, f32)>> {
        const NOT_NOUNS: &[&str] = &[
            "was",
            "were",
            "is",
            "are",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
            "not",
            "n't",
            "and",
            "or",
            "who",
            "which",
            "that",
            ",",
            "also",
            "then",
            "reportedly",
            "allegedly",
        ];
        let tokens = self.tokens();
        let clause = &self.clause;
        let word = tokens[m.start].norm.as_str();
        let by_next = tokens.get(m.start + 1).is_some_and(|t| t.norm == "by");
        if m.start == 0 || !is_participle(word) || !by_next {
            return None;
        }
        // "a civilian allegedly killed by troops": one adverb may stand
        // between the noun and the participle.
        let adverb = tokens[m.start - 1].norm.ends_with("ly");
        let noun_end = if adverb { m.start - 1 } else { m.start };
        if noun_end == 0 {
            return None;
        }
        let before = &tokens[noun_end - 1];
        if !before.is_word()
            || NOT_NOUNS.contains(&before.norm.as_str())
            || before.norm.ends_with("ly")
        {
            return None;
        }
        let agent = clause.passive_agent(m.start + 1);
        // The patient ends the noun phrase, or is its modifier ("an Iraqi
        // civilian").
        let head_noun = before.norm.chars().all(|c| c.is_lowercase());
        let patient = clause
            .parties
            .iter()
            .position(|p| p.tok_end == noun_end || (head_noun && p.tok_end + 1 == noun_end));
        Some(match (agent, patient) {
            (Some(a), Some(p)) if clause.parties[a].actor.code != clause.parties[p].actor.code => {
                vec![(self.party(a), self.party(p), 0.6)]
            }
            _ => Vec::new(),
        })
    }

    /// "Iran, which Riyadh accuses of arming the Houthis": the relative
    /// pronoun's antecedent is the object of the verb after the clause's
    /// own subject.
    fn object_relative(&self, m: &TriggerMatch) -> Option<(EventParty, EventParty, f32)> {
        let clause = &self.clause;
        let tokens = self.tokens();
        if m.slot.is_some() {
            return None;
        }
        let subject = clause.parties.iter().position(|p| p.tok_end == m.start)?;
        let rel = clause.parties[subject].tok_start.checked_sub(1)?;
        if !matches!(tokens[rel].norm.as_str(), "which" | "whom" | "who") || rel < 2 {
            return None;
        }
        if tokens[rel - 1].norm != "," {
            return None;
        }
        let antecedent = clause.parties.iter().position(|p| p.tok_end == rel - 1)?;
        let gap = tokens
            .get(m.end)
            .is_some_and(|t| matches!(t.norm.as_str(), "of" | "for" | "to" | "as" | "over"));
        let (s, t) = (self.party(subject), self.party(antecedent));
        (gap && s.code != t.code).then_some((s, t, 0.6))
    }

    /// "..., a charge the group denies", "an allegation Saudi Arabia flatly
    /// denied": the denier rejects whoever made the charge (the accuser
    /// just coded, else the sentence's speaker or first actor).
    fn denied_charge(
        &self,
        m: &TriggerMatch,
        rule: &Rule,
        speaker: Option<&EventParty>,
        acts: ActsBefore<'_>,
    ) -> Option<(EventParty, EventParty, f32)> {
        const CHARGES: &[&str] = &[
            "charge",
            "charges",
            "allegation",
            "allegations",
            "accusation",
            "accusations",
            "claim",
            "claims",
        ];
        if rule.event_type != EventType::Reject || m.slot.is_some() {
            return None;
        }
        let clause = &self.clause;
        let tokens = self.tokens();
        let denier = clause.parties.iter().rposition(|p| {
            p.tok_end <= m.start
                && m.start - p.tok_end <= 1
                && tokens[p.tok_end..m.start]
                    .iter()
                    .all(|t| t.norm.ends_with("ly"))
        })?;
        let before = clause.parties[denier].tok_start;
        let charge = (before.saturating_sub(3)..before)
            .any(|k| CHARGES.contains(&tokens[k].norm.as_str()))
            && tokens[..before].iter().any(|t| t.norm == ",");
        if !charge {
            return None;
        }
        let denier = self.party(denier);
        let accuser = acts
            .this_sentence
            .iter()
            .rev()
            .find(|e| e.event_type == EventType::Accuse)
            .map(|e| e.source.clone())
            .or_else(|| speaker.cloned())
            .or_else(|| {
                clause
                    .parties
                    .iter()
                    .find(|p| p.kind != MentionKind::Place)
                    .map(Party::event_party)
            })?;
        (accuser.code != denier.code).then_some((denier, accuser, 0.6))
    }

    /// A nominal trigger used as background ("since the invasion of", "in
    /// talks on", "any negotiations") reports no event of its own.
    fn background(&self, m: &TriggerMatch, rule: &Rule) -> bool {
        let verbal_with_object = matches!(rule.pattern.get(1), Some(PatternToken::Actor));
        if !rule.flags.nominal
            && (verbal_with_object || !is_noun_form(&self.tokens()[m.start].norm))
        {
            return false;
        }
        let mut k = m.start;
        let mut before = Vec::new();
        while k > 0 && before.len() < 8 {
            k -= 1;
            let w = self.tokens()[k].norm.as_str();
            if self
                .clause
                .parties
                .iter()
                .any(|p| p.tok_start <= k && k < p.tok_end)
                || w == "'s"
            {
                continue;
            }
            before.push(w);
            // "in the nearly seven-year-old war": ages and spans modify.
            let span = matches!(
                w,
                "old" | "long" | "nearly" | "seven" | "eight" | "two" | "three"
            ) || w.ends_with("-old")
                || w.ends_with("-long");
            if !DETERMINERS.contains(&w) && !BACKGROUND_SKIP.contains(&w) && !span {
                break;
            }
        }
        let Some(&head) = before.last() else {
            return false;
        };
        // "any talks", "no agreement", "a lasting agreement between":
        // acts only spoken of.
        let unreal = |w: &&str| {
            matches!(
                *w,
                "any" | "no" | "lasting" | "permanent" | "eventual" | "possible" | "potential"
            )
        };
        if before.iter().any(unreal) {
            return true;
        }
        // "has been locked in talks with", "is in talks with": ongoing, not
        // background.
        if head == "in" && k > 0 {
            let verb = self.tokens()[k - 1].norm.as_str();
            if matches!(
                verb,
                "locked"
                    | "died"
                    | "killed"
                    | "wounded"
                    | "injured"
                    | "engaged"
                    | "involved"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "been"
                    | "remain"
                    | "remains"
                    | "remained"
                    | "still"
                    | "currently"
                    | "now"
            ) {
                return false;
            }
        }
        // "a first round of talks", "two days of talks": the talks are held.
        if head == "of"
            && k > 0
            && matches!(
                self.tokens()[k - 1].norm.as_str(),
                "round" | "rounds" | "days" | "weeks" | "months" | "hours" | "session"
            )
        {
            return false;
        }
        matches!(
            head,
            "since"
                | "under"
                | "after"
                | "amid"
                | "during"
                | "following"
                | "over"
                | "before"
                | "despite"
                | "in"
                | "on"
                | "about"
                | "of"
                | "against"
        ) && !(head == "in"
            && (self.tokens().get(m.end).is_some_and(|t| t.norm == "with")
                || self.tokens()[m.end - 1].norm == "with"))
            || (head == "for" && cameo_info(&rule.cameo).is_some_and(|c| c.quad == 4))
    }

    fn speaker(&self) -> Option<EventParty> {
        self.clause
            .speaker()
            .and_then(|sp| resolve_speaker(sp, self.clause.parties, self.state))
            .or_else(|| self.paragraph_speaker.cloned())
    }

    fn party(&self, idx: usize) -> EventParty {
        self.clause.parties[idx].event_party()
    }

    /// Source / target pairs for one trigger, with a confidence.
    fn roles(
        &self,
        m: &TriggerMatch,
        rule: &Rule,
        speaker: Option<&EventParty>,
        earlier: &[Event],
        this_sentence: &[Event],
        coordinated: Option<(EventParty, EventParty, bool)>,
    ) -> Vec<(EventParty, EventParty, f32)> {
        let clause = self.clause;
        let acts = ActsBefore {
            this_sentence,
            earlier,
        };
        let passive = clause.is_passive(m.start)
            && self
                .tokens()
                .get(m.start + 1)
                .is_none_or(|t| t.norm != "to");
        let mut subject = clause.subject(m.start, passive);
        if let Some(slot) = m.slot {
            subject.retain(|&s| s != slot);
        }
        // "Iraq accused Tehran of ... and expressed solidarity with Riyadh":
        // a verb joined by "and" shares the previous verb's subject.
        let coordinated = coordinated.filter(|_| !passive);
        let (coordinated, coordinated_target) = coordinated
            .map(|(source, target, purpose)| (source, (target, purpose)))
            .unzip();
        if coordinated.is_some() {
            subject.clear();
        }
        // "X did the same": repeat the previous event with X as its source.
        if rule.flags.same {
            // The act of the kind the pattern repeats: "followed suit" after
            // an expulsion repeats the expulsion, not a remark made since.
            let near = |e: &&Event| e.paragraph + 1 >= self.paragraph;
            let same_kind = earlier.iter().rev().take_while(near).find(|e| {
                // An expulsion (COERCE) is followed as a sanction is.
                e.event_type == rule.event_type
                    || (rule.event_type == EventType::Sanction && e.event_type == EventType::Coerce)
            });
            let prev = same_kind.or_else(|| earlier.last().filter(near));
            let (Some(&s), Some(prev)) = (subject.last(), prev) else {
                return Vec::new();
            };
            return vec![(self.party(s), prev.target.clone(), 0.6)];
        }
        if let Some(pairs) = self.reduced_relative(m) {
            return pairs;
        }
        if let Some(pair) = self.object_relative(m) {
            return vec![pair];
        }
        if let Some(pair) = self.denied_charge(m, rule, speaker, acts) {
            return vec![pair];
        }
        // Passive: "was shot down by X".
        // Adjectival participles ("determined to", "committed to") are not
        // passives.
        let adjectival = matches!(
            self.tokens()[m.start].norm.as_str(),
            "determined" | "committed" | "prepared" | "pledged" | "dedicated" | "opposed"
        ) && self
            .tokens()
            .get(m.start + 1)
            .is_some_and(|t| t.norm == "to");
        if clause.is_passive(m.start) && !adjectival {
            let Some(agent) = clause.passive_agent(m.end) else {
                return self.agentless(m, rule, &subject);
            };
            let agents = clause.compound_right(agent);
            // "Russia's decision to invade Ukraine was condemned": the
            // possessor is the patient.
            let possessor = subject.iter().copied().find(|&s| {
                self.tokens()
                    .get(clause.parties[s].tok_end)
                    .is_some_and(|t| t.norm == "'s")
            });
            let Some(&patient) = possessor.as_ref().or(subject.last()) else {
                // "The accord was signed by A and B": a reciprocal act.
                if agents.len() >= 2 && rule.flags.symmetric {
                    return vec![(self.party(agents[0]), self.party(agents[1]), 0.6)];
                }
                // "The sanctions were backed by France": the act's author.
                let first = self.party(agents[0]);
                return match self.anaphoric_author(m, rule, &first, acts) {
                    Some(author) => agents
                        .iter()
                        .map(|&a| (self.party(a), author.clone(), 0.6))
                        .collect(),
                    None => Vec::new(),
                };
            };
            // "Riyadh and Tehran restored ties in a deal mediated by China":
            // each member of a compound patient.
            let patients = if possessor.is_some() {
                vec![patient]
            } else {
                clause.compound(patient)
            };
            return agents
                .into_iter()
                .flat_map(|a| patients.iter().map(move |&p| (a, p)))
                .map(|(a, p)| (self.party(a), self.party(p), 0.7))
                .collect();
        }
        // "X has given no evidence, Y said": Y rejects X.
        // "drew a protest from Beijing": X acts on the subject.
        if rule.flags.inverse {
            let Some(slot) = m.slot else {
                return Vec::new();
            };
            // "Japanese boats entered the waters, drawing a protest from
            // Beijing": a participle's subject is the sentence's first actor.
            // "arrived in Kazakhstan at Tokayev's request": not the object
            // of a preposition.
            let mut subject = subject;
            subject.retain(|&s| clause.preposition_of(&clause.parties[s]).is_none());
            let targets: Vec<usize> = if subject.is_empty() {
                clause
                    .parties
                    .iter()
                    .position(|p| p.tok_end <= m.start && clause.preposition_of(p).is_none())
                    .into_iter()
                    .collect()
            } else {
                subject
            };
            // "drawing condemnation from Washington, Seoul and Tokyo": each.
            let sources = clause.compound_right(slot);
            let mut targets: Vec<EventParty> = targets
                .into_iter()
                .filter(|t| !sources.contains(t))
                .map(|t| self.party(t))
                .collect();
            // "The attack drew condemnation from ...": the latest act's
            // author.
            if targets.is_empty() {
                // "The attack drew ...": the latest attack; else the latest act.
                let kind = self.tokens()[clause.clause_start(m.start)..m.start]
                    .iter()
                    .rev()
                    .find_map(|t| act_noun_type(&t.norm));
                let typed = kind.and_then(|kind| acts.iter().find(|e| e.event_type == kind));
                targets.extend(
                    typed
                        .or_else(|| acts.latest_near(self.paragraph))
                        .map(|e| e.source.clone()),
                );
            }
            let sources: Vec<EventParty> = sources.iter().map(|&s| self.party(s)).collect();
            return cross_pairs(&sources, &targets, 0.6);
        }
        if rule.flags.verdict {
            return self.verdict(m, rule, speaker, &subject, acts);
        }
        if rule.flags.speaker {
            if let (Some(speaker), Some(&s)) = (speaker, subject.last()) {
                let target = self.party(s);
                if speaker.code != target.code {
                    return vec![(speaker.clone(), target, 0.6)];
                }
            }
        }
        // A conflict noun ("attacks", "protests", "sanctions") standing alone
        // belongs to the actor right before it ("Russian attacks", "Canada's
        // blacklisting"), not to whoever is the sentence's subject.
        let conflict_noun = (rule.flags.nominal || is_noun_form(&self.tokens()[m.start].norm))
            && rule.pattern.len() <= 2
            && cameo_info(&rule.cameo).is_some_and(|c| c.quad >= 3);
        if conflict_noun {
            subject.retain(|&s| {
                let p = &clause.parties[s];
                self.tokens()[p.tok_end..m.start].iter().all(|t| {
                    t.norm == "'s"
                        || t.norm.chars().all(|c| c.is_ascii_digit())
                        || (t.norm.len() > 4 && t.norm.ends_with("ly"))
                        || BACKGROUND_SKIP.contains(&t.norm.as_str())
                        || LIGHT_VERB_PHRASE.contains(&t.norm.as_str())
                })
            });
            // "Sweden and Norway announced expulsions": the whole compound.
            if let Some(&last) = subject.last() {
                subject = clause.compound(last);
            }
        }
        let mut sources: Vec<EventParty> = subject
            .iter()
            .map(|&i| self.party(clause.origin_of_group(i)))
            .collect();
        // "Iraq said its warplanes had attacked": a group owned by "its" or
        // "their" is the speaker's, or the sentence's first actor's.
        if let [only] = subject.as_slice() {
            let p = &clause.parties[*only];
            let owned = p.kind == MentionKind::Group
                && p.tok_start > 0
                && matches!(
                    self.tokens()[p.tok_start - 1].norm.as_str(),
                    "its" | "their"
                );
            if owned {
                let owner = speaker.cloned().or_else(|| {
                    clause
                        .parties
                        .iter()
                        .find(|q| q.tok_end < p.tok_start && q.kind != MentionKind::Place)
                        .map(Party::event_party)
                });
                if let Some(owner) = owner {
                    sources = vec![EventParty {
                        sector: p.actor.sector.clone(),
                        ..owner
                    }];
                }
            }
        }
        // "China said the US had launched a trade war and accused Washington
        // of ...": a joined verb whose nearest subject is its own object
        // belongs to the speaker.
        let object = m.slot.or_else(|| {
            clause
                .parties
                .iter()
                .position(|p| p.tok_start >= m.end && p.tok_start <= m.end + 1)
        });
        if let (Some(slot), Some(speaker)) = (object, speaker) {
            let slot_code = &clause.parties[slot].actor.code;
            let self_directed = !sources.is_empty() && sources.iter().all(|s| &s.code == slot_code);
            if self_directed && self.joined_by_and(m.start) && &speaker.code != slot_code {
                sources = vec![speaker.clone()];
            }
        }
        sources.extend(coordinated);
        let mut confidence = 0.8;
        // Speakers perform verbal acts; a material act needs its own actor.
        let verbal = cameo_info(&rule.cameo).is_some_and(|c| c.quad == 1 || c.quad == 3);
        // "Both countries eased restrictions", "Trump said the two countries
        // had agreed": the states named together in this sentence, else in
        // the latest sentence that named two.
        if self.pair_subject(m.start) {
            let here = state_pair(clause.parties);
            // "both sides reported shelling", "both sides warned they would
            // respond": the sides of the latest fight.
            let conflict = matches!(
                rule.event_type,
                EventType::Assault | EventType::Threaten | EventType::Retreat
            );
            let fighting = || conflict.then(|| latest_fight(acts)).flatten();
            // "the two sides had agreed to meet again": the sides of the
            // latest talks.
            let cooperative = matches!(
                rule.event_type,
                EventType::Agree | EventType::Consult | EventType::Cooperate
            );
            let talking = || cooperative.then(|| latest_talks(acts.iter())).flatten();
            if let Some([a, b]) = here
                .or_else(fighting)
                .or_else(talking)
                .or_else(|| self.recent_pair())
            {
                return vec![(
                    self.country_party(&a, None),
                    self.country_party(&b, None),
                    0.5,
                )];
            }
        }
        if sources.is_empty() && !conflict_noun {
            confidence = 0.6;
            if let Some(pronoun_actor) = self.pronoun_subject(m.start, speaker) {
                sources.push(pronoun_actor);
            } else if let Some(document) = self.document_subject(m.start) {
                sources.push(document);
            } else if !rule.flags.nominal && verbal && !self.thing_subject(m.start) {
                if let Some(speaker) = speaker {
                    sources.push(speaker.clone());
                }
            }
        }
        if sources.is_empty() && rule.flags.domestic && rule.event_type == EventType::Protest {
            return self.domestic_protest(m).into_iter().collect();
        }
        // "fighting between Armenia and Azerbaijan", "an agreement between
        // A and B": the pair after "between".
        if rule.flags.symmetric {
            let between = self.tokens()[m.start..m.end]
                .iter()
                .position(|t| t.norm == "between")
                .map(|k| m.start + k);
            if let Some(between) = between {
                let first = clause
                    .parties
                    .iter()
                    .position(|p| p.tok_start > between && p.tok_start <= between + 3);
                if let Some(first) = first {
                    if let [a, b, ..] = clause.compound_right(first).as_slice() {
                        return vec![(self.party(*a), self.party(*b), 0.6)];
                    }
                }
            }
        }
        let Some(first_source) = sources.first().cloned() else {
            return Vec::new();
        };
        let source_codes: Vec<String> = sources.iter().map(|s| s.code.clone()).collect();
        // "met diplomats from Britain and France": the states they come from.
        let slot = m.slot.map(|s| clause.origin_of_group(s));
        // "urged both Iran and Iraq": every member of a compound object.
        if let Some(slot) = slot {
            let targets: Vec<EventParty> = clause
                .compound_right(slot)
                .into_iter()
                .map(|i| self.party(i))
                .collect();
            if targets.len() > 1 {
                return sources
                    .iter()
                    .flat_map(|s| {
                        targets
                            .iter()
                            .map(move |t| (s.clone(), t.clone(), confidence))
                    })
                    .collect();
            }
        }
        // "Saudi Arabia and Iran agreed to restore ties in a deal brokered by
        // China": a reciprocal act's compound subject is its dyad.
        // "Angola, Cuba and South Africa signed a protocol": each pair.
        if rule.flags.symmetric && m.slot.is_none() && sources.len() >= 2 {
            return all_pairs(&sources, confidence);
        }
        // "Damascus denied storing Iranian missiles": what is denied names
        // no target; the denial answers its accuser.
        // "Russia was not to blame" names nothing else.
        let not_to_blame = self.tokens()[m.end - 1].norm == "blame";
        let denied_content = self.is_denial(m, rule)
            && (not_to_blame
                || self.tokens().get(m.end).is_some_and(|t| {
                    t.norm.ends_with("ing")
                        || matches!(
                            t.norm.as_str(),
                            "that"
                                | "any"
                                | "involvement"
                                | "responsibility"
                                | "wrongdoing"
                                | "reports"
                        )
                }));
        // "cut ties with Qatar, accusing it of ...": a pronoun object is
        // the target of the act just coded in this sentence.
        // "... since Washington slapped duties on their steel": "their" is
        // whoever acted on Washington just before in this sentence.
        let possessive_object = self
            .tokens()
            .get(m.end..m.end + 2)
            .is_some_and(|w| w.iter().any(|t| matches!(t.norm.as_str(), "their" | "its")));
        // "spoke with Qatar's ruler and urged him to ...": "him" and an
        // object "her" too.
        let personal = |k: usize| {
            let tokens = self.tokens();
            match tokens.get(k).map(|t| t.norm.as_str()) {
                Some("him") => true,
                Some("her") => tokens.get(k + 1).is_none_or(|t| {
                    matches!(
                        t.norm.as_str(),
                        "to" | "of" | "for" | "over" | "," | "." | "and"
                    )
                }),
                _ => false,
            }
        };
        // The pronoun follows the trigger, or is its second word ("urged
        // him to").
        let object_at = if m.end == m.start + 3 {
            m.start + 1
        } else {
            m.end
        };
        let pronoun_object = self
            .tokens()
            .get(object_at)
            .is_some_and(|t| matches!(t.norm.as_str(), "it" | "them"))
            || personal(object_at)
            || possessive_object;
        // "support it (Ukraine)": the pronoun glossed names its target.
        let glossed = clause
            .parties
            .iter()
            .any(|p| p.tok_start > m.end && p.tok_start <= m.end + 2);
        let pronoun_object = (pronoun_object && !glossed)
            .then(|| acts.this_sentence.last())
            .flatten()
            .map(|last| {
                if !source_codes.contains(&last.target.code) {
                    vec![last.target.clone()]
                } else {
                    acts.this_sentence
                        .iter()
                        .filter(|e| e.target.code == last.target.code)
                        .map(|e| e.source.clone())
                        .filter(|s| !source_codes.contains(&s.code))
                        .collect()
                }
            })
            .filter(|targets| !targets.is_empty());
        let target = match slot {
            Some(slot) => Some(vec![self.party(slot)]),
            None if denied_content => self
                .anaphoric_author(m, rule, &first_source, acts)
                .map(|a| vec![a]),
            None if pronoun_object.is_some() => pronoun_object,
            None => {
                let speaker_text = speaker.map(|s| s.text.clone());
                let domestic = rule.flags.domestic;
                let venue_matters = matches!(
                    rule.event_type,
                    EventType::Consult
                        | EventType::Agree
                        | EventType::Support
                        | EventType::Cooperate
                );
                let cooperative = cameo_info(&rule.cameo).is_some_and(|c| c.quad <= 2);
                let excluded = |idx: usize| {
                    let p = &clause.parties[idx];
                    let mission = matches!(
                        clause.tokens.get(p.tok_end).map(|t| t.norm.as_str()),
                        Some("embassy" | "consulate" | "mission")
                    );
                    let at_venue = venue_matters
                        && !mission
                        && matches!(
                            clause.venue_preposition(p),
                            Some("in" | "at" | "near" | "inside" | "outside")
                        );
                    // A city names a target only of force ("missiles at
                    // Kyiv"); elsewhere it is a venue or a business name.
                    // Aid "to Gaza", "allowed aid into Gaza": the place's
                    // people receive it.
                    let recipient = matches!(rule.event_type, EventType::Aid | EventType::Concede)
                        && p.tok_start > 0
                        && matches!(clause.tokens[p.tok_start - 1].norm.as_str(), "to" | "into");
                    let city = p.kind == MentionKind::Place
                        && !p.seat
                        && !recipient
                        && !matches!(rule.event_type, EventType::Assault | EventType::Mobilize);
                    // Same-country targets only in a dispute, and not from
                    // inside a "that" clause ("denied that its troops ...").
                    let in_complement = clause.tokens[m.end.min(p.tok_start)..p.tok_start]
                        .iter()
                        .any(|t| matches!(t.norm.as_str(), "that" | "there"));
                    // "denied there was any snub - he is going to ...".
                    let existential = rule.event_type == EventType::Reject
                        && clause.tokens[m.end.min(p.tok_start)..p.tok_start]
                            .iter()
                            .any(|t| t.norm == "there");
                    let own_side = source_codes.contains(&p.actor.code)
                        && (in_complement
                            || !domestic_dispute(rule.event_type, &first_source, &p.actor));
                    // "welcomed the resolution and would accept it if Iran
                    // did the same": a condition's actor is no partner (a
                    // threat's is its target: "will respond if Warsaw ...").
                    let conditional = cooperative
                        && clause.tokens[m.end.min(p.tok_start)..p.tok_start]
                            .iter()
                            .any(|t| matches!(t.norm.as_str(), "if" | "unless"));
                    subject.contains(&idx)
                        || conditional
                        || existential
                        || at_venue
                        || city
                        || (!domestic && own_side)
                        || speaker_text.as_deref() == Some(p.text.as_str()) && p.tok_start > m.end
                        || clause.speaks(idx)
                };
                let found = clause
                    .target_after(m.start, m.end, m.next_start, &excluded)
                    .or_else(|| clause.counterpart(m.end, &excluded))
                    .or_else(|| {
                        // "demanded a ceasefire in the war between Iran and
                        // Iraq": a request to both sides named later.
                        (rule.event_type == EventType::Request)
                            .then(|| self.pair_after_between(m.end))
                            .flatten()
                    });
                // "stormed the Saudi and Kuwaiti embassies": each member of a
                // compound object.
                found.map(|idx| {
                    clause
                        .compound_right(idx)
                        .into_iter()
                        .filter(|&i| i == idx || !excluded(i))
                        .map(|i| self.party(i))
                        .collect::<Vec<_>>()
                })
            }
        };
        match target {
            Some(targets) => sources
                .into_iter()
                .flat_map(|s| {
                    targets
                        .iter()
                        .map(|t| (s.clone(), t.clone(), confidence))
                        .collect::<Vec<_>>()
                })
                .collect(),
            None => {
                // A reciprocal act with no object: the compound subject is the
                // dyad ("A and B held talks"), or "the two countries" are the
                // article's main pair.
                let mutual = rule.flags.symmetric || rule.event_type == EventType::Retreat;
                if sources.len() >= 2 && (mutual || self.reciprocal()) {
                    return all_pairs(&sources, confidence);
                }
                if rule.flags.symmetric && self.mentions_both_sides() {
                    let pair = state_pair(clause.parties).or_else(|| self.recent_pair());
                    if let Some(pair) = pair.filter(|p| p.contains(&first_source.code)) {
                        if let Some(other) = pair.iter().find(|c| **c != first_source.code) {
                            let target = self.country_party(other, None);
                            return vec![(first_source, target, 0.5)];
                        }
                    }
                }
                let officials = matches!(
                    first_source.sector.as_deref(),
                    Some("GOV" | "MIL" | "JRN" | "COP" | "JUD" | "LEG")
                );
                // "Colombia and Peru said they would not recognise the
                // results": the results of the state the article is about.
                let recognition = rule.event_type == EventType::Reject
                    && self.tokens()[m.start..m.end]
                        .iter()
                        .any(|t| t.norm.starts_with("recogni"));
                if recognition {
                    if let Some(focus) = self.focus(acts, &source_codes) {
                        let target = self.country_party(&focus, None);
                        return sources
                            .into_iter()
                            .map(|s| (s, target.clone(), 0.5))
                            .collect();
                    }
                }
                // "opposition lawmakers walked out in protest": the
                // opposition's members protest against the government.
                let opposition = first_source.text.to_lowercase().contains("opposition");
                if rule.flags.domestic
                    && rule.event_type == EventType::Protest
                    && (!officials || opposition)
                {
                    let government = self.country_party(&first_source.code, Some("GOV"));
                    return vec![(first_source, government, 0.6)];
                }
                // "The president agreed to step down": a leader yields to
                // the country's people; "freed 985 political prisoners":
                // a state frees its own dissidents.
                let own_dissidents = rule.event_type == EventType::Concede
                    && self.tokens()[m.start..m.end].iter().any(|t| {
                        matches!(
                            t.norm.as_str(),
                            "political"
                                | "dissidents"
                                | "dissident"
                                | "activists"
                                | "activist"
                                | "protesters"
                                | "opposition"
                        )
                    });
                if (rule.flags.domestic || own_dissidents) && rule.event_type == EventType::Concede
                {
                    let people = self.country_party(&first_source.code, Some("CVL"));
                    return vec![(first_source, people, 0.5)];
                }
                // "has refused to step down": a ruler defies the country's
                // opposition.
                if rule.flags.domestic && rule.event_type == EventType::Reject {
                    let opposition = self.country_party(&first_source.code, Some("OPP"));
                    return vec![(first_source, opposition, 0.5)];
                }
                // "Police detained hundreds of protesters": the state against
                // its own people.
                if rule.event_type == EventType::Coerce && officials && self.people_present() {
                    let home = self.home_of_coerced(&first_source.code, acts);
                    let people = self.country_party(&home, Some("CVL"));
                    return vec![(first_source, people, 0.5)];
                }
                // "Officials in Amman said Damascus had agreed to ...": an
                // agreement or concession reported by the other side is made
                // to it.
                if matches!(rule.event_type, EventType::Agree | EventType::Concede) {
                    let third_party =
                        |s: &&EventParty| matches!(s.code.as_str(), "IGO" | "UNO" | "NGO");
                    // Only a speaker named in this sentence: a pronoun or a
                    // paragraph's speaker is too far to be the other side.
                    let named_here = |s: &&EventParty| self.sentence.contains(s.text.as_str());
                    if let Some(speaker) = speaker
                        .filter(|s| s.code != first_source.code && !third_party(s) && named_here(s))
                    {
                        return vec![(first_source, speaker.clone(), 0.5)];
                    }
                }
                let parties = self.ceasefire_parties(m, rule, &first_source, acts);
                if !parties.is_empty() {
                    return cross_pairs(&sources, &parties, 0.5);
                }
                // "Moscow denied the allegations", "Berlin welcomed the
                // decision": the reaction is to whoever made them.
                if let Some(author) = self.anaphoric_author(m, rule, &first_source, acts) {
                    return sources
                        .into_iter()
                        .map(|s| (s, author.clone(), 0.5))
                        .collect();
                }
                // "praising his decisive measures", "urged him to resign":
                // the last person named, when another side's.
                let person_object = [m.start + 1, m.end].iter().any(|&k| {
                    self.tokens()
                        .get(k)
                        .is_some_and(|t| matches!(t.norm.as_str(), "him" | "her" | "his"))
                });
                // "cut ties with Morocco, accusing its neighbour of hostile
                // acts": the side the act just coded was aimed at.
                let neighbour_object = matches!(
                    self.tokens()
                        .get(m.start + 1..m.start + 3)
                        .map(|w| [w[0].norm.as_str(), w[1].norm.as_str()]),
                    Some(["its" | "their", "neighbour" | "neighbor" | "rival"])
                );
                let here = clause
                    .parties
                    .iter()
                    .rev()
                    .filter(|p| p.kind == MentionKind::Person && p.tok_end <= m.start)
                    .map(Party::event_party)
                    .find(|p| p.code != first_source.code);
                // "expelled the U.S. ambassador, accusing him of ...": the
                // person the act just coded in this sentence was aimed at.
                let aimed_at = || {
                    this_sentence
                        .last()
                        .filter(|e| e.source.code == first_source.code)
                        .map(|e| e.target.clone())
                };
                if let Some(neighbour) = aimed_at().filter(|_| neighbour_object) {
                    return sources
                        .into_iter()
                        .map(|s| (s, neighbour.clone(), 0.5))
                        .collect();
                }
                if let Some(person) = here
                    .or_else(aimed_at)
                    .or_else(|| self.state.last_person.clone())
                    .filter(|p| person_object && p.code != first_source.code)
                {
                    return sources
                        .into_iter()
                        .map(|s| (s, person.clone(), 0.5))
                        .collect();
                }
                let targets = self.context_targets(m, rule, &first_source, acts);
                if !targets.is_empty() {
                    return cross_pairs(&sources, &targets, 0.5);
                }
                // "would withdraw from the Iran deal and reimpose sanctions":
                // a joined material act with no object acts on the same side
                // (a verbal one names what it is about: "and condemned the
                // coup attempt").
                // The purpose of a call is about the one called ("phoned
                // Modi to express support").
                let material = cameo_info(&rule.cameo).is_some_and(|c| c.quad == 2 || c.quad == 4);
                // "spoke by phone with Putin and urged de-escalation": what is
                // said in a call or a meeting is said to the one met.
                let in_meeting = this_sentence
                    .last()
                    .is_some_and(|e| e.event_type == EventType::Consult);
                if let Some((target, _)) = coordinated_target.filter(|(t, purpose)| {
                    (material || *purpose || in_meeting) && t.code != first_source.code
                }) {
                    return sources
                        .into_iter()
                        .map(|s| (s, target.clone(), 0.5))
                        .collect();
                }
                // Rebels who capture towns or attack fight their own state.
                // Only a named group ("the TPLF", "Houthi rebels"): a bare
                // "rebels" may have taken the article's country by default.
                let named_group = first_source.name.starts_with(char::is_uppercase);
                if matches!(rule.event_type, EventType::Assault | EventType::Coerce)
                    && first_source.sector.as_deref() == Some("REB")
                    && named_group
                    && !matches!(first_source.code.as_str(), "IGO" | "UNO" | "EUR" | "NGO")
                {
                    let state = self.country_party(&first_source.code, Some("GOV"));
                    return vec![(first_source, state, 0.5)];
                }
                // "Azerbaijani forces shelled the towns of Jermuk and Goris":
                // an attack on places the dictionaries do not know hits the
                // side the attacker last fought.
                let place_object = self.tokens()[m.start + 1..].iter().take(5).any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "town"
                            | "towns"
                            | "village"
                            | "villages"
                            | "city"
                            | "cities"
                            | "positions"
                            | "position"
                            | "base"
                            | "bases"
                            | "outpost"
                            | "outposts"
                            | "posts"
                            | "airfield"
                            | "airport"
                            | "port"
                            | "garrison"
                            | "trenches"
                            | "target"
                            | "targets"
                    )
                });
                if rule.event_type == EventType::Assault && place_object {
                    let src = &first_source.code;
                    let enemy = acts.iter().find_map(|e| {
                        let fight =
                            e.event_type == EventType::Assault && e.source.code != e.target.code;
                        if !fight {
                            None
                        } else if &e.source.code == src {
                            Some(e.target.clone())
                        } else if &e.target.code == src {
                            Some(e.source.clone())
                        } else {
                            None
                        }
                    });
                    if let Some(enemy) = enemy {
                        return vec![(first_source, enemy, 0.4)];
                    }
                }
                // "Canada said it would suspend its aid programme", "urged a
                // swift return to civilian rule": a foreign state's policy
                // act or demand with no object is aimed at the state the
                // article is about.
                let aimed = matches!(
                    rule.event_type,
                    EventType::Sanction | EventType::Request | EventType::Threaten
                );
                // States and intergovernmental bodies, not NGOs or firms.
                let public_source = first_source.code.len() == 3
                    && !matches!(first_source.code.as_str(), "NGO" | "MNC");
                // A verb, not a noun: "at the request of", "a demand".
                let as_noun =
                    m.start > 0 && DETERMINERS.contains(&self.tokens()[m.start - 1].norm.as_str());
                if aimed && public_source && !as_noun && !self.negated(m) {
                    if let Some(focus) = self
                        .state
                        .focus
                        .clone()
                        .filter(|f| !source_codes.contains(f))
                    {
                        let target = self.country_party(&focus, None);
                        return sources
                            .into_iter()
                            .map(|s| (s, target.clone(), 0.4))
                            .collect();
                    }
                }
                Vec::new()
            }
        }
    }

    /// "Ten militiamen were arrested, a Syrian army spokesman said",
    /// "sanctions will be imposed on North Korea, Trump said": a state's
    /// spokesman reporting a policy act with no agent reports the state's
    /// own act. Only a speaker this sentence names, and only acts a state
    /// takes (sanctions, arrests, deployments, aid, concessions).
    fn agentless(
        &self,
        m: &TriggerMatch,
        rule: &Rule,
        subject: &[usize],
    ) -> Vec<(EventParty, EventParty, f32)> {
        let policy = matches!(
            rule.event_type,
            EventType::Sanction
                | EventType::Coerce
                | EventType::Mobilize
                | EventType::Aid
                | EventType::Concede
        );
        let speaker = self
            .clause
            .speaker()
            .and_then(|sp| resolve_speaker(sp, self.clause.parties, self.state));
        let Some(speaker) = speaker.filter(|s| {
            policy
                && is_state_code(&s.code)
                && matches!(s.sector.as_deref(), None | Some("GOV" | "MIL" | "COP"))
                && self.sentence.contains(s.text.as_str())
        }) else {
            return Vec::new();
        };
        let patient = m.slot.or_else(|| subject.last().copied());
        patient
            .map(|p| self.party(p))
            .filter(|p| p.code != speaker.code || domestic_type(rule.event_type))
            .map(|p| vec![(speaker, p, 0.5)])
            .unwrap_or_default()
    }

    /// "welcomed the ceasefire": its parties, the two sides of the latest
    /// fight (not the one who welcomes).
    fn ceasefire_parties(
        &self,
        m: &TriggerMatch,
        rule: &Rule,
        source: &EventParty,
        acts: ActsBefore<'_>,
    ) -> Vec<EventParty> {
        let tokens = self.tokens();
        let ceasefire = tokens[m.start + 1..tokens.len().min(m.end + 2)]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "ceasefire" | "truce"));
        if rule.event_type != EventType::Support || !ceasefire {
            return Vec::new();
        }
        latest_fight(acts)
            .into_iter()
            .flatten()
            .filter(|c| *c != source.code)
            .map(|c| self.country_party(&c, None))
            .collect()
    }

    /// A denial: "denied ...", "was not to blame".
    fn is_denial(&self, m: &TriggerMatch, rule: &Rule) -> bool {
        let tokens = self.tokens();
        rule.event_type == EventType::Reject
            && (tokens[m.start].norm.starts_with("den") || tokens[m.end - 1].norm == "blame")
    }

    /// The author of an act named again by a definite noun right after a
    /// reaction ("denied the allegations", "welcomed the decision",
    /// "declined the offer"): the source of the latest earlier event in
    /// this or the previous paragraph that is not the reacting side.
    fn anaphoric_author(
        &self,
        m: &TriggerMatch,
        rule: &Rule,
        source: &EventParty,
        acts: ActsBefore<'_>,
    ) -> Option<EventParty> {
        if !matches!(
            rule.event_type,
            EventType::Reject | EventType::Support | EventType::Accuse | EventType::Agree
        ) {
            return None;
        }
        let recent = |paragraph: usize| paragraph + 2 >= self.paragraph;
        let latest = || acts.iter().take_while(|e| recent(e.paragraph));
        let tokens = self.tokens();
        // "Moscow denied any involvement", "Damascus has denied using
        // chemical weapons": the denial answers the latest accuser.
        if self.is_denial(m, rule) {
            let accuser = latest()
                .find(|e| e.event_type == EventType::Accuse && e.target.code == source.code)
                .or_else(|| {
                    // Else whoever last acted against the denier: "the US
                    // struck ... Damascus has denied using chemical weapons".
                    acts.iter().find(|e| {
                        e.target.code == source.code
                            && e.source.code != source.code
                            && cameo_info(&e.cameo).is_some_and(|c| c.quad >= 3)
                    })
                })
                .map(|e| e.source.clone());
            if accuser.is_some() {
                return accuser;
            }
        }
        let latest_other = |chain: bool| self.latest_other(source, acts, chain);
        let reaction = matches!(rule.event_type, EventType::Support | EventType::Accuse);
        // "the allegations", "the strike", "the Paris Club offer".
        let after = &tokens[m.start + 1..tokens.len().min(m.end + 3)];
        let noun = after
            .iter()
            .position(|t| {
                matches!(
                    t.norm.as_str(),
                    "the" | "these" | "those" | "this" | "that" | "such"
                )
            })
            .and_then(|article| {
                after
                    .iter()
                    .skip(article + 1)
                    .find(|t| !ANAPHOR_MODIFIERS.contains(&t.norm.as_str()))
            })
            .filter(|t| names_an_act(&t.norm))
            .map(|t| t.norm.as_str());
        // "rejected suggestions that ...": a report named without an
        // article, right after the verb.
        let noun = noun.or_else(|| {
            tokens
                .get(m.start + 1)
                .map(|t| t.norm.as_str())
                .filter(|w| REPORT_NOUNS.contains(w))
        });
        // "The sanctions were swiftly backed by France": a passive's
        // subject names the act.
        let noun = noun.or_else(|| {
            if !self.clause.is_passive(m.start) {
                return None;
            }
            let mut before = self.clause.passive_patient_words(m.start);
            before.find(|w| names_an_act(w))
        });
        let Some(noun) = noun else {
            // Only praise and blame stand without an object ("voiced
            // support", "also condemned it").
            let next = tokens.get(m.end).map(|t| t.norm.as_str());
            let pronoun = tokens
                .get(m.start + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "it" | "them"));
            let bare = pronoun || matches!(next, None | Some("." | "," | ";"));
            // "Macron called it regrettable": in a reaction "it" is the
            // story's deed (its first material act or recognition), not
            // the talk about it.
            let deed = || {
                acts.earlier
                    .iter()
                    .chain(acts.this_sentence)
                    .find(|e| {
                        other_side(&e.source, source)
                            && (cameo_info(&e.cameo).is_some_and(|c| c.quad == 2 || c.quad == 4)
                                || matches!(e.cameo.as_str(), "054" | "057"))
                    })
                    .map(|e| e.source.clone())
            };
            return match (reaction, pronoun, bare) {
                (true, true, _) => deed().or_else(|| latest_other(true)),
                (true, false, true) => latest_other(true),
                _ => None,
            };
        };
        let hostile = matches!(rule.event_type, EventType::Accuse | EventType::Reject);
        self.act_author(noun, source, acts, reaction, hostile)
    }

    /// The author of an act named by a noun ("the strike", "the offer",
    /// "the decision"), other than `source`: the latest act of the type the
    /// noun names ("the strike" is the latest attack), else the act named
    /// earlier with its author ("the Paris Club offer"), else the latest
    /// act near. The act may lie anywhere before: reactions come paragraphs
    /// after the lede that reported it.
    fn act_author(
        &self,
        noun: &str,
        source: &EventParty,
        acts: ActsBefore<'_>,
        chain: bool,
        hostile: bool,
    ) -> Option<EventParty> {
        if let Some(kind) = act_noun_type(noun) {
            // A ceasefire may be declared alone (RETREAT) or agreed.
            let declared = matches!(noun, "ceasefire" | "truce");
            let of_kind = |e: &&Event| {
                (e.event_type == kind || (declared && e.event_type == EventType::Retreat))
                    && other_side(&e.source, source)
            };
            // "condemned the invasion": the act told with the noun's own
            // verb ("invaded"), else the latest of its kind.
            let stem = verb_stem(noun);
            let author = stem
                .and_then(|stem| {
                    acts.iter()
                        .filter(of_kind)
                        .find(|e| e.sentence.to_lowercase().contains(stem))
                })
                .or_else(|| acts.iter().find(of_kind))
                .map(|e| e.source.clone());
            return author.or_else(|| self.latest_other(source, acts, chain));
        }
        // "Qatar called the decision unjustified": blame for a decision
        // goes to whoever last acted against the one who blames.
        let generic = matches!(
            noun,
            "decision" | "move" | "step" | "measures" | "action" | "actions" | "takeover"
        );
        if hostile && generic {
            let against = acts
                .iter()
                .find(|e| e.target.code == source.code && e.source.code != source.code)
                .map(|e| e.source.clone());
            if against.is_some() {
                return against;
            }
        }
        let named = act_key(noun).and_then(|key| {
            self.state
                .named_acts
                .iter()
                .rev()
                .take_while(|(_, _, p)| p + 1 >= self.paragraph)
                .find(|(k, author, _)| *k == key && author.code != source.code)
                .map(|(_, author, _)| author.clone())
        });
        // "Kuwait rejected the charges", paragraphs after the lede's
        // accusation: whoever last accused the one who rejects.
        let accuser = || {
            (act_key(noun) == Some("accuse"))
                .then(|| {
                    acts.iter()
                        .find(|e| {
                            e.event_type == EventType::Accuse
                                && e.target.code == source.code
                                && e.source.code != source.code
                        })
                        .map(|e| e.source.clone())
                })
                .flatten()
        };
        named
            .or_else(|| self.latest_other(source, acts, chain))
            .or_else(accuser)
    }

    /// The author of the latest event of this or the previous paragraph, if
    /// another side's than `source`: what "it" or a bare "voiced support"
    /// is about. With `chain`, a reaction follows the reaction before it
    /// ("Iran denounced the strike. Two allies voiced support."): it is
    /// about the same act.
    fn latest_other(
        &self,
        source: &EventParty,
        acts: ActsBefore<'_>,
        chain: bool,
    ) -> Option<EventParty> {
        let e = acts.latest_near(self.paragraph)?;
        // Praise and blame react; recognising a state or signing a deal
        // (SUPPORT and AGREE by type) are acts of their own.
        let reaction = e.event_type == EventType::Accuse
            || (e.event_type == EventType::Support
                && matches!(e.cameo.as_str(), "050" | "051" | "052" | "053"));
        let author = if chain && reaction {
            &e.target
        } else {
            &e.source
        };
        other_side(author, source).then(|| author.clone())
    }

    /// A speaker's verdict on an actor or an act ("Canada's position
    /// amounted to interference", "the strike was wholly appropriate",
    /// "Panama bears full responsibility"): the speaker judges the actor
    /// the clause names before the verdict, else the author of the act its
    /// subject noun names. Without a speaker there is no verdict.
    fn verdict(
        &self,
        m: &TriggerMatch,
        rule: &Rule,
        speaker: Option<&EventParty>,
        subject: &[usize],
        acts: ActsBefore<'_>,
    ) -> Vec<(EventParty, EventParty, f32)> {
        // "was not appropriate" is no praise, "is not a provocation" no
        // blame.
        // Only a speaker this sentence names: a verdict is the speaker's
        // own words, not the paragraph's gist.
        let named_here = |s: &&EventParty| self.sentence.contains(s.text.as_str());
        let Some(speaker) = speaker.filter(|s| named_here(s) && !self.negated(m)) else {
            return Vec::new();
        };
        let hostile = rule.event_type == EventType::Accuse;
        // The judged actor heads the subject right before the verdict
        // ("Canada's position", "the Senate resolution"), and is not the
        // speaker ("Fallon said the action was appropriate").
        let heads_subject = |s: usize| {
            let p = &self.clause.parties[s];
            let gap = &self.tokens()[p.tok_end.min(m.start)..m.start];
            // "the killing of Armenians constituted genocide": the actor in
            // a prepositional phrase is not the subject's head.
            let in_phrase = p.tok_start > 0
                && matches!(
                    self.tokens()[p.tok_start - 1].norm.as_str(),
                    "of" | "against" | "on" | "in" | "with" | "by" | "from" | "to"
                );
            !in_phrase
                && gap.len() <= 2
                && gap.iter().all(|t| {
                    t.norm == "'s"
                        || (t.is_word()
                            && !matches!(
                                t.norm.as_str(),
                                "with"
                                    | "in"
                                    | "to"
                                    | "of"
                                    | "and"
                                    | "or"
                                    | "for"
                                    | "on"
                                    | "at"
                                    | "by"
                                    | "from"
                                    | "that"
                                    | "which"
                                    | "who"
                                    | "it"
                                    | "he"
                                    | "she"
                                    | "they"
                            ))
                })
        };
        let subject = subject.iter().rev().find(|&&s| {
            heads_subject(s)
                && !self.clause.speaks(s)
                && self.clause.parties[s].text != speaker.text
        });
        let judged = match subject {
            Some(&s) => Some(self.party(s)),
            None => self.tokens()[self.clause.clause_start(m.start)..m.start]
                .iter()
                .rev()
                .find(|t| {
                    ANAPHORIC_ACTS.contains(&t.norm.as_str())
                        || VERDICT_SUBJECTS.contains(&t.norm.as_str())
                })
                .and_then(|noun| self.act_author(&noun.norm, speaker, acts, true, hostile)),
        };
        judged
            .filter(|j| j.code != speaker.code)
            .map(|j| vec![(speaker.clone(), j, 0.6)])
            .unwrap_or_default()
    }

    /// Targets an act with no object takes from the acts before it:
    /// - "urged all parties / both sides to ...": the two sides of the
    ///   latest sentence that named two states;
    /// - "expulsions of their own", "duties of its own": the same act as the
    ///   latest one of its type, against the same side, or against its
    ///   author when it hit the subject (a retaliation);
    /// - "vowed to retaliate", "retaliatory tariffs": whoever last acted
    ///   against the subject;
    /// - "threatened further strikes": the target of the subject's latest
    ///   attack.
    fn context_targets(
        &self,
        m: &TriggerMatch,
        rule: &Rule,
        source: &EventParty,
        acts: ActsBefore<'_>,
    ) -> Vec<EventParty> {
        let tokens = self.tokens();
        let before = || acts.iter();
        let after: Vec<&str> = tokens[m.end.min(tokens.len())..]
            .iter()
            .take(4)
            .map(|t| t.norm.as_str())
            .collect();
        let object: Vec<&str> = tokens[m.start + 1..]
            .iter()
            .map(|t| t.norm.as_str())
            .skip_while(|w| matches!(*w, "on" | "upon" | "to"))
            .take(3)
            .collect();
        let all_sides = matches!(
            object.as_slice(),
            [
                "all" | "both",
                "parties" | "sides" | "governments" | "countries" | "leaders",
                ..
            ] | [
                "the",
                "two" | "warring",
                "sides" | "parties" | "governments" | "countries",
                ..
            ] | ["the", "warring", ..]
        );
        // "urged an immediate end to hostilities", "called for a ceasefire":
        // a request to the sides of the latest conflict.
        let end_of_fighting = tokens[m.start + 1..tokens.len().min(m.end + 6)]
            .iter()
            .any(|t| {
                matches!(
                    t.norm.as_str(),
                    "ceasefire" | "truce" | "hostilities" | "restraint"
                )
            });
        let all_sides = all_sides || end_of_fighting;
        if rule.event_type == EventType::Request && all_sides {
            // The pair named here, else the sides of the latest fight or
            // talks, else the latest two states named together; never the
            // askers themselves ("China and Russia urged restraint").
            let others = |p: &[String; 2]| !p.contains(&source.code);
            let subjects: Vec<String> = self
                .clause
                .subject(m.start, false)
                .into_iter()
                .map(|i| self.clause.parties[i].actor.code.clone())
                .collect();
            let not_the_askers = |p: &[String; 2]| !p.iter().all(|c| subjects.contains(c));
            let talks = || {
                latest_talks(
                    acts.iter()
                        .take_while(|e| e.paragraph + 2 >= self.paragraph),
                )
            };
            // "Russia, which backs Assad, called on both sides": not the
            // parties of an aside.
            let outside_asides: Vec<Party> = self
                .clause
                .parties
                .iter()
                .filter(|p| !self.clause.in_aside(p.tok_start, m.start))
                .cloned()
                .collect();
            let pair = state_pair(&outside_asides)
                .filter(not_the_askers)
                .or_else(|| latest_fight(acts).filter(others))
                .or_else(|| talks().filter(others));
            if let Some(pair) = pair {
                return pair.iter().map(|c| self.country_party(c, None)).collect();
            }
            // A crisis inside one state: the state the article is about.
            return self
                .focus(acts, std::slice::from_ref(&source.code))
                .map(|c| self.country_party(&c, None))
                .into_iter()
                .collect();
        }
        let own =
            matches!(after.as_slice(), ["of", "its" | "their", "own", ..]) && !self.negated(m);
        if own {
            return before()
                .find(|e| e.event_type == rule.event_type && e.source.code != source.code)
                .map(|e| {
                    if e.target.code == source.code {
                        e.source.clone()
                    } else {
                        e.target.clone()
                    }
                })
                .into_iter()
                .collect();
        }
        // "vowed to retaliate", "said Moscow would respond": a threat to
        // answer whoever last acted against the subject.
        let window = &tokens[m.start.saturating_sub(3)..tokens.len().min(m.end + 2)];
        // "hit back with tariffs".
        let hit_back = window.windows(2).any(|w| {
            w[1].norm == "back"
                && matches!(
                    w[0].norm.as_str(),
                    "hit"
                        | "hits"
                        | "hitting"
                        | "struck"
                        | "strikes"
                        | "striking"
                        | "fought"
                        | "fights"
                )
        });
        let retaliation = hit_back
            || window.iter().any(|t| {
                t.norm.starts_with("retaliat")
                    || matches!(t.norm.as_str(), "revenge" | "vengeance")
                    || (matches!(rule.event_type, EventType::Threaten | EventType::Assault)
                        && matches!(
                            t.norm.as_str(),
                            "respond" | "responded" | "responds" | "reply" | "response" | "avenge"
                        ))
            });
        if retaliation {
            // "imposed retaliatory tariffs since Washington slapped duties
            // on their steel": else the actor of the cause named after it.
            let cause = || {
                let clause = &self.clause;
                let at = (m.end..tokens.len()).find(|&k| {
                    matches!(tokens[k].norm.as_str(), "after" | "since" | "following")
                })?;
                clause
                    .parties
                    .iter()
                    .find(|p| {
                        p.tok_start > at
                            && p.tok_start <= at + 3
                            && p.kind != MentionKind::Place
                            && p.actor.code != source.code
                    })
                    .map(Party::event_party)
            };
            return before()
                .find(|e| {
                    e.target.code == source.code
                        && e.source.code != source.code
                        && cameo_info(&e.cameo).is_some_and(|c| c.quad >= 3)
                })
                .map(|e| e.source.clone())
                .or_else(cause)
                .into_iter()
                .collect();
        }
        if rule.event_type == EventType::Threaten {
            // "threatened further strikes": the target of the subject's
            // latest attack; "warned of consequences", "will not be left
            // without a response": whoever last acted against the subject.
            let further = before()
                .find(|e| e.event_type == EventType::Assault && e.source.code == source.code)
                .map(|e| e.target.clone());
            let answer_words = tokens[m.start..m.end.min(tokens.len())].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "consequences"
                        | "response"
                        | "answer"
                        | "options"
                        | "action"
                        | "measures"
                        | "steps"
                        | "unanswered"
                        | "unpunished"
                        | "regret"
                )
            });
            // ... else the author of the latest attack on anyone: "such
            // actions will not be left without consequences" after strikes
            // on an ally.
            let answered = || {
                answer_words.then_some(())?;
                let hostile = |e: &&Event| {
                    e.source.code != source.code
                        && cameo_info(&e.cameo).is_some_and(|c| c.quad >= 3)
                };
                before()
                    .find(|e| e.target.code == source.code && hostile(e))
                    .or_else(|| before().find(|e| e.event_type == EventType::Assault && hostile(e)))
                    .map(|e| e.source.clone())
            };
            // "the expulsions would not go unanswered": the author of the
            // act the sentence names before the threat.
            let named_act = || {
                answer_words.then_some(())?;
                let start = self.clause.clause_start(m.start);
                let noun = tokens[start..m.start].windows(2).find_map(|w| {
                    (matches!(
                        w[0].norm.as_str(),
                        "the" | "such" | "these" | "this" | "those"
                    ) && act_noun_type(&w[1].norm).is_some())
                    .then_some(w[1].norm.as_str())
                })?;
                self.act_author(noun, source, acts, false, true)
            };
            return named_act()
                .or(further)
                .or_else(answered)
                .into_iter()
                .collect();
        }
        Vec::new()
    }

    /// The state the article is about, for acts aimed at it with no object
    /// ("will not recognise the results", "suspended its aid"): the state
    /// the acts so far were most often aimed at, else the one the article
    /// names most; never one of `sources`.
    fn focus(&self, acts: ActsBefore<'_>, sources: &[String]) -> Option<String> {
        let targets = acts
            .iter()
            .map(|e| e.target.code.as_str())
            .filter(|c| is_state_code(c) && !sources.iter().any(|s| s == c));
        most_frequent(targets).or_else(|| self.state.focus.clone().filter(|f| !sources.contains(f)))
    }

    /// The threat rule for a coercive act that is only warned of or made
    /// conditional: "warned that X could impose", "would strike if".
    fn threat(&self, m: &TriggerMatch, rule: &Rule) -> Option<&'static Rule> {
        if !matches!(
            rule.event_type,
            EventType::Sanction | EventType::Assault | EventType::Coerce
        ) || !matches!(
            self.certainty(m, rule),
            Certainty::Planned | Certainty::Hypothetical
        ) {
            return None;
        }
        let tokens = self.tokens();
        let warned = tokens[..m.start]
            .iter()
            .any(|t| t.norm.starts_with("warn") || t.norm.starts_with("threaten"));
        let conditional = tokens[m.end.min(tokens.len())..]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "if" | "unless"));
        (warned || conditional).then(|| threat_rule(rule.event_type))
    }

    /// The first party of a pair named after "between" later in the
    /// sentence ("a ceasefire in the war between Iran and Iraq").
    fn pair_after_between(&self, from: usize) -> Option<usize> {
        let tokens = self.tokens();
        let between = (from..tokens.len()).find(|&k| tokens[k].norm == "between")?;
        let first = self
            .clause
            .parties
            .iter()
            .position(|p| p.tok_start > between && p.tok_start <= between + 3)?;
        (self.clause.compound_right(first).len() >= 2).then_some(first)
    }

    /// The pair of states of the latest sentence that named two, if it is
    /// in this paragraph or one of the two before.
    fn recent_pair(&self) -> Option<[String; 2]> {
        self.state
            .last_pair
            .as_ref()
            .filter(|(_, p)| p + 2 >= self.paragraph)
            .map(|(pair, _)| pair.clone())
    }

    /// Whether the trigger follows "and" with no subject of its own ("...
    /// and expressed", "and also warned").
    fn joined_by_and(&self, trigger: usize) -> bool {
        let tokens = self.tokens();
        let mut k = trigger;
        while k > 0
            && matches!(
                tokens[k - 1].norm.as_str(),
                "also" | "then" | "later" | "has" | "have" | "had" | "would" | "will"
            )
        {
            k -= 1;
        }
        k > 0 && tokens[k - 1].norm == "and"
    }

    /// "he" / "it" / "we" as the subject of the trigger.
    fn pronoun_subject(&self, trigger: usize, speaker: Option<&EventParty>) -> Option<EventParty> {
        let start = self.clause.clause_start(trigger);
        let window = &self.tokens()[start..trigger];
        // "It defaulted on its debt in May and is in talks with the IMF": a
        // pronoun opening the sentence is the subject of its joined verbs
        // too, when no actor comes between.
        let opening = start == 0
            && window
                .first()
                .is_some_and(|t| matches!(t.norm.as_str(), "it" | "they"))
            && !self.clause.parties.iter().any(|p| p.tok_end <= trigger);
        if opening {
            return self.state.last_actor.clone();
        }
        for (k, t) in window.iter().enumerate().rev().take(6) {
            match t.norm.as_str() {
                "he" | "she" => {
                    // "Mr Blair flew to Iraq, where he met ...": a person
                    // earlier in the same sentence comes first.
                    let here = self
                        .clause
                        .parties
                        .iter()
                        .rev()
                        .find(|p| p.kind == MentionKind::Person && p.tok_end <= start + k);
                    // With no person named yet, "he" is the office named
                    // by a role ("India's finance minister ... He").
                    return match here {
                        Some(p) => Some(p.event_party()),
                        None => self
                            .state
                            .last_person
                            .clone()
                            .or_else(|| self.state.last_actor.clone()),
                    };
                }
                "it" | "they" => return self.state.last_actor.clone(),
                "we" | "i" => return speaker.cloned(),
                "its" | "their" if trigger > 0 => return self.state.last_actor.clone(),
                _ => {}
            }
        }
        None
    }

    /// Whether people who protest are named ("students", "thousands",
    /// "protesters"): a rally in the dollar is not a protest.
    fn people_present(&self) -> bool {
        const PEOPLE: &[&str] = &[
            "protesters",
            "protestors",
            "demonstrators",
            "students",
            "student",
            "workers",
            "crowds",
            "crowd",
            "thousands",
            "hundreds",
            "dozens",
            "people",
            "residents",
            "farmers",
            "activists",
            "supporters",
            "opposition",
            "citizens",
            "women",
            "youths",
            "unions",
            "union",
            "employees",
            "doctors",
            "nurses",
            "teachers",
            "miners",
            "drivers",
            "villagers",
            "marchers",
            "rioters",
            "mob",
            "strikers",
            "lawmakers",
            "legislators",
            "deputies",
            "labourers",
            "laborers",
            "tens",
            "pensioners",
            "refugees",
            "mourners",
            "worshippers",
            "fans",
            "truckers",
            "shopkeepers",
            "traders",
            "merchants",
            "lawyers",
            "journalists",
            "muslims",
            "christians",
            "monks",
        ];
        self.clause
            .tokens
            .iter()
            .any(|t| PEOPLE.contains(&t.norm.as_str()))
            || self.clause.parties.iter().any(|p| {
                p.kind == MentionKind::Group
                    || (p.kind == MentionKind::Norp && p.text.ends_with('s'))
            })
    }

    fn reciprocal(&self) -> bool {
        self.sentence_has(&["each other", "one another", "mutual", "bilateral"])
    }

    /// The words between the clause start and the trigger, skipping
    /// auxiliaries and adverbs from the trigger back: the subject's head.
    fn subject_head(&self, trigger: usize) -> Option<(usize, &str)> {
        const AUX: &[&str] = &[
            "is", "was", "are", "were", "has", "have", "had", "been", "be", "will", "would",
            "also", "expected", "to", "likely", "set", "then", "later", "again", "already", "not",
            "n't", "could", "may", "might", "should", "must", "can",
        ];
        let start = self.clause.clause_start(trigger);
        self.tokens()[start..trigger]
            .iter()
            .enumerate()
            .rev()
            .find(|(_, t)| !AUX.contains(&t.norm.as_str()))
            .map(|(k, t)| (start + k, t.norm.as_str()))
    }

    /// "The communique congratulated X": a document acts for the last
    /// actor named.
    fn document_subject(&self, trigger: usize) -> Option<EventParty> {
        const DOCUMENTS: &[&str] = &[
            "communique",
            "communiqué",
            "statement",
            "declaration",
            "resolution",
            "letter",
        ];
        let (k, head) = self.subject_head(trigger)?;
        // "The communique", "the joint statement".
        let determiner = self.tokens()[k.saturating_sub(2)..k]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "the" | "a" | "its" | "their"));
        (determiner && DOCUMENTS.contains(&head))
            .then(|| self.state.last_actor.clone())
            .flatten()
    }

    /// "The summit is expected to agree ...": a named thing is the subject,
    /// so the act is nobody's to hand to the speaker.
    fn thing_subject(&self, trigger: usize) -> bool {
        let Some((k, head)) = self.subject_head(trigger) else {
            return false;
        };
        let tokens = self.tokens();
        let noun = tokens[k].is_word() && !tokens[k].capitalised && head.len() > 2;
        let pronoun = matches!(
            head,
            "he" | "she" | "it" | "they" | "we" | "i" | "who" | "which" | "that"
        );
        noun && !pronoun
            && k > 0
            && matches!(tokens[k - 1].norm.as_str(), "the" | "a" | "an")
            && !self
                .clause
                .parties
                .iter()
                .any(|p| p.tok_start <= k && k < p.tok_end)
    }

    /// Whether the subject right before the trigger is "both countries",
    /// "the two sides" and the like.
    fn pair_subject(&self, trigger: usize) -> bool {
        let start = self.clause.clause_start(trigger);
        let words: Vec<&str> = self.tokens()[start..trigger]
            .iter()
            .rev()
            .take(4)
            .map(|t| t.norm.as_str())
            .collect();
        // "Both exchanged prisoners".
        if words.first() == Some(&"both") {
            return true;
        }
        words.windows(2).any(|w| {
            matches!(
                w[0],
                "countries"
                    | "sides"
                    | "nations"
                    | "governments"
                    | "states"
                    | "neighbours"
                    | "neighbors"
                    | "leaders"
                    | "presidents"
                    | "ministers"
                    | "premiers"
                    | "delegations"
                    | "allies"
            ) && matches!(w[1], "both" | "two")
        })
    }

    fn mentions_both_sides(&self) -> bool {
        self.sentence_has(&[
            "two countries",
            "both countries",
            "both sides",
            "two sides",
            "two nations",
            "both nations",
            "two governments",
            "both governments",
            "each other",
        ])
    }

    fn sentence_has(&self, phrases: &[&str]) -> bool {
        let lower = self.sentence.to_lowercase();
        phrases.iter().any(|p| lower.contains(p))
    }

    fn country_party(&self, code: &str, sector: Option<&str>) -> EventParty {
        EventParty {
            code: code.to_string(),
            sector: sector.map(str::to_string),
            name: match sector {
                Some("GOV") => format!("{code} government"),
                _ => code.to_string(),
            },
            text: String::new(),
        }
    }

    /// People protesting where no actor is named: the country comes from the
    /// place ("protests erupted in Tehran"), the target is its government.
    fn domestic_protest(&self, _m: &TriggerMatch) -> Option<(EventParty, EventParty, f32)> {
        let location = dyad_actors::sentence_location(self.sentence, self.actors)?;
        let code = location.country?;
        let lower = self.sentence.to_lowercase();
        let (sector, who) = if lower.contains("student") {
            ("EDU", "students")
        } else if ["worker", "union", "labor", "labour", "employees"]
            .iter()
            .any(|w| lower.contains(w))
        {
            ("LAB", "workers")
        } else if lower.contains("opposition") {
            ("OPP", "opposition")
        } else {
            ("CVL", "protesters")
        };
        let source = EventParty {
            code: code.clone(),
            sector: Some(sector.into()),
            name: format!("{code} {who}"),
            text: String::new(),
        };
        Some((source, self.country_party(&code, Some("GOV")), 0.5))
    }

    fn event(
        &self,
        m: &TriggerMatch,
        rule: &Rule,
        source: EventParty,
        target: EventParty,
        confidence: f32,
    ) -> Event {
        let mut negated = !rule.flags.refusal && self.negated(m);
        let mut refused = false;
        let (mut event_type, mut mode, mut cameo) =
            (rule.event_type, rule.mode.clone(), rule.cameo.clone());
        // "al-Shabab fighters stormed the hotel", "rebels set fire to the
        // headquarters": armed men do not protest, they attack.
        let armed = matches!(source.sector.as_deref(), Some("REB" | "MIL"));
        if event_type == EventType::Protest && armed {
            event_type = EventType::Assault;
            mode = None;
            cameo = "190".to_string();
        }
        // "cannot support", "will not sign", "won't meet": refusing a
        // cooperative act is itself an act, coded as CAMEO codes it (12x).
        // Not recognising a government is a refusal in any tense ("does
        // not recognise the regime in Kabul").
        let recognition = rule.cameo == "054";
        if negated && (recognition || self.refusing(m)) {
            if let Some(code) = refusal_cameo(rule.event_type) {
                event_type = EventType::Reject;
                mode = None;
                cameo = code.to_string();
                negated = false;
                refused = true;
            }
        }
        let info = cameo_info(&cameo);
        Event {
            event_type,
            mode,
            cameo,
            quad: info.map_or(0, |i| i.quad),
            goldstein: info.map_or(0.0, |i| i.goldstein),
            source,
            target,
            date: None,
            date_basis: None,
            location: None,
            negated,
            // The refusal is stated now, whatever the tense of the act.
            // A threat is made now, whatever the tense of what it threatens
            // ("would not be left without a response").
            certainty: match self.certainty(m, rule) {
                Certainty::Planned if refused || event_type == EventType::Threaten => {
                    Certainty::Asserted
                }
                c => c,
            },
            paragraph: self.paragraph,
            sentence: self.sentence.to_string(),
            confidence,
        }
    }

    /// Whether the target is only the owner of an economy: "the fall of the
    /// dollar would hit Europe's exports" is no attack on Europe.
    fn economic_object(&self, target: &EventParty) -> bool {
        let tokens = self.tokens();
        self.clause.parties.iter().any(|p| {
            p.text == target.text
                && tokens.get(p.tok_end).is_some_and(|t| t.norm == "'s")
                && tokens
                    .get(p.tok_end + 1..p.tok_end + 3)
                    .is_some_and(|next| {
                        next.iter()
                            .any(|t| ECONOMIC_NOUNS.contains(&t.norm.as_str()))
                    })
        })
    }

    /// Whether the party is a person named in this sentence.
    fn is_person(&self, party: &EventParty) -> bool {
        self.clause
            .parties
            .iter()
            .any(|p| p.kind == MentionKind::Person && p.text == party.text)
    }

    /// The speaker who says the source "should" or "must" act: the act is
    /// the speaker's request, not an event of its own.
    fn deontic(
        &self,
        m: &TriggerMatch,
        rule: &Rule,
        speaker: Option<&EventParty>,
        source: &EventParty,
    ) -> Option<EventParty> {
        if rule.event_type == EventType::Request {
            return None;
        }
        let before = self.words_before(m, 3);
        let modal = before
            .iter()
            .take_while(|w| !matches!(**w, "," | "\""))
            .any(|w| matches!(*w, "should" | "must" | "ought"));
        let speaker = speaker?;
        (modal && speaker.text != source.text && speaker.name != source.name)
            .then(|| speaker.clone())
    }

    /// A negation of will or ability ("cannot", "will not", "won't",
    /// "refuses to"), not of fact ("did not").
    fn refusing(&self, m: &TriggerMatch) -> bool {
        let before = self.words_before(m, 5);
        before.iter().enumerate().any(|(k, w)| match *w {
            "cannot" => true,
            // "had no plans to lift sanctions".
            "plans" | "plan" | "intention" => before.get(k + 1) == Some(&"no"),
            "not" | "n't" | "never" => before.get(k + 1).is_some_and(|m| {
                matches!(
                    *m,
                    "will" | "would" | "can" | "could" | "wo" | "ca" | "shall"
                )
            }),
            _ => false,
        })
    }

    fn words_before(&self, m: &TriggerMatch, n: usize) -> Vec<&str> {
        let start = self.clause.clause_start(m.start);
        self.tokens()[start..m.start]
            .iter()
            .rev()
            .take(n)
            .map(|t| t.norm.as_str())
            .collect()
    }

    fn negated(&self, m: &TriggerMatch) -> bool {
        let before = self.words_before(m, 4);
        let mut negated = false;
        for w in before {
            if matches!(w, "not" | "n't" | "never" | "no" | "without" | "cannot") {
                negated = true;
            }
            if matches!(w, "," | "\"" | "and" | "but") {
                break;
            }
        }
        negated
            || self
                .tokens()
                .get(m.start + 1)
                .is_some_and(|t| t.norm == "not" || t.norm == "n't")
    }

    fn certainty(&self, m: &TriggerMatch, rule: &Rule) -> Certainty {
        let start = self.clause.clause_start(m.start);
        let before: Vec<&Token> = self.tokens()[start..m.start].iter().rev().take(5).collect();
        let has = |words: &[&str]| {
            before
                .iter()
                .any(|t| words.contains(&t.norm.as_str()) && !(t.norm == "may" && t.capitalised))
        };
        let in_trigger = self.tokens()[m.start..m.end]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "alleged" | "allegedly"));
        if in_trigger
            || has(&[
                "alleged",
                "allegedly",
                "purported",
                "purportedly",
                "reportedly",
            ])
        {
            return Certainty::Alleged;
        }
        if has(&["could", "might", "may", "if", "should", "unless"]) {
            return Certainty::Hypothetical;
        }
        if rule.flags.refusal {
            return Certainty::Asserted;
        }
        if has(&[
            "will",
            "'ll",
            "would",
            "plans",
            "plan",
            "planned",
            "expected",
            "due",
            "set",
            "intends",
            "scheduled",
            "wants",
            "aims",
            "seeks",
        ]) {
            return Certainty::Planned;
        }
        if has(&["claimed", "claims", "claim"]) {
            return Certainty::Claimed;
        }
        Certainty::Asserted
    }
}

/// Words an `X` slot may skip before its actor: "hundreds of Syrian
/// refugees", "out of southern Lebanon", "the detained French nationals".
/// Nouns that name an earlier act by its author: "the allegations", "the
/// decision", "the offer".
/// Reports and charges: what "denied reports that ..." is about, and what
/// a denial can name without an article ("rejected suggestions that").
const REPORT_NOUNS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "suggestion",
    "suggestions",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "speculation",
    "rumours",
    "rumors",
    "charges",
];

const ANAPHORIC_ACTS: &[&str] = &[
    "takeover",
    "suggestions",
    "reports",
    "resolution",
    "suspension",
    "expulsion",
    "expulsions",
    "annexation",
    "blockade",
    "incursion",
    "intervention",
    "step",
    "measures",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "claim",
    "claims",
    "charge",
    "charges",
    "decision",
    "move",
    "offer",
    "proposal",
    "proposals",
    "plan",
    "request",
    "demand",
    "demands",
    "invitation",
    "announcement",
    "criticism",
    "remarks",
    "comments",
    "ultimatum",
    "overture",
    "initiative",
    "resolution",
    "strike",
    "strikes",
    "offensive",
    "attack",
    "attacks",
    "launch",
    "test",
    "tests",
    "violence",
    "raid",
    "raids",
    "killing",
    "killings",
    "crackdown",
    "invasion",
    "action",
    "bombing",
    "shelling",
    "coup",
    "withdrawal",
    "ceasefire",
    "truce",
    "accord",
    "agreement",
    "deal",
    "resolution",
    "sanctions",
    "expulsions",
    "expulsion",
    "arrests",
    "arrest",
    "detention",
    "execution",
    "executions",
    "seizure",
];

/// Nouns for a side's conduct that a verdict may judge ("the action was
/// wholly appropriate", "Canada's position amounted to interference"),
/// besides the acts in [`ANAPHORIC_ACTS`].
const VERDICT_SUBJECTS: &[&str] = &[
    "position",
    "stance",
    "response",
    "conduct",
    "behaviour",
    "behavior",
    "use",
    "actions",
    "policy",
    "policies",
];

/// Adjectives between a determiner (or "for") and a nominal trigger:
/// "for wider economic sanctions", "the new tariffs".
const NOUN_MODIFIERS: &[&str] = &[
    "wider",
    "broader",
    "tougher",
    "harsher",
    "new",
    "fresh",
    "further",
    "more",
    "economic",
    "financial",
    "military",
    "international",
    "immediate",
    "targeted",
    "punitive",
    "sweeping",
];

/// Words between "the" and an anaphoric act noun: "the latest missile
/// launch", "the deadly strike".
const ANAPHOR_MODIFIERS: &[&str] = &[
    "latest",
    "new",
    "fresh",
    "recent",
    "missile",
    "nuclear",
    "deadly",
    "military",
    "chemical",
    "air",
    "drone",
    "rocket",
    "violent",
    "brutal",
    "u.s.",
    "us",
    "american",
    "weekend",
    "coalition",
    "regime",
    "government",
    "army",
    "rebel",
    "militant",
    "alleged",
    "reported",
    "immediate",
    "lasting",
    "permanent",
    "humanitarian",
    "full",
    "complete",
    "nationwide",
];

const SLOT_SKIP: &[&str] = &[
    "of",
    "city",
    "town",
    "village",
    "port",
    "province",
    "region",
    "enclave",
    "people",
    "'s",
    "-",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "at",
    "least",
    "hundreds",
    "thousands",
    "dozens",
    "tens",
    "scores",
    "millions",
    "more",
    "southern",
    "northern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "occupied",
    "disputed",
    "parts",
    "part",
    "detained",
    "jailed",
    "captured",
    "kidnapped",
    "neighbouring",
    "neighboring",
    "rival",
    "its",
    "their",
];

/// Head nouns an `X` slot may take after its actor ("a U.S. diplomat").
const SLOT_HEADS: &[&str] = &[
    "diplomat",
    "diplomats",
    "envoy",
    "ambassador",
    "troops",
    "forces",
    "nationals",
    "citizens",
    "officials",
    "journalists",
    "journalist",
    "soldiers",
    "warships",
    "vessels",
    "ships",
    "fishermen",
    "tanker",
    "aircraft",
    "student",
    "students",
    "workers",
    "staff",
    "delegation",
    "powers",
    "governments",
    "leaders",
    "allies",
    "partners",
    "authorities",
];

/// Modifiers skipped when looking for what governs a nominal trigger.
/// Words that may stand between an actor and its conflict noun in a light
/// verb phrase: "Saudi Arabia has launched a wave of airstrikes", "the EU
/// imposed new sanctions".
const LIGHT_VERB_PHRASE: &[&str] = &[
    "launched",
    "launch",
    "launches",
    "launching",
    "carried",
    "carry",
    "carries",
    "out",
    "conducted",
    "conduct",
    "conducts",
    "staged",
    "stage",
    "stages",
    "mounted",
    "mount",
    "unleashed",
    "stepped",
    "up",
    "intensified",
    "intensify",
    "resumed",
    "resume",
    "began",
    "begin",
    "continued",
    "continue",
    "waged",
    "wage",
    "imposed",
    "impose",
    "imposes",
    "approved",
    "approve",
    "approves",
    "adopted",
    "adopt",
    "adopts",
    "round",
    "package",
    "slapped",
    "announced",
    "announce",
    "announces",
    "has",
    "have",
    "had",
    "also",
    "again",
    "a",
    "an",
    "the",
    "series",
    "of",
    "wave",
    "more",
    "several",
    "dozens",
    "heavy",
    "fierce",
    "retaliatory",
    "sweeping",
    "tough",
    "tougher",
    "economic",
    "punitive",
    "responded",
    "respond",
    "responds",
    "retaliated",
    "with",
    "its",
    "their",
    "own",
];

const BACKGROUND_SKIP: &[&str] = &[
    "-",
    "large",
    "scale",
    "drone",
    "missile",
    "new",
    "alleged",
    "indirect",
    "direct",
    "nuclear",
    "peace",
    "military",
    "massive",
    "last",
    "this",
    "next",
    "year",
    "week",
    "month",
    "previous",
    "recent",
    "earlier",
    "fresh",
    "further",
    "renewed",
    "full",
    "deadly",
    "brutal",
    "russian",
    "bilateral",
    "trade",
    "border",
];

/// Nouns that name events ("the invasion", "protests") even in rules that
/// are not marked nominal.
/// The CAMEO refusal code for a refused cooperative act, if it is one.
fn refusal_cameo(t: EventType) -> Option<&'static str> {
    match t {
        EventType::Support | EventType::Agree => Some("120"),
        EventType::Cooperate => Some("121"),
        EventType::Aid => Some("122"),
        EventType::Concede | EventType::Retreat => Some("124"),
        EventType::Consult => Some("125"),
        _ => None,
    }
}

/// "Iran's president", "the Russian president": the possessor or demonym
/// stands for a person named by a title right after it.
fn names_a_leader(tokens: &[Token], party_end: usize) -> bool {
    const TITLES: &[&str] = &[
        "president",
        "leader",
        "counterpart",
        "prime",
        "premier",
        "foreign",
        "king",
        "queen",
        "chancellor",
        "minister",
        "envoy",
        "ambassador",
        "emir",
        "prince",
    ];
    // "Russia's president", and "the Russian president" too.
    let title_at = if tokens.get(party_end).is_some_and(|t| t.norm == "'s") {
        party_end + 1
    } else {
        party_end
    };
    tokens
        .get(title_at)
        .is_some_and(|t| TITLES.contains(&t.norm.as_str()))
}

/// An act in the infinitive after a demand noun is what others ask of the
/// subject, not the subject's act: "refused to bow to demands to recognise
/// the country".
fn demanded_of_another(tokens: &[Token], start: usize) -> bool {
    const DEMAND_NOUNS: &[&str] = &[
        "demand",
        "demands",
        "call",
        "calls",
        "pressure",
        "request",
        "requests",
        "appeal",
        "appeals",
        "ultimatum",
        "pleas",
    ];
    start >= 2
        && tokens[start - 1].norm == "to"
        && DEMAND_NOUNS.contains(&tokens[start - 2].norm.as_str())
}

/// A participle used as an adjective after a determiner: "the
/// internationally recognised government", "a disputed border". It
/// describes a state, it reports no act.
fn attributive_participle(tokens: &[Token], start: usize) -> bool {
    if !tokens[start].norm.ends_with("ed") {
        return false;
    }
    // Adverbs and a hyphenated agent may stand between: "the
    // internationally recognised", "the UN-recognised".
    let mut k = start;
    while k > 0 {
        let w = tokens[k - 1].norm.as_str();
        if w.ends_with("ly") && w.len() > 4 {
            k -= 1;
        } else if w == "-" && k >= 2 {
            k -= 2;
        } else {
            break;
        }
    }
    k > 0 && matches!(tokens[k - 1].norm.as_str(), "the" | "a" | "an")
}

/// Words naming state-run media, whose verbal acts are their state's.
const STATE_MEDIA: &[&str] = &[
    "radio",
    "television",
    "state tv",
    "state media",
    "state-run",
    "official",
    "tass",
    "xinhua",
    "kcna",
    "korean central news agency",
    "irna",
    "sana",
    "pravda",
    "izvestia",
    "novosti",
    "people's daily",
    "rodong sinmun",
    "global times",
    "saudi press agency",
    "mena",
];

/// Acts named as nouns that an accusation or a request can be about
/// ("condemned the arrests", "denounced the raid", "called for the release"):
/// the nouns of `act_noun_type` and these.
const NAMED_ACTS: &[&str] = &["release", "assault", "massacre", "purge", "ban"];

fn is_noun_form(word: &str) -> bool {
    word.ends_with("ion")
        || word.ends_with("ions")
        || word.ends_with("ment")
        || word.ends_with("ments")
        || matches!(
            word,
            "attack"
                | "attacks"
                | "talks"
                | "protests"
                | "sanctions"
                | "embargoes"
                | "strike"
                | "strikes"
                | "visit"
                | "meeting"
                | "summit"
                | "support"
                | "aid"
                | "demonstrations"
                | "airstrike"
                | "airstrikes"
                | "bombing"
                | "shelling"
                | "crackdown"
                | "embargo"
                | "tariffs"
                | "deal"
                | "accusations"
                | "claim"
                | "withdrawal"
                | "blockade"
                | "calls"
                | "demands"
                | "appeals"
                | "requests"
                | "offer"
                | "offers"
        )
}
