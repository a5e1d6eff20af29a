//! One module per input format; each turns an [`Input`] into documents and problems.

mod feed;
mod html;
mod jsonl;
mod newsplease;
mod text;
mod warc;

use crate::format::Format;
use crate::read::{Input, SourceItem};

/// Reads one decompressed input with the source for its (already detected) format.
pub(crate) fn read(format: Format, input: &Input) -> Vec<SourceItem> {
    match format {
        Format::Auto | Format::Text => text::read(input),
        Format::NewsPlease => newsplease::read(input),
        Format::Jsonl => jsonl::read(input),
        Format::Html => html::read(input),
        Format::Feed => feed::read(input),
        Format::Warc => warc::read(input),
    }
}

/// Paragraphs of a plain text field: one per line (blank lines or single newlines
/// alike), trimmed, empty ones dropped, inner whitespace runs collapsed.
pub(crate) fn paragraphs_from_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(collapse_whitespace)
        .filter(|paragraph| !paragraph.is_empty())
        .collect()
}

/// Trims and turns every run of whitespace (including no-break spaces) into one space.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The host of an absolute URL, lower-cased, without port or credentials.
pub(crate) fn host_of(url: &str) -> Option<String> {
    let (_, rest) = url.trim().split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// Some non-empty trimmed text, or `None`.
pub(crate) fn non_empty(text: &str) -> Option<String> {
    let text = collapse_whitespace(text);
    (!text.is_empty()).then_some(text)
}

/// A timestamp as the source wrote it, trimmed; the `YYYY-MM-DD HH:MM:SS` form that
/// news-please writes gets ISO 8601's `T` so that later stages parse one form.
pub(crate) fn normalise_timestamp(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let bytes = text.as_bytes();
    let date_then_space = bytes.len() > 11
        && bytes[..10].iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
        && bytes[10] == b' '
        && bytes[11].is_ascii_digit();
    if date_then_space {
        Some(format!("{}T{}", &text[..10], &text[11..]))
    } else {
        Some(text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_text_fields_into_paragraphs_on_any_newline() {
        let text = "First line.\nSecond  line.\n\n \u{a0}\n  Third.  \r\n";
        assert_eq!(
            paragraphs_from_lines(text),
            ["First line.", "Second line.", "Third."]
        );
    }

    #[test]
    fn gives_news_please_timestamps_the_iso_separator() {
        assert_eq!(
            normalise_timestamp(" 2019-03-21 10:15:00 ").as_deref(),
            Some("2019-03-21T10:15:00")
        );
        assert_eq!(
            normalise_timestamp("Tue, 04 Mar 2025 08:00:00 GMT").as_deref(),
            Some("Tue, 04 Mar 2025 08:00:00 GMT")
        );
        assert_eq!(normalise_timestamp("  "), None);
    }

    #[test]
    fn finds_the_host_of_a_url() {
        assert_eq!(
            host_of("https://user@News.Example.org:8080/a/b?c").as_deref(),
            Some("news.example.org")
        );
        assert_eq!(host_of("not a url"), None);
    }
}
