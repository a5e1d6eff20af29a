//! Duplicate detection: exact keys and MinHash signatures with LSH banding.
//!
//! An article's *exact key* is xxh3 (fixed seed) of its normalised headline and
//! body; its id is that key in hex, so the same text always gets the same id.
//! Near duplicates are found with MinHash over 5-word shingles: the signature is
//! cut into [`BANDS`] bands of [`ROWS`] rows, any shared band makes two articles
//! candidates, and a candidate is confirmed only when the real Jaccard
//! similarity of the shingle sets is at least [`NEAR_DUPLICATE_JACCARD`].
//! With 20 bands of 5 rows a pair at Jaccard 0.8 becomes a candidate with
//! probability 1 - (1 - 0.8^5)^20 > 0.999.
//!
//! Everything here is pure: the in-memory [`DuplicateIndex`] serves `dyad code`
//! and tests; the store keeps the same band keys in SQLite.

use crate::model::{Article, ArticleId};
use crate::text::append_normalised;
use std::collections::HashMap;
use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 5;
/// Bands in the LSH index.
pub const BANDS: usize = 20;
/// MinHash values per band.
pub const ROWS: usize = 5;
/// MinHash values per signature.
pub const SIGNATURE_LEN: usize = BANDS * ROWS;
/// Two articles at or above this shingle Jaccard are near duplicates.
pub const NEAR_DUPLICATE_JACCARD: f64 = 0.8;

const EXACT_SEED: u64 = 0x6479_6164_2d65_7861; // "dyad-exa"
const SHINGLE_SEED: u64 = 0x6479_6164_2d73_6869; // "dyad-shi"
const BAND_SEED: u64 = 0x6479_6164_2d62_616e; // "dyad-ban"

/// The normalised text that exact keys and shingles are computed on.
#[must_use]
pub fn dedup_text(article: &Article) -> String {
    let capacity = article.headline.len()
        + article
            .paragraphs
            .iter()
            .map(|p| p.len() + 1)
            .sum::<usize>();
    let mut text = String::with_capacity(capacity);
    append_normalised(&article.headline, &mut text);
    for p in &article.paragraphs {
        // Normalised straight into the joined text; the separator is taken
        // back when the paragraph has no words.
        let before = text.len();
        text.push(' ');
        if !append_normalised(p, &mut text) {
            text.truncate(before);
        }
    }
    text
}

/// The exact-duplicate key of a normalised text.
#[must_use]
pub fn exact_key(normalised: &str) -> u64 {
    xxh3_64_with_seed(normalised.as_bytes(), EXACT_SEED)
}

/// The stable article id for an exact key.
#[must_use]
pub fn article_id(exact: u64) -> ArticleId {
    ArticleId(format!("{exact:016x}"))
}

/// Sorted, deduplicated hashes of the 5-word shingles of a normalised text.
/// A text shorter than one shingle is a single shingle.
#[must_use]
pub fn shingles(normalised: &str) -> Vec<u64> {
    // Word spans as byte ranges: a shingle is hashed straight from the text
    // when its words are one space apart (always, for normalised text), so
    // no string is built per shingle.
    let spans: Vec<(usize, usize)> = normalised
        .split(' ')
        .scan(0usize, |offset, word| {
            let start = *offset;
            *offset += word.len() + 1;
            Some((start, start + word.len()))
        })
        .filter(|(start, end)| end > start)
        .collect();
    let mut out: Vec<u64> = if spans.len() <= SHINGLE_WORDS {
        vec![xxh3_64_with_seed(normalised.as_bytes(), SHINGLE_SEED)]
    } else {
        spans
            .windows(SHINGLE_WORDS)
            .map(|w| {
                let (start, end) = (w[0].0, w[SHINGLE_WORDS - 1].1);
                let words_len: usize = w.iter().map(|(s, e)| e - s).sum();
                if end - start == words_len + SHINGLE_WORDS - 1 {
                    xxh3_64_with_seed(&normalised.as_bytes()[start..end], SHINGLE_SEED)
                } else {
                    let joined: Vec<&str> = w.iter().map(|&(s, e)| &normalised[s..e]).collect();
                    xxh3_64_with_seed(joined.join(" ").as_bytes(), SHINGLE_SEED)
                }
            })
            .collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// Jaccard similarity of two sorted, deduplicated shingle sets.
#[must_use]
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / (a.len() + b.len() - common) as f64
}

/// Multipliers and offsets of the hash permutations, from a fixed-seed
/// splitmix64 so signatures are stable across runs and machines.
fn permutations() -> &'static [(u64, u64); SIGNATURE_LEN] {
    static PERMS: std::sync::OnceLock<[(u64, u64); SIGNATURE_LEN]> = std::sync::OnceLock::new();
    PERMS.get_or_init(|| {
        let mut state: u64 = 0x5eed_d1ad_0000_0001;
        let mut next = || {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        let mut perms = [(0u64, 0u64); SIGNATURE_LEN];
        for p in perms.iter_mut() {
            *p = (next() | 1, next());
        }
        perms
    })
}

/// Permutations taken together by [`minhash`]: their minima stay in
/// registers while the shingles stream past.
const PERMUTATIONS_AT_ONCE: usize = 4;
// Every permutation is in some group of PERMUTATIONS_AT_ONCE.
const _: () = assert!(SIGNATURE_LEN / PERMUTATIONS_AT_ONCE * PERMUTATIONS_AT_ONCE == SIGNATURE_LEN);

/// The MinHash signature of a shingle set: per permutation `(a, b)`, the
/// least `s * a + b` (wrapping) over the shingles `s`; `u64::MAX` when there
/// are none.
fn minhash(shingles: &[u64]) -> Vec<u64> {
    let mut signature = vec![u64::MAX; SIGNATURE_LEN];
    for (slots, perms) in signature
        .chunks_exact_mut(PERMUTATIONS_AT_ONCE)
        .zip(permutations().chunks_exact(PERMUTATIONS_AT_ONCE))
    {
        let mut least = [u64::MAX; PERMUTATIONS_AT_ONCE];
        for &s in shingles {
            for (m, &(a, b)) in least.iter_mut().zip(perms) {
                *m = (*m).min(s.wrapping_mul(a).wrapping_add(b));
            }
        }
        slots.copy_from_slice(&least);
    }
    signature
}

/// What dedup needs to know of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub exact: u64,
    pub shingles: Vec<u64>,
    pub minhash: Vec<u64>,
}

