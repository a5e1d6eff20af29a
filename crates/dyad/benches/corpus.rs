//! Corpus benchmark: the BBC corpus (../shared/corpora/bbc, 2,225 articles)
//! through Dyad on one core, reporting articles/s per stage and peak RSS.
//!
//! Run: `cargo bench -p dyad --bench corpus` (add `-- PATH` for another corpus).
//! Each stage reports wall time and the CPU time of this thread (from
//! /proc/thread-self/schedstat); on a shared machine the CPU figure is the
//! steadier one.
//! Stages measured, each over the whole corpus:
//!   read+segment     files -> documents -> articles
//!   +dedup+store     fingerprints and SQLite ingest (no annotation), the backbone
//!   annotate         actors, events, quotes, dates (no store)
//!   full pipeline    read, annotate, dedup, store

use dyad::pipeline::Pipeline;
use dyad_core::dedup::Fingerprint;
use dyad_core::{Article, Document};
use dyad_io::{Format, SourceItem};
use dyad_store::Store;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    let corpus = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/bbc")
        });
    assert!(corpus.exists(), "corpus not found: {}", corpus.display());
    let dir = tempfile::tempdir().expect("temp dir");

    let start = Clock::now();
    let t = start;
    let documents: Vec<Document> =
        dyad_io::read_inputs(std::slice::from_ref(&corpus), Format::Auto)
            .filter_map(|item| match item {
                SourceItem::Document(d) => Some(d),
                _ => None,
            })
            .collect();
    let articles: Vec<Article> = documents
        .iter()
        .flat_map(dyad_core::segment::articles)
        .collect();
    report("read+segment", articles.len(), t);

    let t = Clock::now();
    let mut store = Store::open(&dir.path().join("backbone.db")).expect("store");
    let items: Vec<(Article, Fingerprint)> = articles
        .iter()
        .map(|a| (a.clone(), Fingerprint::of(a)))
        .collect();
    for chunk in items.chunks(256) {
        store.ingest_batch(chunk).expect("ingest");
    }
    report("dedup+store", articles.len(), t);
    report(
        "backbone: read, segment, dedup, store",
        articles.len(),
        start,
    );

    let pipeline = Pipeline::builtin();
    let t = Clock::now();
    let annotated: usize = documents
        .iter()
        .map(|d| pipeline.process(d).articles.len())
        .sum();
    report("annotate (segment, actors, events, dates)", annotated, t);

    let t = Clock::now();
    let mut store = Store::open(&dir.path().join("full.db")).expect("store");
    let mut n = 0;
    for batch in documents.chunks(256) {
        let items: Vec<(Article, Fingerprint)> = batch
            .iter()
            .flat_map(|d| pipeline.process(d).articles)
            .collect();
        n += items.len();
        store.ingest_batch(&items).expect("ingest");
    }
    report(
        "full pipeline (read excluded, annotate, dedup, store)",
        n,
        t,
    );
    println!(
        "stored {} unique articles; peak RSS {}",
        store.count_articles().expect("count"),
        peak_rss()
    );
}

/// Wall time and this thread's CPU time at one moment.
#[derive(Clone, Copy)]
struct Clock {
    wall: Instant,
    cpu: Option<Duration>,
}

impl Clock {
    fn now() -> Clock {
        Clock {
            wall: Instant::now(),
            cpu: thread_cpu_time(),
        }
    }
}

/// CPU time of the calling thread so far (Linux), if known.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

fn report(stage: &str, n: usize, t: Clock) {
    let s = t.wall.elapsed().as_secs_f64();
    let cpu = t
        .cpu
        .zip(thread_cpu_time())
        .map(|(from, to)| to.saturating_sub(from).as_secs_f64());
    let cpu_rate = cpu.map_or_else(|| "unknown".to_string(), |c| format!("{:.0}", n as f64 / c));
    println!(
        "{stage:55} {n:6} articles {s:8.3} s {:10.0} articles/s  cpu {:6.3} s {cpu_rate:>7} articles/cpu-s",
        n as f64 / s,
        cpu.unwrap_or(f64::NAN),
    );
}

/// Peak resident set size from /proc (Linux), or "unknown".
fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l["VmHWM:".len()..].trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}
