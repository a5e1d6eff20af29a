//! One sentence's tokens and actors, and the clause rules that find an
//! event's source and target around its trigger.

use dyad_core::{ActorRef, EventParty, Mention, MentionKind};

use crate::tokens::Token;

/// An actor mention (or several adjacent ones naming the same actor, as in
/// "Chinese President Xi Jinping") mapped onto the sentence's tokens.
#[derive(Debug, Clone)]
pub(crate) struct Party {
    pub tok_start: usize,
    pub tok_end: usize,
    pub actor: ActorRef,
    pub kind: MentionKind,
    pub text: String,
    /// A place that is a capital or seat of power ("Kyiv", "Riyadh").
    pub seat: bool,
}

/// Whether `code` names a state (ISO alpha-3), not a body (IGO, UNO, EUR,
/// NGO, MNC) or "the West".
pub(crate) fn is_state_code(code: &str) -> bool {
    code.len() == 3 && !matches!(code, "IGO" | "UNO" | "EUR" | "NGO" | "MNC" | "WST")
}

/// Sectors that act for the state: government, military, police, judiciary,
/// legislature (not intelligence services, which the rules treat apart).
pub(crate) fn is_state_body(sector: Option<&str>) -> bool {
    matches!(sector, Some("GOV" | "MIL" | "COP" | "JUD" | "LEG"))
}

impl Party {
    pub(crate) fn event_party(&self) -> EventParty {
        EventParty {
            code: self.actor.code.clone(),
            sector: self.actor.sector.clone(),
            name: self.actor.name.clone(),
            text: self.text.clone(),
        }
    }
}

/// Words that may sit between two mentions of one actor ("Kremlin spokesman
/// Dmitry Peskov", "Iran's Revolutionary Guards").
const TITLE_WORDS: &[&str] = &[
    "'s",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "envoy",
    "ambassador",
    "official",
    "officials",
    "foreign",
    "prime",
    "leader",
    "chief",
    "commander",
    "head",
    "defence",
    "defense",
    "deputy",
    "vice",
    "secretary",
    "of",
    "the",
    "state",
    "premier",
    "top",
    "general",
    "adm",
    ".",
    "gen",
    "-",
    "special",
    "representative",
    "interior",
    "finance",
    "counterpart",
    "trade",
    "economy",
    "justice",
    "health",
    "energy",
    "army",
    "military",
    "navy",
    "police",
    "intelligence",
    "security",
    "adviser",
    "advisor",
    "negotiator",
    "diplomat",
    "mayor",
    "governor",
    "lawmaker",
    "senator",
    "king",
    "queen",
    "prince",
    "chancellor",
];

fn kind_rank(kind: MentionKind) -> u8 {
    match kind {
        MentionKind::Person => 5,
        MentionKind::Org => 4,
        MentionKind::Group => 3,
        MentionKind::Country => 2,
        MentionKind::Norp => 1,
        MentionKind::Place => 0,
    }
}

/// "the Iran-Iraq war", "Iraq-related costs": names that only label a war
/// between them or a topic are no parties. `end` is the token after the
/// name. ("talks on ending the Ukraine war" still names the other side.)
fn names_a_war_or_topic(tokens: &[Token], end: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let capitalised = |k: usize| tokens.get(k).is_some_and(|t| t.capitalised);
    let first_of_pair = word(end) == "-" && capitalised(end + 1) && word(end + 2) == "war";
    let second_of_pair = end >= 3
        && word(end - 2) == "-"
        && capitalised(end - 3)
        && matches!(word(end), "war" | "wars");
    first_of_pair
        || second_of_pair
        || (word(end) == "-" && matches!(word(end + 1), "related" | "linked" | "focused"))
}

/// Irregular past participles of the coder's verbs.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "shot", "struck", "hit", "held", "seized", "taken", "sent", "given", "met", "broken", "caught",
    "hung", "slain", "stolen", "drawn", "thrown", "beaten", "brought", "done", "kept", "built",
    "sold",
];

/// Whether `word` may be a past participle ("expelled", "shot").
pub(crate) fn is_participle(word: &str) -> bool {
    word.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&word)
}

