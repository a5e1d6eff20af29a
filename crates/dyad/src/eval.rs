//! Scoring Dyad's article records against a gold annotation file
//! (`dyad-gold/1`, as ../shared/gold/seeds.gold.json), with the matching rules
//! that file states and that ../shared/tools/score.py implements:
//!
//! - articles align on normalised headline;
//! - captions, credits and paragraph counts compare the first caption;
//! - a publication date is right when it falls in the gold `earliest..latest`;
//! - people match on normalised name and country;
//! - an emitted event matches a gold event when its type is one of the gold
//!   `types` and its source and target codes are acceptable (either direction
//!   when `symmetric`); a maximum one-to-one matching pairs emitted events with
//!   *required* gold events: its size is the true positives, unmatched required
//!   events are false negatives, and an emitted event matching no gold event at
//!   all (required or optional) is a false positive. Repeats cost nothing.
//!
//! Beyond score.py, the report breaks events down by type and lists
//! confusions: emitted events whose dyad matches a gold event but whose type
//! does not.

use dyad_core::text::normalise_for_matching;
use dyad_core::{Article, EventParty};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// A gold file.
#[derive(Debug, Deserialize)]
pub struct GoldFile {
    pub articles: Vec<GoldArticle>,
}

#[derive(Debug, Deserialize)]
pub struct GoldArticle {
    pub id: String,
    pub headline: String,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub paragraphs: Option<usize>,
    pub published: Option<GoldPublished>,
    #[serde(default)]
    pub people: Vec<GoldPerson>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

#[derive(Debug, Deserialize)]
pub struct GoldPublished {
    pub earliest: Option<String>,
    pub latest: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct GoldPerson {
    pub name: String,
    pub country: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct GoldEvent {
    pub source: Codes,
    pub target: Codes,
    pub types: Vec<String>,
    pub required: bool,
    #[serde(default)]
    pub symmetric: bool,
    #[serde(default)]
    pub evidence: String,
}

/// A code or a list of acceptable codes.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Codes {
    One(String),
    Many(Vec<String>),
}

impl Codes {
    fn contains(&self, code: &str) -> bool {
        match self {
            Codes::One(c) => c == code,
            Codes::Many(cs) => cs.iter().any(|c| c == code),
        }
    }

    fn label(&self) -> String {
        match self {
            Codes::One(c) => c.clone(),
            Codes::Many(cs) => cs.join("|"),
        }
    }
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(tp: usize, fp: usize, fn_: usize) -> Prf {
        let precision = if tp + fp > 0 {
            tp as f64 / (tp + fp) as f64
        } else {
            0.0
        };
        let recall = if tp + fn_ > 0 {
            tp as f64 / (tp + fn_) as f64
        } else {
            0.0
        };
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            tp,
            fp,
            fn_,
            precision,
            recall,
            f1,
        }
    }
}

/// The whole evaluation.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub articles_gold: usize,
    pub articles_found: usize,
    pub captions_gold: usize,
    pub caption_ok: usize,
    pub credit_ok: usize,
    pub paragraphs_ok: usize,
    pub dates_gold: usize,
    pub date_ok: usize,
    pub people: Prf,
    pub events: Prf,
    /// Per emitted type for TP and FP; per gold type (its first) for FN.
    pub events_by_type: BTreeMap<String, Prf>,
    /// "gold TYPE -> emitted TYPE" for same-dyad type mismatches, with counts.
    pub confusions: BTreeMap<String, usize>,
    /// Human-readable lines: missing articles, wrong dates, FP and FN events.
    pub details: Vec<String>,
}

fn norm(s: &str) -> String {
    normalise_for_matching(s)
}

fn party_code(p: &EventParty) -> &str {
    &p.code
}

fn dyad_matches(source: &str, target: &str, g: &GoldEvent) -> bool {
    (g.source.contains(source) && g.target.contains(target))
        || (g.symmetric && g.source.contains(target) && g.target.contains(source))
}

