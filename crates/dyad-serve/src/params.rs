//! Query-string parameters, checked once for the API and the pages alike:
//! every value is bounded and validated, and a bad one is a 400 that names
//! the parameter and what it accepts.

use crate::error::ApiError;
use axum::extract::rejection::QueryRejection;
use axum::extract::Query;
use dyad_core::{Certainty, EventType};
use dyad_store::{ActorSpec, ArticleQuery, EventFilter, Period};
use std::collections::HashMap;

/// Largest page of articles or events.
pub const MAX_LIMIT: usize = 200;
/// Largest offset into a listing.
pub const MAX_OFFSET: usize = 1_000_000;
/// Longest full-text query, in bytes.
pub const MAX_QUERY_BYTES: usize = 500;

/// The parameters of one request (the last value wins when repeated).
#[derive(Debug, Clone, Default)]
pub struct Params(HashMap<String, String>);

/// The query-string extractor's result, as the handlers take it.
pub type RawParams = Result<Query<Vec<(String, String)>>, QueryRejection>;

impl Params {
    /// Parameters from the query string; a malformed one is a 400.
    pub fn from_query(raw: RawParams) -> Result<Params, ApiError> {
        let Query(pairs) = raw.map_err(|e| ApiError::bad_request(e.body_text()))?;
        Ok(Params(pairs.into_iter().collect()))
    }

    /// Parameters from pairs (for tests and links).
    #[cfg(test)]
    pub fn of(pairs: &[(&str, &str)]) -> Params {
        Params(
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
                .collect(),
        )
    }

    /// A non-empty, trimmed value.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(|v| v.trim()).filter(|v| !v.is_empty())
    }

    /// A full-text query, at most [`MAX_QUERY_BYTES`].
    pub fn query_text(&self, name: &str) -> Result<Option<String>, ApiError> {
        match self.text(name) {
            Some(q) if q.len() > MAX_QUERY_BYTES => Err(ApiError::bad_request(format!(
                "{name}: the query is longer than {MAX_QUERY_BYTES} bytes"
            ))),
            other => Ok(other.map(String::from)),
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn date(&self, name: &str) -> Result<Option<String>, ApiError> {
        match self.text(name) {
            None => Ok(None),
            Some(d) if is_date(d) => Ok(Some(d.to_string())),
            Some(d) => Err(ApiError::bad_request(format!(
                "{name}: {d:?} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"
            ))),
        }
    }

    /// An actor code (`IRN`, `UNO`) or CAMEO code with sector (`IRNGOV`).
    pub fn actor(&self, name: &str) -> Result<Option<ActorSpec>, ApiError> {
        self.text(name).map(|v| actor_spec(name, v)).transpose()
    }

    /// A PLOVER event type.
    pub fn event_type(&self, name: &str) -> Result<Option<EventType>, ApiError> {
        match self.text(name) {
            None => Ok(None),
            Some(t) => EventType::parse(t).map(Some).ok_or_else(|| {
                ApiError::bad_request(format!(
                    "{name}: {t:?} is not a PLOVER event type; use one of {}",
                    EventType::ALL.map(EventType::as_str).join(", ")
                ))
            }),
        }
    }

    /// A quad class, 1 to 4.
    pub fn quad(&self, name: &str) -> Result<Option<u8>, ApiError> {
        match self.text(name) {
            None => Ok(None),
            Some(q) => match q.parse::<u8>() {
                Ok(n @ 1..=4) => Ok(Some(n)),
                _ => Err(ApiError::bad_request(format!(
                    "{name}: {q:?} is not a quad class; use 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict)"
                ))),
            },
        }
    }

    /// A certainty (asserted, claimed, alleged, planned, hypothetical).
    pub fn certainty(&self, name: &str) -> Result<Option<Certainty>, ApiError> {
        let all = [
            Certainty::Asserted,
            Certainty::Claimed,
            Certainty::Alleged,
            Certainty::Planned,
            Certainty::Hypothetical,
        ];
        match self.text(name) {
            None => Ok(None),
            Some(c) => all
                .into_iter()
                .find(|x| x.as_str().eq_ignore_ascii_case(c))
                .map(Some)
                .ok_or_else(|| {
                    ApiError::bad_request(format!(
                        "{name}: {c:?} is not a certainty; use asserted, claimed, alleged, planned or hypothetical"
                    ))
                }),
        }
    }

    /// A time bucket size, `default` when absent.
    pub fn period(&self, name: &str, default: Period) -> Result<Period, ApiError> {
        match self.text(name) {
            None => Ok(default),
            Some(p) => p
                .parse::<Period>()
                .map_err(|e| ApiError::bad_request(format!("{name}: {e}"))),
        }
    }

    /// `true`/`1`/`yes` or `false`/`0`/`no`.
    pub fn flag(&self, name: &str) -> Result<bool, ApiError> {
        match self.text(name).map(str::to_ascii_lowercase).as_deref() {
            None | Some("false" | "0" | "no") => Ok(false),
            Some("true" | "1" | "yes" | "on") => Ok(true),
            Some(other) => Err(ApiError::bad_request(format!(
                "{name}: {other:?} is not a boolean; use true or false"
            ))),
        }
    }

    /// A count within `1..=max`, `default` when absent.
    pub fn limit(&self, default: usize, max: usize) -> Result<usize, ApiError> {
        match self.number("limit", max)? {
            None => Ok(default),
            Some(0) => Err(ApiError::bad_request(format!(
                "limit: must be between 1 and {max}"
            ))),
            Some(n) => Ok(n),
        }
    }

    /// An offset within `0..=MAX_OFFSET`.
    pub fn offset(&self) -> Result<usize, ApiError> {
        Ok(self.number("offset", MAX_OFFSET)?.unwrap_or(0))
    }

    fn number(&self, name: &str, max: usize) -> Result<Option<usize>, ApiError> {
        match self.text(name) {
            None => Ok(None),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if n <= max => Ok(Some(n)),
                _ => Err(ApiError::bad_request(format!(
                    "{name}: {v:?} must be a whole number from 0 to {max}"
                ))),
            },
        }
    }

    /// The article filters (`q`, `from`, `to`, `source`, `actor`, `type`,
    /// `limit`, `offset`).
    pub fn article_query(&self, default_limit: usize) -> Result<ArticleQuery, ApiError> {
        let source = self.text("source").map(String::from);
        if source.as_ref().is_some_and(|s| s.len() > MAX_QUERY_BYTES) {
            return Err(ApiError::bad_request(format!(
                "source: longer than {MAX_QUERY_BYTES} bytes"
            )));
        }
        Ok(ArticleQuery {
            text: self.query_text("q")?,
            from: self.date("from")?,
            to: self.date("to")?.map(|d| end_of(&d)),
            source,
            actor: self.actor("actor")?,
            event_type: self.event_type("type")?,
            limit: self.limit(default_limit, MAX_LIMIT)?,
            offset: self.offset()?,
        })
    }

    /// The event filters of `dyad events` (`actor`, `source` and `target`
    /// for a dyad, `both`, `type`, `quad`, `from`, `to`, `certainty`,
    /// `article`), with `limit` and `offset` when `page` is set.
    pub fn event_filter(&self, page: Option<usize>) -> Result<EventFilter, ApiError> {
        let dyad = match (self.actor("source")?, self.actor("target")?) {
            (Some(a), Some(b)) => Some((a, b)),
            (None, None) => None,
            _ => {
                return Err(ApiError::bad_request(
                    "source and target: give both (a dyad) or neither; for one actor on either side use actor",
                ))
            }
        };
        let article = match self.text("article") {
            Some(a) if a.len() <= 64 && a.chars().all(|c| c.is_ascii_hexdigit()) => {
                Some(a.to_ascii_lowercase())
            }
            Some(a) => {
                return Err(ApiError::bad_request(format!(
                    "article: {a:?} is not an article id (hex digits)"
                )))
            }
            None => None,
        };
        let (limit, offset) = match page {
            Some(default) => (Some(self.limit(default, MAX_LIMIT)?), self.offset()?),
            None => (None, 0),
        };
        Ok(EventFilter {
            actor: self.actor("actor")?,
            dyad,
            both_directions: self.flag("both")?,
            event_type: self.event_type("type")?,
            quad: self.quad("quad")?,
            from: self.date("from")?,
            to: self.date("to")?.map(|d| end_of(&d)),
            certainty: self.certainty("certainty")?,
            article,
            limit,
            offset,
        })
    }
}

