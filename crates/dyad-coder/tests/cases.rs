//! Data-driven coder test: every sentence of tests/cases/events.tsv (written
//! for Dyad) goes through actor annotation and event coding; the emitted
//! events are compared with the expected ones. Each failing row is listed;
//! the test fails when precision or recall over the table falls below the
//! floor, or when negation and certainty of matched events disagree too often.

use dyad_actors::ActorDictionary;
use dyad_coder::{parse_type, EventLexicon};
use dyad_core::{Article, ArticleId, Certainty, Event, EventType};

const CASES: &str = include_str!("cases/events.tsv");

/// Floors for the whole table (measured values are printed by the test).
const MIN_PRECISION: f64 = 0.90;
const MIN_RECALL: f64 = 0.90;
const MIN_FLAG_AGREEMENT: f64 = 0.90;

#[derive(Debug)]
struct Expected {
    source: String,
    target: String,
    symmetric: bool,
    types: Vec<EventType>,
    negated: bool,
    certainty: Certainty,
}

fn parse_expected(field: &str, line: usize) -> Vec<Expected> {
    if field.trim() == "-" {
        return Vec::new();
    }
    field
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            let (dyad, rest) = item
                .split_once(' ')
                .unwrap_or_else(|| panic!("line {line}: bad event {item:?}"));
            let (symmetric, (source, target)) = match dyad.split_once("<>") {
                Some(pair) => (true, pair),
                None => (
                    false,
                    dyad.split_once('>')
                        .unwrap_or_else(|| panic!("line {line}: bad dyad {dyad:?}")),
                ),
            };
            let mut parts = rest.split(['!', '~']);
            let types = parts
                .next()
                .unwrap_or_default()
                .split('|')
                .map(|t| parse_type(t.trim()).unwrap_or_else(|| panic!("line {line}: type {t:?}")))
                .collect();
            let negated = rest.contains("!neg");
            let certainty = match rest.split_once('~').map(|(_, c)| c.trim()) {
                Some("planned") => Certainty::Planned,
                Some("claimed") => Certainty::Claimed,
                Some("alleged") => Certainty::Alleged,
                Some("hypothetical") => Certainty::Hypothetical,
                Some(other) => panic!("line {line}: certainty {other:?}"),
                None => Certainty::Asserted,
            };
            Expected {
                source: source.to_string(),
                target: target.to_string(),
                symmetric,
                types,
                negated,
                certainty,
            }
        })
        .collect()
}

fn matches(e: &Event, x: &Expected) -> bool {
    if !x.types.contains(&e.event_type) {
        return false;
    }
    let (s, t) = (e.source.code.as_str(), e.target.code.as_str());
    (s == x.source && t == x.target) || (x.symmetric && s == x.target && t == x.source)
}

fn code(sentence: &str, dict: &ActorDictionary, lexicon: &EventLexicon) -> Vec<Event> {
    let mut article = Article {
        id: ArticleId("case".into()),
        headline: "Case".into(),
        paragraphs: vec![sentence.to_string()],
        ..Article::default()
    };
    dyad_actors::annotate(&mut article, dict);
    dyad_coder::code(&mut article, lexicon, dict);
    article.events
}

#[test]
fn coder_cases_table() {
    let dict = ActorDictionary::builtin();
    let lexicon = EventLexicon::builtin();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut flags_checked, mut flags_ok) = (0usize, 0usize);
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in CASES.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        rows += 1;
        let (sentence, expected) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("line {line_no}: no tab"));
        let expected = parse_expected(expected, line_no);
        let emitted = code(sentence, &dict, &lexicon);
        let mut problems = Vec::new();
        for x in &expected {
            match emitted.iter().find(|e| matches(e, x)) {
                Some(e) => {
                    tp += 1;
                    flags_checked += 1;
                    if e.negated == x.negated && e.certainty == x.certainty {
                        flags_ok += 1;
                    } else {
                        problems.push(format!(
                            "flags of {}>{}: negated {} certainty {:?}",
                            x.source, x.target, e.negated, e.certainty
                        ));
                    }
                }
                None => {
                    fn_ += 1;
                    problems.push(format!("missed {}>{} {:?}", x.source, x.target, x.types));
                }
            }
        }
        for e in &emitted {
            if !expected.iter().any(|x| matches(e, x)) {
                fp += 1;
                problems.push(format!(
                    "spurious {}>{} {}",
                    e.source.code,
                    e.target.code,
                    e.event_type.as_str()
                ));
            }
        }
        if !problems.is_empty() {
            failures.push(format!(
                "line {line_no}: {sentence}\n    {}",
                problems.join("; ")
            ));
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    let flags = flags_ok as f64 / flags_checked.max(1) as f64;
    println!("{}", failures.join("\n"));
    println!(
        "{rows} rows: events P {precision:.3} R {recall:.3} (tp {tp} fp {fp} fn {fn_}); \
         negation and certainty agree on {flags:.3} of matched events; {} rows with problems",
        failures.len()
    );
    assert!(rows >= 150, "the table needs at least 150 rows, has {rows}");
    assert!(
        precision >= MIN_PRECISION && recall >= MIN_RECALL && flags >= MIN_FLAG_AGREEMENT,
        "coder below its floor: P {precision:.3} R {recall:.3} flags {flags:.3} (see the rows above)"
    );
}