/// Score `predicted` records against `gold`.
#[must_use]
pub fn evaluate(gold: &[GoldArticle], predicted: &[Article]) -> Report {
    let mut by_headline: HashMap<String, &Article> = HashMap::new();
    for a in predicted {
        by_headline.entry(norm(&a.headline)).or_insert(a);
    }
    let mut r = Report {
        articles_gold: gold.len(),
        ..Report::default()
    };
    let (mut pp, mut ev) = ((0, 0, 0), (0, 0, 0));
    let mut by_type: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for g in gold {
        let Some(a) = by_headline.get(&norm(&g.headline)) else {
            r.details.push(format!("MISSING article: {}", g.headline));
            let required = g.events.iter().filter(|e| e.required);
            for e in required {
                ev.2 += 1;
                by_type.entry(e.types[0].clone()).or_default().2 += 1;
            }
            pp.2 += g.people.len();
            continue;
        };
        r.articles_found += 1;
        if let Some(caption) = &g.caption {
            r.captions_gold += 1;
            let first = a.captions.first();
            r.caption_ok += usize::from(first.map(|c| norm(&c.text)) == Some(norm(caption)));
            r.credit_ok += usize::from(
                first.and_then(|c| c.credit.as_deref()).map(norm)
                    == Some(norm(g.credit.as_deref().unwrap_or(""))),
            );
            r.paragraphs_ok += usize::from(Some(a.paragraphs.len()) == g.paragraphs);
        }
        if let Some(GoldPublished {
            earliest: Some(earliest),
            latest: Some(latest),
        }) = &g.published
        {
            r.dates_gold += 1;
            let got = a
                .published
                .as_ref()
                .map(|p| p.date.get(..10).unwrap_or(&p.date));
            let ok = got.is_some_and(|d| earliest.as_str() <= d && d <= latest.as_str());
            r.date_ok += usize::from(ok);
            if !ok {
                r.details.push(format!(
                    "DATE {}: got {}, want {earliest}..{latest}",
                    g.id,
                    got.unwrap_or("none")
                ));
            }
        }
        let gold_people: HashSet<(String, Option<&str>)> = g
            .people
            .iter()
            .map(|p| (norm(&p.name), p.country.as_deref()))
            .collect();
        let got_people: HashSet<(String, Option<&str>)> = a
            .people
            .iter()
            .map(|p| (norm(&p.name), p.country.as_deref()))
            .collect();
        pp.0 += gold_people.intersection(&got_people).count();
        pp.1 += got_people.difference(&gold_people).count();
        pp.2 += gold_people.difference(&got_people).count();
        for (name, country) in got_people.difference(&gold_people) {
            r.details.push(format!(
                "PEOPLE FP {}: {name} ({})",
                g.id,
                country.unwrap_or("-")
            ));
        }
        for (name, country) in gold_people.difference(&got_people) {
            r.details.push(format!(
                "PEOPLE FN {}: {name} ({})",
                g.id,
                country.unwrap_or("-")
            ));
        }

        // Events: which gold entries each emitted event matches.
        let mut edges: Vec<(usize, Vec<usize>)> = Vec::new();
        for (k, e) in a.events.iter().enumerate() {
            let (s, t) = (party_code(&e.source), party_code(&e.target));
            let hits: Vec<usize> = g
                .events
                .iter()
                .enumerate()
                .filter(|(_, ge)| {
                    ge.types.iter().any(|ty| ty == e.event_type.as_str()) && dyad_matches(s, t, ge)
                })
                .map(|(i, _)| i)
                .collect();
            if hits.is_empty() {
                ev.1 += 1;
                by_type
                    .entry(e.event_type.as_str().to_string())
                    .or_default()
                    .1 += 1;
                r.details.push(format!(
                    "FP {}: {s} {} {t} | {}",
                    g.id,
                    e.event_type,
                    e.sentence.chars().take(100).collect::<String>()
                ));
                for ge in g.events.iter().filter(|ge| dyad_matches(s, t, ge)) {
                    *r.confusions
                        .entry(format!("{} -> {}", ge.types.join("/"), e.event_type))
                        .or_default() += 1;
                }
                continue;
            }
            let required: Vec<usize> = hits.into_iter().filter(|&i| g.events[i].required).collect();
            edges.push((k, required));
        }
        let owner = maximum_matching(&edges);
        for (i, ge) in g.events.iter().enumerate().filter(|(_, ge)| ge.required) {
            match owner.get(&i) {
                Some(&k) => {
                    ev.0 += 1;
                    by_type
                        .entry(a.events[k].event_type.as_str().to_string())
                        .or_default()
                        .0 += 1;
                }
                None => {
                    ev.2 += 1;
                    by_type.entry(ge.types[0].clone()).or_default().2 += 1;
                    r.details.push(format!(
                        "FN {}: {} {} {} | {}",
                        g.id,
                        ge.source.label(),
                        ge.types.join("/"),
                        ge.target.label(),
                        ge.evidence.chars().take(100).collect::<String>()
                    ));
                }
            }
        }
    }
    r.people = Prf::new(pp.0, pp.1, pp.2);
    r.events = Prf::new(ev.0, ev.1, ev.2);
    r.events_by_type = by_type
        .into_iter()
        .map(|(t, (tp, fp, fn_))| (t, Prf::new(tp, fp, fn_)))
        .collect();
    r
}

/// Maximum bipartite matching (Kuhn's augmenting paths) between emitted
/// events (left, by their index in `edges`) and gold events (right): returns
/// gold index -> emitted event index.
fn maximum_matching(edges: &[(usize, Vec<usize>)]) -> HashMap<usize, usize> {
    fn augment(
        k: usize,
        edges: &[(usize, Vec<usize>)],
        seen: &mut HashSet<usize>,
        owner: &mut HashMap<usize, usize>,
    ) -> bool {
        for &i in &edges[k].1 {
            if seen.insert(i) {
                let free = match owner.get(&i) {
                    None => true,
                    Some(&other) => augment(other, edges, seen, owner),
                };
                if free {
                    owner.insert(i, k);
                    return true;
                }
            }
        }
        false
    }
    let mut owner: HashMap<usize, usize> = HashMap::new();
    for k in 0..edges.len() {
        augment(k, edges, &mut HashSet::new(), &mut owner);
    }
    owner.into_iter().map(|(i, k)| (i, edges[k].0)).collect()
}

