//! The event lexicon: trigger patterns mapped to PLOVER types and CAMEO codes,
//! read from a TSV (see data/coder/events.tsv for the format).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Deref;

use dyad_core::EventType;

use crate::cameo::cameo_info;
use crate::CoderError;

const BUILTIN_TSV: &str = include_str!("../../../data/coder/events.tsv");

/// One alternative of a pattern word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum WordAlt {
    Exact(String),
    Prefix(String),
}

/// A fast hasher for the short words of patterns (FxHash's mixing, eight
/// bytes at a time); the default SipHash guards against hash flooding, which
/// compiled-in lexicon keys do not need.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordHasher(u64);

const WORD_HASH_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    fn add(&mut self, chunk: u64) {
        self.0 = (self.0.rotate_left(5) ^ chunk).wrapping_mul(WORD_HASH_SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type KeyMap<V> = HashMap<u128, V, BuildHasherDefault<WordHasher>>;

/// The first eight bytes of `bytes`, zero-padded, as one integer.
fn head_bytes(bytes: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = bytes.len().min(8);
    b[..n].copy_from_slice(&bytes[..n]);
    u64::from_le_bytes(b)
}

/// A word of a pattern with its length and first eight bytes, so that most
/// comparisons that fail do so on two integers, without a call to memcmp.
#[derive(Debug, Clone)]
struct PackedWord {
    head: u64,
    /// The bits of `head` the word fills.
    mask: u64,
    text: String,
}

impl PackedWord {
    fn new(text: &str) -> PackedWord {
        let n = text.len().min(8);
        PackedWord {
            head: head_bytes(text.as_bytes()),
            mask: if n == 8 {
                u64::MAX
            } else {
                (1u64 << (8 * n)) - 1
            },
            text: text.to_string(),
        }
    }

    /// Whether `word` (whose `head_bytes` are `head`) is this word.
    fn is(&self, word: &str, head: u64) -> bool {
        self.text.len() == word.len()
            && self.head == head
            && (word.len() <= 8 || self.text.as_bytes()[8..] == word.as_bytes()[8..])
    }

    /// Whether `word` (whose `head_bytes` are `head`) starts with this word.
    fn opens(&self, word: &str, head: u64) -> bool {
        let n = self.text.len();
        word.len() >= n
            && head & self.mask == self.head
            && (n <= 8 || self.text.as_bytes()[8..] == word.as_bytes()[8..n])
    }
}

/// The alternatives of one pattern word, in their written order, with the
/// exact words and the prefixes in two lists of packed words, so that a
/// match mostly compares integers.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordAlts {
    alts: Vec<WordAlt>,
    exact: Vec<PackedWord>,
    prefixes: Vec<PackedWord>,
}

impl WordAlts {
    fn new(alts: Vec<WordAlt>) -> WordAlts {
        let mut exact = Vec::new();
        let mut prefixes = Vec::new();
        for alt in &alts {
            match alt {
                WordAlt::Exact(w) => exact.push(PackedWord::new(w)),
                WordAlt::Prefix(p) => prefixes.push(PackedWord::new(p)),
            }
        }
        WordAlts {
            alts,
            exact,
            prefixes,
        }
    }

    /// Whether `word` is one of the exact words or starts with a prefix.
    fn matches(&self, word: &str) -> bool {
        let head = head_bytes(word.as_bytes());
        self.exact.iter().any(|w| w.is(word, head))
            || self.prefixes.iter().any(|p| p.opens(word, head))
    }
}

impl Deref for WordAlts {
    type Target = [WordAlt];

    fn deref(&self) -> &[WordAlt] {
        &self.alts
    }
}

impl PartialEq for WordAlts {
    fn eq(&self, other: &WordAlts) -> bool {
        self.alts == other.alts
    }
}

impl Eq for WordAlts {}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PatternToken {
    Word(WordAlts),
    /// Up to this many tokens; `long` gaps may cross commas.
    Gap {
        max: usize,
        long: bool,
    },
    /// An actor mention: the event's target.
    Actor,
}

impl PatternToken {
    pub(crate) fn matches_word(&self, word: &str) -> bool {
        match self {
            PatternToken::Word(alts) => alts.matches(word),
            _ => false,
        }
    }
}

/// Rule flags, see the lexicon's header.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct RuleFlags {
    pub symmetric: bool,
    pub nominal: bool,
    pub speaker: bool,
    pub same: bool,
    pub domestic: bool,
    pub refusal: bool,
    pub person: bool,
    pub inverse: bool,
    pub verdict: bool,
}