/// The sentence's parties, from the paragraph's mentions inside `range`.
///
/// Places ("Damascus", "Kyiv" after "at") become parties of their country
/// through `place_country`; they can be targets ("missiles at Kyiv") but
/// never sources.
pub(crate) fn parties(
    paragraph: &str,
    mentions: &[&Mention],
    tokens: &[Token],
    range: &std::ops::Range<usize>,
    place_country: &dyn Fn(&str) -> Option<(String, bool)>,
) -> Vec<Party> {
    let mut out: Vec<(Party, usize, usize)> = Vec::new();
    let mut sorted: Vec<&&Mention> = mentions
        .iter()
        .filter(|m| m.start >= range.start && m.end <= range.end)
        .collect();
    sorted.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    for m in sorted {
        let place_actor;
        let mut seat = false;
        let actor = match (&m.actor, m.kind) {
            (Some(actor), _) => actor,
            (None, MentionKind::Place) => {
                let Some((code, is_seat)) = place_country(&m.text) else {
                    continue;
                };
                seat = is_seat;
                place_actor = ActorRef {
                    code,
                    sector: None,
                    name: m.text.clone(),
                };
                &place_actor
            }
            (None, _) => continue,
        };
        let Some(tok_start) = tokens
            .iter()
            .position(|t| t.start >= m.start && t.start < m.end)
        else {
            continue;
        };
        let tok_end = tokens
            .iter()
            .position(|t| t.start >= m.end)
            .unwrap_or(tokens.len());
        if names_a_war_or_topic(tokens, tok_end) {
            continue;
        }
        if let Some((last, _, last_end)) = out.last_mut() {
            if tok_start < last.tok_end {
                continue; // nested or overlapping mention
            }
            let between = &tokens[last.tok_end..tok_start];
            let joinable = last.actor.code == actor.code
                && between.len() <= 4
                && between
                    .iter()
                    .all(|t| t.capitalised || TITLE_WORDS.contains(&t.norm.as_str()));
            if joinable {
                // "Senate Democratic leader Chuck Schumer", "Labour leader
                // X": a member of a legislature, party or court acts in its
                // sector, not the person's default one.
                let body_sector = (last.kind == MentionKind::Org && m.kind == MentionKind::Person)
                    .then(|| last.actor.sector.clone())
                    .flatten()
                    .filter(|s| matches!(s.as_str(), "LEG" | "PTY" | "JUD" | "OPP"));
                if kind_rank(m.kind) >= kind_rank(last.kind) {
                    last.actor = actor.clone();
                    last.kind = m.kind;
                }
                if body_sector.is_some() {
                    last.actor.sector = body_sector;
                }
                last.tok_end = tok_end;
                *last_end = m.end;
                last.text = paragraph
                    .get(tokens[last.tok_start].start..m.end)
                    .unwrap_or_default()
                    .to_string();
                continue;
            }
        }
        out.push((
            Party {
                tok_start,
                tok_end,
                actor: actor.clone(),
                kind: m.kind,
                text: m.text.clone(),
                seat,
            },
            m.start,
            m.end,
        ));
    }
    out.into_iter().map(|(p, _, _)| p).collect()
}

pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "some",
    "any", "both", "all", "other", "several", "many", "two", "top", "senior", "former",
];

const PREPOSITIONS: &[&str] = &[
    "in",
    "of",
    "to",
    "from",
    "with",
    "against",
    "at",
    "by",
    "on",
    "for",
    "into",
    "over",
    "toward",
    "towards",
    "about",
    "between",
    "among",
    "than",
    "under",
    "across",
    "near",
    "within",
    "without",
    "via",
    "like",
    "including",
    "as",
    "after",
    "before",
    "during",
    "since",
    "amid",
    "upon",
    "onto",
    "behind",
    "despite",
    "following",
    "through",
    "beyond",
];

const SUBORDINATORS: &[&str] = &[
    "where", "which", "who", "whom", "while", "whereas", "although", "though", "but", "because",
    "when", "whose",
];

/// How far after its trigger (in tokens) a target may be.
const MAX_TARGET_DISTANCE: usize = 12;

/// Relative pronouns that open an aside.
const RELATIVES: &[&str] = &["which", "who", "whose", "whom"];

/// Tokens after the trigger that end the search for its target.
const TARGET_STOPS: &[&str] = &[
    "over",
    "because",
    "after",
    "before",
    "while",
    "which",
    "who",
    "but",
    "since",
    "amid",
    "following",
    "despite",
    "although",
    "when",
    "whereas",
    "though",
    "where",
    "during",
];

/// The sentence under analysis.
pub(crate) struct Clause<'a> {
    pub tokens: &'a [Token],
    pub parties: &'a [Party],
}

