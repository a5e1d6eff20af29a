//! Text analysis shared by every detector: tokens with byte offsets, sentence
//! numbers, and dictionary matches (case-sensitive Aho-Corasick with word
//! boundaries, leftmost-longest without overlaps).

use crate::data::{Entry, EntryKind};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: a fast hasher for the short words looked up per token.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Hash sets and maps keyed by words.
pub(crate) type FastSet<T> = std::collections::HashSet<T, BuildHasherDefault<Fnv>>;
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;
use crate::dictionary::ActorDictionary;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    /// `'s` or `’s` after a word.
    Possessive,
    Punct,
}

/// One token: byte range into the analysed text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

/// A dictionary match with its token range (end exclusive).
#[derive(Debug, Clone, Copy)]
pub(crate) struct DictMatch {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
    pub tok_start: usize,
    pub tok_end: usize,
}

/// One analysed text (a paragraph, caption or sentence).
pub(crate) struct Analysis<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Sentence number of each token.
    pub sentence: Vec<usize>,
    pub matches: Vec<DictMatch>,
    /// Index into `matches` for each token covered by a match.
    pub tok_match: Vec<Option<usize>>,
}

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Adm", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Sen", "Rep", "Gov",
    "St", "Jr", "Sr", "No", "Prof", "Rev", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    "vs", "Brig", "Cmdr", "Lieut", "Pres", "Vol", "Co", "Corp", "Inc", "Ltd",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The char starting at byte `at` of `text`, if any (`at` is on a char
/// boundary); ASCII, most of the text, needs no decoding.
fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text.get(at..)?.chars().next(),
    }
}

/// Whether an `s` or `S` starts at byte `at` and no word char follows it.
fn possessive_s_at(text: &str, at: usize) -> bool {
    matches!(char_at(text, at), Some('s' | 'S')) && !char_at(text, at + 1).is_some_and(is_word_char)
}

/// Split text into words, possessive markers and single punctuation marks.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    // Positions are byte offsets, always on char boundaries.
    let mut k = 0;
    while let Some(c) = char_at(text, k) {
        let width = c.len_utf8();
        if c.is_whitespace() {
            k += width;
            continue;
        }
        if is_word_char(c) {
            let start = k;
            k += width;
            while let Some(c) = char_at(text, k) {
                let width = c.len_utf8();
                if is_word_char(c) {
                    k += width;
                    continue;
                }
                let next_is_word = char_at(text, k + width).is_some_and(is_word_char);
                if (c == '-' || c == '\u{2010}') && next_is_word {
                    k += width;
                    continue;
                }
                if is_apostrophe(c) && next_is_word {
                    if possessive_s_at(text, k + width) {
                        break;
                    }
                    k += width;
                    continue;
                }
                break;
            }
            tokens.push(Token {
                start,
                end: k,
                kind: TokKind::Word,
            });
            continue;
        }
        if is_apostrophe(c) && possessive_s_at(text, k + width) && !tokens.is_empty() {
            tokens.push(Token {
                start: k,
                end: k + width + 1,
                kind: TokKind::Possessive,
            });
            k += width + 1;
            continue;
        }
        tokens.push(Token {
            start: k,
            end: k + width,
            kind: TokKind::Punct,
        });
        k += width;
    }
    tokens
}

