//! The two real page dumps in ../shared/seeds read as one text document each.

use std::path::PathBuf;

use dyad_core::document::Content;
use dyad_io::{read_inputs, Format, SourceItem};

#[test]
fn each_seed_dump_is_one_text_document() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    if !seeds.is_dir() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{} is missing: shared data must sit beside the repository in CI",
            seeds.display()
        );
        println!("skipped: {} not found", seeds.display());
        return;
    }
    let items: Vec<SourceItem> = read_inputs(&[seeds], Format::Auto).collect();
    assert_eq!(items.len(), 2, "{items:#?}");
    for item in &items {
        let SourceItem::Document(document) = item else {
            panic!("expected a document, got {item:?}");
        };
        assert!(document.source.ends_with(".txt"), "{}", document.source);
        assert_eq!(document.position, 0);
        let Content::Text(text) = &document.content else {
            panic!("{}: expected text content", document.source);
        };
        assert!(
            text.lines().any(|line| line.trim() == "TT"),
            "{}: the dump's TT marker lines are kept",
            document.source
        );
    }
}
