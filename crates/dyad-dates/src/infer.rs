//! Inferring missing publication dates for the articles of one document.
//! The procedure and its confidence values are described in the crate docs.

use crate::expr::{DateExpr, DateMention, Direction};
use crate::find::{find_dates, is_future_context};
use crate::office::{latest_in, office_bound, OfficeBound};
use crate::resolve::{day_string, weekday_name, weekday_near};
use chrono::{Datelike, NaiveDate, Weekday};
use dyad_core::{Article, Published};
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// Paragraphs at the top of the body that make the lead.
const LEAD_PARAGRAPHS: usize = 3;
const CONFIDENCE_OWN_WEEKDAY: f32 = 0.8;
const CONFIDENCE_DOCUMENT_WEEKDAY: f32 = 0.7;
const CONFIDENCE_LOWER_BOUND: f32 = 0.5;
const CONFIDENCE_OTHER_ARTICLES: f32 = 0.4;
const CONFIDENCE_YEAR_LEVEL: f32 = 0.3;
const CONFIDENCE_FULL_DATELINE: f32 = 0.9;
const CONFIDENCE_DATELINE: f32 = 0.7;
const CONFIDENCE_DATELINE_YEAR_GUESS: f32 = 0.4;
const CONFIDENCE_YEAR_GUESS: f32 = 0.2;
/// A dateline's day and month read in the latest year mentioned within the
/// terms of the office-holders named.
const CONFIDENCE_DATELINE_OFFICE_YEAR: f32 = 0.45;
/// A year-level guess or estimate in a year mentioned within the terms of
/// the office-holders named.
const CONFIDENCE_OFFICE_YEAR: f32 = 0.35;
/// A year taken from the office-holders' terms alone (no year mentioned in them).
const CONFIDENCE_OFFICE_ONLY: f32 = 0.25;

/// A dated mention used as a bound, with the words that gave it.
#[derive(Debug, Clone)]
struct Bound {
    date: NaiveDate,
    /// The mention as written ("in 2023"), for the basis.
    text: String,
}

/// What an article's own text says about when it was published.
#[derive(Debug, Default)]
struct Evidence {
    /// Latest full date in a past context (body or non-archive caption).
    lower_day: Option<Bound>,
    /// Latest start of any absolute mention (date, month, year) in a past context.
    lower_any: Option<NaiveDate>,
    /// Earliest end of an absolute mention in a future context, when it is
    /// not before `lower_any` (contradictory evidence is dropped).
    upper: Option<Bound>,
    /// The weekday of a recent act that best names the publication day
    /// (see `weekday_rank`).
    weekday: Option<Weekday>,
    /// The date opening the first paragraph ("NEW YORK, March 3 - ...").
    dateline: Option<Dateline>,
    /// The latest (by month and day) day and month without a year in a past
    /// context: (month, day, as written).
    latest_day_month: Option<(u32, u32, String)>,
    /// Years of the absolute mentions in a past context.
    past_years: BTreeSet<i32>,
    /// The years allowed by the office-holders named with a current title.
    office: Option<OfficeBound>,
}

/// A date opening the first paragraph, before a dash: the publication day.
#[derive(Debug, Clone)]
enum Dateline {
    /// "WASHINGTON, March 3, 1987 -".
    Date(NaiveDate, String),
    /// "NEW YORK, March 3 -": month, day, as written.
    DayMonth(u32, u32, String),
}

/// Where an inference came from, which decides whether the document's date
/// may replace it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// From a day-level bound, weekday or dateline.
    Day,
    /// A year-level estimate for an article older than its document.
    Stale,
    /// A guess from the years an article mentions, with nothing better.
    YearGuess,
}

/// How one article's date was obtained, before it becomes a `Published`.
#[derive(Debug, Clone)]
struct Inference {
    date: NaiveDate,
    basis: String,
    confidence: f32,
    kind: Kind,
}

