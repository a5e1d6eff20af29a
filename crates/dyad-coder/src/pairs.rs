//! The pair model: a linear classifier over actor pairs of a sentence that
//! the rules left uncoded.
//!
//! For each sentence, every ordered pair of the actors it names (plus its
//! speaker and the article's focus state) that the rules coded in neither
//! direction is a candidate, and so is each state named with a part of its
//! own society. Its features are the stems of the sentence's words, the
//! lexicon's triggers around the two actors, their places, sectors and
//! ranks in the article. `data/coder/pairs.tsv` holds one weight per feature
//! and class, trained by `tools/train_pairs.py` on the genre sets' gold
//! annotations and the coder's sentence table; a candidate is coded with its
//! best event type when that type's probability reaches the file's
//! threshold.

use std::collections::HashMap;
use std::sync::OnceLock;

use dyad_core::{Certainty, Event, EventParty, EventType};
use xxhash_rust::xxh3::Xxh3DefaultBuilder;

use crate::cameo::cameo_info;
use crate::clause::{is_state_code, Party};
use crate::lexicon::parse_type;
use crate::tokens::Token;
use crate::CoderError;

const PAIRS_TSV: &str = include_str!("../../../data/coder/pairs.tsv");

/// One actor of a sentence: where it is first named, and how.
#[derive(Debug, Clone)]
struct PairActor {
    party: EventParty,
    /// Token index of its first mention in the sentence, if named there.
    first: Option<usize>,
    /// Token ranges of all its mentions in the sentence.
    spans: Vec<(usize, usize)>,
    speaker: bool,
    focus: bool,
}

/// An ordered pair of a sentence's actors with its features.
#[derive(Debug, Clone)]
pub(crate) struct PairCandidate {
    pub source: EventParty,
    pub target: EventParty,
    pub features: Vec<String>,
}

/// One candidate pair as `dyad code --pair-features` prints it: what
/// `tools/train_pairs.py` learns from.
#[derive(Debug, Clone, PartialEq)]
pub struct PairRecord {
    pub paragraph: usize,
    pub sentence: String,
    pub source: String,
    pub target: String,
    pub features: Vec<String>,
}

/// A linear classifier over candidate pairs: per feature, one weight per
/// class ("no event" first); a pair is coded with its best event type when
/// that type's probability reaches `threshold`.
#[derive(Debug, Default)]
pub(crate) struct PairModel {
    threshold: f32,
    /// `None` is "no event".
    classes: Vec<Option<EventType>>,
    /// Looked up for every feature of every candidate: xxh3, not SipHash.
    weights: HashMap<String, Vec<(usize, f32)>, Xxh3DefaultBuilder>,
}

impl PairModel {
    /// Parse the model file: `threshold\tP`, `classes\tNONE\tAGREE...`,
    /// then `feature\tclass:weight,class:weight` lines.
    pub(crate) fn parse(tsv: &str) -> Result<PairModel, CoderError> {
        let err = |line: usize, message: String| CoderError::PairModel { line, message };
        let mut model = PairModel::default();
        for (n, line) in tsv.lines().enumerate() {
            let n = n + 1;
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let key = cols.next().unwrap_or_default();
            match key {
                "threshold" => {
                    let v = cols.next().unwrap_or_default();
                    model.threshold = v
                        .parse()
                        .map_err(|_| err(n, format!("bad threshold {v:?}")))?;
                }
                "classes" => {
                    for c in cols {
                        let class = match c {
                            "NONE" => None,
                            _ => Some(
                                parse_type(c)
                                    .ok_or_else(|| err(n, format!("unknown class {c:?}")))?,
                            ),
                        };
                        model.classes.push(class);
                    }
                }
                feature => {
                    let spec = cols.next().unwrap_or_default();
                    let mut ws = Vec::new();
                    for part in spec.split(',').filter(|p| !p.is_empty()) {
                        let (k, w) = part
                            .split_once(':')
                            .ok_or_else(|| err(n, format!("bad weight {part:?}")))?;
                        let k: usize = k.parse().map_err(|_| err(n, format!("bad class {k:?}")))?;
                        let w: f32 = w.parse().map_err(|_| err(n, format!("bad weight {w:?}")))?;
                        if k >= model.classes.len() {
                            return Err(err(n, format!("class {k} out of range")));
                        }
                        ws.push((k, w));
                    }
                    model.weights.insert(feature.to_string(), ws);
                }
            }
        }
        Ok(model)
    }

