//! Data-driven test of publication years bounded by who is in office: every
//! row of `cases/office.tsv` is one article (headline and paragraphs) with
//! the date expected and words its basis must or must not contain. Every
//! failing row is reported, not just the first.

use dyad_core::Article;

/// The inferred date and basis of a one-article document, or why none.
fn infer(headline: &str, body: &str) -> Result<(String, String), String> {
    let mut articles = vec![Article {
        headline: headline.into(),
        paragraphs: body.split(" || ").map(String::from).collect(),
        ..Article::default()
    }];
    dyad_dates::infer_publication_dates(&mut articles);
    let published = articles[0]
        .published
        .as_ref()
        .ok_or("no publication date inferred")?;
    Ok((published.date.clone(), published.basis.clone()))
}

#[test]
fn office_cases_bound_the_publication_year() {
    let table = include_str!("cases/office.tsv");
    let (mut rows, mut failures) = (0, Vec::new());
    for (number, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        let [headline, body, expected, contains, lacks] = columns[..] else {
            failures.push(format!(
                "line {}: expected 5 tab-separated columns",
                number + 1
            ));
            continue;
        };
        rows += 1;
        let problem = match infer(headline, body) {
            Err(why) => Some(why),
            Ok((date, basis)) => {
                if !date.starts_with(expected) {
                    Some(format!("date {date}, expected {expected}; basis: {basis}"))
                } else if !basis.contains(contains) {
                    Some(format!("basis lacks {contains:?}: {basis}"))
                } else if lacks != "-" && basis.contains(lacks) {
                    Some(format!("basis contains {lacks:?}: {basis}"))
                } else {
                    None
                }
            }
        };
        if let Some(problem) = problem {
            failures.push(format!("line {} ({headline}): {problem}", number + 1));
        }
    }
    assert!(rows >= 15, "only {rows} cases");
    assert!(
        failures.is_empty(),
        "{} of {rows} office cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