/// Infer `published` for every article of one input document that lacks it
/// (see the crate docs for the procedure). Articles that already have a
/// publication date, stated or inferred, are left alone; an article with no
/// evidence at all keeps `None`.
pub fn infer_publication_dates(articles: &mut [Article]) {
    let evidence: Vec<Evidence> = articles.iter().map(article_evidence).collect();
    let document_bound = evidence
        .iter()
        .filter_map(|e| e.lower_day.as_ref())
        .max_by_key(|b| b.date)
        .cloned();

    let mut inferred: Vec<Option<Inference>> = articles
        .iter()
        .zip(&evidence)
        .map(|(article, e)| {
            if article.published.is_some() {
                return None;
            }
            from_own_evidence(e, document_bound.as_ref())
        })
        .collect();

    let document_date = articles
        .iter()
        .zip(&inferred)
        .filter_map(
            |(article, inference)| match (&article.published, inference) {
                (Some(p), _) => NaiveDate::parse_from_str(&p.date, "%Y-%m-%d").ok(),
                (_, Some(i)) if i.kind == Kind::Day => Some(i.date),
                _ => None,
            },
        )
        .max();

    for (slot, article) in inferred.iter_mut().zip(articles.iter()) {
        let guessed = slot.as_ref().is_none_or(|i| i.kind == Kind::YearGuess);
        if !guessed || article.published.is_some() {
            continue;
        }
        let guess = slot.take();
        *slot = document_date
            .map(|date| Inference {
                date,
                basis: format!(
                    "no dated mention; the other articles of the same document are from {}",
                    long_date(date)
                ),
                confidence: CONFIDENCE_OTHER_ARTICLES,
                kind: Kind::Day,
            })
            .or(guess);
    }

    for (article, inference) in articles.iter_mut().zip(inferred) {
        if article.published.is_some() {
            continue;
        }
        if let Some(inference) = inference {
            article.published = Some(Published {
                date: day_string(inference.date),
                basis: inference.basis,
                confidence: inference.confidence,
            });
        }
    }
}

/// The rules that use the article's own text and the document's latest dated
/// mention; `None` leaves the article to the document-level fallback.
fn from_own_evidence(e: &Evidence, document_bound: Option<&Bound>) -> Option<Inference> {
    if let (Some(upper), Some(document)) = (&e.upper, document_bound) {
        if upper.date < document.date {
            return year_estimate(e, Some(document)).map(|i| within_office_terms(e, i));
        }
    }
    if let Some(Dateline::Date(date, text)) = &e.dateline {
        return Some(Inference {
            date: *date,
            basis: format!("dateline '{text}'"),
            confidence: CONFIDENCE_FULL_DATELINE,
            kind: Kind::Day,
        });
    }
    let own = e.lower_day.as_ref();
    let (bound, is_own) = match (own, document_bound) {
        (Some(o), Some(d)) if d.date > o.date => (d, false),
        (Some(o), _) => (o, true),
        (None, Some(d)) => (d, false),
        (None, None) => return guess_from_years(e),
    };
    let bound_words = if is_own {
        format!("dated mention {}", long_date(bound.date))
    } else {
        format!(
            "the document's latest dated mention {}",
            long_date(bound.date)
        )
    };
    if let Some(Dateline::DayMonth(month, day, text)) = &e.dateline {
        if let Some(date) = day_month_on_or_after(bound.date, *month, *day) {
            return Some(Inference {
                date,
                basis: format!("dateline '{text}' after {bound_words}"),
                confidence: CONFIDENCE_DATELINE,
                kind: Kind::Day,
            });
        }
    }
    match e.weekday {
        Some(weekday) => Some(Inference {
            date: weekday_near(bound.date, weekday, Direction::Coming)?,
            basis: format!("weekday '{}' after {bound_words}", weekday_name(weekday)),
            confidence: if is_own {
                CONFIDENCE_OWN_WEEKDAY
            } else {
                CONFIDENCE_DOCUMENT_WEEKDAY
            },
            kind: Kind::Day,
        }),
        None if own.is_some() => Some(Inference {
            date: bound.date,
            basis: format!("on or after {bound_words}"),
            confidence: CONFIDENCE_LOWER_BOUND,
            kind: Kind::Day,
        }),
        None => None,
    }
}