impl Clause<'_> {
    fn norm(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.norm.as_str())
    }

    /// The first token of the clause holding `at`: after a semicolon, or after
    /// ", where/which/but ..." that opens a new clause.
    pub(crate) fn clause_start(&self, at: usize) -> usize {
        let mut k = at;
        while k > 0 {
            let w = self.norm(k - 1);
            if w == ";" || w == ":" {
                return k;
            }
            if SUBORDINATORS.contains(&w) && k >= 2 && self.norm(k - 2) == "," {
                // A relative clause closed before `at` (", which ... ,") is
                // an aside inside the main clause: keep looking left.
                let closed =
                    RELATIVES.contains(&w) && self.tokens[k..at].iter().any(|t| t.norm == ",");
                if !closed {
                    return k;
                }
            }
            k -= 1;
        }
        0
    }

    /// Whether token `i` sits inside a closed relative clause (", which has
    /// leased tankers to Kuwait,") that ends before `at`.
    pub(crate) fn in_aside(&self, i: usize, at: usize) -> bool {
        let mut k = i;
        while k > 0 {
            let w = self.norm(k - 1);
            if w == "," || w == ";" {
                return false;
            }
            // ", which ..." and ", of which ...".
            let opens = k >= 2
                && (self.norm(k - 2) == ","
                    || (k >= 3
                        && matches!(self.norm(k - 2), "of" | "in" | "to" | "with" | "for")
                        && self.norm(k - 3) == ","));
            if RELATIVES.contains(&w) && opens {
                // An aside that closes before `at` (none when `at` comes first).
                return self
                    .tokens
                    .get(i..at)
                    .is_some_and(|between| between.iter().any(|t| t.norm == ","));
            }
            k -= 1;
        }
        false
    }

    /// The token before `i`, skipping determiners; `None` at the start.
    fn word_before(&self, i: usize) -> Option<&str> {
        let mut k = i;
        while k > 0 {
            k -= 1;
            let w = self.norm(k);
            if !DETERMINERS.contains(&w) {
                return Some(w);
            }
        }
        None
    }

    /// Whether party `p` sits inside a prepositional phrase ("talks with
    /// Kyiv"); `Some("of")` etc. names the preposition.
    pub(crate) fn preposition_of(&self, p: &Party) -> Option<&str> {
        self.word_before(p.tok_start)
            .filter(|w| PREPOSITIONS.contains(w))
    }

    /// The preposition governing a place phrase: "in" for "in the Omani
    /// capital Muscat", skipping names, demonyms and words like "capital".
    pub(crate) fn venue_preposition(&self, p: &Party) -> Option<&str> {
        const PLACE_NOUNS: &[&str] = &[
            "capital", "city", "town", "port", "region", "province", "village", "resort", "'s",
            "northern", "southern", "eastern", "western", "central", "coastal", "border",
        ];
        let mut k = p.tok_start;
        while k > 0 {
            let t = &self.tokens[k - 1];
            let in_party = self
                .parties
                .iter()
                .any(|q| q.tok_start < k && k <= q.tok_end);
            // "in the Qatari capital, Doha": an apposition after a place noun.
            let apposition =
                t.norm == "," && k >= 2 && PLACE_NOUNS.contains(&self.tokens[k - 2].norm.as_str());
            if in_party
                || t.capitalised
                || apposition
                || DETERMINERS.contains(&t.norm.as_str())
                || PLACE_NOUNS.contains(&t.norm.as_str())
            {
                k -= 1;
                continue;
            }
            return Some(self.norm(k - 1)).filter(|w| PREPOSITIONS.contains(w));
        }
        None
    }

    /// The subject of the trigger starting at `trigger`: the nearest party to
    /// its left in the clause that is not inside a prepositional phrase (a
    /// party right before the trigger always counts: "Ottawa declaring"). A
    /// compound subject ("France and Germany") gives several, leftmost first.
    pub(crate) fn subject(&self, trigger: usize, patient: bool) -> Vec<usize> {
        // "teachers who marched": the relative pronoun's antecedent.
        if trigger >= 2 && matches!(self.norm(trigger - 1), "who" | "that" | "which") {
            if let Some(idx) = self.parties.iter().position(|p| p.tok_end == trigger - 1) {
                return vec![idx];
            }
        }
        let start = self.clause_start(trigger);
        // "Poland accused Belarus of ..., deploying thousands of troops": a
        // participle after a comma has the clause's subject, not the
        // nearest object.
        if trigger >= 1 && self.norm(trigger - 1) == "," && self.norm(trigger).ends_with("ing") {
            // "Pakistan's army said Indian troops had fired ..., killing
            // two civilians": the reported clause's subject.
            let reported = (start..trigger)
                .rev()
                .find(|&k| SPEECH_VERBS.contains(&self.norm(k)))
                .map_or(start, |k| k + 1);
            let first = self.parties.iter().position(|p| {
                p.tok_start >= reported
                    && p.tok_end < trigger
                    && p.kind != MentionKind::Place
                    && self.preposition_of(p).is_none()
                    && !self.in_aside(p.tok_start, trigger)
            });
            if let Some(first) = first {
                return self.compound(first);
            }
        }
        // ", which have mediated": the clause's subject is the antecedent.
        if start >= 2 && RELATIVES.contains(&self.norm(start - 1)) && self.norm(start - 2) == "," {
            let before_subject = self.parties[..].iter().any(|p| {
                p.tok_start >= start && p.tok_end <= trigger && self.preposition_of(p).is_none()
            });
            if !before_subject {
                if let Some(idx) = self.parties.iter().position(|p| p.tok_end == start - 2) {
                    return self.compound(idx);
                }
            }
        }
        let mut genitive = None;
        for (idx, p) in self.parties.iter().enumerate().rev() {
            if p.tok_end > trigger || p.tok_start < start {
                continue;
            }
            if p.kind == MentionKind::Place || self.in_aside(p.tok_start, trigger) {
                continue;
            }
            let adjacent = self.tokens[p.tok_end..trigger]
                .iter()
                .all(|t| t.norm == "'s" || t.norm == "\"");
            // "sent a message to Tokayev praising ...": a participle after
            // a prepositional object belongs to the clause's subject.
            let participle_after_object =
                self.norm(trigger).ends_with("ing") && self.preposition_of(p).is_some();
            if adjacent && !participle_after_object {
                return self.compound(idx);
            }
            // "U.S. Army helicopters attacked": an actor and the head noun
            // it names right before the trigger.
            let headed = trigger - p.tok_end <= 2
                && trigger > p.tok_end
                && matches!(p.kind, MentionKind::Org | MentionKind::Country)
                && self.tokens[p.tok_end..trigger].iter().all(|t| {
                    t.is_word() && !t.capitalised && ACTOR_HEADS.contains(&t.norm.as_str())
                });
            if headed && !patient {
                return self.compound(idx);
            }
            // "Iranian gunboats fired": a demonym and its head right before
            // the trigger.
            let heads_trigger = trigger - p.tok_end <= 2
                && self.tokens[p.tok_end..trigger].iter().all(|t| {
                    t.is_word() && !t.capitalised && !matches!(t.norm.as_str(), "and" | "or")
                });
            if p.kind == MentionKind::Norp && !patient && !heads_trigger && !self.norp_can_act(p) {
                continue;
            }
            // A possessor inside an apposition ("Guyana, Venezuela's
            // neighbour, accused ...") is not the subject.
            let possessor = self.norm(p.tok_end) == "'s";
            let comma_after = self.tokens[p.tok_end..trigger]
                .iter()
                .any(|t| t.norm == ",");
            if possessor && comma_after {
                continue;
            }
            // "Turkey, a NATO member, has refused": the body an apposition
            // names as the subject's is not the subject.
            let member_of = matches!(
                self.norm(p.tok_end),
                "member" | "ally" | "partner" | "neighbour" | "neighbor" | "signatory"
            ) && p.tok_start >= 2
                && matches!(self.norm(p.tok_start - 1), "a" | "an" | "the" | "fellow")
                && self.norm(p.tok_start - 2) == ","
                && comma_after;
            if member_of {
                continue;
            }
            // "Abdullah, head of the country's High Council, accused ...":
            // what an apposition says the subject belongs to.
            let closes_apposition = self.norm(p.tok_end) == ","
                && trigger - p.tok_end <= 3
                && self.tokens[p.tok_end + 1..trigger]
                    .iter()
                    .all(|t| t.is_word() && !t.capitalised);
            let of_apposition = closes_apposition
                && (start..p.tok_start)
                    .rev()
                    .take_while(|&k| self.norm(k) != ",")
                    .any(|k| self.norm(k) == "of")
                && (start..p.tok_start).any(|k| self.norm(k) == ",");
            if of_apposition {
                continue;
            }
            // "ties with both Moscow and Kyiv and has refused": a later
            // member of a compound shares its first member's preposition.
            let preposition = self.preposition_of(p).or_else(|| {
                let first = *self.compound(idx).first()?;
                (first != idx)
                    .then(|| self.preposition_of(&self.parties[first]))
                    .flatten()
            });
            match preposition {
                // "after an Iraqi warplane hit": a subordinate clause's
                // subject, not a prepositional phrase.
                Some("after" | "before" | "since" | "until") if heads_trigger => {
                    return self.compound(idx)
                }
                Some("of" | "from") if genitive.is_none() => genitive = Some(idx),
                Some(_) => {}
                None => return self.compound(idx),
            }
        }
        genitive
            .map(|g| vec![g])
            .or_else(|| self.subject_before_comma(trigger, start))
            .unwrap_or_default()
    }

    /// "India's finance minister, lashed out at ...": a stray comma between
    /// a subject and its verb.
    fn subject_before_comma(&self, trigger: usize, start: usize) -> Option<Vec<usize>> {
        let comma = (trigger.saturating_sub(3).max(start)..trigger)
            .rev()
            .find(|&k| self.norm(k) == ",")?;
        let adverbs_only = self.tokens[comma + 1..trigger]
            .iter()
            .all(|t| t.is_word() && !t.capitalised);
        if !adverbs_only {
            return None;
        }
        let idx = self.parties.iter().rposition(|p| p.tok_end <= comma)?;
        let p = &self.parties[idx];
        let role_words = comma - p.tok_end <= 3
            && self.tokens[p.tok_end..comma]
                .iter()
                .all(|t| t.norm == "'s" || (t.is_word() && !t.capitalised));
        (role_words && p.kind != MentionKind::Place && self.preposition_of(p).is_none())
            .then(|| vec![idx])
    }

    /// A demonym acts only when it heads a political group ("Iranian
    /// officials", "Western countries", "Iranian and US officials"), not when
    /// it modifies a thing ("the Indian cricket team").
    fn norp_can_act(&self, p: &Party) -> bool {
        let next = self.norm(p.tok_end);
        matches!(next, "and" | ",") || ACTOR_HEADS.contains(&next)
    }

    /// Party `idx` with the parties joined to it by "and" / commas on its left.
    pub(crate) fn compound(&self, idx: usize) -> Vec<usize> {
        let mut members = vec![idx];
        let mut cur = idx;
        let mut has_and = false;
        while cur > 0 {
            let prev = &self.parties[cur - 1];
            let mut between = &self.tokens[prev.tok_end..self.parties[cur].tok_start];
            // "Chile's foreign minister and her counterpart X": the title
            // belongs to the possessor.
            if between.first().is_some_and(|t| t.norm == "'s") {
                let title = between
                    .iter()
                    .take_while(|t| TITLE_WORDS.contains(&t.norm.as_str()) && t.norm != "the")
                    .count();
                between = &between[title..];
            }
            let joiners = !between.is_empty()
                && between.iter().all(|t| {
                    matches!(
                        t.norm.as_str(),
                        "and"
                            | ","
                            | "the"
                            | "a"
                            | "an"
                            | "both"
                            | "or"
                            | "her"
                            | "his"
                            | "its"
                            | "their"
                    )
                });
            let with_and = between.iter().any(|t| t.norm == "and" || t.norm == "or");
            // A comma alone joins list members ("A, B and C"), not an
            // apposition ("the African Union, Senegal,"); a place after a
            // preposition ends its own clause ("the crisis in Botswana, and
            // Zuma sent ...").
            let prepositional = self.preposition_of(prev).is_some()
                && self.preposition_of(&self.parties[cur]).is_none()
                && between.iter().any(|t| t.norm == ",");
            if !joiners || !(with_and || has_and) || prepositional {
                break;
            }
            has_and |= with_and;

            members.insert(0, cur - 1);
            cur -= 1;
        }
        members
    }

    /// The target after the trigger: the first party after its first word,
    /// before a clause stop, that is not excluded.
    pub(crate) fn target_after(
        &self,
        trigger_start: usize,
        trigger_end: usize,
        bound: usize,
        excluded: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        for (idx, p) in self.parties.iter().enumerate() {
            if p.tok_start <= trigger_start {
                continue;
            }
            if p.tok_start >= bound {
                return None;
            }
            if p.tok_start > trigger_end + MAX_TARGET_DISTANCE {
                return None;
            }
            if p.tok_start > trigger_end {
                // Quotation marks do not separate (`"regrettable," and`).
                let span: Vec<&Token> = self.tokens[trigger_end..p.tok_start]
                    .iter()
                    .filter(|t| !matches!(t.norm.as_str(), "\"" | "'"))
                    .collect();
                // ", and the OAS called ...": a new clause begins.
                // "denied the charge and said Pakistan was ...": so does a
                // joined speech verb.
                let new_clause = span.windows(2).any(|w| {
                    (w[0].norm == "," && matches!(w[1].norm.as_str(), "and" | "but"))
                        || (w[0].norm == "and" && SPEECH_VERBS.contains(&w[1].norm.as_str()))
                });
                let stop = new_clause
                    || span
                        .iter()
                        .any(|t| t.norm == ";" || TARGET_STOPS.contains(&t.norm.as_str()));
                if stop {
                    return None;
                }
            }
            // "talks with U.S.-backed Contra rebels": the backer only
            // qualifies the target named after it.
            let qualifier = self.qualifies_next(p);
            if excluded(idx) || qualifier {
                continue;
            }
            return Some(idx);
        }
        None
    }

    /// Whether party `p` only qualifies what follows it: "U.S.-backed
    /// rebels", "the Kurdish-held town".
    pub(crate) fn qualifies_next(&self, p: &Party) -> bool {
        self.norm(p.tok_end) == "-"
            && matches!(
                self.norm(p.tok_end + 1),
                "backed"
                    | "led"
                    | "supported"
                    | "sponsored"
                    | "funded"
                    | "aligned"
                    | "allied"
                    | "based"
                    | "trained"
                    | "armed"
                    | "held"
                    | "controlled"
                    | "run"
                    | "dominated"
                    | "occupied"
                    | "majority"
                    | "speaking"
            )
    }

    /// The other side named by "talks / negotiations with X" later in the
    /// sentence ("insisted on its right during the negotiations with the US").
    pub(crate) fn counterpart(
        &self,
        after: usize,
        excluded: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let with = (after..self.tokens.len().saturating_sub(1)).find(|&k| {
            self.norm(k + 1) == "with"
                && matches!(
                    self.norm(k),
                    "talks" | "negotiations" | "meeting" | "discussions" | "dialogue" | "contacts"
                )
        })?;
        self.parties
            .iter()
            .enumerate()
            .find(|(idx, p)| p.tok_start > with + 1 && p.tok_start <= with + 4 && !excluded(*idx))
            .map(|(idx, _)| idx)
    }

    /// Whether party `idx` is followed by a speech verb ("..., the African
    /// Union mediator said"): an attribution, not a target.
    pub(crate) fn speaks(&self, idx: usize) -> bool {
        let p = &self.parties[idx];
        let mut k = p.tok_end;
        while k < self.tokens.len() && k <= p.tok_end + 2 {
            let t = &self.tokens[k];
            if SPEECH_VERBS.contains(&t.norm.as_str()) {
                return true;
            }
            // "an Iranian vessel they said was laying mines": the pronoun
            // speaks.
            let pronoun = matches!(t.norm.as_str(), "they" | "he" | "she" | "we" | "it");
            if !t.is_word() || t.capitalised || pronoun {
                return false;
            }
            k += 1;
        }
        false
    }

    /// The agent of a passive trigger: a party after "by" soon after it.
    /// A weapon as agent hands over to its user: "killed by a roadside bomb
    /// planted by PKK militants".
    pub(crate) fn passive_agent(&self, trigger_end: usize) -> Option<usize> {
        let by = (trigger_end..(trigger_end + 4).min(self.tokens.len()))
            .find(|&k| self.norm(k) == "by")?;
        let agent = |by: usize| {
            self.parties
                .iter()
                .position(|p| p.tok_start > by && p.tok_start <= by + 3)
        };
        agent(by).or_else(|| {
            let weapon = (by + 1..(by + 5).min(self.tokens.len())).any(|k| {
                matches!(
                    self.norm(k),
                    "bomb"
                        | "bombs"
                        | "mine"
                        | "mines"
                        | "landmine"
                        | "landmines"
                        | "missile"
                        | "missiles"
                        | "rocket"
                        | "rockets"
                        | "drone"
                        | "drones"
                        | "shell"
                        | "shells"
                        | "device"
                        | "explosion"
                        | "blast"
                        | "attack"
                        | "strike"
                        | "airstrike"
                )
            });
            let next_by = (by + 1..(by + 7).min(self.tokens.len()))
                .find(|&k| self.norm(k) == "by" || self.norm(k) == ",")
                .filter(|&k| self.norm(k) == "by")?;
            weapon.then(|| agent(next_by)).flatten()
        })
    }

    /// The party a generic group comes from ("met diplomats from Britain
    /// and France": Britain; "foreign ministers of ASEAN": ASEAN), else the
    /// group itself.
    pub(crate) fn origin_of_group(&self, idx: usize) -> usize {
        let p = &self.parties[idx];
        let generic = p.kind == MentionKind::Group
            && (p.tok_start == 0 || p.text.starts_with(char::is_lowercase));
        let link = self.norm(p.tok_end);
        if !generic || !matches!(link, "from" | "of") {
            return idx;
        }
        let at = if self.norm(p.tok_end + 1) == "the" {
            p.tok_end + 2
        } else {
            p.tok_end + 1
        };
        // "ministers of the bloc" names its members; "leaders of the
        // protests" or "of Syria" does not name where they come from.
        let fits = |q: &Party| {
            q.tok_start == at
                && q.kind != MentionKind::Place
                && (link == "from" || q.kind == MentionKind::Org)
        };
        self.parties.iter().position(fits).unwrap_or(idx)
    }

    /// Party `idx` and the parties joined to it by "and" on its right.
    pub(crate) fn compound_right(&self, idx: usize) -> Vec<usize> {
        // "A, B and C": commas join only in a list that ends with "and".
        let mut members = vec![idx];
        let mut listed = Vec::new();
        let mut cur = idx;
        while cur + 1 < self.parties.len() {
            let next = &self.parties[cur + 1];
            let between = &self.tokens[self.parties[cur].tok_end..next.tok_start];
            let linking = !between.is_empty()
                && between
                    .iter()
                    .all(|t| matches!(t.norm.as_str(), "and" | "," | "the" | "a" | "an"));
            // "the release of the leaders, and the European Union warned":
            // ", and" after a single party opens a new clause; a list has a
            // member before it ("A, B, and C").
            let new_clause = between.iter().any(|t| t.norm == ",")
                && between.iter().any(|t| t.norm == "and")
                && listed.is_empty()
                && members.len() == 1;
            if !linking || new_clause {
                break;
            }
            listed.push(cur + 1);
            if between.iter().any(|t| t.norm == "and") {
                members.append(&mut listed);
            }
            cur += 1;
        }
        members
    }

    /// Whether the trigger starting at `trigger` is a passive verb.
    pub(crate) fn is_passive(&self, trigger: usize) -> bool {
        const BE: &[&str] = &[
            "was", "were", "is", "are", "been", "being", "be", "got", "gets", "get", "feel",
            "feels", "felt",
        ];
        const SKIP: &[&str] = &[
            "reportedly",
            "allegedly",
            "also",
            "later",
            "then",
            "recently",
            "apparently",
            "not",
            "n't",
            "never",
            "already",
            "finally",
            "formally",
            "officially",
        ];
        let word = self.norm(trigger);
        if !is_participle(word) {
            return false;
        }
        let mut k = trigger;
        while k > 0 {
            k -= 1;
            let w = self.norm(k);
            if SKIP.contains(&w) {
                continue;
            }
            return BE.contains(&w) || self.reduced_relative(k, trigger);
        }
        false
    }

    /// The words of a passive's subject, the patient, nearest first: back
    /// from the verb to the clause's previous comma, at most twelve words
    /// ("new sanctions on North Korea were approved", "numbers released by").
    pub(crate) fn passive_patient_words(&self, trigger: usize) -> impl Iterator<Item = &str> {
        self.tokens[..trigger]
            .iter()
            .rev()
            .take_while(|t| !matches!(t.norm.as_str(), "," | ";" | ":"))
            .take(12)
            .map(|t| t.norm.as_str())
    }

    /// A participle that modifies the noun before it: "aid worker X,
    /// kidnapped in Iraq", "suspects detained without trial". The noun is
    /// the patient, so the act has no source unless a by-phrase names one.
    /// Only a comma or a plural common noun before it, and a preposition
    /// after it, count: "police detained protesters" stays active.
    fn reduced_relative(&self, before: usize, trigger: usize) -> bool {
        const PREPOSITIONS: &[&str] = &[
            "in",
            "at",
            "on",
            "by",
            "of",
            "without",
            "during",
            "near",
            "after",
            "since",
            "over",
            "for",
            "while",
            "outside",
            "inside",
            "last",
            "earlier",
            "overnight",
            "when",
        ];
        const NOT_NOUNS: &[&str] = &["has", "was", "its", "this", "thus", "does", "is", "as"];
        let next = self.tokens.get(trigger + 1).map(|t| t.norm.as_str());
        if !next.is_some_and(|n| PREPOSITIONS.contains(&n)) {
            return false;
        }
        let prev = &self.tokens[before];
        let plural_noun = !prev.capitalised
            && prev.norm.len() >= 4
            && prev.norm.ends_with('s')
            && !prev.norm.ends_with("ss")
            && !NOT_NOUNS.contains(&prev.norm.as_str());
        // "a deal mediated by China", "a tanker seized by Iran".
        let singular_noun = matches!(
            prev.norm.as_str(),
            "deal"
                | "agreement"
                | "accord"
                | "truce"
                | "ceasefire"
                | "plan"
                | "proposal"
                | "resolution"
                | "attack"
                | "strike"
                | "raid"
                | "offensive"
                | "ship"
                | "tanker"
                | "vessel"
                | "convoy"
                | "drone"
                | "aircraft"
                | "plane"
                | "jet"
                | "journalist"
                | "activist"
                | "soldier"
        );
        // "a farmer shot by soldiers": with a "by" agent any common noun.
        let with_agent = next == Some("by")
            && !prev.capitalised
            && prev.norm.len() >= 3
            && prev.norm.chars().all(char::is_alphabetic)
            && !NOT_NOUNS.contains(&prev.norm.as_str());
        // "Jens Stoltenberg, called on Russia": after a name in apposition,
        // "called on" and "called for" are the clause's verb.
        let phrasal = matches!(next, Some("on" | "for"));
        // "..., Antony Blinken, arrived in Kyiv": a person's name closing an
        // apposition is the subject of an active verb.
        // ("aid worker Margaret Hassan, kidnapped in Iraq" has no comma
        // before the name: a reduced relative).
        let after_name = self.parties.iter().any(|p| {
            p.tok_end == before
                && p.kind == MentionKind::Person
                && p.tok_start > 0
                && self.norm(p.tok_start - 1) == ","
        });
        (prev.norm == "," && !phrasal && !after_name)
            || (plural_noun || singular_noun) && matches!(next, Some("by" | "without"))
            || with_agent
    }

    /// The sentence's speaker: the actor of "X said", "said X", "X told ...",
    /// "cited X as saying", "according to X". Pronouns come back as
    /// `Speaker::Pronoun`.
    pub(crate) fn speaker(&self) -> Option<Speaker> {
        const BETWEEN: &[&str] = &[
            "on",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "also",
            "earlier",
            "later",
            "'s",
            "office",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "ministry",
            "has",
            "had",
            "have",
            "recently",
            "previously",
            "then",
            "further",
            "yesterday",
            "in",
            "a",
            "statement",
            "separately",
            // "the Dutch foreign minister said": a role after a demonym.
            "foreign",
            "prime",
            "minister",
            "president",
            "secretary",
            "ambassador",
            "envoy",
            "official",
            "officials",
            "leader",
            "government",
        ];
        for k in 0..self.tokens.len() {
            let w = self.norm(k);
            if w == "according" && self.norm(k + 1) == "to" {
                if let Some(idx) = self.party_starting_near(k + 2, 3) {
                    return Some(Speaker::Party(idx));
                }
            }
            if !SPEECH_VERBS.contains(&w) {
                continue;
            }
            if w == "saying" && self.norm(k.wrapping_sub(1)) == "as" {
                // "cited X as saying"
                if let Some(idx) = self.parties.iter().rposition(|p| p.tok_end + 1 == k) {
                    return Some(Speaker::Party(idx));
                }
                continue;
            }
            // "X echoed that call and said ...": a joined speech verb has
            // the clause's subject; what follows it is what was said.
            if k >= 1 && self.norm(k - 1) == "and" {
                let subject = self.parties.iter().position(|p| {
                    p.tok_end < k
                        && p.kind != MentionKind::Place
                        && self.preposition_of(p).is_none()
                });
                if let Some(idx) = subject {
                    return Some(Speaker::Party(idx));
                }
                continue;
            }
            // "X (on Saturday) said"
            let mut j = k;
            let mut steps = 0;
            while j > 0 && steps < 5 {
                if let Some(idx) = self
                    .parties
                    .iter()
                    .position(|p| p.tok_end == j && p.kind != MentionKind::Place)
                {
                    return Some(Speaker::Party(idx));
                }
                let prev = self.norm(j - 1);
                if matches!(prev, "he" | "she") {
                    return Some(Speaker::Person);
                }
                if matches!(prev, "it" | "they") {
                    return Some(Speaker::Other);
                }
                if !BETWEEN.contains(&prev) {
                    break;
                }
                j -= 1;
                steps += 1;
            }
            // "the US ambassador to the UN, Nikki Haley, said": a person
            // named in apposition right before the verb speaks.
            if k >= 2 && self.norm(k - 1) == "," {
                if let Some(idx) = self
                    .parties
                    .iter()
                    .position(|p| p.tok_end == k - 1 && p.kind == MentionKind::Person)
                {
                    return Some(Speaker::Party(idx));
                }
            }
            // "X, a senior fellow at Y, told AFP": the name before the
            // apposition speaks.
            if let Some(idx) = self.parties.iter().position(|p| {
                p.tok_end < k
                    && matches!(p.kind, MentionKind::Person | MentionKind::Org)
                    && self.norm(p.tok_end) == ","
                    && self.tokens[p.tok_end..k]
                        .iter()
                        .filter(|t| t.norm == ",")
                        .count()
                        == 2
            }) {
                return Some(Speaker::Party(idx));
            }
            // "said the spokesman", "said Witkoff"; after "told" comes the
            // listener.
            if matches!(w, "told" | "tells") {
                continue;
            }
            // "said its warplanes had ...": what follows is what was said.
            let content = matches!(self.norm(k + 1), "its" | "their" | "his" | "her" | "that");
            if let Some(idx) = self.party_starting_near(k + 1, 3).filter(|_| !content) {
                return Some(Speaker::Party(idx));
            }
            if matches!(self.norm(k + 1), "he" | "she") {
                return Some(Speaker::Person);
            }
        }
        None
    }

    fn party_starting_near(&self, from: usize, within: usize) -> Option<usize> {
        let mut k = from;
        while k < self.tokens.len() && k < from + within {
            if let Some(idx) = self
                .parties
                .iter()
                .position(|p| p.tok_start == k && p.kind != MentionKind::Place)
            {
                return Some(idx);
            }
            if !DETERMINERS.contains(&self.norm(k)) && !self.tokens[k].capitalised {
                return None;
            }
            k += 1;
        }
        None
    }
}

