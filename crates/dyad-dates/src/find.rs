//! Finding date expressions in text.
//!
//! One regex per kind of expression, each compiled once, each run once over
//! the text (so the search is linear in the text); a context check per
//! candidate rejects numbers that are not years ("$2023", "No. 2012", "2000
//! troops"). Overlapping candidates are settled longest first, so
//! "on Tuesday, November 8, 2016" is one full date, not a weekday and a date.

use crate::expr::{DateExpr, DateMention, Direction, RelativeUnit};
use chrono::{NaiveDate, Weekday};
use regex::{Captures, Regex};
use std::collections::BTreeMap;
use std::sync::LazyLock;

const MONTHS_FULL: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
/// A month name, or its abbreviation with an optional full stop.
const MONTHS_ANY: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b\.?";
const WEEKDAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/// Prepositions kept as part of a mention ("On May 4, 2019").
const PREPOSITIONS: &str = r"on|in|since|by|until|till|from|during|before|after|through|throughout|between|of|as\s+of|starting|beginning|as\s+early\s+as|as\s+late\s+as";
/// Modifiers between a preposition and a month or year ("in early 2023").
const MODIFIERS: &str = r"early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+spring\s+of|the\s+summer\s+of|the\s+autumn\s+of|the\s+fall\s+of|the\s+winter\s+of";

fn prefix() -> String {
    format!(r"(?:\b(?P<prep>(?i:{PREPOSITIONS}))\s+)?(?:\b(?P<modifier>(?i:{MODIFIERS}))[\s-]+)?")
}

static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"{p}(?:\b(?:{WEEKDAYS}),?\s+(?:the\s+)?)?(?:\b(?P<m1>{MONTHS_ANY})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTHS_ANY}),?\s+(?P<y2>\d{{4}})|\b(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))\b",
        p = prefix()
    ))
});

static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"{p}\b(?P<m>{MONTHS_ANY}),?\s+(?P<y>\d{{4}})\b",
        p = prefix()
    ))
});

static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"{p}(?:\b(?:{WEEKDAYS}),?\s+(?:the\s+)?)?(?:\b(?P<m1>{MONTHS_ANY})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTHS_ANY}))",
        p = prefix()
    ))
});

static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"{p}(?:\b(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|earlier\s+this|later\s+this))\s+)?\b(?P<m>{MONTHS_FULL})\b",
        p = prefix()
    ))
});

static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?:\b(?P<pre>(?i:on|last|next|this\s+past|this\s+coming|this|coming|since|until|by|before|after|from|early|late|earlier|later)(?:\s+on)?)\s+)?\b(?P<wd>{WEEKDAYS})\b(?:(?P<poss>['’]s)|\s+(?P<part>morning|afternoon|evening|night)\b)?"
    ))
});

static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?i:(?P<dby>the\s+day\s+before\s+yesterday)|(?P<dat>the\s+day\s+after\s+tomorrow)|(?P<today>today|tonight|this\s+morning|this\s+afternoon|this\s+evening)|(?P<yesterday>yesterday|last\s+night)|(?P<tomorrow>tomorrow)|(?P<cur>(?:(?:earlier|later)\s+)?(?:so\s+far\s+)?this\s+(?P<cur_u>week|weekend|month|year))|(?:last\s+(?P<prev_u>week|weekend|month|year))|(?:next\s+(?P<next_u>week|weekend|month|year))|(?:(?P<n>a\s+few|a\s+couple\s+of|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(?P<ago_u>days?|weeks?|months?|years?|decades?)\s+ago))(?:['’]s)?\b",
    )
});

static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"{p}\b(?P<y>1[89]\d\d|20\d\d)\b(?P<poss>['’]s\b)?",
        p = prefix()
    ))
});

