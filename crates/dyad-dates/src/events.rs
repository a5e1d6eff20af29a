//! Dating events: the date expression of the event's sentence, else the
//! publication date.

use crate::expr::{DateExpr, DateMention};
use crate::find::find_dates;
use crate::resolve::resolve;
use chrono::NaiveDate;
use dyad_core::{Article, Event};

/// Set `date` and `date_basis` of every event of `article` that has none.
///
/// When the event's sentence holds a date expression, the one nearest the
/// event's actors (ties: the most precise) is resolved against the
/// publication date, and `date_basis` is the expression as written ("On May
/// 4, 2019", "last month"). A year used as an attribute ("Kenya's 2022
/// ban", "the 2024 election") dates a noun, not the event, and is skipped.
/// Otherwise the event takes the publication date with basis
/// `"publication"`; with neither, it stays undated.
pub fn date_events(article: &mut Article) {
    let anchor = article
        .published
        .as_ref()
        .and_then(|p| NaiveDate::parse_from_str(&p.date, "%Y-%m-%d").ok());
    for event in article.events.iter_mut().filter(|e| e.date.is_none()) {
        let from_sentence = event_mentions(event).into_iter().find_map(|mention| {
            let resolved = match anchor {
                Some(anchor) => resolve(&mention, anchor),
                None if mention.expr.is_absolute() => {
                    // Absolute dates need no anchor; any date will do.
                    resolve(&mention, NaiveDate::default())
                }
                None => None,
            }?;
            Some((resolved.date, mention.text))
        });
        match (from_sentence, anchor) {
            (Some((date, text)), _) => {
                event.date = Some(date);
                event.date_basis = Some(text);
            }
            (None, Some(anchor)) => {
                event.date = Some(anchor.format("%Y-%m-%d").to_string());
                event.date_basis = Some("publication".into());
            }
            (None, None) => {}
        }
    }
}

/// The date mentions of the event's sentence that can date it, best first.
fn event_mentions(event: &Event) -> Vec<DateMention> {
    let sentence = event.sentence.as_str();
    let actors: Vec<(usize, usize)> = [&event.source.text, &event.target.text]
        .into_iter()
        .filter(|t| !t.is_empty())
        .filter_map(|t| sentence.find(t.as_str()).map(|i| (i, i + t.len())))
        .collect();
    let span = actors
        .iter()
        .copied()
        .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)));
    let mut mentions: Vec<DateMention> = find_dates(sentence)
        .into_iter()
        .filter(|m| !is_attributive_year(m))
        .collect();
    mentions.sort_by_key(|m| {
        let distance = span.map_or(0, |(start, end)| {
            if m.range.end <= start {
                start - m.range.end
            } else {
                m.range.start.saturating_sub(end)
            }
        });
        (distance, m.expr.granularity(), m.range.start)
    });
    mentions
}

/// A bare year with no preposition ("the 2024 election", "2023's budget").
fn is_attributive_year(mention: &DateMention) -> bool {
    matches!(mention.expr, DateExpr::Year { .. })
        && mention.text.starts_with(|c: char| c.is_ascii_digit())
}