/// Verbs that introduce speech.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "declared",
    "announced",
    "noted",
    "stressed",
    "insisted",
    "wrote",
    "tweeted",
    "posted",
    "reiterated",
    "explained",
    "argued",
    "insists",
    "saying",
];

/// Who speaks in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Speaker {
    /// A party of the sentence.
    Party(usize),
    /// "he" / "she": the last person named.
    Person,
    /// "it" / "they": the last actor that acted.
    Other,
}

/// Nouns that make the actor named right before them act: "Iranian
/// officials", "Western countries", "U.S. Army helicopters attacked".
const ACTOR_HEADS: &[&str] = &[
    "officials",
    "official",
    "leaders",
    "leader",
    "authorities",
    "forces",
    "troops",
    "government",
    "military",
    "warplanes",
    "jets",
    "missiles",
    "navy",
    "army",
    "police",
    "diplomats",
    "negotiators",
    "delegation",
    "delegations",
    "ministry",
    "president",
    "prime",
    "minister",
    "protesters",
    "demonstrators",
    "students",
    "workers",
    "farmers",
    "countries",
    "nations",
    "powers",
    "states",
    "side",
    "soldiers",
    "militants",
    "rebels",
    "drones",
    "artillery",
    "gunmen",
    "fighters",
    "lawmakers",
    "parliament",
    "court",
    "judges",
    "security",
    "border",
    "coast",
    "air",
    "naval",
    "regime",
    "allies",
    "partners",
    "envoy",
    "ambassador",
    "foreign",
    "defence",
    "defense",
    "state",
    "media",
    "embassy",
    "counterparts",
    "counterpart",
    "people",
    "U.S. Army
/// helicopters attacked",
    "Kremlin officials said",
    "helicopters",
    "gunboats",
    "warships",
    "ships",
    "officers",
    "commandos",
    "units",
    "tanks",
    "aircraft",
    "planes",
    "bombers",
    "militiamen",
    "spokesman",
    "spokeswoman",
];
