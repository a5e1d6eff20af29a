//! Who is in office as evidence for the publication year.
//!
//! `data/dates/office_terms.tsv` lists office-holders of international news
//! 1980-2026 with the years of each term, and `data/dates/office_titles.tsv`
//! the titles of each class of office. A name counts only with a title of its
//! office next to it: right before it ("President Ronald Reagan", "Soviet
//! leader Gorbachev", "Secretary of State George P. Shultz") or in an
//! apposition after it ("Margaret Thatcher, the British prime minister").
//! A title after "former", "the late", "then-", "ex-", "vice", "deputy",
//! "opposition" and the like names someone out of office, or another office,
//! and is ignored.
//!
//! Each titled mention admits the years of the terms it may name (a short form
//! shared by several rows, "President Bush", admits all of them). The bound
//! of an article is the set of years admitted by the most distinct
//! office-holders, so one outlier (a retrospective "in 1987, President
//! Reagan ...") is outvoted by the people in office now; a tie keeps every
//! year of the tied sets.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The last year the table knows: an open term runs until it.
pub(crate) const TABLE_YEAR: i32 = 2026;
/// The first year of a [`YearSet`]; earlier term starts are clipped to it.
const FIRST_YEAR: i32 = 1940;
/// Bytes of text looked at before a name for its title.
const WINDOW_BEFORE: usize = 90;
/// Bytes of text looked at after a name for an apposition.
const WINDOW_AFTER: usize = 80;

const TERMS: &str = include_str!("../../../data/dates/office_terms.tsv");
const TITLES: &str = include_str!("../../../data/dates/office_titles.tsv");

/// A set of years from `FIRST_YEAR` to `FIRST_YEAR + 127`, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct YearSet(u128);

impl YearSet {
    fn span(start: i32, end: i32) -> YearSet {
        let mut set = YearSet::default();
        for year in start.max(FIRST_YEAR)..=end.min(FIRST_YEAR + 127) {
            set.0 |= 1 << (year - FIRST_YEAR);
        }
        set
    }

    /// Whether `year` is in the set.
    pub(crate) fn contains(self, year: i32) -> bool {
        (FIRST_YEAR..FIRST_YEAR + 128).contains(&year) && self.0 & (1 << (year - FIRST_YEAR)) != 0
    }

    fn union(self, other: YearSet) -> YearSet {
        YearSet(self.0 | other.0)
    }

    /// The years of the set, earliest first.
    pub(crate) fn years(self) -> impl Iterator<Item = i32> {
        (FIRST_YEAR..FIRST_YEAR + 128).filter(move |y| self.contains(*y))
    }

    /// The year of the set nearest to `year`, the later one on a tie.
    pub(crate) fn nearest(self, year: i32) -> Option<i32> {
        self.years()
            .min_by_key(|y| ((y - year).abs(), std::cmp::Reverse(*y)))
    }
}

/// One term of one office-holder.
#[derive(Debug)]
struct Term {
    class: usize,
    start: i32,
    end: Option<i32>,
}

impl Term {
    fn years(&self) -> YearSet {
        YearSet::span(self.start, self.end.unwrap_or(TABLE_YEAR))
    }

    /// "1981-1989", "2012-".
    fn label(&self) -> String {
        match self.end {
            Some(end) => format!("{}-{end}", self.start),
            None => format!("{}-", self.start),
        }
    }
}

/// The titles of one class of office, as two patterns.
#[derive(Debug)]
struct TitleClass {
    /// A title ending right before the name, with up to three capitalised
    /// words (first names, initials, "Lord") between.
    before: Regex,
    /// ", the British prime minister" right after the name.
    after: Regex,
}

/// Capitalised words that open a sentence rather than qualify a title.
const STOP_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "With",
    "To",
    "And",
    "But",
    "Or",
    "Since",
    "Although",
    "Though",
    "When",
    "While",
    "After",
    "Before",
    "If",
    "As",
    "Under",
    "Meanwhile",
    "However",
    "Now",
    "Then",
    "Last",
    "This",
    "That",
    "Both",
    "Even",
    "Also",
    "Earlier",
    "Later",
    "Today",
    "Yesterday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The compiled tables.
