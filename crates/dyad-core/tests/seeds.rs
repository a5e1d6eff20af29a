//! The seed dumps in ../shared must segment exactly as the gold annotation says:
//! headline, caption text, credit, paragraph count, first and last paragraph.

use dyad_core::document::{Content, Document};
use dyad_core::segment::articles;
use dyad_core::text::normalise_for_matching;
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if dir.join("gold/seeds.gold.json").exists() {
        return Some(dir);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "../shared is missing at {}: CI must have it beside the repo",
        dir.display()
    );
    eprintln!("note: ../shared not found, skipping seed segmentation test");
    None
}

#[test]
fn seeds_segment_as_gold_states() {
    let Some(shared) = shared() else { return };
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(shared.join("gold/seeds.gold.json")).unwrap(),
    )
    .unwrap();
    let gold_articles = gold["articles"].as_array().unwrap();
    let mut failures = Vec::new();
    for (dump, ids) in gold["dumps"].as_object().unwrap() {
        let text = std::fs::read_to_string(shared.join("seeds").join(dump)).unwrap();
        let got = articles(&Document {
            source: dump.clone(),
            position: 0,
            content: Content::Text(text),
        });
        let ids: Vec<&str> = ids
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        if got.len() != ids.len() {
            failures.push(format!(
                "{dump}: {} articles, gold has {}",
                got.len(),
                ids.len()
            ));
            continue;
        }
        for (article, id) in got.iter().zip(ids) {
            let g = gold_articles.iter().find(|a| a["id"] == id).unwrap();
            let mut check = |what: &str, ok: bool, got: String| {
                if !ok {
                    failures.push(format!("{dump} {id} {what}: got {got:?}"));
                }
            };
            let n = |s: &str| normalise_for_matching(s);
            check(
                "headline",
                n(&article.headline) == n(g["headline"].as_str().unwrap()),
                article.headline.clone(),
            );
            let caption = article.captions.first();
            check(
                "caption",
                caption.map(|c| n(&c.text)) == Some(n(g["caption"].as_str().unwrap())),
                format!("{caption:?}"),
            );
            check(
                "credit",
                caption.and_then(|c| c.credit.as_deref()) == g["credit"].as_str(),
                format!("{caption:?}"),
            );
            check(
                "paragraphs",
                article.paragraphs.len() as u64 == g["paragraphs"].as_u64().unwrap(),
                article.paragraphs.len().to_string(),
            );
            let first = article.paragraphs.first().cloned().unwrap_or_default();
            let last = article.paragraphs.last().cloned().unwrap_or_default();
            check(
                "first paragraph",
                first.starts_with(g["first_paragraph_prefix"].as_str().unwrap()),
                first.clone(),
            );
            check(
                "last paragraph",
                last.starts_with(g["last_paragraph_prefix"].as_str().unwrap()),
                last.clone(),
            );
            for p in &article.paragraphs {
                let repeat =
                    *p == article.headline || article.captions.iter().any(|c| p.contains(&c.text));
                check("no repeated header in body", !repeat, p.clone());
            }
        }
    }
    assert!(
        failures.is_empty(),
        "segmentation differs from gold:\n{}",
        failures.join("\n")
    );
}