/// The first date on or after `bound` that falls on `month`/`day`.
fn day_month_on_or_after(bound: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    (bound.year()..=bound.year() + 1)
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .find(|date| *date >= bound)
}

/// Without any full date: read the article in the latest year it mentions in
/// a past context (a guess, so low confidence). A dateline ("NEW YORK, March
/// 3 -") or a past day and month ("on Oct. 1") in that year gives the day;
/// else the middle of what the article's bounds leave of that year. When the
/// article names office-holders with their current title, the year is
/// chosen within their terms instead (see [`office_year`]).
fn guess_from_years(e: &Evidence) -> Option<Inference> {
    if let Some(estimate) = year_estimate(e, None) {
        let in_office = e
            .office
            .as_ref()
            .is_none_or(|o| o.years.contains(estimate.date.year()));
        if in_office {
            return Some(within_office_terms(e, estimate));
        }
    }
    let (year, source) = match &e.office {
        Some(office) => office_year(office, &e.past_years)?,
        None => (e.lower_any?.year(), YearSource::Mentioned),
    };
    let confidence = |plain: f32, office: f32| match source {
        YearSource::Mentioned => plain,
        YearSource::MentionedInOffice => office,
        YearSource::OfficeOnly(_) => CONFIDENCE_OFFICE_ONLY,
    };
    let read_in = |year: i32| match (&e.office, source) {
        (Some(office), _) => office_reason(office, year, source),
        (None, _) => format!("the latest year mentioned, {year}"),
    };
    let year_start = NaiveDate::from_ymd_opt(year, 1, 1)?;
    // The article's past mentions bound it from below only in their own year.
    let lower = e
        .lower_any
        .filter(|l| l.year() == year)
        .unwrap_or(year_start);
    if let Some(Dateline::DayMonth(month, day, text)) = &e.dateline {
        let date = day_month_on_or_after(lower, *month, *day)
            .filter(|d| e.office.as_ref().is_none_or(|o| o.years.contains(d.year())))
            .or_else(|| NaiveDate::from_ymd_opt(year, *month, *day))?;
        return Some(Inference {
            date,
            basis: format!("dateline '{text}' read in {}", read_in(date.year())),
            confidence: confidence(
                CONFIDENCE_DATELINE_YEAR_GUESS,
                CONFIDENCE_DATELINE_OFFICE_YEAR,
            ),
            kind: Kind::YearGuess,
        });
    }
    if let Some((month, day, text)) = &e.latest_day_month {
        if let Some(bound) = NaiveDate::from_ymd_opt(year, *month, *day).filter(|d| *d >= lower) {
            let (date, basis) = match e.weekday {
                Some(weekday) => (
                    weekday_near(bound, weekday, Direction::Coming)?,
                    format!(
                        "weekday '{}' after '{text}' read in {}",
                        weekday_name(weekday),
                        read_in(year)
                    ),
                ),
                None => (
                    bound,
                    format!("on or after '{text}' read in {}", read_in(year)),
                ),
            };
            return Some(Inference {
                date,
                basis,
                confidence: confidence(CONFIDENCE_YEAR_GUESS, CONFIDENCE_OFFICE_YEAR),
                kind: Kind::YearGuess,
            });
        }
    }
    let year_end = NaiveDate::from_ymd_opt(year, 12, 31)?;
    let high = e
        .upper
        .as_ref()
        .filter(|u| u.date >= lower)
        .map_or(year_end, |u| u.date.min(year_end));
    if lower > high {
        return None;
    }
    let basis = match e.office {
        Some(_) => format!("year-level guess {}", read_in(year)),
        None => format!("year-level guess {year}: the latest year mentioned in a past context"),
    };
    Some(Inference {
        date: lower + (high - lower) / 2,
        basis,
        confidence: confidence(CONFIDENCE_YEAR_GUESS, CONFIDENCE_OFFICE_YEAR),
        kind: Kind::YearGuess,
    })
}

