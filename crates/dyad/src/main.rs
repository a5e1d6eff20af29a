//! `dyad`: turn raw news into a political event database.
//!
//! The binary only parses arguments, wires library calls together and prints;
//! the work lives in the `dyad-*` crates (see ARCHITECTURE.md).

mod commands;
mod inputs;

mod render;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit code when some inputs could not be read but the rest were processed.
pub const EXIT_PARTIAL_FAILURE: u8 = 3;

#[derive(Parser)]
#[command(
    name = "dyad",
    version,
    about = "Turn raw news into a political event database: who did what to whom, when and where."
)]
struct Cli {
    /// The SQLite store.
    #[arg(long, global = true, env = "DYAD_DB", default_value = "dyad.db")]
    db: PathBuf,
    /// Print only errors (no progress bar, no summary).
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read inputs, annotate them and add them to the store (idempotent).
    Ingest(commands::ingest::Args),
    /// Print article records (deduplicated) without a store.
    Code(commands::code::Args),
    /// Report exact and near-duplicate articles among inputs, without a store.
    Dedup(commands::dedup::Args),
    /// Score Dyad's output on inputs against a gold annotation file.
    Eval(commands::eval::Args),
    /// List stored articles, newest first.
    Articles(commands::query::ArticlesArgs),
    /// Full-text search over stored headlines and bodies.
    Search(commands::query::SearchArgs),
    /// Show one stored article.
    Show(commands::query::ShowArgs),
    /// List stored actors with their mention counts.
    Actors(commands::query::ActorsArgs),
    /// Serve the HTTP API and web UI over the store (on 127.0.0.1:8080 unless --addr).
    Serve(commands::serve::Args),
    /// List grouped events (filters: actor, dyad, type, quad, dates, certainty).
    Events(commands::analytics::EventsArgs),
    /// Event counts per directed pair of actors (and per period with --by).
    Dyads(commands::analytics::DyadsArgs),
    /// Events per period for an actor or a pair A:B, as a chart, CSV or JSON.
    Timeline(commands::analytics::TimelineArgs),
    /// Export events as GDELT 2.0, PLOVER, Parquet, or the actor network as GraphML, GEXF, CSV.
    Export(commands::export::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("DYAD_LOG").unwrap_or_else(|_| {
                tracing_subscriber::EnvFilter::new("warn,html5ever=error,selectors=error")
            }),
        )
        .with_writer(std::io::stderr)
        .init();
    let outcome = match cli.command {
        Command::Ingest(args) => commands::ingest::run(&cli.db, cli.quiet, args),
        Command::Code(args) => commands::code::run(cli.quiet, args),
        Command::Dedup(args) => commands::dedup::run(cli.quiet, args),
        Command::Eval(args) => commands::eval::run(cli.quiet, args),
        Command::Articles(args) => commands::query::articles(&cli.db, args),
        Command::Search(args) => commands::query::search(&cli.db, args),
        Command::Show(args) => commands::query::show(&cli.db, args),
        Command::Actors(args) => commands::query::actors(&cli.db, args),
        Command::Serve(args) => commands::serve::run(&cli.db, args),
        Command::Events(args) => commands::analytics::events(&cli.db, args),
        Command::Dyads(args) => commands::analytics::dyads(&cli.db, args),
        Command::Timeline(args) => commands::analytics::timeline(&cli.db, args),
        Command::Export(args) => commands::export::run(&cli.db, cli.quiet, args),
    };
    match outcome {
        Ok(commands::Status::Complete) => ExitCode::SUCCESS,
        Ok(commands::Status::PartialFailure) => ExitCode::from(EXIT_PARTIAL_FAILURE),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
