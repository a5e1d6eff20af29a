//! Analytic commands over grouped events: `events` (filtered listing),
//! `dyads` (counts per directed pair and period) and `timeline` (counts per
//! period for an actor or a pair, as a terminal chart, CSV or JSON).

use super::Status;
use anyhow::Context;
use dyad_core::records::EventRecord;
use dyad_core::{Certainty, EventType};
use dyad_store::{ActorSpec, EventFilter, Period, Store, Tally};
use std::io::Write;
use std::path::Path;

/// Event filters shared by `events`, `dyads` and `export`.
#[derive(clap::Args, Clone, Default)]
pub struct FilterArgs {
    /// Events with this actor as source or target: a code (IRN, UNO) or a
    /// code with sector (IRNGOV).
    #[arg(long)]
    pub actor: Option<String>,
    /// Events from actor A to actor B, as A:B (add --both for B to A too).
    #[arg(long)]
    pub dyad: Option<String>,
    /// With --dyad, also the events from B to A.
    #[arg(long)]
    pub both: bool,
    /// PLOVER event type (CONSULT, ACCUSE, SANCTION, ...).
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal
    /// conflict, 4 material conflict.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    pub quad: Option<u8>,
    /// Events dated on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Events dated on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Only events with a report of this certainty (asserted, claimed,
    /// alleged, planned, hypothetical).
    #[arg(long)]
    pub certainty: Option<String>,
}

/// `A:B` as two actor specs.
pub fn parse_dyad(s: &str) -> anyhow::Result<(ActorSpec, ActorSpec)> {
    let (a, b) = s
        .split_once(':')
        .with_context(|| format!("dyad {s:?}: expected two actors as A:B, e.g. IRN:USA"))?;
    anyhow::ensure!(
        !a.trim().is_empty() && !b.trim().is_empty(),
        "dyad {s:?}: expected two actors as A:B, e.g. IRN:USA"
    );
    Ok((ActorSpec::parse(a), ActorSpec::parse(b)))
}

fn parse_certainty(s: &str) -> anyhow::Result<Certainty> {
    Ok(match s.trim().to_ascii_lowercase().as_str() {
        "asserted" => Certainty::Asserted,
        "claimed" => Certainty::Claimed,
        "alleged" => Certainty::Alleged,
        "planned" => Certainty::Planned,
        "hypothetical" => Certainty::Hypothetical,
        other => anyhow::bail!(
            "--certainty {other:?}: use asserted, claimed, alleged, planned or hypothetical"
        ),
    })
}

fn check_date(d: &Option<String>, flag: &str) -> anyhow::Result<()> {
    if let Some(d) = d {
        chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .with_context(|| format!("{flag} {d:?}: expected a date as YYYY-MM-DD"))?;
    }
    Ok(())
}

impl FilterArgs {
    /// The store filter these flags describe.
    pub fn to_filter(&self) -> anyhow::Result<EventFilter> {
        check_date(&self.from, "--from")?;
        check_date(&self.to, "--to")?;
        let event_type = match &self.event_type {
            Some(t) => Some(EventType::parse(t).with_context(|| {
                format!("--type {t:?}: not a PLOVER event type (AGREE, CONSULT, ... ASSAULT)")
            })?),
            None => None,
        };
        Ok(EventFilter {
            actor: self.actor.as_deref().map(ActorSpec::parse),
            dyad: self.dyad.as_deref().map(parse_dyad).transpose()?,
            both_directions: self.both,
            event_type,
            quad: self.quad,
            from: self.from.clone(),
            to: self.to.clone(),
            certainty: self.certainty.as_deref().map(parse_certainty).transpose()?,
            ..EventFilter::default()
        })
    }
}

/// Output shape of a listing.
#[derive(clap::Args, Clone, Copy, Default)]
pub struct OutputArgs {
    /// One JSON object per line.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// CSV with a header row.
    #[arg(long)]
    pub csv: bool,
}

#[derive(clap::Args)]
pub struct EventsArgs {
    #[command(flatten)]
    filter: FilterArgs,
    /// At most this many events (all when not given).
    #[arg(long)]
    limit: Option<usize>,
    #[arg(long, default_value_t = 0)]
    offset: usize,
    #[command(flatten)]
    output: OutputArgs,
}

#[derive(clap::Args)]
pub struct DyadsArgs {
    #[command(flatten)]
    filter: FilterArgs,
    /// Count per period (day, week, month, year); all time when not given.
    #[arg(long)]
    by: Option<Period>,
    /// At most this many rows.
    #[arg(long)]
    limit: Option<usize>,
    #[command(flatten)]
    output: OutputArgs,
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    /// An actor (IRN, IRNGOV) or a pair A:B (both directions unless --directed).
    subject: String,
    /// Period of each bucket: day, week, month or year.
    #[arg(long, default_value = "month")]
    by: Period,
    /// With A:B, only the events from A to B.
    #[arg(long)]
    directed: bool,
    /// PLOVER event type (CONSULT, ACCUSE, SANCTION, ...).
    #[arg(long = "type")]
    event_type: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal
    /// conflict, 4 material conflict.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    quad: Option<u8>,
    /// Events dated on or after this day (YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// Events dated on or before this day (YYYY-MM-DD).
    #[arg(long)]
    to: Option<String>,
    /// Only events with a report of this certainty (asserted, claimed,
    /// alleged, planned, hypothetical).
    #[arg(long)]
    certainty: Option<String>,
    #[command(flatten)]
    output: OutputArgs,
}

