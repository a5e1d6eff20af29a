//! The pair model: a small neural network over the actor pairs of a
//! sentence, coding the events the rules missed.
//!
//! For each sentence, every ordered pair of the actors it names (plus its
//! speaker and the article's focus state, and, when that makes fewer than
//! two, the article's most named other actor) is a candidate, and so is each
//! state named with a part of its own society, and so are the first two
//! political actors of one state (its bodies, parties and office-holders:
//! "Democrats denounced the president's order"); a pair the rules coded
//! carries the types they gave it (`cab=TYPE` its way, `cba=TYPE` the other),
//! so the model learns what else such a pair did. Its features are the stems
//! of the sentence's words, the lexicon's triggers around the two actors,
//! their places, sectors and ranks in the article. `data/coder/pairs.tsv`
//! holds a vector per feature and the output layer, trained by
//! `tools/train_pairs.py` on the genre sets' gold annotations and the
//! coder's sentence table; a candidate is coded with its best event type
//! when that type's probability reaches the file's threshold, unless the
//! rules coded the same dyad and type.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::OnceLock;

use dyad_core::{Certainty, Event, EventParty, EventType, MentionKind};
use xxhash_rust::xxh3::Xxh3DefaultBuilder;

use crate::cameo::cameo_info;
use crate::clause::{is_state_body, is_state_code, Party};
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
#[derive(Debug)]
pub(crate) struct PairCandidate<'m> {
    pub source: EventParty,
    pub target: EventParty,
    pub features: Features<'m>,
}

/// Features as they are made: kept as text (`dyad code --pair-features`
/// prints them to train on), or, when scoring, only the model's index of
/// each known one, with no string kept (the coder's hot path).
#[derive(Debug)]
pub(crate) struct Features<'m> {
    /// The model that scores them; `None` keeps the text.
    model: Option<&'m PairModel>,
    buf: String,
    pub text: Vec<String>,
    known: Vec<usize>,
}