/// Words that follow a number counting things: "2000 troops" is no year.
const QUANTITY_NOUNS: &[&str] = &[
    "people",
    "persons",
    "troops",
    "soldiers",
    "civilians",
    "residents",
    "workers",
    "employees",
    "members",
    "votes",
    "voters",
    "delegates",
    "students",
    "children",
    "families",
    "households",
    "homes",
    "houses",
    "cases",
    "deaths",
    "dead",
    "casualties",
    "refugees",
    "migrants",
    "prisoners",
    "hostages",
    "detainees",
    "tons",
    "tonnes",
    "barrels",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "feet",
    "acres",
    "hectares",
    "dollars",
    "euros",
    "pounds",
    "yuan",
    "rubles",
    "roubles",
    "rials",
    "shares",
    "units",
    "jobs",
    "flights",
    "pages",
    "words",
    "points",
    "times",
    "rockets",
    "missiles",
    "drones",
    "shells",
    "vehicles",
    "tanks",
    "cars",
    "square",
    "sq",
    "mw",
    "megawatts",
    "kg",
    "kilograms",
    "hours",
    "minutes",
    "seconds",
    "years",
    "days",
    "weeks",
    "months",
    "participants",
    "protesters",
    "demonstrators",
    "police",
    "officers",
    "fighters",
    "militants",
    "followers",
    "signatures",
    "species",
    "others",
    "more",
    "of",
    "staff",
    "patients",
    "beds",
    "doctors",
    "nurses",
    "teachers",
    "pilgrims",
    "tourists",
    "visitors",
    "passengers",
    "sailors",
    "marines",
    "personnel",
    "men",
    "women",
    "lives",
    "seats",
    "bn",
    "billion",
    "million",
    "m",
    "k",
];

/// Words before a number that make it an identifier, not a year.
const IDENTIFIER_WORDS: &[&str] = &[
    "no",
    "no.",
    "nos",
    "nos.",
    "number",
    "flight",
    "resolution",
    "article",
    "section",
    "route",
    "highway",
    "room",
    "page",
    "pages",
    "line",
    "bus",
    "unit",
    "item",
    "code",
    "model",
    "version",
    "chapter",
    "paragraph",
    "rule",
    "order",
    "case",
    "decree",
    "regulation",
    "law",
    "bill",
    "directive",
    "amendment",
    "gate",
    "platform",
    "tel",
    "phone",
    "pin",
];

fn compile(pattern: &str) -> Regex {
    // The patterns are constants of this module; a failure is a bug caught by
    // every test, not an input-driven path.
    // ASCII word boundaries keep every pattern on the fast DFA engines.
    let pattern = pattern.replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]");
    Regex::new(&pattern).unwrap_or_else(|e| panic!("date pattern does not compile: {e}"))
}

/// Every date expression in `text`, in order, not overlapping.
///
/// ```
/// let found = dyad_dates::find_dates("Some 2,000 troops left in 2023, said No. 2012 on Friday.");
/// let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
/// assert_eq!(texts, ["in 2023", "on Friday"]);
/// ```
#[must_use]
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let hints = Hints::of(text);
    let mut candidates: Vec<DateMention> = Vec::new();
    // A full date has a month name and a year, or is an ISO date.
    if (hints.month && hints.four_digits) || hints.iso_date {
        collect(&FULL_DATE, text, &mut candidates, full_date);
    }
    if hints.month && hints.four_digits {
        collect(&MONTH_YEAR, text, &mut candidates, month_year);
    }
    if hints.month && hints.digit {
        collect(&DAY_MONTH, text, &mut candidates, day_month);
    }
    if hints.month {
        collect(&MONTH, text, &mut candidates, month);
    }
    if hints.weekday {
        collect(&WEEKDAY, text, &mut candidates, weekday);
    }
    if hints.relative {
        collect(&RELATIVE, text, &mut candidates, relative);
    }
    if hints.four_digits {
        collect_years(text, &mut candidates);
    }
    settle_overlaps(candidates)
}

/// Which kinds of expression a text can hold at all, from literal searches
/// that run at memory speed; most paragraphs hold no date, and each skipped
/// pattern saves a full scan with captures.
struct Hints {
    month: bool,
    weekday: bool,
    relative: bool,
    /// Some ASCII digit.
    digit: bool,
    four_digits: bool,
    /// Four digits, a hyphen and two digits: the start of an ISO date.
    iso_date: bool,
}

static MONTH_HINT: LazyLock<Regex> =
    LazyLock::new(|| compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"));
static WEEKDAY_HINT: LazyLock<Regex> = LazyLock::new(|| compile(WEEKDAYS));
static RELATIVE_HINT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        "(?i:today|tonight|morning|afternoon|evening|yesterday|night|tomorrow|week|month|year|ago)",
    )
});

impl Hints {
    fn of(text: &str) -> Hints {
        let (digit, four_digits, iso_date) = digit_hints(text.as_bytes());
        Hints {
            month: MONTH_HINT.is_match(text),
            weekday: WEEKDAY_HINT.is_match(text),
            relative: RELATIVE_HINT.is_match(text),
            digit,
            four_digits,
            iso_date,
        }
    }
}

