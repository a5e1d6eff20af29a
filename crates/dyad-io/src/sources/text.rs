//! Page dumps and plain-text articles: the whole file becomes one text document.

use dyad_core::document::{Content, Document};

use crate::error::SourceError;
use crate::read::{Input, SourceItem};

/// How much of the start of a file is examined to tell text from binary data.
const BINARY_SAMPLE: usize = 8 * 1024;
/// Share of control characters above which the sample is taken for binary data.
const MAX_CONTROL_SHARE: f64 = 0.10;

pub(crate) fn read(input: &Input) -> Vec<SourceItem> {
    // A truncated text cannot be told from a shorter complete one: the gzip error
    // already reported it, and a partial article would only mislead later stages.
    if input.truncated {
        return Vec::new();
    }
    if let Some(reason) = binary_evidence(input.bytes) {
        return vec![SourceItem::Error(SourceError::Binary {
            path: input.path.to_string(),
            reason,
        })];
    }
    let (text, warning) = input.text();
    let mut items: Vec<SourceItem> = warning.into_iter().collect();
    if text.trim().is_empty() {
        items.push(SourceItem::Error(SourceError::Empty {
            path: input.path.to_string(),
        }));
        return items;
    }
    items.push(SourceItem::Document(Document {
        source: input.path.to_string(),
        position: 0,
        content: Content::Text(text),
    }));
    items
}

/// Why the start of the bytes looks binary, if it does: NUL bytes, or many control
/// characters other than tab, newline, carriage return and form feed.
fn binary_evidence(bytes: &[u8]) -> Option<String> {
    let sample = &bytes[..bytes.len().min(BINARY_SAMPLE)];
    if let Some(at) = sample.iter().position(|&b| b == 0) {
        return Some(format!("NUL byte at offset {at}"));
    }
    let controls = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    let share = controls as f64 / sample.len().max(1) as f64;
    (share > MAX_CONTROL_SHARE).then(|| format!("{:.0}% control characters", share * 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_binary_from_text() {
        assert!(binary_evidence(b"PK\x03\x04\x00\x00").is_some());
        assert!(binary_evidence(b"\x01\x02\x03\x04abc").is_some());
        assert_eq!(
            binary_evidence("Caf\u{e9} talks\r\n\tresume".as_bytes()),
            None
        );
        assert_eq!(binary_evidence(b"Latin-1 caf\xe9 is text"), None);
    }
}
