//! Text normalisation shared by segmentation, dedup and matching.

/// Lower-case ASCII-folded words joined by single spaces: the form that exact
/// duplicate keys and shingles are computed on. Accents are dropped, curly
/// quotes and punctuation become word breaks.
#[must_use]
pub fn normalise_for_matching(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut push = |c: char| {
        if c.is_alphanumeric() {
            if !c.is_ascii() && unicode_normalization::char::is_combining_mark(c) {
                return;
            }
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else if c.is_ascii() || !unicode_normalization::char::is_combining_mark(c) {
            pending_space = true;
        }
    };
    for c in text.chars() {
        // Compatibility decomposition char by char: combining marks are
        // dropped anyway, so their canonical order does not matter, and
        // ASCII (most of the text) needs no lookup at all.
        if c.is_ascii() {
            push(c);
        } else {
            unicode_normalization::char::decompose_compatible(c, &mut push);
        }
    }
    out
}

/// Whether a line is blank: only whitespace, including no-break spaces
/// (U+00A0), zero-width and byte-order marks that page scrapes leave behind.
#[must_use]
pub fn is_blank_line(line: &str) -> bool {
    line.chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{00a0}' | '\u{200b}' | '\u{feff}'))
}

/// Trim whitespace including no-break spaces.
#[must_use]
pub fn clean_line(line: &str) -> &str {
    line.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '\u{00a0}' | '\u{200b}' | '\u{feff}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_accents_case_and_punctuation() {
        assert_eq!(
            normalise_for_matching("Frédéric  Mondoloni’s “Plan”!"),
            "frederic mondoloni s plan"
        );
        // Compatibility forms and decomposed input give the same key.
        assert_eq!(normalise_for_matching("ﬁnal Ⅻ ＡＢ"), "final xii ab");
        assert_eq!(
            normalise_for_matching("Sa\u{301}o Pa\u{303}o ŞİŞLİ"),
            "sao pao sisli"
        );
    }

    #[test]
    fn no_break_space_line_is_blank() {
        assert!(is_blank_line("\u{a0}"));
        assert!(is_blank_line("  \t"));
        assert!(!is_blank_line("\u{a0}x"));
    }
}
