//! Data-driven mention test: `tests/cases/mentions.tsv` holds sentences
//! written for this test with their annotated mentions. Each sentence is
//! annotated as a one-paragraph article; every missed or spurious mention is
//! printed, with precision and recall per kind. A mention is correct when its
//! text, kind, actor code and sector match.
//!
//! Thresholds: precision and recall >= 0.85 for each of PERSON, ORG, COUNTRY
//! and PLACE (NORP and GROUP: recall reported, not enforced).

use dyad_actors::{annotate, ActorDictionary};
use dyad_core::Article;
use std::collections::BTreeMap;

const THRESHOLD: f64 = 0.85;
const STRICT_KINDS: [&str; 4] = ["PERSON", "ORG", "COUNTRY", "PLACE"];

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Row {
    text: String,
    kind: String,
    code: String,
    sector: String,
}

fn cases() -> Vec<(String, Vec<Row>)> {
    let text = include_str!("cases/mentions.tsv");
    let mut out: Vec<(String, Vec<Row>)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        match cols.as_slice() {
            ["S", sentence] => out.push(((*sentence).to_string(), Vec::new())),
            ["M", text, kind, code, sector] => out
                .last_mut()
                .unwrap_or_else(|| panic!("line {}: mention before any sentence", n + 1))
                .1
                .push(Row {
                    text: (*text).to_string(),
                    kind: (*kind).to_string(),
                    code: (*code).to_string(),
                    sector: (*sector).to_string(),
                }),
            _ => panic!("line {}: bad row {line:?}", n + 1),
        }
    }
    out
}

#[test]
fn mentions_match_annotation() {
    let dict = ActorDictionary::builtin();
    // kind -> (true positives, predicted, expected)
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for (sentence, expected) in cases() {
        let mut article = Article {
            paragraphs: vec![sentence.clone()],
            ..Article::default()
        };
        annotate(&mut article, &dict);
        let predicted: Vec<Row> = article
            .mentions
            .iter()
            .map(|m| Row {
                text: m.text.clone(),
                kind: m.kind.as_str().to_string(),
                code: m.actor.as_ref().map_or("-".into(), |a| a.code.clone()),
                sector: m
                    .actor
                    .as_ref()
                    .and_then(|a| a.sector.clone())
                    .unwrap_or_else(|| "-".into()),
            })
            .collect();
        for m in &article.mentions {
            assert_eq!(&sentence[m.start..m.end], m.text, "offsets of {m:?}");
        }
        for e in &expected {
            let c = counts.entry(e.kind.clone()).or_default();
            c.2 += 1;
            if predicted.contains(e) {
                c.0 += 1;
            } else {
                failures.push(format!(
                    "MISSED {e:?}\n    in {sentence}\n    got {predicted:?}"
                ));
            }
        }
        for p in &predicted {
            let strict = STRICT_KINDS.contains(&p.kind.as_str());
            let annotated_kind = strict || expected.iter().any(|e| e.text == p.text);
            if !annotated_kind {
                continue;
            }
            counts.entry(p.kind.clone()).or_default().1 += 1;
            if !expected.contains(p) {
                failures.push(format!("SPURIOUS {p:?}\n    in {sentence}"));
            }
        }
    }
    for f in &failures {
        println!("{f}");
    }
    let mut below = Vec::new();
    for (kind, (tp, predicted, expected)) in &counts {
        let p = *tp as f64 / (*predicted).max(1) as f64;
        let r = *tp as f64 / (*expected).max(1) as f64;
        println!(
            "{kind:8} P {p:.3} R {r:.3} (tp {tp}, predicted {predicted}, expected {expected})"
        );
        if STRICT_KINDS.contains(&kind.as_str()) && (p < THRESHOLD || r < THRESHOLD) {
            below.push(kind.clone());
        }
    }
    assert!(below.is_empty(), "below {THRESHOLD}: {below:?}");
}
