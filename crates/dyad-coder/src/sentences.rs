//! Sentence segmentation that survives abbreviations, initials, decimals and
//! quotes.
//!
//! A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets right
//! after it) when whitespace and then an upper-case letter, digit or opening
//! quote follow, unless the word before the full stop is a known abbreviation
//! ("Adm.", "Dr.", "No."), a single letter (an initial, "U.S."), or a title.

use std::ops::Range;

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "adm", "gen", "lt", "col", "capt", "cmdr", "sgt", "maj", "brig", "dr", "mr", "mrs", "ms",
    "prof", "rev", "sen", "rep", "gov", "pres", "st", "jr", "sr", "no", "nos", "vs", "etc", "inc",
    "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mt", "ft", "approx", "dept", "univ", "fig", "hon", "amb", "supt", "insp",
];

/// Byte ranges of the sentences of `text`, trimmed of surrounding whitespace.
#[must_use]
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            let mut end = i + 1;
            // Closing quotes and brackets belong to the sentence.
            while end < bytes.len() {
                let rest = &text[end..];
                let Some(c) = rest.chars().next() else { break };
                if matches!(c, '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            if ends_sentence(text, i, end) {
                push_trimmed(text, start..end, &mut out);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

/// Whether the terminator at `stop` (with closers up to `after`) ends a sentence.
fn ends_sentence(text: &str, stop: usize, after: usize) -> bool {
    let rest = &text[after..];
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        // No whitespace after: "U.S.", "3.5", "e.g.x".
        return false;
    }
    let Some(next) = trimmed.chars().next() else {
        return false;
    };
    let opens = next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[');
    if !opens {
        return false;
    }
    if text.as_bytes()[stop] != b'.' {
        return true;
    }
    // The word before the full stop.
    let before = &text[..stop];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    // Initials and dotted acronyms: "J.", "U.S", "U.N".
    let letters: Vec<&str> = word.split('.').filter(|s| !s.is_empty()).collect();
    if letters.iter().all(|s| s.chars().count() == 1) {
        // "U.S." at a sentence end is ambiguous; only a following capitalised
        // function word ("The", "He") marks a new sentence.
        if letters.len() > 1 {
            return starts_with_function_word(trimmed);
        }
        return false;
    }
    let lower = word.to_ascii_lowercase();
    !ABBREVIATIONS.contains(&lower.as_str())
}

fn starts_with_function_word(text: &str) -> bool {
    const STARTERS: &[&str] = &[
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "A", "An", "This",
        "That", "There", "His", "Her", "Their", "Its",
    ];
    let word: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    STARTERS.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_on_terminators_and_keeps_abbreviations() {
        assert_eq!(
            split("Adm. Jane Roe met Dr. Smith. They spoke for 2.5 hours! Was it enough? Yes."),
            vec![
                "Adm. Jane Roe met Dr. Smith.",
                "They spoke for 2.5 hours!",
                "Was it enough?",
                "Yes."
            ]
        );
    }

    #[test]
    fn keeps_initials_and_acronyms_inside() {
        assert_eq!(
            split("John F. Kennedy visited the U.S. Senate. The U.N. said No. 3 was safe."),
            vec![
                "John F. Kennedy visited the U.S. Senate.",
                "The U.N. said No. 3 was safe."
            ]
        );
        assert_eq!(
            split("Talks with the U.S. The envoy left."),
            vec!["Talks with the U.S.", "The envoy left."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("\u{201c}We will not yield.\u{201d} The minister left. \"Never.\" He smiled."),
            vec![
                "\u{201c}We will not yield.\u{201d}",
                "The minister left.",
                "\"Never.\"",
                "He smiled."
            ]
        );
    }

    #[test]
    fn lower_case_after_stop_does_not_split() {
        assert_eq!(
            split("He said etc. and left"),
            vec!["He said etc. and left"]
        );
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(split("   "), Vec::<&str>::new());
    }
}