    /// The summed weights of features, one per class.
    pub(crate) fn scores(&self, features: &[String]) -> Vec<f32> {
        let mut z = vec![0.0f32; self.classes.len()];
        for f in features {
            if let Some(ws) = self.weights.get(f) {
                for &(k, w) in ws {
                    z[k] += w;
                }
            }
        }
        z
    }

    /// The best event type for a candidate, given its sentence's summed
    /// weights (`scores` of the shared features) and its own features, with
    /// its probability, if that reaches the threshold.
    pub(crate) fn classify(&self, shared: &[f32], features: &[String]) -> Option<(EventType, f32)> {
        if self.classes.is_empty() {
            return None;
        }
        let mut z = self.scores(features);
        for (v, s) in z.iter_mut().zip(shared) {
            *v += s;
        }
        let max = z.iter().copied().fold(f32::MIN, f32::max);
        let exp: Vec<f32> = z.iter().map(|v| (v - max).exp()).collect();
        let total: f32 = exp.iter().sum();
        let (best, p) = exp
            .iter()
            .enumerate()
            .filter(|(k, _)| self.classes[*k].is_some())
            .map(|(k, e)| (k, e / total))
            .fold(None, |acc: Option<(usize, f32)>, (k, p)| match acc {
                Some((_, q)) if q >= p => acc,
                _ => Some((k, p)),
            })?;
        let t = self.classes[best]?;
        (p >= self.threshold).then_some((t, p))
    }
}

/// Whether a model codes anything (an empty file disables it).
pub(crate) fn enabled(model: &PairModel) -> bool {
    !model.classes.is_empty()
}

/// The built-in model (`data/coder/pairs.tsv`); an empty model codes
/// nothing.
pub(crate) fn builtin_model() -> &'static PairModel {
    static MODEL: OnceLock<PairModel> = OnceLock::new();
    MODEL.get_or_init(|| PairModel::parse(PAIRS_TSV).unwrap_or_default())
}

/// The CAMEO code of an event type the model codes: its root category.
fn root_cameo(t: EventType) -> &'static str {
    match t {
        EventType::Agree => "030",
        EventType::Consult => "040",
        EventType::Support => "050",
        EventType::Cooperate => "060",
        EventType::Aid => "070",
        EventType::Concede => "080",
        EventType::Retreat => "087",
        EventType::Request => "020",
        EventType::Accuse => "111",
        EventType::Reject => "120",
        EventType::Threaten => "130",
        EventType::Protest => "140",
        EventType::Mobilize => "150",
        EventType::Sanction => "160",
        EventType::Coerce => "173",
        EventType::Assault => "190",
    }
}

/// The event the model codes for a candidate.
pub(crate) fn model_event(
    candidate: PairCandidate,
    event_type: EventType,
    confidence: f32,
    paragraph: usize,
    sentence: &str,
) -> Event {
    let cameo = root_cameo(event_type);
    let info = cameo_info(cameo);
    Event {
        event_type,
        mode: None,
        cameo: cameo.to_string(),
        quad: info.map_or(0, |i| i.quad),
        goldstein: info.map_or(0.0, |i| i.goldstein),
        source: candidate.source,
        target: candidate.target,
        date: None,
        date_basis: None,
        location: None,
        negated: false,
        certainty: Certainty::Asserted,
        paragraph,
        sentence: sentence.to_string(),
        confidence,
    }
}

/// What the pair model sees of one sentence.
pub(crate) struct PairInput<'a> {
    pub tokens: &'a [Token],
    pub parties: &'a [Party],
    pub speaker: Option<&'a EventParty>,
    pub focus: Option<&'a str>,
    /// The lexicon's triggers: token index and type.
    pub triggers: &'a [(usize, EventType)],
    /// Ordered (source, target) codes the rules coded in this sentence.
    pub coded: &'a [(String, String, EventType)],
    /// The article's actor codes, most mentioned first.
    pub ranked: &'a [String],
}

