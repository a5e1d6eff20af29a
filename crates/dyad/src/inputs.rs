//! Reading inputs for the commands: documents in chunks, with every error and
//! warning printed (naming the file and record) and counted, never fatal.

use dyad::pipeline::Processed;
use dyad_core::dedup::Fingerprint;
use dyad_core::{Article, Document};
use dyad_io::{Format, SourceItem};
use indicatif::ProgressBar;
use std::path::PathBuf;

/// What reading the inputs came to.
#[derive(Debug, Default, Clone, Copy)]
pub struct InputReport {
    pub documents: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// Documents from the inputs, a chunk at a time.
pub struct Inputs {
    items: Box<dyn Iterator<Item = SourceItem>>,
    progress: ProgressBar,
    pub report: InputReport,
}

impl Inputs {
    pub fn open(paths: &[PathBuf], format: Format, progress: ProgressBar) -> Inputs {
        Inputs {
            items: Box::new(dyad_io::read_inputs(paths, format)),
            progress,
            report: InputReport::default(),
        }
    }

    /// The articles of processed documents, in order; the articles
    /// annotation failed on are reported and counted like read errors (they
    /// stay in, without annotations).
    pub fn annotated(&mut self, processed: Vec<Processed>) -> Vec<(Article, Fingerprint)> {
        let mut articles = Vec::new();
        for p in processed {
            for failure in p.failures {
                self.report.errors += 1;
                self.progress.suspend(|| eprintln!("error: {failure}"));
            }
            articles.extend(p.articles);
        }
        articles
    }

    /// Up to `n` documents; empty when the inputs are exhausted.
    pub fn next_chunk(&mut self, n: usize) -> Vec<Document> {
        let mut chunk = Vec::with_capacity(n);
        for item in self.items.by_ref() {
            match item {
                SourceItem::Document(d) => {
                    self.report.documents += 1;
                    chunk.push(d);
                    if chunk.len() == n {
                        break;
                    }
                }
                SourceItem::Warning(w) => {
                    self.report.warnings += 1;
                    self.progress.suspend(|| eprintln!("warning: {w}"));
                }
                SourceItem::Error(e) => {
                    self.report.errors += 1;
                    self.progress.suspend(|| eprintln!("error: {e}"));
                }
            }
        }
        chunk
    }
}

/// A spinner counting documents on stderr, hidden when quiet or not a terminal.
pub fn progress_bar(quiet: bool, what: &'static str) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} {msg} [{elapsed}] {per_sec}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.set_message(what);
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}