impl Fingerprint {
    #[must_use]
    pub fn of(article: &Article) -> Fingerprint {
        Fingerprint::of_text(&dedup_text(article))
    }

    #[must_use]
    pub fn of_text(normalised: &str) -> Fingerprint {
        let shingles = shingles(normalised);
        Fingerprint {
            exact: exact_key(normalised),
            minhash: minhash(&shingles),
            shingles,
        }
    }

    /// One key per band; the band's index is folded in, so keys of different
    /// bands never collide by construction and one integer column can hold them.
    #[must_use]
    pub fn band_keys(&self) -> Vec<u64> {
        self.minhash
            .chunks(ROWS)
            .enumerate()
            .map(|(band, rows)| {
                let mut bytes = Vec::with_capacity(8 * (ROWS + 1));
                bytes.extend_from_slice(&(band as u64).to_le_bytes());
                for r in rows {
                    bytes.extend_from_slice(&r.to_le_bytes());
                }
                xxh3_64_with_seed(&bytes, BAND_SEED)
            })
            .collect()
    }
}

/// Why an article is a duplicate.
#[derive(Debug, Clone, PartialEq)]
pub enum Duplicate {
    Exact { of: ArticleId },
    Near { of: ArticleId, jaccard: f64 },
}

impl Duplicate {
    #[must_use]
    pub fn of(&self) -> &ArticleId {
        match self {
            Duplicate::Exact { of } | Duplicate::Near { of, .. } => of,
        }
    }
}

/// An in-memory exact + LSH index of the articles seen so far.
#[derive(Debug, Default)]
pub struct DuplicateIndex {
    exact: HashMap<u64, Vec<usize>>,
    bands: HashMap<u64, Vec<usize>>,
    entries: Vec<(ArticleId, Vec<u64>)>,
}

impl DuplicateIndex {
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The stored article this fingerprint duplicates, if any: an exact
    /// match first, else the most similar near duplicate (ties: the earliest).
    #[must_use]
    pub fn find(&self, fp: &Fingerprint) -> Option<Duplicate> {
        self.matches(fp).into_iter().next()
    }

    /// Every stored article this fingerprint duplicates: exact matches in
    /// insertion order, then near duplicates, most similar first.
    #[must_use]
    pub fn matches(&self, fp: &Fingerprint) -> Vec<Duplicate> {
        let exact: &[usize] = self.exact.get(&fp.exact).map_or(&[], Vec::as_slice);
        let mut found: Vec<Duplicate> = exact
            .iter()
            .map(|&i| Duplicate::Exact {
                of: self.entries[i].0.clone(),
            })
            .collect();
        let mut candidates: Vec<usize> = fp
            .band_keys()
            .iter()
            .filter_map(|k| self.bands.get(k))
            .flatten()
            .copied()
            .filter(|i| !exact.contains(i))
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut near: Vec<(usize, f64)> = candidates
            .into_iter()
            .map(|i| (i, jaccard(&fp.shingles, &self.entries[i].1)))
            .filter(|&(_, j)| j >= NEAR_DUPLICATE_JACCARD)
            .collect();
        near.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        found.extend(near.into_iter().map(|(i, jaccard)| Duplicate::Near {
            of: self.entries[i].0.clone(),
            jaccard,
        }));
        found
    }

