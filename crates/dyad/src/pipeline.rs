//! The annotation pipeline: one document in, finished article records out.
//!
//! Stages run in DESIGN §1 order, each a pure function of the crate that owns
//! it. The pipeline holds only read-only dictionaries, so documents can be
//! processed in parallel.

use dyad_actors::ActorDictionary;
use dyad_coder::EventLexicon;
use dyad_core::dedup::Fingerprint;
use dyad_core::{Article, Document};

/// A document's annotated articles, and the articles annotation failed on.
pub struct Processed {
    pub articles: Vec<(Article, Fingerprint)>,
    pub failures: Vec<AnnotationFailure>,
}

/// An article whose annotation failed: where it is, and why.
#[derive(Debug)]
pub struct AnnotationFailure {
    pub source: String,
    pub position: usize,
    pub headline: String,
    pub message: String,
}

impl std::fmt::Display for AnnotationFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} record {} (\"{}\"): annotation failed ({}); the article is kept without actors or events",
            self.source, self.position, self.headline, self.message
        )
    }
}

/// Read-only dictionaries shared by every document.
pub struct Pipeline {
    actors: ActorDictionary,
    events: EventLexicon,
}

impl Pipeline {
    /// The pipeline with Dyad's built-in dictionaries.
    #[must_use]
    pub fn builtin() -> Pipeline {
        let pipeline = Pipeline {
            actors: ActorDictionary::builtin(),
            events: EventLexicon::builtin(),
        };
        pipeline.warm_up();
        pipeline
    }

    /// Run every stage once on a short made-up article, so that the tables
    /// and patterns the stages compile on first use (the office-holder
    /// table of date inference, the regexes of dates, quotes and actors) are
    /// built here, once, and not inside the first document processed.
    fn warm_up(&self) {
        let mut articles = [Article {
            headline: "President Jane Doe condemns attack".to_string(),
            paragraphs: vec![
                "President Jane Doe of France said on Monday, 3 March 2025, that \"the attack was \
                 wrong\" and condemned Germany."
                    .to_string(),
            ],
            ..Article::default()
        }];
        dyad_dates::infer_publication_dates(&mut articles);
        for article in &mut articles {
            let _ = Fingerprint::of(article);
            self.annotate(article);
        }
    }

    /// Segment and annotate one document; each article comes with its dedup
    /// fingerprint. An article a stage fails on (a bug, caught here) is kept
    /// with its text and without annotations, and reported in `failures`,
    /// so the rest of the batch goes on.
    #[must_use]
    pub fn process(&self, document: &Document) -> Processed {
        let mut articles = dyad_core::segment::articles(document);
        dyad_dates::infer_publication_dates(&mut articles);
        let mut failures = Vec::new();
        let articles = articles
            .into_iter()
            .map(|mut article| {
                let fingerprint = Fingerprint::of(&article);
                if let Err(message) = guarded(&mut article, |a| self.annotate(a)) {
                    failures.push(AnnotationFailure {
                        source: document.source.clone(),
                        position: article.sightings.first().map_or(0, |s| s.position),
                        headline: article.headline.clone(),
                        message,
                    });
                }
                (article, fingerprint)
            })
            .collect();
        Processed { articles, failures }
    }

    /// The pair model's candidate actor pairs of an annotated article, with
    /// their features.
    #[must_use]
    pub fn pair_features(&self, article: &Article) -> Vec<dyad_coder::PairRecord> {
        dyad_coder::pair_features(article, &self.events, &self.actors)
    }

    fn annotate(&self, article: &mut Article) {
        dyad_actors::annotate(article, &self.actors);
        dyad_coder::code(article, &self.events, &self.actors);
        dyad_dates::date_events(article);
        dyad_actors::locate_events(article, &self.actors);
    }
}

/// Run the annotation `stages` on the article with a panic caught: the
/// article keeps its text without annotations (the stages fill only those,
/// so nothing is copied beforehand) and the panic's message is returned.
fn guarded(article: &mut Article, stages: impl FnOnce(&mut Article)) -> Result<(), String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stages(article))).map_err(|payload| {
        article.clear_annotations();
        payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_stage_leaves_the_text_without_annotations() {
        let mut article = Article {
            headline: "Talks resume".to_string(),
            paragraphs: vec!["Envoys met in Geneva.".to_string()],
            ..Article::default()
        };
        let error = guarded(&mut article, |a| {
            a.mentions.push(dyad_core::Mention {
                text: "Geneva".to_string(),
                kind: dyad_core::MentionKind::Place,
                paragraph: 0,
                start: 14,
                end: 20,
                actor: None,
            });
            panic!("index out of range at token 27");
        })
        .unwrap_err();
        assert_eq!(error, "index out of range at token 27");
        assert!(article.mentions.is_empty());
        assert_eq!(
            article.paragraphs,
            vec!["Envoys met in Geneva.".to_string()]
        );
        let fine = guarded(&mut article, |a| a.headline.push('!'));
        assert!(fine.is_ok());
        assert_eq!(article.headline, "Talks resume!");
    }
}