/// One trigger pattern.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Rule {
    pub event_type: EventType,
    pub cameo: String,
    pub mode: Option<String>,
    pub flags: RuleFlags,
    pub pattern: Vec<PatternToken>,
    /// Line in its TSV, for messages.
    pub line: usize,
}

/// Trigger patterns indexed by the first three letters of their first word.
#[derive(Debug, Clone, Default)]
pub struct EventLexicon {
    pub(crate) rules: Vec<Rule>,
    index: KeyMap<Vec<usize>>,
}

impl EventLexicon {
    /// Dyad's built-in lexicon (data/coder/events.tsv, compiled in).
    #[must_use]
    pub fn builtin() -> EventLexicon {
        // The built-in table is checked by a unit test; a bad row here is a
        // build defect, not an input error.
        EventLexicon::default()
            .with_extra_tsv(BUILTIN_TSV)
            .unwrap_or_else(|e| panic!("built-in event lexicon: {e}"))
    }

    /// Add rules from an analyst's TSV in the built-in format.
    pub fn with_extra_tsv(mut self, tsv: &str) -> Result<EventLexicon, CoderError> {
        for (n, line) in tsv.lines().enumerate() {
            let line_no = n + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let rule = parse_rule(line, line_no)?;
            let id = self.rules.len();
            if let Some(PatternToken::Word(alts)) = rule.pattern.first() {
                let mut keys: Vec<u128> = alts.iter().map(|a| index_key(alt_text(a))).collect();
                keys.sort();
                keys.dedup();
                for key in keys {
                    self.index.entry(key).or_default().push(id);
                }
            }
            self.rules.push(rule);
        }
        Ok(self)
    }

    /// Number of rules.
    #[must_use]
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether the lexicon has no rules.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Rules whose first word may match `word`.
    pub(crate) fn candidates(&self, word: &str) -> &[usize] {
        self.index
            .get(&index_key(word))
            .map_or(&[][..], Vec::as_slice)
    }
}

fn alt_text(alt: &WordAlt) -> &str {
    match alt {
        WordAlt::Exact(w) | WordAlt::Prefix(w) => w,
    }
}

/// The first three characters of `word` as one integer: their bytes (at
/// most twelve) and, in the top byte, how many there are.
fn index_key(word: &str) -> u128 {
    let bytes = key_slice(word).as_bytes();
    let mut b = [0u8; 16];
    b[..bytes.len()].copy_from_slice(bytes);
    b[15] = bytes.len() as u8;
    u128::from_le_bytes(b)
}

/// The first three characters of `word`, without allocating.
fn key_slice(word: &str) -> &str {
    let end = word.char_indices().nth(3).map_or(word.len(), |(i, _)| i);
    &word[..end]
}

fn parse_rule(line: &str, line_no: usize) -> Result<Rule, CoderError> {
    let bad = |message: String| CoderError::Lexicon {
        line: line_no,
        message,
    };
    let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
    let [event_type, cameo, mode, flags, pattern] = cols[..] else {
        return Err(bad(format!(
            "expected 5 tab-separated columns, found {}",
            cols.len()
        )));
    };
    let event_type =
        parse_type(event_type).ok_or_else(|| bad(format!("unknown type {event_type:?}")))?;
    if cameo_info(cameo).is_none() {
        return Err(bad(format!("CAMEO code {cameo:?} is not in cameo.tsv")));
    }
    let mut rule_flags = RuleFlags::default();
    for flag in flags
        .split(',')
        .map(str::trim)
        .filter(|f| !f.is_empty() && *f != "-")
    {
        match flag {
            "sym" => rule_flags.symmetric = true,
            "noun" => rule_flags.nominal = true,
            "speaker" => rule_flags.speaker = true,
            "same" => rule_flags.same = true,
            "domestic" => rule_flags.domestic = true,
            "refusal" => rule_flags.refusal = true,
            "person" => rule_flags.person = true,
            "inverse" => rule_flags.inverse = true,
            "verdict" => rule_flags.verdict = true,
            other => return Err(bad(format!("unknown flag {other:?}"))),
        }
    }
    let mut tokens = Vec::new();
    for part in pattern.split_whitespace() {
        let token = match part {
            ".." => PatternToken::Gap {
                max: 3,
                long: false,
            },
            "..." => PatternToken::Gap {
                max: 10,
                long: true,
            },
            "X" => PatternToken::Actor,
            words => {
                let mut alts = Vec::new();
                for alt in words.split('|').filter(|a| !a.is_empty()) {
                    let alt = alt.to_lowercase();
                    if let Some(stem) = alt.strip_suffix('*') {
                        if stem.chars().count() < 3 {
                            return Err(bad(format!("prefix {alt:?} is shorter than 3 letters")));
                        }
                        alts.push(WordAlt::Prefix(stem.to_string()));
                    } else {
                        alts.push(WordAlt::Exact(alt));
                    }
                }
                if alts.is_empty() {
                    return Err(bad(format!("empty word in pattern {pattern:?}")));
                }
                PatternToken::Word(WordAlts::new(alts))
            }
        };
        tokens.push(token);
    }
    match (tokens.first(), tokens.last()) {
        (Some(PatternToken::Word(_)), Some(PatternToken::Word(_) | PatternToken::Actor)) => {}
        _ => {
            return Err(bad(format!(
                "pattern {pattern:?} must start with a word and end with a word or X"
            )))
        }
    }
    Ok(Rule {
        event_type,
        cameo: cameo.to_string(),
        mode: (mode != "-" && !mode.is_empty()).then(|| mode.to_string()),
        flags: rule_flags,
        pattern: tokens,
        line: line_no,
    })
}