fn actors(input: &PairInput<'_>) -> Vec<PairActor> {
    let mut out: Vec<PairActor> = Vec::new();
    for p in input.parties {
        if let Some(a) = out.iter_mut().find(|a| a.party.code == p.actor.code) {
            a.spans.push((p.tok_start, p.tok_end));
            continue;
        }
        out.push(PairActor {
            party: p.event_party(),
            first: Some(p.tok_start),
            spans: vec![(p.tok_start, p.tok_end)],
            speaker: false,
            focus: false,
        });
    }
    if let Some(sp) = input.speaker {
        match out.iter_mut().find(|a| a.party.code == sp.code) {
            Some(a) => a.speaker = true,
            None => out.push(PairActor {
                party: sp.clone(),
                first: None,
                spans: Vec::new(),
                speaker: true,
                focus: false,
            }),
        }
    }
    if let Some(focus) = input.focus {
        match out.iter_mut().find(|a| a.party.code == focus) {
            Some(a) => a.focus = true,
            None => out.push(PairActor {
                party: EventParty {
                    code: focus.to_string(),
                    sector: None,
                    name: focus.to_string(),
                    text: String::new(),
                },
                first: None,
                spans: Vec::new(),
                speaker: false,
                focus: true,
            }),
        }
    }
    out
}

/// A word's first five letters: what "condemned" and "condemnation" share.
fn stem(word: &str) -> &str {
    match word.char_indices().nth(5) {
        Some((at, _)) => &word[..at],
        None => word,
    }
}

/// Where an actor sits: named before or after a token, or not named.
fn side(first: Option<usize>, at: usize) -> &'static str {
    match first {
        Some(k) if k < at => "L",
        Some(_) => "R",
        None => "N",
    }
}

fn role(a: &PairActor) -> &'static str {
    match (a.first.is_some(), a.speaker, a.focus) {
        (true, true, _) => "named-speaker",
        (true, false, true) => "named-focus",
        (true, false, false) => "named",
        (false, true, _) => "speaker",
        (false, false, _) => "focus",
    }
}

/// The features every pair of a sentence shares: its words' stems, its
/// negation, its triggers' types, whether the rules coded it.
fn sentence_features(input: &PairInput<'_>) -> Vec<String> {
    let mut f: Vec<String> = vec!["bias".to_string()];
    let words = input
        .tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str());
    if words
        .clone()
        .any(|w| matches!(w, "not" | "n't" | "no" | "never"))
    {
        f.push("neg".to_string());
    }
    if !input.coded.is_empty() {
        f.push("rules_coded".to_string());
    }
    for &(_, ty) in input.triggers {
        f.push(format!("t={}", ty.as_str()));
        if !input.coded.iter().any(|&(_, _, c)| c == ty) {
            f.push(format!("t={}|uncoded", ty.as_str()));
        }
    }
    for w in words {
        f.push(format!("s={}", stem(w)));
    }
    f.sort();
    f.dedup();
    f
}

