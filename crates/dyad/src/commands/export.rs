//! `dyad export`: stream a store query into one of dyad-io's export writers
//! (formats and columns in docs/exports.md).

use super::analytics::{open, FilterArgs};
use super::Status;
use anyhow::Context;
use dyad_io::export::{
    write_gexf, write_graphml, write_network_csv, GdeltEventWriter, GdeltMentionWriter,
    ParquetOptions, ParquetPartitionedWriter, PloverWriter,
};
use dyad_store::Store;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// GDELT 2.0 events (61 columns) and mentions (16 columns), tab-separated:
    /// OUT is a directory receiving dyad.export.CSV and dyad.mentions.CSV.
    Gdelt,
    /// PLOVER JSON lines: OUT is a file (`-` for stdout).
    Plover,
    /// Parquet tables events/, mentions/, articles/ (partitioned by
    /// date=YYYY-MM-DD/) and actors/: OUT is a directory.
    Parquet,
    /// The actor network as GraphML: OUT is a file (`-` for stdout).
    Graphml,
    /// The actor network as GEXF 1.2: OUT is a file (`-` for stdout).
    Gexf,
    /// The actor network as nodes.csv and edges.csv: OUT is a directory.
    Csv,
}

#[derive(clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Output file or directory (see --format).
    #[arg(long)]
    out: PathBuf,
    /// GDELT: write a header row of GDELT's column names (GDELT files have none).
    #[arg(long)]
    header: bool,
    /// Parquet: replace the tables already in OUT.
    #[arg(long)]
    force: bool,
    /// Parquet: rows per row group (also the rows buffered per open file).
    #[arg(long, default_value_t = 8192)]
    row_group_rows: usize,
    /// Parquet: date partitions written at once.
    #[arg(long, default_value_t = 32)]
    max_open_files: usize,
    #[command(flatten)]
    filter: FilterArgs,
}