impl<'m> Features<'m> {
    pub(crate) fn new(model: Option<&'m PairModel>) -> Features<'m> {
        Features {
            model,
            buf: String::new(),
            text: Vec::new(),
            known: Vec::new(),
        }
    }

    fn add(&mut self, feature: std::fmt::Arguments<'_>) {
        self.buf.clear();
        // Writing to a String cannot fail.
        let _ = self.buf.write_fmt(feature);
        self.keep();
    }

    /// `prefix` then `word`: the many word features, without formatting.
    fn add_word(&mut self, prefix: &str, word: &str) {
        self.buf.clear();
        self.buf.push_str(prefix);
        self.buf.push_str(word);
        self.keep();
    }

    fn keep(&mut self) {
        match self.model {
            Some(model) => {
                if let Some(&at) = model.features.get(&feature_key(&self.buf)) {
                    self.known.push(at);
                }
            }
            None => self.text.push(self.buf.clone()),
        }
    }

    /// The model's indices of the features (looked up now if kept as
    /// text); they are taken, as each set of features is scored once.
    pub(crate) fn take_indices(&mut self, model: &PairModel) -> Vec<usize> {
        match self.model {
            Some(_) => std::mem::take(&mut self.known),
            None => model.lookup(&self.text),
        }
    }
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

/// A small neural network over candidate pairs: each feature has a vector,
/// a candidate's vectors are summed with the hidden bias and cut at zero,
/// and one linear layer scores the classes ("no event" first); a pair is
/// coded with its best event type when that type's probability (softmax)
/// reaches `threshold`.
#[derive(Debug, Default)]
pub(crate) struct PairModel {
    threshold: f32,
    /// `None` is "no event".
    classes: Vec<Option<EventType>>,
    /// The hidden layer's bias; its length is the layer's width.
    hidden_bias: Vec<f32>,
    /// Per class: its bias, then one weight per hidden unit.
    out: Vec<Vec<f32>>,
    /// Looked up for every feature of every candidate, by the feature's
    /// 64-bit xxh3 (`feature_key`; no two of the file's features share
    /// one, which `parse` checks), so no string is compared or kept. Each
    /// value is the start of the feature's vector in `vectors`.
    features: HashMap<u64, usize, Xxh3DefaultBuilder>,
    /// The features' vectors in thousandths, as the file has them: half
    /// the memory of floats, summed exactly.
    vectors: Vec<i16>,
}

impl PairModel {
    /// Parse the model file: `threshold\tP`, `classes\tNONE\tAGREE...`,
    /// `hidden\tb,b,...`, one `out\tclass\tbias,w,w,...` line per class,
    /// then `feature\tv,v,...` lines; the numbers are thousandths.
    pub(crate) fn parse(tsv: &str) -> Result<PairModel, CoderError> {
        let err = |line: usize, message: String| CoderError::PairModel { line, message };
        let numbers = |n: usize, spec: &str, len: usize| -> Result<Vec<f32>, CoderError> {
            let v = spec
                .split(',')
                .map(|x| {
                    x.parse::<i32>()
                        .map(|v| v as f32 / 1000.0)
                        .map_err(|_| err(n, format!("bad number {x:?}")))
                })
                .collect::<Result<Vec<f32>, CoderError>>()?;
            if v.len() != len {
                return Err(err(n, format!("{} numbers, want {len}", v.len())));
            }
            Ok(v)
        };
        let mut model = PairModel::default();
        for (n, line) in tsv.lines().enumerate() {
            let n = n + 1;
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let key = cols.next().unwrap_or_default();
            let spec = cols.next().unwrap_or_default();
            match key {
                "threshold" => {
                    model.threshold = spec
                        .parse()
                        .map_err(|_| err(n, format!("bad threshold {spec:?}")))?;
                }
                "classes" => {
                    for c in std::iter::once(spec).chain(cols) {
                        let class = match c {
                            "NONE" => None,
                            _ => Some(
                                parse_type(c)
                                    .ok_or_else(|| err(n, format!("unknown class {c:?}")))?,
                            ),
                        };
                        model.classes.push(class);
                    }
                    model.out = vec![Vec::new(); model.classes.len()];
                }
                "hidden" => {
                    let width = spec.split(',').count();
                    model.hidden_bias = numbers(n, spec, width)?;
                }
                "out" => {
                    let k: usize = spec
                        .parse()
                        .map_err(|_| err(n, format!("bad class {spec:?}")))?;
                    let width = model.hidden_bias.len();
                    let weights = numbers(n, cols.next().unwrap_or_default(), width + 1)?;
                    let slot = model
                        .out
                        .get_mut(k)
                        .ok_or_else(|| err(n, format!("class {k} out of range")))?;
                    *slot = weights;
                }
                feature => {
                    let width = model.hidden_bias.len();
                    if width == 0 {
                        return Err(err(n, "feature before the hidden line".to_string()));
                    }
                    let at = model.vectors.len();
                    if model.features.insert(feature_key(feature), at).is_some() {
                        return Err(err(n, format!("feature {feature:?} repeats a key")));
                    }
                    for x in spec.split(',') {
                        let v = x
                            .parse::<i16>()
                            .map_err(|_| err(n, format!("bad number {x:?}")))?;
                        model.vectors.push(v);
                    }
                    let got = model.vectors.len() - at;
                    if got != width {
                        return Err(err(n, format!("{got} numbers, want {width}")));
                    }
                }
            }
        }
        if let Some(k) = model.out.iter().position(|w| w.is_empty()) {
            if !model.hidden_bias.is_empty() {
                let last = tsv.lines().count();
                return Err(err(last, format!("no out line for class {k}")));
            }
        }
        Ok(model)
    }

    /// The indices of the features the model knows.
    pub(crate) fn lookup(&self, features: &[String]) -> Vec<usize> {
        features
            .iter()
            .filter_map(|f| self.features.get(&feature_key(f)).copied())
            .collect()
    }

    /// The summed vectors of features given by index (the hidden layer's
    /// input), each counted once however often it is listed.
    pub(crate) fn scores(&self, mut known: Vec<usize>) -> Vec<f32> {
        let width = self.hidden_bias.len();
        known.sort_unstable();
        known.dedup();
        let mut sum = vec![0i32; width];
        for at in known {
            for (s, &v) in sum.iter_mut().zip(&self.vectors[at..at + width]) {
                *s += i32::from(v);
            }
        }
        sum.into_iter().map(|s| s as f32 / 1000.0).collect()
    }

    /// The best event type for a candidate, given its sentence's summed
    /// vectors (`scores` of the shared features) and its own features, with
    /// its probability, if that reaches the threshold.
    pub(crate) fn classify(&self, shared: &[f32], own: Vec<usize>) -> Option<(EventType, f32)> {
        if !enabled(self) {
            return None;
        }
        let own = self.scores(own);
        let hidden: Vec<f32> = self
            .hidden_bias
            .iter()
            .zip(&own)
            .zip(shared.iter().chain(std::iter::repeat(&0.0)))
            .map(|((b, o), s)| (b + o + s).max(0.0))
            .collect();
        let z: Vec<f32> = self
            .out
            .iter()
            .map(|w| w[0] + w[1..].iter().zip(&hidden).map(|(a, b)| a * b).sum::<f32>())
            .collect();
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

/// A feature's key in the model: the xxh3 of its text.
fn feature_key(feature: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(feature.as_bytes())
}

/// Whether a model codes anything (an empty file disables it).
pub(crate) fn enabled(model: &PairModel) -> bool {
    !model.classes.is_empty() && !model.hidden_bias.is_empty()
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
    candidate: PairCandidate<'_>,
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
    /// The sentence's paragraph (0 is the first after the headline).
    pub paragraph: usize,
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
            None => out.push(unnamed_state(focus, true)),
        }
    }
    // "Washington denied any involvement": a sentence naming one actor
    // answers the article's other main actor.
    if out.len() < 2 {
        if let Some(code) = input
            .ranked
            .iter()
            .find(|c| !out.iter().any(|a| a.party.code == **c))
        {
            out.push(unnamed_state(code, false));
        }
    }
    out
}

/// An actor of the article the sentence does not name: its focus state or
/// its other main actor.
fn unnamed_state(code: &str, focus: bool) -> PairActor {
    PairActor {
        party: EventParty {
            code: code.to_string(),
            sector: None,
            name: code.to_string(),
            text: String::new(),
        },
        first: None,
        spans: Vec::new(),
        speaker: false,
        focus,
    }
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
        (false, false, true) => "focus",
        (false, false, false) => "counterpart",
    }
}

/// The features every pair of a sentence shares: its words' stems, its
/// negation, its triggers' types, whether the rules coded it.
fn sentence_features(input: &PairInput<'_>, f: &mut Features<'_>) {
    f.add(format_args!("bias"));
    let words = input
        .tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str());
    if words
        .clone()
        .any(|w| matches!(w, "not" | "n't" | "no" | "never"))
    {
        f.add(format_args!("neg"));
    }
    if !input.coded.is_empty() {
        f.add(format_args!("rules_coded"));
    }
    f.add(format_args!(
        "{}",
        match input.paragraph {
            0 => "para=0",
            1 => "para=1",
            2 => "para=2",
            3..=5 => "para=3-5",
            _ => "para=6+",
        }
    ));
    let mut codes: Vec<&str> = input
        .parties
        .iter()
        .map(|p| p.actor.code.as_str())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    f.add(format_args!("actors={}", codes.len().min(5)));
    if input.tokens.iter().any(|t| t.norm == "\"") {
        f.add(format_args!("quote"));
    }
    for &(_, ty) in input.triggers {
        f.add(format_args!("t={}", ty.as_str()));
        if !input.coded.iter().any(|&(_, _, c)| c == ty) {
            f.add(format_args!("t={}|uncoded", ty.as_str()));
        }
    }
    for w in words {
        f.add_word("s=", stem(w));
    }
}

