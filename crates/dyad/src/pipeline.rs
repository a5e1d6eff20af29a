//! The annotation pipeline: one document in, finished article records out.
//!
//! Stages run in DESIGN §1 order, each a pure function of the crate that owns
//! it. The pipeline holds only read-only dictionaries, so documents can be
//! processed in parallel.

use dyad_actors::ActorDictionary;
use dyad_coder::EventLexicon;
use dyad_core::dedup::Fingerprint;
use dyad_core::{Article, Document};

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
    /// fingerprint.
    #[must_use]
    pub fn process(&self, document: &Document) -> Vec<(Article, Fingerprint)> {
        let mut articles = dyad_core::segment::articles(document);
        dyad_dates::infer_publication_dates(&mut articles);
        articles
            .into_iter()
            .map(|mut article| {
                let fingerprint = Fingerprint::of(&article);
                self.annotate(&mut article);
                (article, fingerprint)
            })
            .collect()
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