/// The features of one ordered pair beyond its sentence's.
fn pair_features(
    input: &PairInput<'_>,
    a: &PairActor,
    b: &PairActor,
    first_named: Option<usize>,
) -> Vec<String> {
    let mut f: Vec<String> = Vec::new();
    f.push(format!("ra={}", role(a)));
    f.push(format!("rb={}", role(b)));
    f.push(format!("rab={}|{}", role(a), role(b)));
    f.push(format!(
        "order={}",
        match (a.first, b.first) {
            (Some(x), Some(y)) if x < y => "ab",
            (Some(_), Some(_)) => "ba",
            _ => "virtual",
        }
    ));
    if a.first.is_some() && a.first == first_named {
        f.push("a_first".to_string());
    }
    if b.first.is_some() && b.first == first_named {
        f.push("b_first".to_string());
    }
    f.push(format!("sa={}", a.party.sector.as_deref().unwrap_or("-")));
    f.push(format!("sb={}", b.party.sector.as_deref().unwrap_or("-")));
    let kind = |p: &EventParty| {
        if is_state_code(&p.code) {
            "state".to_string()
        } else {
            p.code.clone()
        }
    };
    let rank = |p: &EventParty| match input.ranked.iter().position(|c| *c == p.code) {
        Some(0) => "1",
        Some(1) => "2",
        Some(2) => "3",
        Some(_) => "4+",
        None => "-",
    };
    f.push(format!("rank={}|{}", rank(&a.party), rank(&b.party)));
    f.push(format!("ka={}", kind(&a.party)));
    f.push(format!("kb={}", kind(&b.party)));
    for (s, t, ty) in input.coded {
        let name = ty.as_str();
        if *s == a.party.code {
            f.push(format!("a_src_of={name}"));
        }
        if *t == b.party.code {
            f.push(format!("b_tgt_of={name}"));
        }
        if *t == a.party.code {
            f.push(format!("a_tgt_of={name}"));
        }
    }
    for &(at, ty) in input.triggers {
        let name = ty.as_str();
        let (sa, sb) = (side(a.first, at), side(b.first, at));
        f.push(format!("t={name}|{sa}{sb}"));
        if !input.coded.iter().any(|&(_, _, c)| c == ty) {
            f.push(format!("t={name}|uncoded|{sa}{sb}"));
        }
        f.push(format!("t={name}|{}|{}", role(a), sb));
        if let Some(tok) = input.tokens.get(at) {
            f.push(format!("tw={}|{sa}{sb}", tok.norm));
        }
        // The actor just before the trigger (its subject, mostly) and the
        // one just after (its object).
        let before = a.spans.iter().any(|&(_, end)| end <= at && at - end <= 3);
        let after = b
            .spans
            .iter()
            .any(|&(start, _)| start > at && start - at <= 4);
        if before {
            f.push(format!("near={name}|a_pre"));
        }
        if after {
            f.push(format!("near={name}|b_post"));
        }
        if before && after {
            f.push(format!("near={name}|a_pre|b_post"));
        }
    }
    if let (Some(x), Some(y)) = (a.first, b.first) {
        let gap = x.abs_diff(y);
        let bucket = match gap {
            0..=3 => "3",
            4..=8 => "8",
            9..=15 => "15",
            _ => "far",
        };
        f.push(format!("gap={bucket}"));
    }
    if let (Some(x), Some(y)) = (a.first, b.first) {
        let (lo, hi) = if x < y { (x, y) } else { (y, x) };
        for t in input.tokens.get(lo + 1..hi).unwrap_or(&[]) {
            if t.is_word() {
                f.push(format!("wb={}", stem(&t.norm)));
            }
        }
    }
    f.sort();
    f.dedup();
    f
}

/// The candidate pairs of one sentence that the rules left uncoded, and
/// the features they all share.
pub(crate) fn candidates(input: &PairInput<'_>) -> (Vec<String>, Vec<PairCandidate>) {
    let actors = actors(input);
    let first_named = actors.iter().filter_map(|a| a.first).min();
    let mut out = Vec::new();
    for a in &actors {
        for b in &actors {
            if a.party.code == b.party.code {
                continue;
            }
            let coded = input.coded.iter().any(|(s, t, _)| {
                (*s == a.party.code && *t == b.party.code)
                    || (*s == b.party.code && *t == a.party.code)
            });
            if coded {
                continue;
            }
            out.push(PairCandidate {
                source: a.party.clone(),
                target: b.party.clone(),
                features: pair_features(input, a, b, first_named),
            });
        }
    }
    out.extend(domestic_candidates(input, first_named));
    let shared = if out.is_empty() {
        Vec::new()
    } else {
        sentence_features(input)
    };
    (shared, out)
}

/// Sectors of the state's side in a domestic dispute.
fn state_sector(sector: Option<&str>) -> bool {
    matches!(
        sector,
        None | Some("GOV" | "MIL" | "COP" | "JUD" | "LEG" | "SPY")
    )
}

/// Sectors of society's side: the opposition, rebels, parties, civilians,
/// unions, students, clergy, refugees, criminals (not the press or business).
fn society_sector(sector: Option<&str>) -> bool {
    matches!(
        sector,
        Some("OPP" | "REB" | "CVL" | "PTY" | "LAB" | "EDU" | "REL" | "MED" | "REF" | "CRM")
    )
}