/// The features of one ordered pair beyond its sentence's.
fn pair_features(
    input: &PairInput<'_>,
    a: &PairActor,
    b: &PairActor,
    first_named: Option<usize>,
    f: &mut Features<'_>,
) {
    f.add(format_args!("ra={}", role(a)));
    f.add(format_args!("rb={}", role(b)));
    f.add(format_args!("rab={}|{}", role(a), role(b)));
    f.add(format_args!(
        "order={}",
        match (a.first, b.first) {
            (Some(x), Some(y)) if x < y => "ab",
            (Some(_), Some(_)) => "ba",
            _ => "virtual",
        }
    ));
    if a.first.is_some() && a.first == first_named {
        f.add(format_args!("a_first"));
    }
    if b.first.is_some() && b.first == first_named {
        f.add(format_args!("b_first"));
    }
    f.add(format_args!(
        "sa={}",
        a.party.sector.as_deref().unwrap_or("-")
    ));
    f.add(format_args!(
        "sb={}",
        b.party.sector.as_deref().unwrap_or("-")
    ));
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
    f.add(format_args!("rank={}|{}", rank(&a.party), rank(&b.party)));
    f.add(format_args!("ka={}", kind(&a.party)));
    f.add(format_args!("kb={}", kind(&b.party)));
    // What the rules coded in the sentence: for the pair itself (`cab` its
    // way round, `cba` the other), and for each actor with anyone.
    for (s, t, ty) in input.coded {
        let name = ty.as_str();
        if *s == a.party.code && *t == b.party.code {
            f.add(format_args!("cab={name}"));
            f.add(format_args!("coded_pair"));
        } else if *s == b.party.code && *t == a.party.code {
            f.add(format_args!("cba={name}"));
            f.add(format_args!("coded_pair"));
        }
        if *s == a.party.code {
            f.add(format_args!("a_src_of={name}"));
        }
        if *t == b.party.code {
            f.add(format_args!("b_tgt_of={name}"));
        }
        if *t == a.party.code {
            f.add(format_args!("a_tgt_of={name}"));
        }
    }
    for &(at, ty) in input.triggers {
        let name = ty.as_str();
        let (sa, sb) = (side(a.first, at), side(b.first, at));
        f.add(format_args!("t={name}|{sa}{sb}"));
        if !input.coded.iter().any(|&(_, _, c)| c == ty) {
            f.add(format_args!("t={name}|uncoded|{sa}{sb}"));
        }
        f.add(format_args!("t={name}|{}|{}", role(a), sb));
        if let Some(tok) = input.tokens.get(at) {
            f.add(format_args!("tw={}|{sa}{sb}", tok.norm));
        }
        // The actor just before the trigger (its subject, mostly) and the
        // one just after (its object).
        let before = a.spans.iter().any(|&(_, end)| end <= at && at - end <= 3);
        let after = b
            .spans
            .iter()
            .any(|&(start, _)| start > at && start - at <= 4);
        if before {
            f.add(format_args!("near={name}|a_pre"));
        }
        if after {
            f.add(format_args!("near={name}|b_post"));
        }
        if before && after {
            f.add(format_args!("near={name}|a_pre|b_post"));
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
        f.add(format_args!("gap={bucket}"));
    }
    // The words around each actor's mentions: "accused", "against", "by".
    for (prev, next, actor) in [("a_prev=", "a_next=", a), ("b_prev=", "b_next=", b)] {
        for &(start, end) in &actor.spans {
            let before = input
                .tokens
                .get(start.saturating_sub(2)..start)
                .unwrap_or(&[]);
            let after = input
                .tokens
                .get(end..(end + 2).min(input.tokens.len()))
                .unwrap_or(&[]);
            for t in before {
                f.add_word(prev, stem(&t.norm));
            }
            for t in after {
                f.add_word(next, stem(&t.norm));
            }
        }
    }
    if let (Some(x), Some(y)) = (a.first, b.first) {
        let (lo, hi) = if x < y { (x, y) } else { (y, x) };
        for t in input.tokens.get(lo + 1..hi).unwrap_or(&[]) {
            if t.is_word() {
                f.add_word("wb=", stem(&t.norm));
            }
        }
    }
}

/// The candidate pairs of one sentence (those the rules coded carry their
/// types), and the features they all share; scored by `model`, or kept as
/// text when it is `None`.
pub(crate) fn candidates<'m>(
    input: &PairInput<'_>,
    model: Option<&'m PairModel>,
) -> (Features<'m>, Vec<PairCandidate<'m>>) {
    let actors = actors(input);
    let first_named = actors.iter().filter_map(|a| a.first).min();
    let mut out = Vec::new();
    for a in &actors {
        for b in &actors {
            if a.party.code == b.party.code {
                continue;
            }
            let mut features = Features::new(model);
            pair_features(input, a, b, first_named, &mut features);
            out.push(PairCandidate {
                source: a.party.clone(),
                target: b.party.clone(),
                features,
            });
        }
    }
    out.extend(domestic_candidates(input, first_named, model));
    let mut shared = Features::new(model);
    if !out.is_empty() {
        sentence_features(input, &mut shared);
    }
    (shared, out)
}

