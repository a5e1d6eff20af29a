//! The seed dumps in ../shared: every article's inferred publication date must
//! fall in the gold [earliest, latest] range, for every sighting (the first
//! article appears in both dumps, and both must land in range).

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
    eprintln!("note: ../shared not found, skipping the seed date test");
    None
}

#[test]
fn seed_publication_dates_fall_in_gold_ranges() {
    let Some(shared) = shared() else { return };
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(shared.join("gold/seeds.gold.json")).expect("gold readable"),
    )
    .expect("gold is JSON");
    let gold_articles = gold["articles"].as_array().expect("gold articles");
    let mut dumps: Vec<PathBuf> = std::fs::read_dir(shared.join("seeds"))
        .expect("seeds readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    dumps.sort();

    let (mut checked, mut failures) = (0, Vec::new());
    for dump in &dumps {
        let text = std::fs::read_to_string(dump).expect("seed readable");
        let mut found = articles(&Document {
            source: dump.display().to_string(),
            position: 0,
            content: Content::Text(text),
        });
        dyad_dates::infer_publication_dates(&mut found);
        for article in &found {
            let key = normalise_for_matching(&article.headline);
            let Some(gold) = gold_articles
                .iter()
                .find(|g| normalise_for_matching(g["headline"].as_str().unwrap_or("")) == key)
            else {
                failures.push(format!(
                    "{}: no gold article '{}'",
                    dump.display(),
                    article.headline
                ));
                continue;
            };
            let earliest = gold["published"]["earliest"].as_str().unwrap_or("");
            let latest = gold["published"]["latest"].as_str().unwrap_or("");
            checked += 1;
            let got = article.published.as_ref().map(|p| p.date.as_str());
            let line = format!(
                "{}: '{}' -> {:?} ({}), gold [{earliest}, {latest}]",
                dump.file_name().unwrap_or_default().to_string_lossy(),
                article.headline,
                got,
                article
                    .published
                    .as_ref()
                    .map(|p| format!("{} @{}", p.basis, p.confidence))
                    .unwrap_or_default(),
            );
            eprintln!("{line}");
            match got {
                Some(date) if date >= earliest && date <= latest => {}
                _ => failures.push(line),
            }
        }
    }
    assert!(checked >= 8, "only {checked} sightings checked");
    assert!(
        failures.is_empty(),
        "{} of {checked} sightings out of range:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
