//! dyad-actors: who and where in an article.
//!
//! * [`ActorDictionary`] holds the compiled actor data (countries, demonyms,
//!   metonyms, organisations, places, roles, group nouns, prominent people,
//!   gazetteer) from `data/actors/` (module `data`, `dictionary`).
//! * [`annotate`] fills an article's `mentions` and `people`: dictionary
//!   matching and tokens (`detect`), persons found from context (`people`),
//!   organisation and group patterns (`orgs`), metonyms, short references and
//!   overlap resolution (`resolve`).
//! * [`locate_events`] gives events a location from their sentence (`places`).

mod data;
mod detect;
mod dictionary;
mod orgs;
mod people;
mod places;
mod resolve;

pub use dictionary::ActorDictionary;
pub use places::{locate_events, sentence_location};

use detect::Analysis;
use dyad_core::Article;
use people::People;

/// Errors from loading actor data.
#[derive(Debug, thiserror::Error)]
pub enum ActorsError {
    /// A line of an actor TSV could not be read.
    #[error("actor TSV line {line}: {reason}")]
    BadLine { line: usize, reason: String },
    /// The matcher could not be built from the surfaces.
    #[error("cannot build the actor matcher: {0}")]
    Automaton(String),
}

/// Fill `article.mentions` (paragraphs only, byte offsets into each paragraph)
/// and `article.people` (one per distinct person, from captions and paragraphs).
pub fn annotate(article: &mut Article, dict: &ActorDictionary) {
    let captions: Vec<Analysis<'_>> = article
        .captions
        .iter()
        .map(|c| Analysis::new(&c.text, dict))
        .collect();
    let paragraphs: Vec<Analysis<'_>> = article
        .paragraphs
        .iter()
        .map(|p| Analysis::new(p, dict))
        .collect();
    let headline_text = matchable_headline(&article.headline);
    let headline = Analysis::new(&headline_text, dict);
    let mut all: Vec<&Analysis<'_>> = Vec::with_capacity(paragraphs.len() + captions.len() + 1);
    all.push(&headline);
    all.extend(captions.iter());
    all.extend(paragraphs.iter());
    let dominant = resolve::dominant_country(
        &all,
        dict,
        article
            .paragraphs
            .first()
            .and_then(|p| resolve::dateline_country(p, dict)),
    );

    let mut people = People::new(dominant.clone());
    for c in &captions {
        people.detect(c, dict);
    }
    let spans: Vec<Vec<people::PersonSpan>> =
        paragraphs.iter().map(|p| people.detect(p, dict)).collect();

    let mut mentions = Vec::new();
    let mut orgs_so_far = Vec::new();
    for (i, (a, person_spans)) in paragraphs.iter().zip(&spans).enumerate() {
        let org_candidates = orgs::org_patterns(a, dict, dominant.as_deref());
        let group_candidates = orgs::groups(a, dict, dominant.as_deref());
        mentions.extend(resolve::paragraph_mentions(
            a,
            i,
            dict,
            &people,
            person_spans,
            org_candidates,
            group_candidates,
            &mut orgs_so_far,
        ));
    }
    let found: Vec<dyad_core::Person> = people.found.into_iter().map(|f| f.person).collect();
    drop(paragraphs);
    drop(captions);
    drop(headline);
    article.mentions = mentions;
    article.people = found;
}

/// A headline in capitals ("SUDANESE ARMY OVERTHROWS MAHDI GOVERNMENT", as
/// wire copy has them) in title case, so the dictionary finds its names;
/// short words and dotted acronyms ("U.S.", "EC", "PLO") stay as they are.
fn matchable_headline(headline: &str) -> std::borrow::Cow<'_, str> {
    let letters = headline.chars().filter(char::is_ascii_alphabetic).count();
    let capitals = headline.chars().filter(char::is_ascii_uppercase).count();
    if letters < 8 || capitals * 10 < letters * 8 {
        return std::borrow::Cow::Borrowed(headline);
    }
    let words: Vec<String> = headline
        .split(' ')
        .map(|w| {
            if w.len() <= 3 || w.contains('.') {
                return w.to_string();
            }
            let mut out = String::with_capacity(w.len());
            for (i, c) in w.chars().enumerate() {
                let after_letter = i > 0 && w.chars().nth(i - 1).is_some_and(char::is_alphabetic);
                out.push(if after_letter {
                    c.to_ascii_lowercase()
                } else {
                    c
                });
            }
            out
        })
        .collect();
    std::borrow::Cow::Owned(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capital_headlines_are_matched_in_title_case() {
        assert_eq!(
            matchable_headline("SUDANESE ARMY OVERTHROWS MAHDI GOVERNMENT, U.S. SAYS"),
            "Sudanese Army Overthrows Mahdi Government, U.S. Says"
        );
        assert_eq!(matchable_headline("Iran warns EU"), "Iran warns EU");
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let dict = ActorDictionary::builtin();
        let texts = [
            "",
            " ",
            "'",
            "’s",
            "President",
            "President ,",
            "the spokesman",
            "Iran's",
            "Mr.",
            "U.S.",
            "Foreign Minister of",
            "Prime Minister Jean-",
            "said ,",
            "Ahmed Hassan, 54,",
            "Ministry of",
            "The Special Representative of the Chinese Government on Eurasian Affairs,",
            "\u{feff}Émile Zola — « Paris » ‘quoted’ 東京 Москва",
            "A. B. C. D. E.",
            "Kyiv-Moscow-Beijing-Washington",
            "al- bin de van",
        ];
        for t in texts {
            let mut article = Article {
                headline: t.to_string(),
                paragraphs: vec![t.to_string(), format!("{t} {t}")],
                captions: vec![dyad_core::Caption {
                    text: t.to_string(),
                    credit: None,
                    archive: false,
                }],
                ..Article::default()
            };
            annotate(&mut article, &dict);
            for m in &article.mentions {
                let p = &article.paragraphs[m.paragraph];
                assert_eq!(&p[m.start..m.end], m.text);
            }
        }
    }

    #[test]
    fn people_are_deduplicated_and_short_forms_link() {
        let dict = ActorDictionary::builtin();
        let mut article = Article {
            paragraphs: vec![
                "Estonian Prime Minister Liis Vahter met German Chancellor Anton Berger in Tallinn.".into(),
                "Vahter said the talks were useful. Berger agreed, Vahter added.".into(),
            ],
            ..Article::default()
        };
        annotate(&mut article, &dict);
        let people: Vec<(&str, Option<&str>)> = article
            .people
            .iter()
            .map(|p| (p.name.as_str(), p.country.as_deref()))
            .collect();
        assert_eq!(
            people,
            vec![("Liis Vahter", Some("EST")), ("Anton Berger", Some("DEU"))]
        );
        let short: Vec<_> = article
            .mentions
            .iter()
            .filter(|m| m.paragraph == 1 && m.kind == dyad_core::MentionKind::Person)
            .map(|m| (m.text.as_str(), m.actor.as_ref().map(|a| a.name.as_str())))
            .collect();
        assert_eq!(
            short,
            vec![
                ("Vahter", Some("Liis Vahter")),
                ("Berger", Some("Anton Berger")),
                ("Vahter", Some("Liis Vahter"))
            ]
        );
    }
}
