//! Annotation throughput on the BBC corpus (../shared/corpora/bbc/**/*.txt:
//! headline on the first line, then paragraphs separated by blank lines).
//! Builds the dictionary once, annotates every article single-threaded and
//! prints articles per second. Target: >= 5,000 articles/s on one core.
//!
//!     cargo bench -p dyad-actors --bench annotate

use dyad_actors::{annotate, ActorDictionary};
use dyad_core::Article;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn text_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            text_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

fn article(text: &str) -> Article {
    let mut lines = text.splitn(2, '\n');
    let headline = lines.next().unwrap_or("").trim().to_string();
    let paragraphs = lines
        .next()
        .unwrap_or("")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    Article {
        headline,
        paragraphs,
        ..Article::default()
    }
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/bbc");
    let mut files = Vec::new();
    text_files(&dir, &mut files);
    files.sort();
    let articles: Vec<Article> = files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| article(&String::from_utf8_lossy(&b)))
        .collect();
    if articles.is_empty() {
        eprintln!("no articles under {}: nothing to measure", dir.display());
        return;
    }
    let t = Instant::now();
    let dict = ActorDictionary::builtin();
    println!(
        "dictionary built in {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    let bytes: usize = articles.iter().map(|a| a.body().len()).sum();
    let mut best = f64::MAX;
    let mut mentions = 0;
    let mut people = 0;
    for _ in 0..3 {
        let mut batch = articles.clone();
        let t = Instant::now();
        for a in &mut batch {
            annotate(a, &dict);
        }
        best = best.min(t.elapsed().as_secs_f64());
        mentions = batch.iter().map(|a| a.mentions.len()).sum();
        people = batch.iter().map(|a| a.people.len()).sum();
    }
    println!(
        "annotate: {} articles ({:.1} MB) in {:.3} s = {:.0} articles/s, {:.1} MB/s ({} mentions, {} people)",
        articles.len(),
        bytes as f64 / 1e6,
        best,
        articles.len() as f64 / best,
        bytes as f64 / 1e6 / best,
        mentions,
        people
    );
}