impl<'a> Analysis<'a> {
    /// Tokenise, split sentences and match the dictionary.
    pub(crate) fn new(text: &'a str, dict: &ActorDictionary) -> Analysis<'a> {
        let tokens = tokenize(text);
        let sentence = sentences(text, &tokens);
        let matches = dictionary_matches(text, &tokens, dict);
        let mut tok_match = vec![None; tokens.len()];
        for (i, m) in matches.iter().enumerate() {
            for slot in &mut tok_match[m.tok_start..m.tok_end] {
                *slot = Some(i);
            }
        }
        Analysis {
            text,
            tokens,
            sentence,
            matches,
            tok_match,
        }
    }

    pub(crate) fn tok(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        i < self.tokens.len() && self.tokens[i].kind == TokKind::Word
    }

    pub(crate) fn is_possessive(&self, i: usize) -> bool {
        i < self.tokens.len() && self.tokens[i].kind == TokKind::Possessive
    }

    pub(crate) fn is_punct(&self, i: usize, p: &str) -> bool {
        i < self.tokens.len() && self.tokens[i].kind == TokKind::Punct && self.tok(i) == p
    }

    /// A word starting with an upper-case letter.
    pub(crate) fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.tok(i).chars().next().is_some_and(char::is_uppercase)
    }

    pub(crate) fn is_lower_word(&self, i: usize) -> bool {
        self.is_word(i) && self.tok(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// The match covering token `i`, with its entry.
    pub(crate) fn match_at<'d>(
        &self,
        i: usize,
        dict: &'d ActorDictionary,
    ) -> Option<(usize, &'d Entry)> {
        let m = (*self.tok_match.get(i)?)?;
        Some((m, dict.entry_for_pattern(self.matches[m].pattern)))
    }

    /// Whether token `i` starts its sentence (ignoring opening quotes).
    pub(crate) fn sentence_initial(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 {
            j -= 1;
            if self.sentence[j] != self.sentence[i] {
                return true;
            }
            if !(self.tokens[j].kind == TokKind::Punct && is_quote(self.tok(j))) {
                return false;
            }
        }
        true
    }

    /// Byte span of tokens `a..b`.
    pub(crate) fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.tokens[a].start, self.tokens[b - 1].end)
    }
}

pub(crate) fn is_quote(s: &str) -> bool {
    matches!(
        s,
        "\"" | "\u{201c}" | "\u{201d}" | "'" | "\u{2018}" | "\u{2019}" | "(" | ")"
    )
}

fn sentences(text: &str, tokens: &[Token]) -> Vec<usize> {
    let mut starts = vec![false; tokens.len()];
    for (i, t) in tokens.iter().enumerate() {
        let s = &text[t.start..t.end];
        if t.kind != TokKind::Punct || !matches!(s, "." | "!" | "?") {
            continue;
        }
        if s == "." && i > 0 {
            let prev = &text[tokens[i - 1].start..tokens[i - 1].end];
            let single_initial = prev.chars().count() == 1 && prev.chars().all(char::is_uppercase);
            if tokens[i - 1].end == t.start && (ABBREVIATIONS.contains(&prev) || single_initial) {
                continue;
            }
        }
        // Skip closing quotes and brackets, then require a capital or an opening quote.
        let mut j = i + 1;
        while j < tokens.len()
            && tokens[j].kind == TokKind::Punct
            && matches!(
                &text[tokens[j].start..tokens[j].end],
                "\"" | "\u{201d}" | "'" | "\u{2019}" | ")"
            )
        {
            j += 1;
        }
        if j >= tokens.len() {
            continue;
        }
        let next = &text[tokens[j].start..tokens[j].end];
        let starts_upper = next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        if starts_upper || matches!(next, "\"" | "\u{201c}") {
            starts[j] = true;
        }
    }
    let mut sentence = 0;
    starts
        .iter()
        .map(|&s| {
            if s {
                sentence += 1;
            }
            sentence
        })
        .collect()
}

/// Whether the char before byte `at` of `text` is a word char.
fn word_char_before(text: &str, at: usize) -> bool {
    match text.as_bytes()[..at].last() {
        None => false,
        Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[..at].chars().next_back().is_some_and(is_word_char),
    }
}

/// Titles that only stand before a person's name.
const PERSONAL_TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady",
];

