//! Inferring missing publication dates for the articles of one document.
//! The procedure and its confidence values are described in the crate docs.

use crate::expr::{DateExpr, DateMention, Direction};
use crate::find::{find_dates, is_future_context};
use crate::resolve::{day_string, weekday_name, weekday_near};
use chrono::{Datelike, NaiveDate, Weekday};
use dyad_core::{Article, Published};

const CONFIDENCE_OWN_WEEKDAY: f32 = 0.8;
const CONFIDENCE_DOCUMENT_WEEKDAY: f32 = 0.7;
const CONFIDENCE_LOWER_BOUND: f32 = 0.5;
const CONFIDENCE_OTHER_ARTICLES: f32 = 0.4;
const CONFIDENCE_YEAR_LEVEL: f32 = 0.3;

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
    /// The first weekday of the body naming a recent act.
    weekday: Option<Weekday>,
}

/// How one article's date was obtained, before it becomes a `Published`.
#[derive(Debug, Clone)]
struct Inference {
    date: NaiveDate,
    basis: String,
    confidence: f32,
    /// Year-level estimates do not speak for the document's other articles.
    year_level: bool,
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
                (_, Some(i)) if !i.year_level => Some(i.date),
                _ => None,
            },
        )
        .max();

    for (i, slot) in inferred.iter_mut().enumerate() {
        if slot.is_some() || articles[i].published.is_some() {
            continue;
        }
        *slot = document_date
            .map(|date| Inference {
                date,
                basis: format!(
                    "no dated mention; the other articles of the same document are from {}",
                    long_date(date)
                ),
                confidence: CONFIDENCE_OTHER_ARTICLES,
                year_level: false,
            })
            .or_else(|| year_estimate(&evidence[i], None));
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
            return year_estimate(e, Some(document));
        }
    }
    let own = e.lower_day.as_ref();
    let (bound, is_own) = match (own, document_bound) {
        (Some(o), Some(d)) if d.date > o.date => (d, false),
        (Some(o), _) => (o, true),
        (None, Some(d)) => (d, false),
        (None, None) => return year_estimate(e, None),
    };
    let bound_words = if is_own {
        format!("dated mention {}", long_date(bound.date))
    } else {
        format!(
            "the document's latest dated mention {}",
            long_date(bound.date)
        )
    };
    match e.weekday {
        Some(weekday) => Some(Inference {
            date: weekday_near(bound.date, weekday, Direction::Coming)?,
            basis: format!("weekday '{}' after {bound_words}", weekday_name(weekday)),
            confidence: if is_own {
                CONFIDENCE_OWN_WEEKDAY
            } else {
                CONFIDENCE_DOCUMENT_WEEKDAY
            },
            year_level: false,
        }),
        None if own.is_some() => Some(Inference {
            date: bound.date,
            basis: format!("on or after {bound_words}"),
            confidence: CONFIDENCE_LOWER_BOUND,
            year_level: false,
        }),
        None => None,
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
        year_level: true,
    })
}

/// "30 December 2025".
fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

fn article_evidence(article: &Article) -> Evidence {
    let mut e = Evidence::default();
    let mut upper: Option<Bound> = None;
    let captions = article
        .captions
        .iter()
        .filter(|c| !c.archive)
        .map(|c| (c.text.as_str(), true));
    let paragraphs = article.paragraphs.iter().map(|p| (p.as_str(), false));
    for (text, is_caption) in captions.chain(paragraphs) {
        for mention in find_dates(text) {
            if let DateExpr::Weekday {
                weekday,
                direction: Direction::Recent,
            } = mention.expr
            {
                if !is_caption && e.weekday.is_none() {
                    e.weekday = Some(weekday);
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
    e
}

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