/// Open a store for reading, with a helpful message when it is missing.
pub fn open(db: &Path) -> anyhow::Result<Store> {
    anyhow::ensure!(
        db.exists(),
        "no store at {} (run `dyad ingest` first, or pass --db / set DYAD_DB)",
        db.display()
    );
    Store::open_read_only(db).with_context(|| format!("cannot open the store {}", db.display()))
}

/// Quote a CSV field when it needs it.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_line(out: &mut impl Write, fields: &[String]) -> std::io::Result<()> {
    let cells: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    writeln!(out, "{}", cells.join(","))
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

const EVENT_CSV_COLUMNS: [&str; 19] = [
    "id",
    "date",
    "source",
    "source_name",
    "type",
    "target",
    "target_name",
    "cameo",
    "quad",
    "goldstein",
    "num_mentions",
    "num_sources",
    "num_articles",
    "certainty",
    "negated",
    "location",
    "article_id",
    "source_url",
    "sentence",
];

fn event_csv_row(r: &EventRecord) -> Vec<String> {
    let e = &r.event;
    vec![
        r.id.to_string(),
        e.date.clone().unwrap_or_default(),
        e.source.actor().cameo_code(),
        e.source.name.clone(),
        e.event_type.to_string(),
        e.target.actor().cameo_code(),
        e.target.name.clone(),
        e.cameo.clone(),
        e.quad.to_string(),
        e.goldstein.to_string(),
        r.num_mentions.to_string(),
        r.num_sources.to_string(),
        r.num_articles.to_string(),
        e.certainty.as_str().to_string(),
        e.negated.to_string(),
        e.location
            .as_ref()
            .map(|l| l.name.clone())
            .unwrap_or_default(),
        r.article_id.0.clone(),
        r.source_url.clone(),
        e.sentence.clone(),
    ]
}

pub fn events(db: &Path, args: EventsArgs) -> anyhow::Result<Status> {
    let mut filter = args.filter.to_filter()?;
    filter.limit = args.limit;
    filter.offset = args.offset;
    let store = open(db)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.output.csv {
        csv_line(&mut out, &EVENT_CSV_COLUMNS.map(String::from))?;
    }
    let mut count = 0u64;
    store.for_each_event(&filter, |r| -> anyhow::Result<()> {
        count += 1;
        if args.output.json {
            serde_json::to_writer(&mut out, &r)?;
            writeln!(out)?;
        } else if args.output.csv {
            csv_line(&mut out, &event_csv_row(&r))?;
        } else {
            let e = &r.event;
            writeln!(
                out,
                "{:>6}  {:10}  {:9} {:9} {:9}  q{} {:>+5.1}  {}m/{}a  {}",
                r.id,
                e.date.as_deref().unwrap_or("-"),
                e.source.actor().cameo_code(),
                e.event_type.as_str(),
                e.target.actor().cameo_code(),
                e.quad,
                e.goldstein,
                r.num_mentions,
                r.num_articles,
                truncate(&e.sentence, 70)
            )?;
        }
        Ok(())
    })?;
    if count == 0 && !args.output.json && !args.output.csv {
        writeln!(out, "no events match")?;
    }
    out.flush()?;
    Ok(Status::Complete)
}

/// Columns of a tally in CSV output, after the key columns.
fn tally_csv_header() -> Vec<String> {
    let mut h: Vec<String> = [
        "events",
        "mentions",
        "cooperation",
        "conflict",
        "verbal_cooperation",
        "material_cooperation",
        "verbal_conflict",
        "material_conflict",
        "goldstein_sum",
        "goldstein_mean",
    ]
    .map(String::from)
    .to_vec();
    h.extend(
        EventType::ALL
            .iter()
            .map(|t| t.as_str().to_ascii_lowercase()),
    );
    h
}

fn tally_csv(t: &Tally) -> Vec<String> {
    let mut v = vec![
        t.events.to_string(),
        t.mentions.to_string(),
        t.cooperation.to_string(),
        t.conflict.to_string(),
    ];
    v.extend(t.by_quad.iter().map(u64::to_string));
    v.push(format!("{:.2}", t.goldstein_sum));
    v.push(format!("{:.3}", t.goldstein_mean));
    v.extend(
        EventType::ALL
            .iter()
            .map(|ty| t.by_type.get(ty).copied().unwrap_or(0).to_string()),
    );
    v
}

