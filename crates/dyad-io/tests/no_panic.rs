//! Damaged inputs never panic: every example, cut short at many points and with
//! bytes overwritten, is read under every format.

use std::fs;
use std::path::PathBuf;

use dyad_io::{read_bytes, Format, SourceItem};

const FORMATS: [Format; 7] = [
    Format::Auto,
    Format::Text,
    Format::NewsPlease,
    Format::Jsonl,
    Format::Html,
    Format::Feed,
    Format::Warc,
];

/// A small deterministic generator (xorshift), so failures can be replayed.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn damaged_examples_never_panic() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/inputs");
    let mut random = Xorshift(0x5eed_d1ad);
    let mut read = 0;
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for path in paths {
        let original = fs::read(&path).unwrap();
        let mut variants = Vec::new();
        for step in 1..8 {
            variants.push(original[..original.len() * step / 8].to_vec());
        }
        for _ in 0..6 {
            let mut damaged = original.clone();
            for _ in 0..4 {
                let at = (random.next() % damaged.len() as u64) as usize;
                damaged[at] = random.next() as u8;
            }
            variants.push(damaged);
        }
        for (index, variant) in variants.iter().enumerate() {
            for format in FORMATS {
                let name = format!("{}#{index}", path.display());
                let items = read_bytes(&name, variant, format);
                assert!(
                    items.iter().all(|item| match item {
                        SourceItem::Document(_) => true,
                        SourceItem::Warning(problem) | SourceItem::Error(problem) =>
                            problem.to_string().contains(&name),
                    }),
                    "{name} as {format}: a problem does not name the input: {items:#?}"
                );
                read += 1;
            }
        }
    }
    assert!(read > 500, "only {read} reads");
}
