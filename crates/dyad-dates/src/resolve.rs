//! Resolving a mention against an anchor date (the publication date).

use crate::expr::{DateExpr, DateMention, Direction, RelativeUnit, ResolvedDate};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// How far ahead of the anchor a day and month without a year (and without
/// a future or past marker) is still read as this year's.
const SCHEDULED_DAYS_AHEAD: i64 = 31;

/// The calendar date a mention names, read from `anchor` (the publication
/// date) when it has no year: a weekday of a recent act ("on Tuesday") is the
/// latest such day on or before the anchor, of a future act the first on or
/// after it; "last year" is the anchor's year minus one; "three weeks ago" is
/// the day 21 days before. `None` when the mention names no valid date.
///
/// ```
/// use chrono::NaiveDate;
/// let anchor = NaiveDate::from_ymd_opt(2026, 2, 7).unwrap();
/// let found = dyad_dates::find_dates("Officials met last month.");
/// assert_eq!(dyad_dates::resolve(&found[0], anchor).unwrap().date, "2026-01");
/// ```
#[must_use]
pub fn resolve(mention: &DateMention, anchor: NaiveDate) -> Option<ResolvedDate> {
    let absolute = |date: String| {
        Some(ResolvedDate {
            date,
            basis: "absolute".into(),
        })
    };
    match mention.expr {
        DateExpr::Date { year, month, day } => {
            let date = NaiveDate::from_ymd_opt(year, month, day)?;
            absolute(day_string(date))
        }
        DateExpr::MonthYear { year, month } => {
            NaiveDate::from_ymd_opt(year, month, 1)?;
            absolute(format!("{year:04}-{month:02}"))
        }
        DateExpr::Year { year } => absolute(format!("{year:04}")),
        DateExpr::DayMonth {
            month,
            day,
            direction,
        } => {
            let date = day_month_near(anchor, month, day, direction)?;
            Some(ResolvedDate {
                date: day_string(date),
                basis: describe(direction, &format!("{day} {}", month_name(month)), anchor),
            })
        }
        DateExpr::Month { month, direction } => {
            let (year, month) = month_near(anchor, month, direction)?;
            Some(ResolvedDate {
                date: format!("{year:04}-{month:02}"),
                basis: describe(direction, month_name(month), anchor),
            })
        }
        DateExpr::Weekday { weekday, direction } => {
            let date = weekday_near(anchor, weekday, direction)?;
            Some(ResolvedDate {
                date: day_string(date),
                basis: describe(direction, weekday_name(weekday), anchor),
            })
        }
        DateExpr::Relative { unit, offset } => relative(anchor, unit, offset),
    }
}

fn relative(anchor: NaiveDate, unit: RelativeUnit, offset: i32) -> Option<ResolvedDate> {
    let basis = format!(
        "{offset:+} {} from {anchor}",
        format!("{unit:?}").to_lowercase()
    );
    let date = match unit {
        RelativeUnit::Day => day_string(shift_days(anchor, i64::from(offset))?),
        RelativeUnit::Week => day_string(shift_days(anchor, 7 * i64::from(offset))?),
        RelativeUnit::Weekend => {
            let direction = match offset {
                o if o < 0 => Direction::Last,
                0 => Direction::Coming,
                _ => Direction::Next,
            };
            day_string(weekday_near(anchor, Weekday::Sat, direction)?)
        }
        RelativeUnit::Month => {
            let first = anchor.with_day(1)?;
            let shifted = if offset < 0 {
                first.checked_sub_months(Months::new(offset.unsigned_abs()))?
            } else {
                first.checked_add_months(Months::new(offset.unsigned_abs()))?
            };
            format!("{:04}-{:02}", shifted.year(), shifted.month())
        }
        RelativeUnit::Year => format!("{:04}", anchor.year().checked_add(offset)?),
        RelativeUnit::Decade => format!("{:04}", anchor.year().checked_add(offset * 10)?),
    };
    Some(ResolvedDate { date, basis })
}

/// `date` formatted `YYYY-MM-DD`.
pub(crate) fn day_string(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

fn shift_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days < 0 {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    }
}

/// "latest Tuesday on or before 2022-03-16".
fn describe(direction: Direction, thing: &str, anchor: NaiveDate) -> String {
    match direction {
        Direction::Recent => format!("latest {thing} on or before {anchor}"),
        Direction::Nearest => format!("{thing} nearest {anchor}, at most a month ahead"),
        Direction::Last => format!("latest {thing} before {anchor}"),
        Direction::Coming => format!("first {thing} on or after {anchor}"),
        Direction::Next => format!("first {thing} after {anchor}"),
    }
}

/// The English name of a month (1-12); empty for anything else.
pub(crate) fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    month
        .checked_sub(1)
        .and_then(|i| NAMES.get(i as usize))
        .copied()
        .unwrap_or("")
}

/// The English name of a weekday.
pub(crate) fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The `weekday` nearest `anchor` in `direction` (within a week).
pub(crate) fn weekday_near(
    anchor: NaiveDate,
    weekday: Weekday,
    direction: Direction,
) -> Option<NaiveDate> {
    let from = i64::from(anchor.weekday().num_days_from_monday());
    let to = i64::from(weekday.num_days_from_monday());
    let back = (from - to).rem_euclid(7);
    let forward = (to - from).rem_euclid(7);
    match direction {
        Direction::Recent | Direction::Nearest => shift_days(anchor, -back),
        Direction::Last => shift_days(anchor, -(if back == 0 { 7 } else { back })),
        Direction::Coming => shift_days(anchor, forward),
        Direction::Next => shift_days(anchor, if forward == 0 { 7 } else { forward }),
    }
}

fn day_month_near(
    anchor: NaiveDate,
    month: u32,
    day: u32,
    direction: Direction,
) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(anchor.year(), month, day);
    let other = |delta: i32| NaiveDate::from_ymd_opt(anchor.year() + delta, month, day);
    match direction {
        Direction::Recent => this_year.filter(|d| *d <= anchor).or_else(|| other(-1)),
        Direction::Nearest => this_year
            .filter(|d| *d <= anchor || (*d - anchor).num_days() <= SCHEDULED_DAYS_AHEAD)
            .or_else(|| other(-1)),
        Direction::Last => this_year.filter(|d| *d < anchor).or_else(|| other(-1)),
        Direction::Coming => this_year.filter(|d| *d >= anchor).or_else(|| other(1)),
        Direction::Next => this_year.filter(|d| *d > anchor).or_else(|| other(1)),
    }
}

fn month_near(anchor: NaiveDate, month: u32, direction: Direction) -> Option<(i32, u32)> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let current = anchor.month();
    let year = anchor.year();
    let year = match direction {
        Direction::Recent | Direction::Nearest if month <= current => year,
        Direction::Last if month < current => year,
        Direction::Recent | Direction::Nearest | Direction::Last => year - 1,
        Direction::Coming if month >= current => year,
        Direction::Next if month > current => year,
        Direction::Coming | Direction::Next => year + 1,
    };
    Some((year, month))
}