/// Sectors of the state's side in a domestic dispute.
fn state_sector(sector: Option<&str>) -> bool {
    matches!(sector, None | Some("SPY")) || is_state_body(sector)
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
fn domestic_candidates<'m>(
    input: &PairInput<'_>,
    first_named: Option<usize>,
    model: Option<&'m PairModel>,
) -> Vec<PairCandidate<'m>> {
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
        let mut features = Features::new(model);
        pair_features(input, a, b, first_named, &mut features);
        features.add(format_args!("domestic"));
        features.add(format_args!(
            "domestic|{}",
            if state_first { "state" } else { "society" }
        ));
        for &(at, ty) in input.triggers {
            let (sa, sb) = (side(a.first, at), side(b.first, at));
            features.add(format_args!("domestic|t={}|{sa}{sb}", ty.as_str()));
        }
        out.push(PairCandidate {
            source: a.party.clone(),
            target: b.party.clone(),
            features,
        });
    }
    let mut states: Vec<&str> = Vec::new();
    for p in input.parties {
        let code = p.actor.code.as_str();
        if is_state_code(code) && !done.contains(&code) && !states.contains(&code) {
            states.push(code);
        }
    }
    out.extend(
        states
            .into_iter()
            .filter_map(|code| internal_candidate(input, code, first_named, model)),
    );
    out
}