/// Where a guessed year came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearSource {
    /// The latest year mentioned; no office-holder named.
    Mentioned,
    /// The latest year mentioned within the office-holders' terms.
    MentionedInOffice,
    /// The office-holders' terms alone; the latest year mentioned, if any,
    /// lies outside them.
    OfficeOnly(Option<i32>),
}

/// The year of an article that names office-holders: the latest year it
/// mentions within their terms; else, when it mentions years only outside
/// them, the year of their terms nearest to the year after the latest one
/// mentioned (an article is most often written soon after the latest year it
/// recalls; when that year is past the terms, this is their last year); else,
/// with no year mentioned, the middle year of the years all of them held
/// office (the lower one of two middles; an open term runs to the table's
/// last year).
///
/// Measured with the genre sets (78 sets of 1987-89, 2016-18 and 2021-22
/// articles) and the BBC corpus (2004-2005, benchmarks only), for articles
/// naming office-holders and no year: the middle year put 51 of 185 dated
/// wire items and 73 of 209 other genre articles in the right year (the
/// first year of the terms, used before: 29 and 67), and 11 of 56 BBC
/// articles (first year: 2). For articles mentioning years within the
/// terms the two collections disagree (the BBC names its current year, the
/// genre sets only earlier ones), so the latest year mentioned stays.
fn office_year(office: &OfficeBound, past_years: &BTreeSet<i32>) -> Option<(i32, YearSource)> {
    if let Some(year) = latest_in(office.years, past_years) {
        return Some((year, YearSource::MentionedInOffice));
    }
    let latest = past_years.last().copied();
    let year = match latest {
        Some(latest) => office.years.nearest(latest + 1)?,
        None => {
            let years: Vec<i32> = office.years.years().collect();
            *years.get(years.len().saturating_sub(1) / 2)?
        }
    };
    Some((year, YearSource::OfficeOnly(latest)))
}

/// "1987: President Reagan (1981-1989) and Soviet leader Gorbachev
/// (1985-1991) in office", with where the year came from.
fn office_reason(office: &OfficeBound, year: i32, source: YearSource) -> String {
    let verb = if office.plural(year) { "were" } else { "was" };
    let holders = office.describe(year);
    match source {
        YearSource::Mentioned | YearSource::MentionedInOffice => {
            format!("{year}, the latest year mentioned while {holders} {verb} in office")
        }
        YearSource::OfficeOnly(Some(latest)) => format!(
            "{year}: {holders} {verb} in office, and the latest year mentioned, {latest}, is outside their terms"
        ),
        YearSource::OfficeOnly(None) => {
            format!("{year}: {holders} {verb} in office, and no year is mentioned")
        }
    }
}

/// A year-level estimate checked against the office-holders' terms: kept
/// (with the holders in its basis) when its year is in them, else moved to
/// the year of the terms nearest to it.
fn within_office_terms(e: &Evidence, estimate: Inference) -> Inference {
    let Some(office) = &e.office else {
        return estimate;
    };
    let year = estimate.date.year();
    if office.years.contains(year) {
        let verb = if office.plural(year) { "were" } else { "was" };
        return Inference {
            basis: format!(
                "{}; {} {verb} in office",
                estimate.basis,
                office.describe(year)
            ),
            confidence: CONFIDENCE_OFFICE_YEAR.max(estimate.confidence),
            ..estimate
        };
    }
    let Some(moved) = office.years.nearest(year) else {
        return estimate;
    };
    let Some(date) = NaiveDate::from_ymd_opt(moved, 7, 1) else {
        return estimate;
    };
    let verb = if office.plural(moved) { "were" } else { "was" };
    Inference {
        date,
        basis: format!(
            "year-level guess {moved}: {} {verb} in office, which rules out the estimate {year} ({})",
            office.describe(moved),
            estimate.basis
        ),
        confidence: CONFIDENCE_OFFICE_ONLY,
        ..estimate
    }
}

