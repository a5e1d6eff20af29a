//! Data-driven segmentation checks over the project's own example dumps
//! (tests/cases/dumps.tsv), including dumps without captions or markers.

use dyad_core::document::{Content, Document};
use dyad_core::segment::articles;
use std::path::PathBuf;

#[test]
fn example_dumps_segment_as_expected() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let cases = std::fs::read_to_string(root.join("tests/cases/dumps.tsv")).unwrap();
    let mut failures = Vec::new();
    let mut checked = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        let [file, index, headline, paragraphs, credit, archive] = f[..] else {
            panic!("bad case line: {line}");
        };
        let text = std::fs::read_to_string(root.join("../../examples/dumps").join(file)).unwrap();
        let got = articles(&Document {
            source: file.into(),
            position: 0,
            content: Content::Text(text),
        });
        let index: usize = index.parse().unwrap();
        let Some(a) = got.get(index) else {
            failures.push(format!("{file}: no article {index} (got {})", got.len()));
            continue;
        };
        checked += 1;
        let want_credit = (credit != "-").then_some(credit);
        let got_credit = a.captions.first().and_then(|c| c.credit.as_deref());
        let got_archive = a.captions.first().is_some_and(|c| c.archive);
        let expect = format!("{headline} | {paragraphs} | {want_credit:?} | {archive}");
        let actual = format!(
            "{} | {} | {got_credit:?} | {got_archive}",
            a.headline,
            a.paragraphs.len()
        );
        if expect != actual {
            failures.push(format!("{file}#{index}\n  want {expect}\n  got  {actual}"));
        }
        for p in &a.paragraphs {
            assert!(
                p != &a.headline,
                "{file}#{index}: headline repeated as a paragraph"
            );
            assert!(
                !a.captions.iter().any(|c| p.contains(&c.text)),
                "{file}#{index}: caption emitted as a paragraph"
            );
        }
    }
    assert!(checked >= 7, "only {checked} cases checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