/// Whether `text` has an ASCII digit, four in a row, and four then a hyphen
/// and two more, in one pass over the bytes.
fn digit_hints(text: &[u8]) -> (bool, bool, bool) {
    let (mut digit, mut four_digits) = (false, false);
    let mut run = 0;
    for (i, b) in text.iter().enumerate() {
        if b.is_ascii_digit() {
            digit = true;
            run += 1;
            four_digits |= run >= 4;
        } else {
            if run >= 4
                && *b == b'-'
                && text
                    .get(i + 1..i + 3)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            {
                return (true, true, true);
            }
            run = 0;
        }
    }
    (digit, four_digits, false)
}

fn collect(
    regex: &Regex,
    text: &str,
    out: &mut Vec<DateMention>,
    read: fn(&Captures, &str) -> Option<DateExpr>,
) {
    for caps in regex.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        if let Some(expr) = read(&caps, text) {
            out.push(DateMention {
                range: whole.range(),
                text: whole.as_str().to_string(),
                expr,
            });
        }
    }
}

/// Keep the longest candidates, then the earliest, none overlapping.
fn settle_overlaps(mut candidates: Vec<DateMention>) -> Vec<DateMention> {
    candidates.sort_by_key(|m| (std::cmp::Reverse(m.range.len()), m.range.start));
    // Kept ranges by start; they never overlap, so a candidate need only be
    // checked against its neighbours on either side.
    let mut kept: BTreeMap<usize, DateMention> = BTreeMap::new();
    for candidate in candidates {
        let (start, end) = (candidate.range.start, candidate.range.end);
        let clashes_before = kept
            .range(..=start)
            .next_back()
            .is_some_and(|(_, k)| k.range.end > start);
        let clashes_after = kept
            .range(start..)
            .next()
            .is_some_and(|(k_start, _)| *k_start < end);
        if !clashes_before && !clashes_after {
            kept.insert(start, candidate);
        }
    }
    kept.into_values().collect()
}