/// Whether token `i` follows a personal title ("Mr", "Mrs.").
fn after_personal_title(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| &text[tokens[k].start..tokens[k].end];
    match i {
        0 => false,
        1 => PERSONAL_TITLES.contains(&word(0)),
        _ => {
            PERSONAL_TITLES.contains(&word(i - 1))
                || (word(i - 1) == "." && PERSONAL_TITLES.contains(&word(i - 2)))
        }
    }
}

fn dictionary_matches(text: &str, tokens: &[Token], dict: &ActorDictionary) -> Vec<DictMatch> {
    // Leftmost-longest, whole words only: at each position from the left
    // where a surface can start and no word char comes before, the longest
    // surface starting there (an anchored search) is a match when no word
    // char follows it; the search then resumes after it. A surface with a
    // word char after it is skipped, and the search goes on from the next
    // position, so a shorter surface at the same start never matches.
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        // Surfaces start with a whole char, so a byte some surface starts
        // with is never inside a char.
        if !dict.starts_surface[usize::from(bytes[pos])] || word_char_before(text, pos) {
            pos += 1;
            continue;
        }
        let input = aho_corasick::Input::new(text)
            .span(pos..text.len())
            .anchored(aho_corasick::Anchored::Yes);
        let Some(m) = dict.automaton.find(input) else {
            pos += 1;
            continue;
        };
        let (start, end) = (m.start(), m.end());
        if text[end..].chars().next().is_some_and(is_word_char) {
            pos += 1;
            continue;
        }
        pos = end;
        let tok_start = tokens.partition_point(|t| t.end <= start);
        let tok_end = tokens.partition_point(|t| t.start < end);
        if tok_start >= tok_end {
            continue;
        }
        // "Mr Kennedy", "Ms Jordan": after a personal title a place or
        // country name is a surname.
        if dict.entry_for_pattern(m.pattern().as_usize()).kind != EntryKind::Person
            && after_personal_title(text, tokens, tok_start)
        {
            continue;
        }
        out.push(DictMatch {
            start,
            end,
            pattern: m.pattern().as_usize(),
            tok_start,
            tok_end,
        });
    }
    out
}

/// Kinds whose entries carry a country-like actor code.
pub(crate) fn has_country(e: &Entry) -> bool {
    matches!(
        e.kind,
        EntryKind::Country
            | EntryKind::Norp
            | EntryKind::Seat
            | EntryKind::Org
            | EntryKind::Person
            | EntryKind::City
            | EntryKind::Place
    ) && e.code.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn tokens_keep_hyphens_and_split_possessives() {
        assert_eq!(
            words("Iran’s al-Qaeda O'Brien's U.S. talks."),
            vec!["Iran", "’s", "al-Qaeda", "O'Brien", "'s", "U", ".", "S", ".", "talks", "."]
        );
    }

    #[test]
    fn dictionary_matches_whole_words_only() {
        let d = ActorDictionary::builtin();
        let text = "XIran, Iranx and \u{e9}Iran; then Iran\u{2019}s envoy met Kenya.";
        let a = Analysis::new(text, &d);
        let found: Vec<(usize, &str)> = a
            .matches
            .iter()
            .map(|m| (m.start, &text[m.start..m.end]))
            .collect();
        let iran = text.find("Iran\u{2019}").unwrap();
        let envoy = text.find("envoy").unwrap();
        let kenya = text.find("Kenya").unwrap();
        assert_eq!(
            found,
            vec![(iran, "Iran"), (envoy, "envoy"), (kenya, "Kenya")]
        );
    }

    #[test]
    fn sentences_skip_abbreviations_and_initials() {
        let d = ActorDictionary::builtin();
        let text = "Adm. Brad Cooper met George W. Bush. Then he left. \"Yes.\" He said.";
        let a = Analysis::new(text, &d);
        let last = *a.sentence.last().unwrap();
        assert_eq!(last, 3, "{:?}", a.sentence);
        let then = a
            .tokens
            .iter()
            .position(|t| &text[t.start..t.end] == "Then")
            .unwrap();
        assert_eq!(a.sentence[then], 1);
    }
}
