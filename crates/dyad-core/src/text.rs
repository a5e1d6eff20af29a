//! Text normalisation shared by segmentation, dedup and matching.

/// Lower-case ASCII-folded words joined by single spaces: the form that exact
/// duplicate keys and shingles are computed on. Accents are dropped, curly
/// quotes and punctuation become word breaks.
#[must_use]
pub fn normalise_for_matching(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    append_normalised(text, &mut out);
    out
}

/// [`normalise_for_matching`] of `text` appended to `out` (no separator is
/// added before it); returns whether anything was appended. Saves the
/// allocation of a string per piece when several pieces are joined.
pub fn append_normalised(text: &str, out: &mut String) -> bool {
    let origin = out.len();
    let mut pending_space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            // A run of ASCII letters and digits is copied at once, then
            // lower-cased in place.
            let run_end = bytes[i..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .map_or(bytes.len(), |n| i + n);
            if pending_space && out.len() > origin {
                out.push(' ');
            }
            pending_space = false;
            let from = out.len();
            out.push_str(&text[i..run_end]);
            out[from..].make_ascii_lowercase();
            i = run_end;
        } else if b.is_ascii() {
            pending_space = true;
            i += 1;
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            i += c.len_utf8();
            // Compatibility decomposition char by char: combining marks are
            // dropped anyway, so their canonical order does not matter.
            unicode_normalization::char::decompose_compatible(c, |c| {
                push_decomposed(c, origin, &mut pending_space, out);
            });
        }
    }
    out.len() > origin
}

/// One char of a compatibility decomposition, by the rules of
/// [`normalise_for_matching`].
fn push_decomposed(c: char, origin: usize, pending_space: &mut bool, out: &mut String) {
    if c.is_alphanumeric() {
        if !c.is_ascii() && unicode_normalization::char::is_combining_mark(c) {
            return;
        }
        if *pending_space && out.len() > origin {
            out.push(' ');
        }
        *pending_space = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    } else if c.is_ascii() || !unicode_normalization::char::is_combining_mark(c) {
        *pending_space = true;
    }
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
    fn appending_matches_normalising_alone() {
        let mut out = String::from("head");
        assert!(append_normalised(" ,Öl-Preis  ﬁx!", &mut out));
        assert_eq!(
            out,
            format!("head{}", normalise_for_matching(" ,Öl-Preis  ﬁx!"))
        );
        assert!(!append_normalised(" -- \u{301} ", &mut out));
        assert_eq!(normalise_for_matching("A1b2\u{e9}C d"), "a1b2ec d");
    }

    #[test]
    fn no_break_space_line_is_blank() {
        assert!(is_blank_line("\u{a0}"));
        assert!(is_blank_line("  \t"));
        assert!(!is_blank_line("\u{a0}x"));
    }
}