fn month_number(name: &str) -> Option<u32> {
    let key = name.get(..3)?;
    let month = match key {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    Some(month)
}

fn weekday_from_name(name: &str) -> Option<Weekday> {
    Some(match name {
        "Monday" => Weekday::Mon,
        "Tuesday" => Weekday::Tue,
        "Wednesday" => Weekday::Wed,
        "Thursday" => Weekday::Thu,
        "Friday" => Weekday::Fri,
        "Saturday" => Weekday::Sat,
        "Sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn number(caps: &Captures, name: &str) -> Option<u32> {
    caps.name(name)?.as_str().parse().ok()
}

fn plausible_year(year: i32) -> bool {
    (1800..=2099).contains(&year)
}

/// The text after a match continues a number ("May 2,000", "June 19.5").
fn continues_number(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("").as_bytes();
    matches!(
        rest,
        [b'0'..=b'9', ..] | [b'%', ..] | [b',' | b'.', b'0'..=b'9', ..]
    )
}

fn full_date(caps: &Captures, text: &str) -> Option<DateExpr> {
    let (year, month, day) = if let Some(m) = caps.name("m1") {
        (
            number(caps, "y1")?,
            month_number(m.as_str())?,
            number(caps, "d1")?,
        )
    } else if let Some(m) = caps.name("m2") {
        (
            number(caps, "y2")?,
            month_number(m.as_str())?,
            number(caps, "d2")?,
        )
    } else {
        (
            number(caps, "y3")?,
            number(caps, "m3")?,
            number(caps, "d3")?,
        )
    };
    let year = i32::try_from(year).ok()?;
    if !plausible_year(year) || continues_number(text, caps.get(0)?.end()) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)?;
    Some(DateExpr::Date { year, month, day })
}

fn month_year(caps: &Captures, text: &str) -> Option<DateExpr> {
    let month = month_number(caps.name("m")?.as_str())?;
    let year = i32::try_from(number(caps, "y")?).ok()?;
    if !plausible_year(year) || continues_number(text, caps.get(0)?.end()) {
        return None;
    }
    Some(DateExpr::MonthYear { year, month })
}

fn day_month(caps: &Captures, text: &str) -> Option<DateExpr> {
    let whole = caps.get(0)?;
    let (month, day) = if let Some(m) = caps.name("m1") {
        (month_number(m.as_str())?, number(caps, "d1")?)
    } else {
        (
            month_number(caps.name("m2")?.as_str())?,
            number(caps, "d2")?,
        )
    };
    // 2000 is a leap year, so 29 February is accepted.
    NaiveDate::from_ymd_opt(2000, month, day)?;
    if continues_number(text, whole.end()) || preceded_by_number(text, whole.start()) {
        return None;
    }
    let direction = match direction_from_context(text, whole.start(), None) {
        Direction::Recent if !is_past_context(text, whole.start()) => Direction::Nearest,
        direction => direction,
    };
    Some(DateExpr::DayMonth {
        month,
        day,
        direction,
    })
}

fn month(caps: &Captures, text: &str) -> Option<DateExpr> {
    let whole = caps.get(0)?;
    let rel = caps.name("rel").map(|r| r.as_str().to_ascii_lowercase());
    // A bare capitalised month name is too often a name ("Theresa May") or a
    // verb ("March"): a preposition, modifier or "last"/"next" must introduce it.
    if rel.is_none() && caps.name("prep").is_none() && caps.name("modifier").is_none() {
        return None;
    }
    let rest = text.get(whole.end()..).unwrap_or("");
    if rest.starts_with("'s") || rest.starts_with("’s") {
        return None;
    }
    let month = month_number(caps.name("m")?.as_str())?;
    let direction = direction_from_context(text, whole.start(), rel.as_deref());
    Some(DateExpr::Month { month, direction })
}

fn weekday(caps: &Captures, text: &str) -> Option<DateExpr> {
    let whole = caps.get(0)?;
    let weekday = weekday_from_name(caps.name("wd")?.as_str())?;
    let pre = caps.name("pre").map(|p| p.as_str().to_ascii_lowercase());
    if pre.is_none() && names_a_holiday_or_title(text, whole.start(), whole.end()) {
        return None;
    }
    let direction = direction_from_context(text, whole.start(), pre.as_deref());
    Some(DateExpr::Weekday { weekday, direction })
}

/// Days in names: "Black Friday", "Super Tuesday", "the Sunday Times".
fn names_a_holiday_or_title(text: &str, start: usize, end: usize) -> bool {
    const DAY_NAMES: &[&str] = &[
        "black", "good", "ash", "maundy", "holy", "palm", "easter", "cyber", "bloody", "super",
        "shrove", "whit", "giving",
    ];
    let before = previous_word(text, start);
    let next_is_capitalised = text
        .get(end..)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_uppercase);
    let preceded_by_capitalised = text
        .get(..start)
        .unwrap_or("")
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    (preceded_by_capitalised && DAY_NAMES.contains(&before.as_str()))
        || (before == "the" && next_is_capitalised)
}

/// The direction of an expression without a year: its own word ("last",
/// "next", "this") first, else the tense of the clause before it.
fn direction_from_context(text: &str, start: usize, word: Option<&str>) -> Direction {
    let word = word.map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "));
    match word.as_deref() {
        Some("last" | "this past") => Direction::Last,
        Some("next") => Direction::Next,
        Some("this" | "coming" | "this coming") => Direction::Coming,
        _ if crate::find::is_future_context(text, start) => Direction::Coming,
        _ => Direction::Recent,
    }
}

fn relative(caps: &Captures, _text: &str) -> Option<DateExpr> {
    let (unit, offset) = if caps.name("dby").is_some() {
        (RelativeUnit::Day, -2)
    } else if caps.name("dat").is_some() {
        (RelativeUnit::Day, 2)
    } else if caps.name("today").is_some() {
        (RelativeUnit::Day, 0)
    } else if caps.name("yesterday").is_some() {
        (RelativeUnit::Day, -1)
    } else if caps.name("tomorrow").is_some() {
        (RelativeUnit::Day, 1)
    } else if let Some(u) = caps.name("cur_u") {
        (unit_from_word(u.as_str())?, 0)
    } else if let Some(u) = caps.name("prev_u") {
        (unit_from_word(u.as_str())?, -1)
    } else if let Some(u) = caps.name("next_u") {
        (unit_from_word(u.as_str())?, 1)
    } else {
        let unit = unit_from_word(caps.name("ago_u")?.as_str())?;
        let amount = amount_from_word(caps.name("n")?.as_str())?;
        (unit, -amount)
    };
    Some(DateExpr::Relative { unit, offset })
}

fn unit_from_word(word: &str) -> Option<RelativeUnit> {
    let word = word.to_ascii_lowercase();
    Some(match word.trim_end_matches('s') {
        "day" => RelativeUnit::Day,
        "week" => RelativeUnit::Week,
        "weekend" => RelativeUnit::Weekend,
        "month" => RelativeUnit::Month,
        "year" => RelativeUnit::Year,
        "decade" => RelativeUnit::Decade,
        _ => return None,
    })
}

fn amount_from_word(word: &str) -> Option<i32> {
    let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match word.to_ascii_lowercase().as_str() {
        "a" | "an" | "one" => 1,
        "a couple of" | "two" => 2,
        "a few" | "several" | "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        digits => digits.parse().ok()?,
    })
}

