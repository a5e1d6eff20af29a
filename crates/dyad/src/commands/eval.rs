//! `dyad eval`: run Dyad on inputs and score the records against a gold file.

use super::Status;
use anyhow::Context;
use dyad::eval::{evaluate, GoldFile};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Gold annotation file(s) (dyad-gold/1 JSON); repeat for several.
    #[arg(long, required = true)]
    gold: Vec<PathBuf>,
    /// Inputs to run Dyad on: files, folders or `-`.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Print the whole report as JSON.
    #[arg(long)]
    json: bool,
    /// Also list missing articles, wrong dates, and false positive / negative events.
    #[arg(long)]
    verbose: bool,
    /// Input format; detected from content by default.
    #[arg(long, default_value = "auto", value_parser = super::parse_format)]
    format: dyad_io::Format,
}

pub fn run(quiet: bool, args: Args) -> anyhow::Result<Status> {
    let mut gold = Vec::new();
    for path in &args.gold {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read gold file {}", path.display()))?;
        let file: GoldFile = serde_json::from_str(&text)
            .with_context(|| format!("{} is not a dyad-gold/1 file", path.display()))?;
        gold.extend(file.articles);
    }
    let (articles, inputs) = super::code::collect(&args.paths, args.format, quiet);
    let report = evaluate(&gold, &articles);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        if args.verbose {
            for line in &report.details {
                println!("{line}");
            }
            println!();
        }
        print!("{}", report.summary());
    }
    Ok(Status::from_errors(inputs.errors))
}
