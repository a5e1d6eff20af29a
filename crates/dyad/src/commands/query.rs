//! Listing commands over the store: `articles`, `search`, `show`, `actors`.
//! Each prints a readable table, or JSON with `--json`.

use super::Status;
use anyhow::Context;
use dyad_store::{ArticleFilter, Store};
use std::io::Write;
use std::path::Path;

#[derive(clap::Args)]
pub struct ArticlesArgs {
    /// Only articles published on or after this date (YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// Only articles published on or before this date (YYYY-MM-DD).
    #[arg(long)]
    to: Option<String>,
    /// Only articles seen in a source whose path or URL contains this text.
    #[arg(long)]
    source: Option<String>,
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[arg(long, default_value_t = 0)]
    offset: usize,
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
pub struct SearchArgs {
    /// FTS5 query: words, "phrases", AND/OR/NOT, prefix*.
    query: String,
    #[arg(long, default_value_t = 20)]
    limit: usize,
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
pub struct ShowArgs {
    /// Article id (or a unique prefix of one).
    id: String,
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
pub struct ActorsArgs {
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[arg(long)]
    json: bool,
}

fn open(db: &Path) -> anyhow::Result<Store> {
    anyhow::ensure!(
        db.exists(),
        "no store at {} (run `dyad ingest` first, or pass --db / set DYAD_DB)",
        db.display()
    );
    Store::open_read_only(db).with_context(|| format!("cannot open the store {}", db.display()))
}

fn check_date(d: &Option<String>, flag: &str) -> anyhow::Result<()> {
    if let Some(d) = d {
        chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .with_context(|| format!("{flag} {d:?}: expected a date as YYYY-MM-DD"))?;
    }
    Ok(())
}

pub fn articles(db: &Path, args: ArticlesArgs) -> anyhow::Result<Status> {
    check_date(&args.from, "--from")?;
    check_date(&args.to, "--to")?;
    let store = open(db)?;
    let filter = ArticleFilter {
        from: args.from,
        to: args.to,
        source: args.source,
        limit: args.limit,
        offset: args.offset,
    };
    let rows = store.articles(&filter)?;
    let mut out = std::io::stdout().lock();
    for r in &rows {
        if args.json {
            serde_json::to_writer(&mut out, r)?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{}  {:10}  {:>2} seen  {}",
                r.id,
                r.published.as_deref().unwrap_or("-"),
                r.sightings,
                r.headline
            )?;
        }
    }
    Ok(Status::Complete)
}

pub fn search(db: &Path, args: SearchArgs) -> anyhow::Result<Status> {
    let store = open(db)?;
    let hits = store.search(&args.query, args.limit)?;
    let mut out = std::io::stdout().lock();
    if !args.json && hits.is_empty() {
        writeln!(out, "no match for {:?}", args.query)?;
    }
    let bold = std::io::IsTerminal::is_terminal(&std::io::stdout());
    for h in &hits {
        if args.json {
            let mut h = h.clone();
            h.snippet = highlight(&h.snippet, "**", "**");
            serde_json::to_writer(&mut out, &h)?;
            writeln!(out)?;
        } else {
            writeln!(out, "{}  {:.2}  {}", h.id, h.score, h.headline)?;
            let snippet = if bold {
                highlight(&h.snippet, "\x1b[1m", "\x1b[0m")
            } else {
                highlight(&h.snippet, "[", "]")
            };
            writeln!(out, "    {snippet}")?;
        }
    }
    Ok(Status::Complete)
}

/// Turn the store's match markers into `start` / `end`.
fn highlight(snippet: &str, start: &str, end: &str) -> String {
    snippet
        .replace(dyad_store::HIGHLIGHT_START, start)
        .replace(dyad_store::HIGHLIGHT_END, end)
}

pub fn show(db: &Path, args: ShowArgs) -> anyhow::Result<Status> {
    let store = open(db)?;
    let article = store
        .article(&args.id)?
        .with_context(|| format!("no article with id {:?} in {}", args.id, db.display()))?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &article)?;
        writeln!(out)?;
    } else {
        crate::render::article_full(&mut out, &article)?;
    }
    Ok(Status::Complete)
}

pub fn actors(db: &Path, args: ActorsArgs) -> anyhow::Result<Status> {
    let store = open(db)?;
    let actors = store.actors()?;
    let mut out = std::io::stdout().lock();
    for a in actors.iter().take(args.limit) {
        if args.json {
            serde_json::to_writer(&mut out, a)?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{:>6}  {:3} {:4} {}",
                a.mentions,
                a.code,
                a.sector.as_deref().unwrap_or("-"),
                a.name
            )?;
        }
    }
    Ok(Status::Complete)
}