    /// Record an article as stored.
    pub fn insert(&mut self, id: ArticleId, fp: &Fingerprint) {
        let i = self.entries.len();
        self.exact.entry(fp.exact).or_default().push(i);
        for k in fp.band_keys() {
            self.bands.entry(k).or_default().push(i);
        }
        self.entries.push((id, fp.shingles.clone()));
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(headline: &str, body: &str) -> Article {
        Article {
            headline: headline.into(),
            paragraphs: body.split("\n\n").map(str::to_string).collect(),
            ..Article::default()
        }
    }

    const BODY: &str = "The two ministers met in the capital on Monday to discuss border trade and water rights.\n\n\
        Officials on both sides said the talks were frank and that a further round would follow next month.\n\n\
        The meeting was the first at this level since the dispute over the dam flared up three years ago.";

    #[test]
    fn shingles_hash_the_words_joined_by_one_space() {
        let words = ["talks", "on", "the", "border", "dam", "resume", "today"];
        let expected: std::collections::BTreeSet<u64> = words
            .windows(SHINGLE_WORDS)
            .map(|w| xxh3_64_with_seed(w.join(" ").as_bytes(), SHINGLE_SEED))
            .collect();
        let single = shingles(&words.join(" "));
        assert_eq!(single, expected.iter().copied().collect::<Vec<_>>());
        // Uneven spacing gives the same shingles.
        assert_eq!(
            shingles(" talks on  the border dam   resume today "),
            single
        );
    }

    #[test]
    fn exact_key_ignores_case_punctuation_and_spacing() {
        let a = Fingerprint::of(&article("Talks resume", BODY));
        let b = Fingerprint::of(&article(
            "TALKS  RESUME!",
            &BODY.replace("Monday", "monday"),
        ));
        assert_eq!(a.exact, b.exact);
    }

    #[test]
    fn near_duplicate_found_and_different_text_not() {
        let mut index = DuplicateIndex::new();
        let original = Fingerprint::of(&article("Talks resume", BODY));
        index.insert(article_id(original.exact), &original);

        let edited = Fingerprint::of(&article(
            "Talks resume",
            &format!("{BODY} Both delegations declined to comment."),
        ));
        assert!(jaccard(&original.shingles, &edited.shingles) >= NEAR_DUPLICATE_JACCARD);
        match index.find(&edited) {
            Some(Duplicate::Near { of, jaccard }) => {
                assert_eq!(of, article_id(original.exact));
                assert!(jaccard >= NEAR_DUPLICATE_JACCARD);
            }
            other => panic!("expected a near duplicate, got {other:?}"),
        }

        let other = Fingerprint::of(&article(
            "Storm closes ports",
            "Heavy rain and wind closed three ports along the coast on Friday, the harbour authority said.",
        ));
        assert_eq!(index.find(&other), None);
    }

    #[test]
    fn exact_duplicate_reported_as_exact() {
        let mut index = DuplicateIndex::new();
        let fp = Fingerprint::of(&article("Talks resume", BODY));
        index.insert(article_id(fp.exact), &fp);
        assert_eq!(
            index.find(&fp),
            Some(Duplicate::Exact {
                of: article_id(fp.exact)
            })
        );
    }

    #[test]
    fn minhash_is_the_least_permuted_shingle() {
        let shingles = [3u64, 0x1234_5678_9abc_def0, u64::MAX, 77];
        let expected: Vec<u64> = permutations()
            .iter()
            .map(|&(a, b)| {
                shingles
                    .iter()
                    .map(|s| s.wrapping_mul(a).wrapping_add(b))
                    .min()
                    .unwrap_or(u64::MAX)
            })
            .collect();
        assert_eq!(minhash(&shingles), expected);
        assert_eq!(minhash(&[]), vec![u64::MAX; SIGNATURE_LEN]);
    }

    #[test]
    fn dedup_text_joins_normalised_paragraphs() {
        let a = Article {
            headline: "!!".into(),
            paragraphs: vec!["One, two".into(), " -- ".into(), "Three".into()],
            ..Article::default()
        };
        assert_eq!(dedup_text(&a), " one two three");
    }

    #[test]
    fn jaccard_of_sets() {
        assert_eq!(jaccard(&[1, 2, 3, 4], &[3, 4, 5, 6]), 2.0 / 6.0);
        assert_eq!(jaccard(&[], &[]), 1.0);
        assert_eq!(jaccard(&[1], &[]), 0.0);
    }

    #[test]
    fn signatures_are_stable_across_runs() {
        let fp = Fingerprint::of_text("one two three four five six");
        assert_eq!(fp.minhash.len(), SIGNATURE_LEN);
        assert_eq!(fp.band_keys().len(), BANDS);
        assert_eq!(fp, Fingerprint::of_text("one two three four five six"));
    }
}