/// A mid-year-like estimate when the article's own future-tense mention
/// places it in one year: the middle of what its bounds leave of that year.
/// Without a document bound to be older than, the article's past and future
/// mentions must fall in the same year.
fn year_estimate(e: &Evidence, older_than: Option<&Bound>) -> Option<Inference> {
    let upper = e.upper.as_ref()?;
    let year = upper.date.year();
    let year_start = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let year_end = NaiveDate::from_ymd_opt(year, 12, 31)?;
    let low = e.lower_any.map_or(year_start, |l| l.max(year_start));
    if older_than.is_none() && e.lower_any.is_none_or(|l| l.year() != year) {
        return None;
    }
    let high = upper.date.min(year_end);
    if low > high {
        return None;
    }
    let middle = low + (high - low) / 2;
    let context = match older_than {
        Some(document) => format!(
            ", earlier than the document's latest dated mention {}",
            long_date(document.date)
        ),
        None => String::new(),
    };
    Some(Inference {
        date: middle,
        basis: format!(
            "year-level estimate {year}: '{}' in a future context and no later dated mention{context}",
            upper.text
        ),
        confidence: CONFIDENCE_YEAR_LEVEL,
        kind: if older_than.is_some() {
            Kind::Stale
        } else {
            Kind::YearGuess
        },
    })
}

/// "14 March 2022".
fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

fn article_evidence(article: &Article) -> Evidence {
    let mut e = Evidence::default();
    let mut upper: Option<Bound> = None;
    let mut weekday_rank_so_far: Option<u8> = None;
    let captions = article
        .captions
        .iter()
        .filter(|c| !c.archive)
        .map(|c| (c.text.as_str(), true));
    let paragraphs = article.paragraphs.iter().map(|p| (p.as_str(), false));
    let non_archive_captions = article.captions.iter().filter(|c| !c.archive).count();
    for (index, (text, is_caption)) in captions.chain(paragraphs).enumerate() {
        let opens_body = !is_caption && index == non_archive_captions;
        for mention in find_dates(text) {
            if opens_body && e.dateline.is_none() && is_dateline(text, &mention) {
                e.dateline = match mention.expr {
                    DateExpr::Date { year, month, day } => {
                        NaiveDate::from_ymd_opt(year, month, day)
                            .map(|date| Dateline::Date(date, mention.text.clone()))
                    }
                    DateExpr::DayMonth { month, day, .. } => {
                        Some(Dateline::DayMonth(month, day, mention.text.clone()))
                    }
                    _ => None,
                };
            }
            if let DateExpr::DayMonth {
                month,
                day,
                direction,
            } = mention.expr
            {
                if !direction.is_future()
                    && e.latest_day_month
                        .as_ref()
                        .is_none_or(|(m, d, _)| (month, day) > (*m, *d))
                {
                    e.latest_day_month = Some((month, day, mention.text.clone()));
                }
                continue;
            }
            if let DateExpr::Weekday {
                weekday,
                direction: Direction::Recent,
            } = mention.expr
            {
                if !is_caption {
                    // The lead names the day of the news; later paragraphs
                    // often go back to earlier days.
                    let in_lead = index < non_archive_captions + LEAD_PARAGRAPHS;
                    let rank = weekday_rank(text, &mention) + if in_lead { 0 } else { 3 };
                    if weekday_rank_so_far.is_none_or(|best| rank < best) {
                        weekday_rank_so_far = Some(rank);
                        e.weekday = Some(weekday);
                    }
                }
                continue;
            }
            let Some((start, end)) = absolute_span(&mention) else {
                continue;
            };
            if is_future_context(text, mention.range.start) {
                if upper.as_ref().is_none_or(|u| end < u.date) {
                    upper = Some(Bound {
                        date: end,
                        text: mention.text.clone(),
                    });
                }
                continue;
            }
            e.lower_any = e.lower_any.max(Some(start));
            e.past_years.insert(start.year());
            if matches!(mention.expr, DateExpr::Date { .. })
                && e.lower_day.as_ref().is_none_or(|l| start > l.date)
            {
                e.lower_day = Some(Bound {
                    date: start,
                    text: mention.text.clone(),
                });
            }
        }
    }
    e.upper = upper.filter(|u| e.lower_any.is_none_or(|l| l <= u.date));
    let texts = std::iter::once(article.headline.as_str())
        .chain(
            article
                .captions
                .iter()
                .filter(|c| !c.archive)
                .map(|c| c.text.as_str()),
        )
        .chain(article.paragraphs.iter().map(String::as_str));
    e.office = office_bound(texts);
    e
}