fn preceded_by_number(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    before.ends_with(|c: char| c.is_ascii_digit() || c == '$' || c == '£' || c == '€')
}

/// The word just before byte `start` (lowercased, trailing punctuation kept).
fn previous_word(text: &str, start: usize) -> String {
    let before = text.get(..start).unwrap_or("").trim_end();
    before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// The word just after byte `end`, lowercased, without punctuation.
fn next_word(text: &str, end: usize) -> String {
    let after = text.get(end..).unwrap_or("").trim_start();
    after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

fn collect_years(text: &str, out: &mut Vec<DateMention>) {
    let mut last_year_end: Option<usize> = None;
    for caps in YEAR.captures_iter(text) {
        let (Some(whole), Some(y)) = (caps.get(0), caps.name("y")) else {
            continue;
        };
        let Ok(year) = y.as_str().parse::<i32>() else {
            continue;
        };
        let chained = last_year_end.is_some_and(|end| joins_years(text, end, y.start()));
        if year_in_context(&caps, text, year, chained) {
            last_year_end = Some(whole.end());
            out.push(DateMention {
                range: whole.range(),
                text: whole.as_str().to_string(),
                expr: DateExpr::Year { year },
            });
        }
    }
}

/// "2019 and 2021", "2019-2021", "from 2019 to 2021": the second year is one too.
fn joins_years(text: &str, previous_end: usize, start: usize) -> bool {
    let Some(between) = text.get(previous_end..start) else {
        return false;
    };
    matches!(
        between.trim(),
        "and" | "to" | "or" | "through" | "until" | "-" | "–" | "—" | "/" | ","
    )
}

/// Whether a four-digit number is a year: a preposition, a modifier, a
/// possessive ("2023's", "Kenya's 2022 ban"), "the 2024 election", or a
/// range with a year before it; and nothing making it a count or an identifier.
fn year_in_context(caps: &Captures, text: &str, year: i32, chained: bool) -> bool {
    let (Some(whole), Some(y)) = (caps.get(0), caps.name("y")) else {
        return false;
    };
    let prep = caps
        .name("prep")
        .map(|p| p.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    let has_modifier = caps.name("modifier").is_some();
    let possessive_year = caps.name("poss").is_some();
    if continues_number(text, whole.end()) || preceded_by_number(text, y.start()) {
        return false;
    }
    if year < 1900 && prep.is_empty() {
        return false;
    }
    let before = previous_word(text, whole.start());
    if IDENTIFIER_WORDS.contains(&before.as_str()) || before.ends_with('#') {
        return false;
    }
    let after = next_word(text, whole.end());
    let followed_by_word = text
        .get(whole.end()..)
        .is_some_and(|rest| rest.starts_with(' ') && !after.is_empty());
    if !possessive_year && followed_by_word && QUANTITY_NOUNS.contains(&after.as_str()) {
        return false;
    }
    let weak_prep = matches!(prep.as_str(), "of" | "by" | "from" | "between");
    let plural_next = followed_by_word
        && after.len() > 3
        && after.ends_with('s')
        && !after.ends_with("ss")
        && text
            .get(whole.end()..)
            .and_then(|rest| rest.trim_start().chars().next())
            .is_some_and(char::is_lowercase);
    if !prep.is_empty() {
        return !(weak_prep && plural_next);
    }
    if has_modifier || possessive_year || chained {
        return true;
    }
    let before_raw = text.get(..whole.start()).unwrap_or("").trim_end();
    if before_raw.ends_with("'s") || before_raw.ends_with("’s") {
        return true;
    }
    if matches!(
        before.as_str(),
        "the" | "its" | "their" | "his" | "her" | "our" | "whose"
    ) {
        // Counts ("the 2000 troops") were turned away above.
        return true;
    }
    starts_sentence(text, whole.start())
        && matches!(
            after.as_str(),
            "was" | "is" | "will" | "saw" | "has" | "had" | "marked" | "brought"
        )
}

fn starts_sentence(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', '"', '“', '”'])
}

static FUTURE_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:will|won't|wont|shall|would|expected|expects|expect|scheduled|set\s+to|plans?\s+to|planned|planning|intends?\s+to|going\s+to|(?:is|are|was|were)\s+(?:due|to)|(?:be|been)\s+due|upcoming|slated|aims?\s+to|next)\b|\w['’]ll\b",
    )
});