/// A buffered file, or stdout for `-`.
fn create(path: &Path) -> anyhow::Result<Box<dyn Write>> {
    if path == Path::new("-") {
        return Ok(Box::new(BufWriter::new(std::io::stdout().lock())));
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let file = File::create(path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(Box::new(BufWriter::with_capacity(1 << 16, file)))
}

fn create_dir(path: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(path).with_context(|| format!("cannot create {}", path.display()))
}

/// A spinner counting rows on stderr, hidden when quiet or not a terminal.
fn progress(quiet: bool, what: &str) -> indicatif::ProgressBar {
    if quiet || !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} {msg} {pos} rows ({per_sec})")
    {
        bar.set_style(style);
    }
    bar.set_message(what.to_string());
    bar
}

pub fn run(db: &Path, quiet: bool, args: Args) -> anyhow::Result<Status> {
    let filter = args.filter.to_filter()?;
    let store = open(db)?;
    let report = match args.format {
        ExportFormat::Gdelt => gdelt(&store, &filter, &args, quiet)?,
        ExportFormat::Plover => plover(&store, &filter, &args, quiet)?,
        ExportFormat::Parquet => parquet(&store, &filter, &args, quiet)?,
        ExportFormat::Graphml | ExportFormat::Gexf | ExportFormat::Csv => {
            network(&store, &filter, &args)?
        }
    };
    if !quiet {
        eprintln!("{report}");
    }
    Ok(Status::Complete)
}

fn gdelt(
    store: &Store,
    filter: &dyad_store::EventFilter,
    args: &Args,
    quiet: bool,
) -> anyhow::Result<String> {
    create_dir(&args.out)?;
    let events_path = args.out.join("dyad.export.CSV");
    let mentions_path = args.out.join("dyad.mentions.CSV");
    let bar = progress(quiet, "events");
    let out = create(&events_path)?;
    let mut w = if args.header {
        GdeltEventWriter::with_header(out)?
    } else {
        GdeltEventWriter::new(out)
    };
    store.for_each_event(filter, |r| -> anyhow::Result<()> {
        w.write(&r)
            .with_context(|| format!("cannot write {}", events_path.display()))?;
        bar.inc(1);
        Ok(())
    })?;
    let (_, events) = w.finish()?;
    bar.finish_and_clear();
    let bar = progress(quiet, "mentions");
    let out = create(&mentions_path)?;
    let mut w = if args.header {
        GdeltMentionWriter::with_header(out)?
    } else {
        GdeltMentionWriter::new(out)
    };
    store.for_each_event_mention(filter, |m| -> anyhow::Result<()> {
        w.write(&m)
            .with_context(|| format!("cannot write {}", mentions_path.display()))?;
        bar.inc(1);
        Ok(())
    })?;
    let (_, mentions) = w.finish()?;
    bar.finish_and_clear();
    Ok(format!(
        "wrote {events} events to {} and {mentions} mentions to {}",
        events_path.display(),
        mentions_path.display()
    ))
}

fn plover(
    store: &Store,
    filter: &dyad_store::EventFilter,
    args: &Args,
    quiet: bool,
) -> anyhow::Result<String> {
    let bar = progress(quiet, "events");
    let mut w = PloverWriter::new(create(&args.out)?);
    store.for_each_event(filter, |r| -> anyhow::Result<()> {
        w.write(&r)
            .with_context(|| format!("cannot write {}", args.out.display()))?;
        bar.inc(1);
        Ok(())
    })?;
    let (_, n) = w.finish()?;
    bar.finish_and_clear();
    Ok(format!(
        "wrote {n} PLOVER records to {}",
        args.out.display()
    ))
}

/// The Parquet tables a `dyad export --format parquet` writes.
const PARQUET_TABLES: [&str; 4] = ["events", "mentions", "articles", "actors"];

fn parquet(
    store: &Store,
    filter: &dyad_store::EventFilter,
    args: &Args,
    quiet: bool,
) -> anyhow::Result<String> {
    create_dir(&args.out)?;
    for table in PARQUET_TABLES {
        let dir = args.out.join(table);
        if dir.exists() {
            anyhow::ensure!(
                args.force,
                "{} already exists: pass --force to replace the Parquet tables in {}",
                dir.display(),
                args.out.display()
            );
            std::fs::remove_dir_all(&dir)
                .with_context(|| format!("cannot remove {}", dir.display()))?;
        }
    }
    let options = ParquetOptions {
        row_group_rows: args.row_group_rows,
        max_open_files: args.max_open_files,
    };
    let mut lines = Vec::new();

    let bar = progress(quiet, "events");
    let mut w = ParquetPartitionedWriter::new(&args.out.join("events"), options)?;
    store.for_each_event(filter, |r| -> anyhow::Result<()> {
        w.write(&r)?;
        bar.inc(1);
        Ok(())
    })?;
    let s = w.finish()?;
    bar.finish_and_clear();
    lines.push(format!(
        "events: {} rows in {} partitions",
        s.rows, s.partitions
    ));

    let bar = progress(quiet, "mentions");
    let mut w = ParquetPartitionedWriter::new(&args.out.join("mentions"), options)?;
    store.for_each_event_mention(filter, |m| -> anyhow::Result<()> {
        w.write(&m)?;
        bar.inc(1);
        Ok(())
    })?;
    let s = w.finish()?;
    bar.finish_and_clear();
    lines.push(format!(
        "mentions: {} rows in {} partitions",
        s.rows, s.partitions
    ));

    let bar = progress(quiet, "articles");
    let mut w = ParquetPartitionedWriter::new(&args.out.join("articles"), options)?;
    store.for_each_article(|a| -> anyhow::Result<()> {
        w.write(&a)?;
        bar.inc(1);
        Ok(())
    })?;
    let s = w.finish()?;
    bar.finish_and_clear();
    lines.push(format!(
        "articles: {} rows in {} partitions",
        s.rows, s.partitions
    ));

    let network = store.actor_network(filter)?;
    let mut w = ParquetPartitionedWriter::new(&args.out.join("actors"), options)?;
    for n in &network.nodes {
        w.write(n)?;
    }
    let s = w.finish()?;
    lines.push(format!("actors: {} rows", s.rows));
    Ok(format!(
        "wrote Parquet tables to {}: {}",
        args.out.display(),
        lines.join("; ")
    ))
}

fn network(store: &Store, filter: &dyad_store::EventFilter, args: &Args) -> anyhow::Result<String> {
    // Edges are built one at a time from the network's compact aggregates.
    let network = store.actor_network(filter)?;
    let nodes = &network.nodes;
    let wrote = match args.format {
        ExportFormat::Graphml => {
            write_graphml(create(&args.out)?, nodes, network.edges())?;
            args.out.display().to_string()
        }
        ExportFormat::Gexf => {
            write_gexf(create(&args.out)?, nodes, network.edges())?;
            args.out.display().to_string()
        }
        _ => {
            create_dir(&args.out)?;
            let (n, e) = (args.out.join("nodes.csv"), args.out.join("edges.csv"));
            write_network_csv(create(&n)?, create(&e)?, nodes, network.edges())?;
            format!("{} and {}", n.display(), e.display())
        }
    };
    Ok(format!(
        "wrote {} actors and {} dyads to {wrote}",
        nodes.len(),
        network.edge_count()
    ))
}
