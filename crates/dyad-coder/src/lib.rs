//! dyad-coder: political events in the PLOVER ontology, with CAMEO codes,
//! Goldstein values and quad classes, and direct quotes with their speakers.
//!
//! The coder is rule-based and data-driven: `data/coder/events.tsv` maps
//! trigger patterns ("held .. talks", "designate X ... terrorist") to PLOVER
//! types, modes and CAMEO codes; `data/coder/cameo.tsv` gives each CAMEO code
//! its Goldstein value. For each sentence (see [`sentences`]) the coder finds
//! the triggers, then the source (the clause subject, a passive's "by" agent,
//! or the sentence's speaker) and the target (the pattern's `X`, or the first
//! actor after the trigger), from the actor mentions that `dyad-actors` put
//! on the article. Negation and certainty are recorded, never used to drop
//! an event. Dates and locations are filled by later pipeline stages.

mod anaphora;
mod cameo;
mod clause;
mod code;
mod lexicon;
mod pairs;
mod quotes;
mod sentences;
mod tokens;

use dyad_actors::ActorDictionary;
use dyad_core::Article;

pub use cameo::{cameo_info, quad_class, CameoInfo};
pub use lexicon::{parse_type, EventLexicon};
pub use pairs::PairRecord;
pub use quotes::quotes;
pub use sentences::sentences;

/// Errors of the coder's data files.
#[derive(Debug, thiserror::Error)]
pub enum CoderError {
    #[error("event lexicon line {line}: {message}")]
    Lexicon { line: usize, message: String },
    #[error("pair model line {line}: {message}")]
    PairModel { line: usize, message: String },
}

/// Code `article`'s events and quotes in place (its actor mentions must be
/// annotated first). Existing events and quotes are replaced.
pub fn code(article: &mut Article, lexicon: &EventLexicon, actors: &ActorDictionary) {
    code::code_events(article, lexicon, actors, None);
    article.quotes = quotes::quotes(article);
}

/// The candidate actor pairs of `article`'s sentences with their features,
/// as the pair model sees them (the article is coded again on a copy).
#[must_use]
pub fn pair_features(
    article: &Article,
    lexicon: &EventLexicon,
    actors: &ActorDictionary,
) -> Vec<PairRecord> {
    let mut copy = article.clone();
    let mut records = Vec::new();
    code::code_events(&mut copy, lexicon, actors, Some(&mut records));
    records
}
