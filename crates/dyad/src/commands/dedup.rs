//! `dyad dedup`: which inputs are exact or near duplicates of which.
//!
//! Without a store: segments the inputs, then reports every duplicate pair
//! (LSH candidates confirmed by real Jaccard), and how many articles remain.
//! Annotation is skipped: dedup looks only at headline and body.

use super::Status;
use crate::inputs::{progress_bar, Inputs};
use dyad_core::dedup::{Duplicate, DuplicateIndex, Fingerprint};
use dyad_core::{ArticleId, Sighting};
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Files, folders (read recursively) or `-` for stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Print one JSON object a pair instead of tab-separated lines.
    #[arg(long)]
    json: bool,
    /// Print only the summary, not the pairs.
    #[arg(long)]
    summary: bool,
    /// Input format; detected from content by default.
    #[arg(long, default_value = "auto", value_parser = super::parse_format)]
    format: dyad_io::Format,
}

pub fn run(quiet: bool, args: Args) -> anyhow::Result<Status> {
    let progress = progress_bar(quiet, "documents");
    let mut inputs = Inputs::open(&args.paths, args.format, progress.clone());
    // Every article goes into the index, so pairs among duplicates count too.
    let mut index = DuplicateIndex::new();
    let mut seen: HashMap<String, Sighting> = HashMap::new();
    let (mut articles, mut exact_pairs, mut near_pairs, mut duplicates) = (0usize, 0, 0, 0);
    let mut serial = 0u64;
    loop {
        let chunk = inputs.next_chunk(256);
        if chunk.is_empty() {
            break;
        }
        for document in &chunk {
            for article in dyad_core::segment::articles(document) {
                articles += 1;
                let fingerprint = Fingerprint::of(&article);
                let here = article.sightings[0].clone();
                let matches = index.matches(&fingerprint);
                if !matches.is_empty() {
                    duplicates += 1;
                }
                for m in &matches {
                    let other = &seen[&m.of().0];
                    let (kind, similarity) = match m {
                        Duplicate::Exact { .. } => {
                            exact_pairs += 1;
                            ("exact", 1.0)
                        }
                        Duplicate::Near { jaccard, .. } => {
                            near_pairs += 1;
                            ("near", *jaccard)
                        }
                    };
                    if args.summary {
                        continue;
                    }
                    progress.suspend(|| {
                        if args.json {
                            println!(
                                "{}",
                                serde_json::json!({"kind": kind, "jaccard": similarity,
                                    "a": other, "b": here})
                            );
                        } else {
                            println!(
                                "{kind}\t{similarity:.3}\t{}#{}\t{}#{}",
                                other.source, other.position, here.source, here.position
                            );
                        }
                    });
                }
                // A key per article read, so exact copies stay distinct entries.
                serial += 1;
                let key = ArticleId(serial.to_string());
                seen.insert(key.0.clone(), here);
                index.insert(key, &fingerprint);
            }
        }
        progress.inc(chunk.len() as u64);
    }
    progress.finish_and_clear();
    if !quiet || args.summary {
        eprintln!(
            "articles {articles}; duplicates {duplicates} (unique {}); duplicate pairs {} (exact {exact_pairs}, near {near_pairs}, Jaccard >= {})",
            articles - duplicates,
            exact_pairs + near_pairs,
            dyad_core::dedup::NEAR_DUPLICATE_JACCARD
        );
    }
    Ok(Status::from_errors(inputs.report.errors))
}