/// The most frequent types of a tally, as `CONSULT 3, ACCUSE 1`.
fn top_types(t: &Tally, n: usize) -> String {
    let mut types: Vec<(&EventType, &u64)> = t.by_type.iter().collect();
    types.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    types
        .iter()
        .take(n)
        .map(|(ty, c)| format!("{ty} {c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn dyads(db: &Path, args: DyadsArgs) -> anyhow::Result<Status> {
    let filter = args.filter.to_filter()?;
    let store = open(db)?;
    let rows = store.dyads(&filter, args.by)?;
    let rows = rows.iter().take(args.limit.unwrap_or(usize::MAX));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.output.csv {
        let mut h: Vec<String> = ["source", "target", "period"].map(String::from).to_vec();
        h.extend(tally_csv_header());
        csv_line(&mut out, &h)?;
    }
    let mut any = false;
    for r in rows {
        any = true;
        if args.output.json {
            serde_json::to_writer(&mut out, r)?;
            writeln!(out)?;
        } else if args.output.csv {
            let mut row = vec![
                r.source.clone(),
                r.target.clone(),
                r.period.clone().unwrap_or_default(),
            ];
            row.extend(tally_csv(&r.tally));
            csv_line(&mut out, &row)?;
        } else {
            writeln!(
                out,
                "{:4} -> {:4} {:10} {:>5} events  coop {:>4}  conflict {:>4}  goldstein {:>+7.1} (mean {:>+5.2})  {}",
                r.source,
                r.target,
                r.period.as_deref().unwrap_or("all"),
                r.tally.events,
                r.tally.cooperation,
                r.tally.conflict,
                r.tally.goldstein_sum,
                r.tally.goldstein_mean,
                top_types(&r.tally, 3)
            )?;
        }
    }
    if !any && !args.output.json && !args.output.csv {
        writeln!(out, "no events match")?;
    }
    out.flush()?;
    Ok(Status::Complete)
}

/// The bar of one timeline bucket: conflict as `█`, cooperation as `░`,
/// scaled so the largest bucket is `width` wide.
fn bar(t: &Tally, max: u64, width: usize) -> String {
    if max == 0 {
        return String::new();
    }
    let scale = |n: u64| ((n as f64 / max as f64) * width as f64).round() as usize;
    let total = scale(t.events).max(usize::from(t.events > 0));
    let conflict = scale(t.conflict).min(total);
    let cooperation = total - conflict;
    format!("{}{}", "░".repeat(cooperation), "█".repeat(conflict))
}

pub fn timeline(db: &Path, args: TimelineArgs) -> anyhow::Result<Status> {
    let mut filter = FilterArgs {
        event_type: args.event_type.clone(),
        quad: args.quad,
        from: args.from.clone(),
        to: args.to.clone(),
        certainty: args.certainty.clone(),
        ..FilterArgs::default()
    }
    .to_filter()?;
    if args.subject.contains(':') {
        filter.dyad = Some(parse_dyad(&args.subject)?);
        filter.both_directions = !args.directed;
    } else {
        filter.actor = Some(ActorSpec::parse(&args.subject));
    }
    let store = open(db)?;
    let buckets = store.timeline(&filter, args.by)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.output.json {
        for b in &buckets {
            serde_json::to_writer(&mut out, b)?;
            writeln!(out)?;
        }
    } else if args.output.csv {
        let mut h = vec!["period".to_string()];
        h.extend(tally_csv_header());
        csv_line(&mut out, &h)?;
        for b in &buckets {
            let mut row = vec![b.period.clone()];
            row.extend(tally_csv(&b.tally));
            csv_line(&mut out, &row)?;
        }
    } else if buckets.is_empty() {
        writeln!(
            out,
            "no dated events for {} (per {})",
            args.subject, args.by
        )?;
    } else {
        let max = buckets.iter().map(|b| b.tally.events).max().unwrap_or(0);
        let total: u64 = buckets.iter().map(|b| b.tally.events).sum();
        writeln!(
            out,
            "{} per {}: {total} events   ░ cooperation  █ conflict",
            args.subject, args.by
        )?;
        for b in &buckets {
            writeln!(
                out,
                "{:10} {:>5}  {:<40}  goldstein {:>+7.1}",
                b.period,
                b.tally.events,
                bar(&b.tally, max, 40),
                b.tally.goldstein_sum
            )?;
        }
    }
    out.flush()?;
    Ok(Status::Complete)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dyads_parse_and_bad_ones_are_refused() {
        let (a, b) = parse_dyad("irngov:USA").unwrap();
        assert_eq!((a.code.as_str(), a.sector.as_deref()), ("IRN", Some("GOV")));
        assert_eq!(b.code, "USA");
        assert!(parse_dyad("IRN").is_err());
        assert!(parse_dyad("IRN:").is_err());
    }

    #[test]
    fn bars_scale_and_split_conflict_from_cooperation() {
        let t = Tally {
            events: 4,
            cooperation: 1,
            conflict: 3,
            ..Tally::default()
        };
        assert_eq!(bar(&t, 4, 8), "░░██████");
        let one = Tally {
            events: 1,
            conflict: 1,
            ..Tally::default()
        };
        assert_eq!(bar(&one, 1000, 8).chars().count(), 1);
    }
}