/// The PLOVER type named in upper case.
#[must_use]
pub fn parse_type(name: &str) -> Option<EventType> {
    EventType::ALL
        .into_iter()
        .find(|t| t.as_str().eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_parses_and_covers_every_type() {
        let lexicon = EventLexicon::builtin();
        assert!(lexicon.len() > 150, "{} rules", lexicon.len());
        for t in EventType::ALL {
            assert!(
                lexicon.rules.iter().any(|r| r.event_type == t),
                "no rule for {t:?}"
            );
        }
        assert!(!lexicon.candidates("condemned").is_empty());
    }

    #[test]
    fn bad_rows_name_their_line() {
        let err = EventLexicon::default()
            .with_extra_tsv("# header\nACCUSE\t112\t-\t-\tblame\nFOO\t112\t-\t-\tx\n")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "event lexicon line 3: unknown type \"FOO\""
        );
        let err = EventLexicon::default()
            .with_extra_tsv("ACCUSE\t999\t-\t-\tblame")
            .unwrap_err();
        assert!(err.to_string().contains("999"));
        let err = EventLexicon::default()
            .with_extra_tsv("ACCUSE\t112\t-\t-\tX blame")
            .unwrap_err();
        assert!(err.to_string().contains("must start with a word"));
        let err = EventLexicon::default()
            .with_extra_tsv("ACCUSE\t112\t-\tloud\tblame")
            .unwrap_err();
        assert!(err.to_string().contains("unknown flag"));
    }

    #[test]
    fn packed_words_match_like_strings() {
        let lexicon = EventLexicon::default()
            .with_extra_tsv("ACCUSE\t111\t-\t-\tdenounce*|counterattack*|international|critiqué X")
            .unwrap();
        let word = &lexicon.rules[0].pattern[0];
        let cases = [
            ("denounce", true),
            ("denounced", true),
            ("denounc", false),
            ("counterattacked", true),
            ("counterattack", true),
            ("counterattick", false),
            ("counterattac", false),
            ("international", true),
            ("internationals", false),
            ("internationaL", false),
            ("intern", false),
            ("critiqué", true),
            ("critique", false),
            ("", false),
        ];
        let wrong: Vec<_> = cases
            .iter()
            .filter(|(w, expected)| word.matches_word(w) != *expected)
            .collect();
        assert!(wrong.is_empty(), "{wrong:?}");
        assert_eq!(lexicon.candidates("counterattacks"), &[0]);
        assert_eq!(lexicon.candidates("critiqué"), &[0]);
        assert!(lexicon.candidates("cou").len() == 1 && lexicon.candidates("co").is_empty());
    }

    #[test]
    fn prefixes_and_alternatives_match() {
        let lexicon = EventLexicon::default()
            .with_extra_tsv("ACCUSE\t111\t-\t-\tcondemn*|slam|slammed X")
            .unwrap();
        let rule = &lexicon.rules[0];
        assert!(rule.pattern[0].matches_word("condemnation"));
        assert!(rule.pattern[0].matches_word("slammed"));
        assert!(!rule.pattern[0].matches_word("slams"));
        assert_eq!(lexicon.candidates("slammed"), &[0]);
        assert_eq!(lexicon.candidates("condemns"), &[0]);
    }
}