/// How well a weekday of a recent act names the publication day, best
/// first: next to a reporting verb ("said on Tuesday", "on Tuesday told"),
/// plain ("protests erupted on Tuesday"), or possessive ("Tuesday's attack",
/// which names the event, often the day before the report).
fn weekday_rank(text: &str, mention: &DateMention) -> u8 {
    if mention.text.ends_with("'s") || mention.text.ends_with("’s") {
        return 2;
    }
    let before_start = floor_char_boundary(text, mention.range.start.saturating_sub(30));
    let after_end = floor_char_boundary(text, (mention.range.end + 30).min(text.len()));
    let near_before = text.get(before_start..mention.range.start).unwrap_or("");
    let near_after = text.get(mention.range.end..after_end).unwrap_or("");
    let clause_before = near_before
        .rsplit([',', ';', '.', '"', '“', '”'])
        .next()
        .unwrap_or("");
    let clause_after = near_after
        .split([',', ';', '.', '"', '“', '”'])
        .next()
        .unwrap_or("");
    if REPORTING_VERB.is_match(clause_before) || REPORTING_VERB.is_match(clause_after) {
        0
    } else {
        1
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

static REPORTING_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:said|says|told|tells|announced|announces|stated|reported|reports|confirmed|wrote|tweeted|added|declared|insisted|warned|claimed|denied|posted|statement)\b")
        .unwrap_or_else(|e| panic!("{e}"))
});

/// A date opening the text after a place and before a dash: the dateline
/// of "NEW YORK, March 3 - The company said ...".
fn is_dateline(text: &str, mention: &DateMention) -> bool {
    let before = text.get(..mention.range.start).unwrap_or("");
    let after = text.get(mention.range.end..).unwrap_or("");
    matches!(
        mention.expr,
        DateExpr::Date { .. } | DateExpr::DayMonth { .. }
    ) && before.len() <= 60
        && before.starts_with(char::is_uppercase)
        && before.trim_end().ends_with(',')
        && !before.contains(['!', '?', '"', '“', '”'])
        && DATELINE_DASH.is_match(after)
}

static DATELINE_DASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^)]{1,40}\)\s*)?[-–—:]").unwrap_or_else(|e| panic!("{e}"))
});

/// The first and last day an absolute mention covers.
fn absolute_span(mention: &DateMention) -> Option<(NaiveDate, NaiveDate)> {
    match mention.expr {
        DateExpr::Date { year, month, day } => {
            let d = NaiveDate::from_ymd_opt(year, month, day)?;
            Some((d, d))
        }
        DateExpr::MonthYear { year, month } => {
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)?
            };
            Some((first, next.pred_opt()?))
        }
        DateExpr::Year { year } => Some((
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
        )),
        _ => None,
    }
}