/// Whether a party takes part in its state's politics: a state body, a
/// party or the opposition, or a named person holding a role.
fn political(p: &Party) -> bool {
    let sector = p.actor.sector.as_deref();
    match p.kind {
        MentionKind::Person => sector.is_some(),
        MentionKind::Org | MentionKind::Group => {
            is_state_body(sector) || matches!(sector, Some("PTY" | "OPP"))
        }
        // The state itself, by name, demonym or seat: not one of its parts.
        MentionKind::Country | MentionKind::Norp | MentionKind::Place => false,
    }
}

/// The politics inside one state between two of its political actors
/// ("Democrats denounced the president's order", "prosecutors asked a
/// judge to bar Kuczynski from leaving"): one candidate from the first
/// named to the next other one, when the sentence names no part of its
/// society and the rules coded nothing within the state.
fn internal_candidate<'m>(
    input: &PairInput<'_>,
    code: &str,
    first_named: Option<usize>,
    model: Option<&'m PairModel>,
) -> Option<PairCandidate<'m>> {
    if input.coded.iter().any(|(s, t, _)| s == code && t == code) {
        return None;
    }
    let first = input
        .parties
        .iter()
        .filter(|p| p.actor.code == code && political(p))
        .min_by_key(|p| p.tok_start)?;
    let other = input
        .parties
        .iter()
        .filter(|p| p.actor.code == code && political(p) && p.tok_start > first.tok_start)
        .find(|p| p.actor.name != first.actor.name)?;
    let actor = |p: &Party| PairActor {
        party: p.event_party(),
        first: Some(p.tok_start),
        spans: vec![(p.tok_start, p.tok_end)],
        speaker: input.speaker.is_some_and(|sp| sp.name == p.actor.name),
        focus: false,
    };
    let (a, b) = (actor(first), actor(other));
    let mut features = Features::new(model);
    pair_features(input, &a, &b, first_named, &mut features);
    features.add(format_args!("internal"));
    for &(at, ty) in input.triggers {
        let (sa, sb) = (side(a.first, at), side(b.first, at));
        features.add(format_args!("internal|t={}|{sa}{sb}", ty.as_str()));
    }
    Some(PairCandidate {
        source: a.party,
        target: b.party,
        features,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;
    use dyad_core::{ActorRef, MentionKind};

    /// Two hidden units: the first scores ACCUSE, the second AGREE; "no
    /// event" has a bias of 1.
    const MODEL: &str = "# test model\nthreshold\t0.5\nclasses\tNONE\tACCUSE\tAGREE\n\
        hidden\t0,0\nout\t0\t1000,0,0\nout\t1\t0,1000,0\nout\t2\t0,0,1000\n\
        bias\t0,0\nt=ACCUSE|LR\t3000,0\nw=signed\t0,400\nw=not\t-5000,0\n";

    /// A sentence's pair input with no speaker, nothing coded and no ranks.
    fn sentence_input<'a>(
        tokens: &'a [Token],
        parties: &'a [Party],
        triggers: &'a [(usize, EventType)],
        focus: Option<&'a str>,
    ) -> PairInput<'a> {
        PairInput {
            tokens,
            parties,
            speaker: None,
            focus,
            triggers,
            coded: &[],
            ranked: &[],
            paragraph: 0,
        }
    }

    fn party(tokens: &[Token], word: &str, code: &str) -> Party {
        sector_party(tokens, word, code, "GOV")
    }

    fn sector_party(tokens: &[Token], word: &str, code: &str, sector: &str) -> Party {
        Party {
            kind: MentionKind::Country,
            actor: ActorRef {
                code: code.to_string(),
                sector: Some(sector.to_string()),
                name: code.to_string(),
            },
            ..body_party(tokens, word, code, sector, MentionKind::Country)
        }
    }

    /// A party named by its own word: "senators", "Smith".
    fn body_party(
        tokens: &[Token],
        word: &str,
        code: &str,
        sector: &str,
        kind: MentionKind,
    ) -> Party {
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
                name: word.to_string(),
            },
            kind,
            text: word.to_string(),
            seat: false,
        }
    }

    #[test]
    fn model_codes_the_best_type_only_above_its_threshold() {
        let model = PairModel::parse(MODEL).expect("model parses");
        let shared = model.scores(model.lookup(&["bias".to_string()]));
        let strong: Vec<String> = vec!["t=ACCUSE|LR".to_string()];
        let (t, p) = model
            .classify(&shared, model.lookup(&strong))
            .expect("accusation above threshold");
        assert_eq!(t, EventType::Accuse);
        assert!(p > 0.8, "{p}");
        // "signed" alone leaves "no event" the likelier class.
        let weak: Vec<String> = vec!["w=signed".to_string()];
        assert_eq!(model.classify(&shared, model.lookup(&weak)), None);
        // A hidden unit cut at zero adds nothing: the accusation is gone.
        let negated: Vec<String> = vec!["t=ACCUSE|LR".to_string(), "w=not".to_string()];
        assert_eq!(model.classify(&shared, model.lookup(&negated)), None);
        let empty = PairModel::parse("# nothing\n").expect("empty");
        assert_eq!(empty.classify(&[], empty.lookup(&strong)), None);
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
        let out_of_range =
            PairModel::parse("classes\tNONE\tACCUSE\nhidden\t0\nout\t5\t1000,0\n").unwrap_err();
        assert!(
            out_of_range.to_string().starts_with("pair model line 3:"),
            "{out_of_range}"
        );
        let bad_number =
            PairModel::parse("classes\tNONE\nhidden\t0\nout\t0\t0,0\nbias\tx\n").unwrap_err();
        assert!(
            bad_number.to_string().contains("bad number \"x\""),
            "{bad_number}"
        );
        let short = PairModel::parse("classes\tNONE\nhidden\t0,0\nbias\t1000\n").unwrap_err();
        assert_eq!(short.to_string(), "pair model line 3: 1 numbers, want 2");
        let twice = PairModel::parse("classes\tNONE\nhidden\t0\nw=a\t1\nw=a\t2\n").unwrap_err();
        assert_eq!(
            twice.to_string(),
            "pair model line 4: feature \"w=a\" repeats a key"
        );
        let wide = PairModel::parse("classes\tNONE\nhidden\t0\nw=a\t40000\n").unwrap_err();
        assert_eq!(wide.to_string(), "pair model line 3: bad number \"40000\"");
    }

    #[test]
    fn candidates_are_the_ordered_pairs_with_speaker_and_focus() {
        let text = "Ruritania condemned Borduria over the raid.";
        let tokens = tokenize(text, 0..text.len());
        let parties = vec![
            party(&tokens, "ruritania", "RUR"),
            party(&tokens, "borduria", "BOR"),
        ];
        let triggers = [(1, EventType::Accuse)];
        let input = sentence_input(&tokens, &parties, &triggers, Some("SYL"));
        let (shared, found) = candidates(&input, None);
        assert!(shared.text.iter().any(|x| x == "s=conde"), "{shared:?}");
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
        let first = &found[0].features.text;
        for f in ["t=ACCUSE|LR", "order=ab", "a_first", "rb=named", "wb=conde"] {
            assert!(first.iter().any(|x| x == f), "{f} missing from {first:?}");
        }
        // A pair the rules coded carries their types, each way round.
        let coded = [("RUR".to_string(), "BOR".to_string(), EventType::Accuse)];
        let input = PairInput {
            coded: &coded,
            ..input
        };
        let found = candidates(&input, None).1;
        let features = |s: &str, t: &str| {
            found
                .iter()
                .find(|c| c.source.code == s && c.target.code == t)
                .map(|c| c.features.text.clone())
                .unwrap_or_default()
        };
        for (s, t, f) in [
            ("RUR", "BOR", "cab=ACCUSE"),
            ("BOR", "RUR", "cba=ACCUSE"),
            ("BOR", "RUR", "coded_pair"),
        ] {
            assert!(features(s, t).iter().any(|x| x == f), "{s}>{t}: no {f}");
        }
        assert!(!features("RUR", "SYL").iter().any(|x| x == "coded_pair"));
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
        let input = sentence_input(&tokens, &parties, &triggers, None);
        let (_, found) = candidates(&input, None);
        assert_eq!(found.len(), 1, "{found:?}");
        let c = &found[0];
        assert_eq!(
            (c.source.text.as_str(), c.target.text.as_str()),
            ("police", "protesters")
        );
        for f in ["domestic", "domestic|state", "domestic|t=COERCE|LR"] {
            assert!(
                c.features.text.iter().any(|x| x == f),
                "{f} missing from {:?}",
                c.features
            );
        }
        // Society alone acts on its state.
        let alone = [sector_party(&tokens, "protesters", "RUR", "CVL")];
        let (_, found) = candidates(
            &PairInput {
                parties: &alone,
                ..input
            },
            None,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].target.name, "RUR government");
    }

    #[test]
    fn two_political_actors_of_one_state_make_one_internal_candidate() {
        let text = "Senators rebuked Smith over the order, Ruritania said.";
        let tokens = tokenize(text, 0..text.len());
        let senators = body_party(&tokens, "senators", "RUR", "LEG", MentionKind::Group);
        let smith = body_party(&tokens, "smith", "RUR", "GOV", MentionKind::Person);
        let state = sector_party(&tokens, "ruritania", "RUR", "GOV");
        let parties = vec![senators.clone(), smith.clone(), state];
        let triggers = [(1, EventType::Accuse)];
        let input = sentence_input(&tokens, &parties, &triggers, None);
        let (_, found) = candidates(&input, None);
        let internal: Vec<(&str, &str)> = found
            .iter()
            .filter(|c| c.features.text.iter().any(|f| f == "internal"))
            .map(|c| (c.source.name.as_str(), c.target.name.as_str()))
            .collect();
        // The first named acts on the next; the state by name is no part.
        assert_eq!(internal, [("senators", "smith")]);
        let c = found
            .iter()
            .find(|c| c.source.name == "senators")
            .expect("internal candidate");
        assert!(c.features.text.iter().any(|f| f == "internal|t=ACCUSE|LR"));
        // Nothing when the rules coded the state's politics already.
        let coded = [("RUR".to_string(), "RUR".to_string(), EventType::Accuse)];
        let (_, found) = candidates(
            &PairInput {
                coded: &coded,
                ..input
            },
            None,
        );
        assert!(found.is_empty(), "{found:?}");
        // Nor for one actor named twice.
        let twice = [smith.clone(), smith];
        let (_, found) = candidates(
            &PairInput {
                parties: &twice,
                ..input
            },
            None,
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_sentence_naming_one_actor_answers_the_articles_other_main_actor() {
        let text = "Ruritania denied any involvement.";
        let tokens = tokenize(text, 0..text.len());
        let parties = vec![party(&tokens, "ruritania", "RUR")];
        let ranked = ["RUR".to_string(), "BOR".to_string(), "SYL".to_string()];
        let input = sentence_input(&tokens, &parties, &[], Some("RUR"));
        let input = PairInput {
            ranked: &ranked,
            ..input
        };
        let (_, found) = candidates(&input, None);
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|c| (c.source.code.as_str(), c.target.code.as_str()))
            .collect();
        assert_eq!(pairs, [("RUR", "BOR"), ("BOR", "RUR")]);
        assert!(found[0].features.text.iter().any(|f| f == "rb=counterpart"));
        // Two actors named: no counterpart.
        let text = "Ruritania and Borduria denied any involvement.";
        let tokens = tokenize(text, 0..text.len());
        let parties = vec![
            party(&tokens, "ruritania", "RUR"),
            party(&tokens, "borduria", "BOR"),
        ];
        let (_, found) = candidates(
            &PairInput {
                tokens: &tokens,
                parties: &parties,
                ..input
            },
            None,
        );
        assert!(found
            .iter()
            .all(|c| c.source.code != "SYL" && c.target.code != "SYL"));
    }
}
