//! `dyad ingest`: inputs into the store, deduplicated and annotated.

use super::Status;
use crate::inputs::{progress_bar, Inputs};
use anyhow::Context;
use dyad::pipeline::Pipeline;
use dyad_store::{IngestOutcome, Store};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Documents processed in parallel between two store transactions.
const CHUNK: usize = 256;

#[derive(clap::Args)]
pub struct Args {
    /// Files, folders (read recursively) or `-` for stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Input format; detected from content by default.
    #[arg(long, default_value = "auto", value_parser = super::parse_format)]
    format: dyad_io::Format,
}

#[derive(Debug, Default)]
struct Tally {
    new: usize,
    exact: usize,
    near: usize,
    already: usize,
}

pub fn run(db: &Path, quiet: bool, args: Args) -> anyhow::Result<Status> {
    let mut store =
        Store::open(db).with_context(|| format!("cannot open the store {}", db.display()))?;
    let pipeline = Pipeline::builtin();
    let progress = progress_bar(quiet, "documents");
    let mut inputs = Inputs::open(&args.paths, args.format, progress.clone());
    let mut tally = Tally::default();
    loop {
        let chunk = inputs.next_chunk(CHUNK);
        if chunk.is_empty() {
            break;
        }
        let n = chunk.len() as u64;
        let processed: Vec<_> = chunk.par_iter().map(|d| pipeline.process(d)).collect();
        let items = inputs.annotated(processed);
        let outcomes = store
            .ingest_batch(&items)
            .with_context(|| format!("writing to the store {}", db.display()))?;
        for outcome in outcomes {
            match outcome {
                IngestOutcome::New { .. } => tally.new += 1,
                IngestOutcome::Duplicate { near: None, .. } => tally.exact += 1,
                IngestOutcome::Duplicate { near: Some(_), .. } => tally.near += 1,
                IngestOutcome::AlreadySeen { .. } => tally.already += 1,
            }
        }
        progress.inc(n);
    }
    progress.finish_and_clear();
    let report = inputs.report;
    if !quiet {
        eprintln!(
            "documents read {}; articles new {}, duplicate {} (exact {}, near {}), already stored {}; errors {}, warnings {}; store {}",
            report.documents,
            tally.new,
            tally.exact + tally.near,
            tally.exact,
            tally.near,
            tally.already,
            report.errors,
            report.warnings,
            db.display()
        );
    }
    Ok(Status::from_errors(report.errors))
}
