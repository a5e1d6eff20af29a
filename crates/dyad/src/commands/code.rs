//! `dyad code`: article records to stdout, deduplicated, without a store.

use super::Status;
use crate::inputs::{progress_bar, InputReport, Inputs};
use dyad::pipeline::Pipeline;
use dyad_core::dedup::{article_id, DuplicateIndex};
use dyad_core::Article;
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Files, folders (read recursively) or `-` for stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Print one JSON article record a line (DESIGN §3) instead of a summary.
    #[arg(long)]
    json: bool,
    /// Print the pair model's candidate actor pairs with their features, one
    /// JSON line each, instead of the records (what `tools/train_pairs.py`
    /// trains on).
    #[arg(long, conflicts_with = "json")]
    pair_features: bool,
    /// Input format; detected from content by default.
    #[arg(long, default_value = "auto", value_parser = super::parse_format)]
    format: dyad_io::Format,
}

pub fn run(quiet: bool, args: Args) -> anyhow::Result<Status> {
    let (articles, report) = collect(&args.paths, args.format, quiet);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // `collect` built its own pipeline; the feature listing needs one too.
    let pipeline = args.pair_features.then(Pipeline::builtin);
    for article in &articles {
        if let Some(pipeline) = &pipeline {
            for pair in pipeline.pair_features(article) {
                let line = serde_json::json!({
                    "headline": article.headline,
                    "paragraph": pair.paragraph,
                    "sentence": pair.sentence,
                    "source": pair.source,
                    "target": pair.target,
                    "features": pair.features,
                });
                serde_json::to_writer(&mut out, &line)?;
                writeln!(out)?;
            }
        } else if args.json {
            serde_json::to_writer(&mut out, article)?;
            writeln!(out)?;
        } else {
            crate::render::article_summary(&mut out, article)?;
        }
    }
    out.flush()?;
    Ok(Status::from_errors(report.errors))
}

/// Every article of the inputs, annotated and deduplicated in memory: a
/// duplicate adds its sightings to the first article seen.
pub fn collect(
    paths: &[PathBuf],
    format: dyad_io::Format,
    quiet: bool,
) -> (Vec<Article>, InputReport) {
    let pipeline = Pipeline::builtin();
    let progress = progress_bar(quiet, "documents");
    let mut inputs = Inputs::open(paths, format, progress.clone());
    let mut index = DuplicateIndex::new();
    let mut articles: Vec<Article> = Vec::new();
    let mut position: HashMap<String, usize> = HashMap::new();
    loop {
        let chunk = inputs.next_chunk(64);
        if chunk.is_empty() {
            break;
        }
        let processed: Vec<_> = chunk.par_iter().map(|d| pipeline.process(d)).collect();
        for (article, fingerprint) in inputs.annotated(processed) {
            match index.find(&fingerprint) {
                Some(duplicate) => {
                    if let Some(&i) = position.get(&duplicate.of().0) {
                        articles[i].sightings.extend(article.sightings);
                    }
                }
                None => {
                    let id = article_id(fingerprint.exact);
                    index.insert(id.clone(), &fingerprint);
                    position.insert(id.0, articles.len());
                    articles.push(article);
                }
            }
        }
        progress.inc(chunk.len() as u64);
    }
    progress.finish_and_clear();
    (articles, inputs.report)
}