impl Report {
    /// The summary lines, in score.py's words, then the per-type table.
    #[must_use]
    pub fn summary(&self) -> String {
        let mut s = format!(
            "articles {}/{}; captions {}/{}, credits {}/{}, paragraph counts {}/{}; dates {}/{}\n",
            self.articles_found,
            self.articles_gold,
            self.caption_ok,
            self.captions_gold,
            self.credit_ok,
            self.captions_gold,
            self.paragraphs_ok,
            self.captions_gold,
            self.date_ok,
            self.dates_gold
        );
        s += &format!(
            "people P {:.3} R {:.3} F1 {:.3}\n",
            self.people.precision, self.people.recall, self.people.f1
        );
        s += &format!(
            "events P {:.3} R {:.3} F1 {:.3} (tp {} fp {} fn {})\n",
            self.events.precision,
            self.events.recall,
            self.events.f1,
            self.events.tp,
            self.events.fp,
            self.events.fn_
        );
        s += "\nby type     tp  fp  fn      P      R     F1\n";
        for (t, p) in &self.events_by_type {
            s += &format!(
                "{t:10} {:3} {:3} {:3}  {:.3}  {:.3}  {:.3}\n",
                p.tp, p.fp, p.fn_, p.precision, p.recall, p.f1
            );
        }
        if !self.confusions.is_empty() {
            s += "\nconfusions (gold -> emitted, same dyad)\n";
            for (c, n) in &self.confusions {
                s += &format!("{n:4}  {c}\n");
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{Certainty, Event, EventType};

    fn party(code: &str) -> EventParty {
        EventParty {
            code: code.into(),
            sector: None,
            name: code.into(),
            text: code.into(),
        }
    }

    fn event(s: &str, t: EventType, g: &str) -> Event {
        Event {
            event_type: t,
            mode: None,
            cameo: "040".into(),
            quad: 1,
            goldstein: 1.0,
            source: party(s),
            target: party(g),
            date: None,
            date_basis: None,
            location: None,
            negated: false,
            certainty: Certainty::Asserted,
            paragraph: 0,
            sentence: String::new(),
            confidence: 1.0,
        }
    }

    fn gold() -> Vec<GoldArticle> {
        let json = r#"{"articles": [{"id": "G1", "headline": "Leaders Meet",
            "published": {"earliest": "2024-05-01", "latest": "2024-05-02"},
            "people": [{"name": "Ana Ruiz", "country": "ESP"}],
            "events": [
              {"source": "ESP", "target": "FRA", "types": ["CONSULT"], "required": true, "symmetric": true},
              {"source": "ESP", "target": ["FRA", "IGO"], "types": ["AGREE", "COOPERATE"], "required": true},
              {"source": "FRA", "target": "ESP", "types": ["ACCUSE"], "required": false}
            ]}]}"#;
        serde_json::from_str::<GoldFile>(json).unwrap().articles
    }

    #[test]
    fn matching_follows_gold_rules() {
        let article = Article {
            headline: "LEADERS MEET!".into(),
            published: Some(dyad_core::Published {
                date: "2024-05-02".into(),
                basis: "input".into(),
                confidence: 1.0,
            }),
            people: vec![dyad_core::Person {
                name: "Ana Ruiz".into(),
                country: Some("ESP".into()),
                role: None,
            }],
            events: vec![
                event("FRA", EventType::Consult, "ESP"),  // symmetric: TP
                event("FRA", EventType::Consult, "ESP"),  // repeat: free
                event("FRA", EventType::Accuse, "ESP"),   // optional: free
                event("ESP", EventType::Threaten, "FRA"), // FP, confusion
            ],
            ..Article::default()
        };
        let r = evaluate(&gold(), &[article]);
        assert_eq!((r.articles_found, r.date_ok, r.dates_gold), (1, 1, 1));
        assert_eq!((r.people.tp, r.people.fp, r.people.fn_), (1, 0, 0));
        assert_eq!((r.events.tp, r.events.fp, r.events.fn_), (1, 1, 1));
        assert_eq!(r.events_by_type["CONSULT"].tp, 1);
        assert_eq!(r.events_by_type["THREATEN"].fp, 1);
        assert_eq!(r.events_by_type["AGREE"].fn_, 1);
        assert_eq!(r.confusions.get("CONSULT -> THREATEN"), Some(&1));
    }

    #[test]
    fn missing_article_counts_its_required_events_as_misses() {
        let r = evaluate(&gold(), &[]);
        assert_eq!(r.articles_found, 0);
        assert_eq!(r.events.fn_, 2);
        assert_eq!(r.people.fn_, 1);
    }
}