struct Table {
    automaton: AhoCorasick,
    /// The surface of each pattern and the terms it may name.
    patterns: Vec<(String, Vec<usize>)>,
    terms: Vec<Term>,
    classes: Vec<TitleClass>,
    /// The first word of every title, ignoring ASCII case: a cheap test that
    /// a window may hold a title before its patterns run.
    title_words: AhoCorasick,
    /// The classes (one bit each) with a title starting with each of
    /// `title_words`.
    title_word_classes: Vec<ClassSet>,
    /// Classes the word test cannot rule out (a title with a non-ASCII
    /// first word).
    always: ClassSet,
}

/// A set of title classes, one bit each.
type ClassSet = u128;

/// Non-ASCII characters that match an ASCII letter case-insensitively in a
/// regex (KELVIN SIGN for "k", LONG S for "s"): a window holding one may
/// spell a title the ASCII word test misses.
const ASCII_CASE_FOLDS: [char; 2] = ['\u{212A}', '\u{17F}'];

impl Table {
    /// The classes some title of which may occur in `window`: every class
    /// whose title's first word occurs there ignoring ASCII case. A
    /// necessary condition for either title pattern to match.
    fn classes_in(&self, window: &str) -> ClassSet {
        if !window.is_ascii() && window.contains(ASCII_CASE_FOLDS) {
            return ClassSet::MAX;
        }
        self.title_words
            .find_overlapping_iter(window)
            .fold(self.always, |set, m| {
                set | self.title_word_classes[m.pattern().as_usize()]
            })
    }
}

/// Words up to three words before a title that put its holder out of
/// office ("former U.S. President", "the late Pope").
const OUT_OF_OFFICE: &[&str] = &[
    "former",
    "formerly",
    "late",
    "onetime",
    "one-time",
    "erstwhile",
    "deceased",
    "future",
    "incoming",
    "would-be",
    "then",
    "ex",
    "outgoing-designate",
];

/// A word right before a title that names another office ("Vice
/// President", "opposition leader", "Labour leader").
const OTHER_OFFICE: &[&str] = &[
    "a",
    "an",
    "vice",
    "deputy",
    "assistant",
    "shadow",
    "opposition",
    "party",
    "rebel",
    "guerrilla",
    "union",
    "solidarity",
    "anc",
    "labour",
    "labor",
    "conservative",
    "tory",
    "likud",
    "kadima",
    "sandinista",
    "majority",
    "minority",
    "student",
    "protest",
    "movement",
    "militia",
    "interim-designate",
];

/// Whether `word` is one of `words`, ignoring ASCII case.
fn one_of(words: &[&str], word: &str) -> bool {
    words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| build_table(TERMS, TITLES).unwrap_or_else(|e| panic!("{e}")))
}