/// One candidate per state named with a part of its society ("police
/// detained protesters", "the opposition rejected the government's
/// decree"): the side named first acts on the other; with no state body
/// named, society acts on the state.
fn domestic_candidates(input: &PairInput<'_>, first_named: Option<usize>) -> Vec<PairCandidate> {
    let mut out = Vec::new();
    let mut done: Vec<&str> = Vec::new();
    for society in input.parties {
        let code = society.actor.code.as_str();
        if !is_state_code(code)
            || !society_sector(society.actor.sector.as_deref())
            || done.contains(&code)
        {
            continue;
        }
        done.push(code);
        let coded = input.coded.iter().any(|(s, t, _)| s == code && t == code);
        if coded {
            continue;
        }
        let spans = |f: &dyn Fn(&Party) -> bool| -> Vec<(usize, usize)> {
            input
                .parties
                .iter()
                .filter(|p| p.actor.code == code && f(p))
                .map(|p| (p.tok_start, p.tok_end))
                .collect()
        };
        let society_actor = PairActor {
            party: society.event_party(),
            first: Some(society.tok_start),
            spans: spans(&|p| society_sector(p.actor.sector.as_deref())),
            speaker: input
                .speaker
                .is_some_and(|sp| sp.code == code && !state_sector(sp.sector.as_deref())),
            focus: false,
        };
        let state = input
            .parties
            .iter()
            .find(|p| p.actor.code == code && state_sector(p.actor.sector.as_deref()));
        let state_actor = PairActor {
            party: state.map_or_else(
                || EventParty {
                    code: code.to_string(),
                    sector: Some("GOV".to_string()),
                    name: format!("{code} government"),
                    text: String::new(),
                },
                Party::event_party,
            ),
            first: state.map(|p| p.tok_start),
            spans: spans(&|p| state_sector(p.actor.sector.as_deref())),
            speaker: false,
            focus: input.focus == Some(code),
        };
        let state_first = state_actor.first.is_some_and(|s| s < society.tok_start);
        let (a, b) = if state_first {
            (&state_actor, &society_actor)
        } else {
            (&society_actor, &state_actor)
        };
        let mut features = pair_features(input, a, b, first_named);
        features.push("domestic".to_string());
        features.push(format!(
            "domestic|{}",
            if state_first { "state" } else { "society" }
        ));
        for &(at, ty) in input.triggers {
            let (sa, sb) = (side(a.first, at), side(b.first, at));
            features.push(format!("domestic|t={}|{sa}{sb}", ty.as_str()));
        }
        features.sort();
        features.dedup();
        out.push(PairCandidate {
            source: a.party.clone(),
            target: b.party.clone(),
            features,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;
    use dyad_core::{ActorRef, MentionKind};

    const MODEL: &str = "# test model\nthreshold\t0.5\nclasses\tNONE\tACCUSE\tAGREE\nbias\t0:1.0\nt=ACCUSE|LR\t1:3.0\nw=signed\t2:0.4\n";

    fn party(tokens: &[Token], word: &str, code: &str) -> Party {
        sector_party(tokens, word, code, "GOV")
    }

    fn sector_party(tokens: &[Token], word: &str, code: &str, sector: &str) -> Party {
        let at = tokens
            .iter()
            .position(|t| t.norm == word)
            .expect("word in sentence");
        Party {
            tok_start: at,
            tok_end: at + 1,
            actor: ActorRef {
                code: code.to_string(),
                sector: Some(sector.to_string()),
                name: code.to_string(),
            },
            kind: MentionKind::Country,
            text: word.to_string(),
            seat: false,
        }
    }

    #[test]
    fn model_codes_the_best_type_only_above_its_threshold() {
        let model = PairModel::parse(MODEL).expect("model parses");
        let shared = model.scores(&["bias".to_string()]);
        let strong: Vec<String> = vec!["t=ACCUSE|LR".to_string()];
        let (t, p) = model
            .classify(&shared, &strong)
            .expect("accusation above threshold");
        assert_eq!(t, EventType::Accuse);
        assert!(p > 0.8, "{p}");
        // "signed" alone leaves "no event" the likelier class.
        let weak: Vec<String> = vec!["w=signed".to_string()];
        assert_eq!(model.classify(&shared, &weak), None);
        let empty = PairModel::parse("# nothing\n").expect("empty");
        assert_eq!(empty.classify(&[], &strong), None);
    }

    #[test]
    fn builtin_model_parses_with_every_type() {
        let model = PairModel::parse(PAIRS_TSV).expect("data/coder/pairs.tsv parses");
        assert!(enabled(&model));
        assert_eq!(model.classes.len(), 17);
        assert!(model.threshold > 0.0 && model.threshold < 1.0);
        for t in EventType::ALL {
            assert!(model.classes.contains(&Some(t)), "{t:?}");
        }
    }

    #[test]
    fn model_file_errors_name_the_line() {
        let bad_class = PairModel::parse("threshold\t0.5\nclasses\tNONE\tCHAT\n").unwrap_err();
        assert_eq!(
            bad_class.to_string(),
            "pair model line 2: unknown class \"CHAT\""
        );
        let out_of_range = PairModel::parse("classes\tNONE\tACCUSE\nbias\t5:1.0\n").unwrap_err();
        assert!(
            out_of_range.to_string().starts_with("pair model line 2:"),
            "{out_of_range}"
        );
        let bad_weight = PairModel::parse("classes\tNONE\nbias\t0:x\n").unwrap_err();
        assert!(
            bad_weight.to_string().contains("bad weight"),
            "{bad_weight}"
        );
    }

    #[test]
    fn candidates_are_the_uncoded_ordered_pairs_with_speaker_and_focus() {
        let text = "Ruritania condemned Borduria over the raid.";
        let tokens = tokenize(text, 0..text.len());
        let parties = vec![
            party(&tokens, "ruritania", "RUR"),
            party(&tokens, "borduria", "BOR"),
        ];
        let triggers = [(1, EventType::Accuse)];
        let input = PairInput {
            tokens: &tokens,
            parties: &parties,
            speaker: None,
            focus: Some("SYL"),
            triggers: &triggers,
            coded: &[],
            ranked: &[],
        };
        let (shared, found) = candidates(&input);
        assert!(shared.iter().any(|x| x == "s=conde"), "{shared:?}");
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|c| (c.source.code.as_str(), c.target.code.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("RUR", "BOR"),
                ("RUR", "SYL"),
                ("BOR", "RUR"),
                ("BOR", "SYL"),
                ("SYL", "RUR"),
                ("SYL", "BOR")
            ]
        );
        let first = &found[0].features;
        for f in ["t=ACCUSE|LR", "order=ab", "a_first", "rb=named", "wb=conde"] {
            assert!(first.iter().any(|x| x == f), "{f} missing from {first:?}");
        }
        // A pair the rules coded, either way round, is left to them.
        let coded = [("RUR".to_string(), "BOR".to_string(), EventType::Accuse)];
        let input = PairInput {
            coded: &coded,
            ..input
        };
        assert!(!candidates(&input)
            .1
            .iter()
            .any(|c| [c.source.code.as_str(), c.target.code.as_str()] == ["BOR", "RUR"]));
    }

    #[test]
    fn a_state_and_its_society_make_one_domestic_candidate() {
        let text = "Police detained protesters in the capital.";
        let tokens = tokenize(text, 0..text.len());
        let parties = vec![
            sector_party(&tokens, "police", "RUR", "COP"),
            sector_party(&tokens, "protesters", "RUR", "CVL"),
        ];
        let triggers = [(1, EventType::Coerce)];
        let input = PairInput {
            tokens: &tokens,
            parties: &parties,
            speaker: None,
            focus: None,
            triggers: &triggers,
            coded: &[],
            ranked: &[],
        };
        let (_, found) = candidates(&input);
        assert_eq!(found.len(), 1, "{found:?}");
        let c = &found[0];
        assert_eq!(
            (c.source.text.as_str(), c.target.text.as_str()),
            ("police", "protesters")
        );
        for f in ["domestic", "domestic|state", "domestic|t=COERCE|LR"] {
            assert!(
                c.features.iter().any(|x| x == f),
                "{f} missing from {:?}",
                c.features
            );
        }
        // Society alone acts on its state.
        let alone = [sector_party(&tokens, "protesters", "RUR", "CVL")];
        let (_, found) = candidates(&PairInput {
            parties: &alone,
            ..input
        });
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].target.name, "RUR government");
    }
}
