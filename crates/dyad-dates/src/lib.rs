//! Dates in news text: find them, resolve them, and infer when an article was
//! published (DESIGN §4, "Dates").
//!
//! Three layers, each a pure function:
//!
//! - [`find_dates`] lists every date expression of a text with its byte range:
//!   full dates ("May 4, 2019", "07 March 2018", "2019-05-04"), month and
//!   year ("in April 2019"), years in a date context ("since 2012", "2023's",
//!   "Kenya's 2022 ban", never "$2023" or "No. 2012"), day and month ("on
//!   June 19"), months ("in March"), weekdays ("said on Tuesday", "last
//!   Friday") and relative expressions ("yesterday", "last year's", "three
//!   weeks ago"). A weekday or month without a year carries its direction:
//!   past unless the clause before it is in the future tense ("is expected to
//!   visit Paris on Wednesday").
//! - [`resolve`] turns one mention into `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
//!   against an anchor (the publication date).
//! - [`infer_publication_dates`] and [`date_events`] apply them to articles.
//!
//! # How a missing publication date is inferred
//!
//! All articles segmented from one input document are inferred together,
//! because a page dump's articles were live at the same moment.
//!
//! 1. Evidence per article, from its body and its captions (headlines are
//!    left out: they drop tense markers). A full date in a past context is a
//!    *lower bound* (publication is on or after it); a caption's date is a
//!    photo date, so it is only a lower bound too; an archive caption says
//!    nothing. A date, month or year in a future context ("would rise in
//!    2031") is an *upper bound*. A weekday of a recent act in the body is
//!    the *weekday anchor*: one in the lead (first three paragraphs) before
//!    later ones, and next to a reporting verb ("said on Tuesday") before a
//!    plain one ("erupted on Tuesday") before a possessive ("Tuesday's
//!    attack", which names the event rather than the report).
//! 2. The document's latest dated mention (the maximum lower bound of all its
//!    articles) bounds every article from below, unless the article's own
//!    upper bound is earlier: then it is *stale* (an old article scraped with
//!    fresh ones) and gets a year-level estimate, the middle of what its own
//!    bounds leave of that year.
//! 3. Otherwise, from the latest of the article's own full dates and the
//!    document's latest dated mention: a dateline opening the body ("NEW
//!    YORK, March 3 - ...") is the publication day, in the first year that
//!    puts it on or after that bound; else publication is the first day on
//!    or after the bound that falls on the weekday anchor (so within a week
//!    of it); else, when the article has a full date of its own, the bound
//!    itself.
//! 4. An article with no full date takes the latest date inferred for the
//!    other articles of its document (or stated for them by the input).
//! 5. With none either, a guess from the latest year the article mentions in
//!    a past context: a dateline's day and month, or its latest past day and
//!    month ("the Oct. 1 shooting") followed to the weekday anchor, read in
//!    that year; else the middle of what its bounds leave of that year.
//! 6. Who is in office bounds those guesses (the stale estimate of step 2 and
//!    the guesses of step 5). Office-holders named with a current title in the
//!    headline, captions or body ("President Ronald Reagan", "Soviet leader
//!    Gorbachev", "Thatcher, the British prime minister"; never "former
//!    President Carter", "the late King Hussein", "then-Secretary of State
//!    Powell", "Vice President Bush" or "opposition leader Netanyahu") each
//!    admit the years of their terms (`data/dates/office_terms.tsv`); the
//!    bound is the set of years the most distinct holders admit, so an outlier
//!    (a retrospective "in 1987, President Reagan ...") is outvoted. The guess
//!    is then read in the latest year mentioned inside the bound; with none
//!    inside, in the bound's year nearest to the year after the latest year
//!    mentioned (an article is most often written soon after the latest year
//!    it recalls); with no year mentioned at all, in the bound's first year,
//!    the first year all the holders were in office (the newest of them has
//!    most often just taken office, and an open term's end is unknown), so
//!    such an article is no longer left undated. A year-level estimate outside
//!    the bound moves to the bound's nearest year. The bound never overrides a
//!    date stated by the input, a dateline, a weekday or a dated mention
//!    (steps 1-4): those come from explicit dates, while titles also appear in
//!    retrospective passages. Like every guess, an office-bounded one gives
//!    way to step 4.
//!
//! With no year and no office-holder the date stays unknown.
//!
//! Every inferred date says why in `basis` ("weekday 'Tuesday' after dated
//! mention 14 March 2022"). Confidence values:
//!
//! | basis | confidence |
//! |---|---|
//! | stated by the input | 1.0 (left untouched) |
//! | a dateline with a full date ("WASHINGTON, March 3, 1987 -") | 0.9 |
//! | weekday after the article's own dated mention | 0.8 |
//! | dateline day and month after a dated mention | 0.7 |
//! | weekday after the document's latest dated mention | 0.7 |
//! | on or after the article's own dated mention, no weekday | 0.5 |
//! | no dated mention; the document's other articles | 0.4 |
//! | dateline day and month read in the latest year mentioned within the office-holders' terms | 0.45 |
//! | dateline day and month read in the latest year mentioned | 0.4 |
//! | guess (or year-level estimate) in a year mentioned within the office-holders' terms | 0.35 |
//! | year-level estimate of a stale article (or one whose past and future mentions share a year) | 0.3 |
//! | a year from the office-holders' terms alone (no year mentioned inside them) | 0.25 |
//! | guess from the latest year mentioned | 0.2 |
//!
//! ```
//! use chrono::NaiveDate;
//! let mentions = dyad_dates::find_dates("The ministry said on Tuesday that talks ended in April 2019.");
//! let texts: Vec<&str> = mentions.iter().map(|m| m.text.as_str()).collect();
//! assert_eq!(texts, ["on Tuesday", "in April 2019"]);
//! let anchor = NaiveDate::from_ymd_opt(2022, 3, 16).unwrap();
//! let tuesday = dyad_dates::resolve(&mentions[0], anchor).unwrap();
//! assert_eq!(tuesday.date, "2022-03-15");
//! ```

mod events;
mod expr;
mod find;
mod infer;
mod office;
mod resolve;

pub use events::date_events;
pub use expr::{DateExpr, DateMention, Direction, RelativeUnit, ResolvedDate};
pub use find::find_dates;
pub use infer::infer_publication_dates;
pub use resolve::resolve;