/// Parse and compile the two TSV tables. The tables are compiled into the
/// binary, so an error here is a bug caught by the tests.
fn build_table(terms_tsv: &str, titles_tsv: &str) -> Result<Table, String> {
    let mut class_names = Vec::new();
    let mut classes = Vec::new();
    let mut title_words: Vec<(String, ClassSet)> = Vec::new();
    let mut always: ClassSet = 0;
    for line in data_lines(titles_tsv) {
        let (name, titles) = line
            .split_once('\t')
            .ok_or_else(|| format!("office_titles.tsv: no tab in {line:?}"))?;
        let bit = u32::try_from(classes.len())
            .ok()
            .and_then(|i| (1 as ClassSet).checked_shl(i))
            .ok_or_else(|| "office_titles.tsv: more classes than a ClassSet holds".to_string())?;
        for title in titles.split('|') {
            let first = title.split_whitespace().next().unwrap_or("");
            if first.is_empty() || !first.is_ascii() {
                always |= bit;
                continue;
            }
            let first = first.to_ascii_lowercase();
            match title_words.iter_mut().find(|(w, _)| *w == first) {
                Some((_, set)) => *set |= bit,
                None => title_words.push((first, bit)),
            }
        }
        let alternation = titles
            .split('|')
            .map(|t| regex::escape(t.trim()).replace(' ', r"\s+"))
            .collect::<Vec<_>>()
            .join("|");
        let before = format!(
            r"(?:^|[^\w\-])((?i:{alternation})),?\s+(?:(?:[A-Z][\w.'’\-]*|al-\w+|bin|de|van|von|der|la)\s+){{0,3}}$"
        );
        let after = format!(
            r"^(?:'s|’s)?\s*,\s+((?:(?:the|The)\s+(?:[A-Z][\w.'’\-]*\s+){{0,2}}|(?:[A-Z][\w.\-]*\s+)?[A-Z][\w.\-]*(?:'s|’s)\s+)(?i:{alternation}))\b"
        );
        classes.push(TitleClass {
            before: Regex::new(&before).map_err(|e| e.to_string())?,
            after: Regex::new(&after).map_err(|e| e.to_string())?,
        });
        class_names.push(name.trim().to_string());
    }
    let mut terms = Vec::new();
    let mut surfaces: Vec<(String, Vec<usize>)> = Vec::new();
    for line in data_lines(terms_tsv) {
        let columns: Vec<&str> = line.split('\t').collect();
        let [names, _country, class, start, end] = columns[..] else {
            return Err(format!("office_terms.tsv: not 5 columns in {line:?}"));
        };
        let class = class_names
            .iter()
            .position(|c| c == class)
            .ok_or_else(|| format!("office_terms.tsv: unknown class {class:?}"))?;
        let start: i32 = start
            .parse()
            .map_err(|_| format!("office_terms.tsv: bad start in {line:?}"))?;
        let end: Option<i32> = match end.trim() {
            "" => None,
            year => Some(
                year.parse()
                    .map_err(|_| format!("office_terms.tsv: bad end in {line:?}"))?,
            ),
        };
        let index = terms.len();
        terms.push(Term { class, start, end });
        for name in names.split('|').map(str::trim).filter(|n| !n.is_empty()) {
            match surfaces.iter_mut().find(|(s, _)| s == name) {
                Some((_, rows)) => rows.push(index),
                None => surfaces.push((name.to_string(), vec![index])),
            }
        }
    }
    // A DFA: larger and slower to build than the default NFA, but it runs
    // over every paragraph, where it is several times faster.
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(surfaces.iter().map(|(s, _)| s.as_str()))
        .map_err(|e| e.to_string())?;
    let title_word_automaton = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .ascii_case_insensitive(true)
        .build(title_words.iter().map(|(w, _)| w.as_str()))
        .map_err(|e| e.to_string())?;
    Ok(Table {
        automaton,
        patterns: surfaces,
        terms,
        classes,
        title_words: title_word_automaton,
        title_word_classes: title_words.into_iter().map(|(_, set)| set).collect(),
        always,
    })
}

fn data_lines(tsv: &str) -> impl Iterator<Item = &str> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// One office-holder named with a title in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Holder {
    /// Title and name as written ("President Reagan").
    pub label: String,
    /// The terms the mention may name, as indexes into the table.
    terms: Vec<usize>,
}

impl Holder {
    /// Every year the holder's terms admit.
    pub(crate) fn years(&self) -> YearSet {
        let table = table();
        self.terms.iter().fold(YearSet::default(), |set, &t| {
            set.union(table.terms[t].years())
        })
    }

    /// "President Reagan (1981-1989)": the label with the terms that admit
    /// `year`.
    pub(crate) fn describe(&self, year: i32) -> String {
        let table = table();
        let terms: Vec<String> = self
            .terms
            .iter()
            .map(|&t| &table.terms[t])
            .filter(|t| t.years().contains(year))
            .map(Term::label)
            .collect();
        format!("{} ({})", self.label, terms.join(", "))
    }
}

