//! Data-driven test of `find_dates` and `resolve`: every row of
//! `cases/dates.tsv` is a sentence, an anchor date and the mentions expected
//! with their resolutions. Every failing row is reported, not just the first.

use chrono::NaiveDate;

fn describe(sentence: &str, anchor: NaiveDate) -> String {
    let found = dyad_dates::find_dates(sentence);
    if found.is_empty() {
        return "-".into();
    }
    found
        .iter()
        .map(|m| {
            assert_eq!(
                &sentence[m.range.clone()],
                m.text,
                "range and text disagree"
            );
            let resolved = dyad_dates::resolve(m, anchor).map_or("?".into(), |r| r.date);
            format!("{}=>{resolved}", m.text)
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

#[test]
fn date_cases_find_and_resolve_as_expected() {
    let table = include_str!("cases/dates.tsv");
    let (mut rows, mut failures) = (0, Vec::new());
    for (number, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        let [sentence, anchor, expected] = columns[..] else {
            failures.push(format!(
                "line {}: expected 3 tab-separated columns",
                number + 1
            ));
            continue;
        };
        let Ok(anchor) = NaiveDate::parse_from_str(anchor, "%Y-%m-%d") else {
            failures.push(format!("line {}: bad anchor {anchor}", number + 1));
            continue;
        };
        rows += 1;
        let got = describe(sentence, anchor);
        if got != expected {
            failures.push(format!(
                "line {}: {sentence}\n    expected: {expected}\n    got:      {got}",
                number + 1
            ));
        }
    }
    assert!(rows >= 60, "only {rows} cases");
    assert!(
        failures.is_empty(),
        "{} of {rows} date cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
