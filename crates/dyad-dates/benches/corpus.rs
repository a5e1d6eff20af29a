//! Throughput of date finding and publication date inference over the BBC
//! corpus in ../shared/corpora/bbc: `cargo bench -p dyad-dates --bench corpus`.

use dyad_core::document::{Content, Document};
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
        } else if path.extension().is_some_and(|e| e == "txt")
            && path.file_name().is_some_and(|n| n != "README.TXT")
        {
            out.push(path);
        }
    }
}

fn main() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/bbc");
    let mut files = Vec::new();
    text_files(&corpus, &mut files);
    if files.is_empty() {
        eprintln!(
            "note: no corpus at {}, nothing to measure",
            corpus.display()
        );
        return;
    }
    let documents: Vec<Document> = files
        .iter()
        .filter_map(|path| {
            Some(Document {
                source: path.display().to_string(),
                position: 0,
                content: Content::Text(std::fs::read_to_string(path).ok()?),
            })
        })
        .collect();
    let segmented: Vec<Vec<dyad_core::Article>> =
        documents.iter().map(dyad_core::segment::articles).collect();
    let articles: usize = segmented.iter().map(Vec::len).sum();
    let bytes: usize = segmented
        .iter()
        .flatten()
        .map(|a| a.paragraphs.iter().map(String::len).sum::<usize>())
        .sum();

    let rounds = 5;
    let (mut mentions, mut dated) = (0, 0);
    let start = Instant::now();
    for _ in 0..rounds {
        for document in &segmented {
            let mut document = document.clone();
            for article in &document {
                for paragraph in &article.paragraphs {
                    mentions += dyad_dates::find_dates(paragraph).len();
                }
            }
            dyad_dates::infer_publication_dates(&mut document);
            for article in &mut document {
                dyad_dates::date_events(article);
            }
            dated += document.iter().filter(|a| a.published.is_some()).count();
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let per_second = (articles * rounds) as f64 / seconds;
    println!(
        "{articles} articles ({:.1} MB) x {rounds}: {seconds:.2} s, {per_second:.0} articles/s, {:.1} MB/s; {} mentions and {} dated articles per round",
        bytes as f64 / 1e6,
        (bytes * rounds) as f64 / 1e6 / seconds,
        mentions / rounds,
        dated / rounds
    );
}