/// What the office-holders of an article say about its year.
#[derive(Debug, Clone)]
pub(crate) struct OfficeBound {
    /// The years admitted by the most distinct office-holders.
    pub years: YearSet,
    /// Every holder found, in text order.
    pub holders: Vec<Holder>,
}

impl OfficeBound {
    /// "President Reagan (1981-1989) and Soviet leader Gorbachev (1985-1991)":
    /// the holders whose terms admit `year`, each once.
    pub(crate) fn describe(&self, year: i32) -> String {
        let parts: Vec<String> = self
            .holders
            .iter()
            .filter(|h| h.years().contains(year))
            .map(|h| h.describe(year))
            .collect();
        match parts.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        }
    }

    /// Whether more than one holder is described for `year`.
    pub(crate) fn plural(&self, year: i32) -> bool {
        self.holders
            .iter()
            .filter(|h| h.years().contains(year))
            .count()
            > 1
    }
}

/// Office-holders named with a current title in `texts`, and the years
/// most of them agree on; `None` when no one is named so.
pub(crate) fn office_bound<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<OfficeBound> {
    let mut holders: Vec<Holder> = Vec::new();
    for text in texts {
        for holder in titled_holders(text) {
            if !holders.iter().any(|h| h.terms == holder.terms) {
                holders.push(holder);
            }
        }
    }
    let sets: Vec<YearSet> = holders.iter().map(Holder::years).collect();
    let support = |year: i32| sets.iter().filter(|s| s.contains(year)).count();
    let best = (FIRST_YEAR..FIRST_YEAR + 128).map(support).max()?;
    if best == 0 {
        return None;
    }
    let years = (FIRST_YEAR..FIRST_YEAR + 128)
        .filter(|y| support(*y) == best)
        .fold(YearSet::default(), |set, y| set.union(YearSet::span(y, y)));
    Some(OfficeBound { years, holders })
}

/// A regnal number after a name.
fn regnal_number() -> &'static Regex {
    static REGNAL_NUMBER: OnceLock<Regex> = OnceLock::new();
    REGNAL_NUMBER.get_or_init(|| {
        Regex::new(r"^\s+(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)\b")
            .unwrap_or_else(|e| panic!("{e}"))
    })
}

/// The office-holders of one text named with a title of their office.
fn titled_holders(text: &str) -> Vec<Holder> {
    let table = table();
    let regnal_number = regnal_number();
    let mut found = Vec::new();
    for m in table.automaton.find_iter(text) {
        let before_char = text[..m.start()].chars().next_back();
        let after_char = text[m.end()..].chars().next();
        if before_char.is_some_and(|c| c.is_alphanumeric() || c == '-')
            || after_char.is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let rest = &text[m.end()..floor_boundary(text, (m.end() + 8).min(text.len()))];
        if may_open_regnal_number(rest) && regnal_number.is_match(rest) {
            // "Queen Elizabeth I", "Pope Leo XIII": another holder of the name.
            continue;
        }
        let (surface, rows) = &table.patterns[m.pattern().as_usize()];
        let before =
            &text[floor_boundary(text, m.start().saturating_sub(WINDOW_BEFORE))..m.start()];
        let after = &text[m.end()..floor_boundary(text, (m.end() + WINDOW_AFTER).min(text.len()))];
        // Both patterns need a title in their window; the windows are
        // searched for title words only when their shape allows one.
        let before_classes = if before.ends_with(char::is_whitespace) {
            table.classes_in(before)
        } else {
            0
        };
        let after_classes = if opens_apposition(after) {
            table.classes_in(after)
        } else {
            0
        };
        let mut terms = Vec::new();
        let mut label = None;
        // Rows of one surface often share a class: each class is tried once.
        let mut tried: Vec<(usize, Option<String>)> = Vec::new();
        for &row in rows {
            let class_index = table.terms[row].class;
            let title = match tried.iter().find(|(c, _)| *c == class_index) {
                Some((_, title)) => title.clone(),
                None => {
                    let class = &table.classes[class_index];
                    let bit: ClassSet = 1 << class_index;
                    let title = (before_classes & bit != 0)
                        .then(|| title_before(class, before))
                        .flatten()
                        .or_else(|| {
                            (after_classes & bit != 0)
                                .then(|| title_after(class, after))
                                .flatten()
                        });
                    tried.push((class_index, title.clone()));
                    title
                }
            };
            if let Some(title) = title {
                terms.push(row);
                label.get_or_insert_with(|| format!("{} {surface}", capitalised(&title)));
            }
        }
        if let Some(label) = label {
            found.push(Holder { label, terms });
        }
    }
    found
}