/// Whether the clause before byte `start` of `text` is in the future tense:
/// "is expected to visit Paris |on Wednesday", "said it would rise |in 2031".
/// The clause starts after the last punctuation mark or "that" before `start`.
pub(crate) fn is_future_context(text: &str, start: usize) -> bool {
    let before = clause_window(text, start);
    let clause_start = clause_start(before);
    let clause_start = before
        .get(clause_start..)
        .and_then(|clause| clause.rfind(" that ").map(|i| clause_start + i + 5))
        .unwrap_or(clause_start);
    let Some(clause) = before.get(clause_start..) else {
        return false;
    };
    // The last future marker counts, unless it is a past conditional ("would
    // have") or a past auxiliary follows it ("will visit the town where he
    // was born in 1948").
    let Some(marker) = FUTURE_MARKER.find_iter(clause).last() else {
        return false;
    };
    let rest = clause.get(marker.end()..).unwrap_or("");
    let past_conditional = marker.as_str().eq_ignore_ascii_case("would")
        && rest
            .split_whitespace()
            .find(|w| !w.eq_ignore_ascii_case("not"))
            .is_some_and(|w| w.eq_ignore_ascii_case("have"));
    !past_conditional && !PAST_AUXILIARY.is_match(rest)
}

/// Whether the clause before byte `start` has a past-tense verb: an
/// auxiliary ("was") or a word ending in "-ed" ("reported").
fn is_past_context(text: &str, start: usize) -> bool {
    let before = clause_window(text, start);
    before
        .get(clause_start(before)..)
        .is_some_and(|clause| PAST_AUXILIARY.is_match(clause) || PAST_PARTICIPLE.is_match(clause))
}

/// Where the last clause of `before` starts: after its last punctuation
/// mark or quote mark (curly ones are three bytes wide).
fn clause_start(before: &str) -> usize {
    before
        .char_indices()
        .rev()
        .find(|&(_, c)| {
            matches!(
                c,
                '.' | ';' | ':' | '!' | '?' | ',' | '"' | '“' | '”' | '(' | ')'
            )
        })
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// At most `CLAUSE_WINDOW` bytes before `start`: clauses are short, and the
/// bound keeps the search linear however long a paragraph without
/// punctuation is.
fn clause_window(text: &str, start: usize) -> &str {
    let mut from = start.saturating_sub(CLAUSE_WINDOW);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    text.get(from..start).unwrap_or("")
}

const CLAUSE_WINDOW: usize = 300;

static PAST_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b[a-z]{2,}ed\b"));

static PAST_AUXILIARY: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:was|were|had|did)\b"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_hints_find_digits_years_and_iso_dates() {
        assert_eq!(digit_hints(b"no digits"), (false, false, false));
        assert_eq!(digit_hints(b"3 of 123"), (true, false, false));
        assert_eq!(digit_hints(b"in 2023, 12-05"), (true, true, false));
        assert_eq!(digit_hints(b"on 2023-1"), (true, true, false));
        assert_eq!(digit_hints(b"x 12023-05-01"), (true, true, true));
        assert_eq!(digit_hints(b"2023-05"), (true, true, true));
    }

    #[test]
    fn a_clause_opened_by_a_curly_quote_keeps_its_tense() {
        let text = "He said \u{201c}the talks will resume on Monday";
        let start = text.find("on Monday").unwrap_or(0);
        assert!(is_future_context(text, start));
        assert_eq!(
            clause_start("it ended. \u{201d}Then"),
            "it ended. \u{201d}".len()
        );
    }
}
