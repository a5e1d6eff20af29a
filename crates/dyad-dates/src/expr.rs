//! The values of this crate: date mentions, what they say, and resolutions.

use chrono::Weekday;
use std::ops::Range;

/// One date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range in the text searched, end exclusive. It includes a leading
    /// preposition or modifier ("on May 4, 2019", "in early 2023").
    pub range: Range<usize>,
    /// The text at `range`.
    pub text: String,
    /// What the expression says.
    pub expr: DateExpr,
}

/// Which way an expression without a year (or an explicit "last"/"next")
/// points from the anchor date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// A recent past act: the latest occurrence on or before the anchor
    /// ("said on Tuesday", "in March").
    Recent,
    /// No tense marker either way (a day and month in the present tense,
    /// "voters go to the polls on Nov. 8"): the latest occurrence on or
    /// before the anchor, or one up to a month ahead of it.
    Nearest,
    /// "last Friday", "last March": the latest occurrence strictly before.
    Last,
    /// A future act ("will meet on Wednesday", "this Friday"): the first
    /// occurrence on or after the anchor.
    Coming,
    /// "next Friday", "next March": the first occurrence strictly after.
    Next,
}

impl Direction {
    /// Whether the expression points forward from the anchor.
    #[must_use]
    pub fn is_future(self) -> bool {
        matches!(self, Direction::Coming | Direction::Next)
    }
}

/// The unit of a relative expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelativeUnit {
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Decade,
}

/// What a date expression says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateExpr {
    /// A full calendar date: "May 4, 2019", "07 March 2018", "2019-05-04".
    Date { year: i32, month: u32, day: u32 },
    /// A month of a year: "April 2019".
    MonthYear { year: i32, month: u32 },
    /// A year in a date context: "in 2023", "since 2012", "2023's".
    Year { year: i32 },
    /// A day and month without a year: "on June 19", "19 June".
    DayMonth {
        month: u32,
        day: u32,
        direction: Direction,
    },
    /// A month without a year, after a preposition: "in March", "last May".
    Month { month: u32, direction: Direction },
    /// A day of the week: "on Tuesday", "Tuesday's", "last Friday".
    Weekday {
        weekday: Weekday,
        direction: Direction,
    },
    /// Relative to the anchor: "today" (Day, 0), "yesterday" (Day, -1),
    /// "last year" (Year, -1), "earlier this month" (Month, 0),
    /// "three weeks ago" (Week, -3).
    Relative { unit: RelativeUnit, offset: i32 },
}

impl DateExpr {
    /// Whether the expression names a date without needing an anchor.
    #[must_use]
    pub fn is_absolute(&self) -> bool {
        matches!(
            self,
            DateExpr::Date { .. } | DateExpr::MonthYear { .. } | DateExpr::Year { .. }
        )
    }

    /// How precise the expression is: 0 for a day, 1 for a week, 2 for a
    /// month, 3 for a year or more.
    #[must_use]
    pub fn granularity(&self) -> u8 {
        match self {
            DateExpr::Date { .. } | DateExpr::DayMonth { .. } | DateExpr::Weekday { .. } => 0,
            DateExpr::Relative { unit, .. } => match unit {
                RelativeUnit::Day => 0,
                RelativeUnit::Week | RelativeUnit::Weekend => 1,
                RelativeUnit::Month => 2,
                RelativeUnit::Year | RelativeUnit::Decade => 3,
            },
            DateExpr::MonthYear { .. } | DateExpr::Month { .. } => 2,
            DateExpr::Year { .. } => 3,
        }
    }
}

/// A mention resolved to a calendar date of some precision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// How the date was obtained ("absolute", "most recent Tuesday on or
    /// before 2022-03-16", ...).
    pub basis: String,
}