/// Whether `rest` may open with a regnal number: whitespace, then "I", "V"
/// or "X" (a necessary condition for [`regnal_number`]).
fn may_open_regnal_number(rest: &str) -> bool {
    rest.starts_with(char::is_whitespace) && rest.trim_start().starts_with(['I', 'V', 'X'])
}

/// Whether `after` opens with an optional "'s", optional whitespace and a
/// comma, as an apposition's pattern requires.
fn opens_apposition(after: &str) -> bool {
    after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .unwrap_or(after)
        .trim_start()
        .starts_with(',')
}

/// The title right before a name, unless the words before it put the holder
/// out of office.
fn title_before(class: &TitleClass, before: &str) -> Option<String> {
    // A match test first: most names come without their title, and it is
    // much cheaper than finding capture groups.
    if !class.before.is_match(before) {
        return None;
    }
    let captures = class.before.captures(before)?;
    let title = captures.get(1)?;
    let preceding = &before[..title.start()];
    if preceding.ends_with('-') {
        return None;
    }
    let words: Vec<&str> = preceding
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    if words.first().is_some_and(|w| one_of(OTHER_OFFICE, w))
        || words.iter().any(|w| one_of(OUT_OF_OFFICE, w))
    {
        return None;
    }
    // Up to two capitalised words before the title qualify it: "Soviet
    // leader", "U.N. Secretary-General".
    static QUALIFIER: OnceLock<Regex> = OnceLock::new();
    let mut qualifiers: Vec<&str> = preceding
        .split_whitespace()
        .rev()
        .take(2)
        .take_while(|w| {
            QUALIFIER
                .get_or_init(|| Regex::new(r"^[A-Z][\w.'’\-]*$").unwrap_or_else(|e| panic!("{e}")))
                .is_match(w)
                && !STOP_WORDS.contains(w)
                && (!w.ends_with(['.', ',', ';', ':']) || w.matches('.').count() > 1)
        })
        .collect();
    qualifiers.reverse();
    qualifiers.push(title.as_str());
    Some(qualifiers.join(" "))
}

/// ", the British prime minister" right after a name.
fn title_after(class: &TitleClass, after: &str) -> Option<String> {
    if !class.after.is_match(after) {
        return None;
    }
    let captures = class.after.captures(after)?;
    let rest = &after[captures.get(0)?.end()..];
    if rest.starts_with('-') {
        return None;
    }
    let title = captures.get(1)?.as_str();
    let title = title
        .strip_prefix("the ")
        .or_else(|| title.strip_prefix("The "))
        .unwrap_or(title);
    Some(title.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn capitalised(title: &str) -> String {
    let mut chars = title.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn floor_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// The distinct years of a set of mentions that fall in `bound`.
pub(crate) fn latest_in(bound: YearSet, years: &BTreeSet<i32>) -> Option<i32> {
    years.iter().rev().copied().find(|y| bound.contains(*y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_compile() {
        let table = table();
        assert!(table.terms.len() > 300, "{} terms", table.terms.len());
        assert!(YearSet::span(1981, 1989).contains(1985));
    }

    #[test]
    fn year_set_nearest() {
        let set = YearSet::span(2017, 2021).union(YearSet::span(2025, 2026));
        assert_eq!(set.nearest(1951), Some(2017));
        assert_eq!(set.nearest(2023), Some(2025));
        assert_eq!(set.nearest(2031), Some(2026));
    }
}