/// Check an actor code as given in a path or parameter.
pub fn actor_spec(name: &str, value: &str) -> Result<ActorSpec, ApiError> {
    let v = value.trim();
    if (2..=12).contains(&v.len()) && v.chars().all(|c| c.is_ascii_alphanumeric()) {
        Ok(ActorSpec::parse(v))
    } else {
        Err(ApiError::bad_request(format!(
            "{name}: {value:?} is not an actor code; use a country or non-state code (IRN, UNO) optionally followed by a sector (IRNGOV)"
        )))
    }
}

/// The last day a date names, so `to=2025-01` includes all of January.
fn end_of(date: &str) -> String {
    match date.len() {
        4 => format!("{date}-12-31"),
        7 => format!("{date}-31"),
        _ => date.to_string(),
    }
}

fn is_date(d: &str) -> bool {
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_and_widened() {
        let p = Params::of(&[("from", "2024-05"), ("to", "2024"), ("bad", "May")]);
        assert_eq!(p.date("from").unwrap().as_deref(), Some("2024-05"));
        assert!(p.date("bad").is_err());
        let f = p.event_filter(None).unwrap();
        assert_eq!(f.to.as_deref(), Some("2024-12-31"));
    }

    #[test]
    fn limits_are_bounded() {
        assert!(Params::of(&[("limit", "201")]).limit(20, 200).is_err());
        assert!(Params::of(&[("limit", "0")]).limit(20, 200).is_err());
        assert!(Params::of(&[("limit", "-1")]).limit(20, 200).is_err());
        assert_eq!(Params::of(&[]).limit(20, 200).unwrap(), 20);
        assert!(Params::of(&[("offset", "99999999")]).offset().is_err());
    }

    #[test]
    fn actor_codes_are_checked() {
        assert!(actor_spec("actor", "IRNGOV").is_ok());
        assert!(actor_spec("actor", "I'R").is_err());
        assert!(Params::of(&[("source", "FRE")]).event_filter(None).is_err());
    }
}
