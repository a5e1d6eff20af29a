//! Word and punctuation tokens with byte offsets into the paragraph.

/// One token: a word (letters and digits, lower-cased) or one punctuation
/// character. Contractions are split the way the lexicon expects: "hasn't"
/// gives `has` and `n't`, "Russia's" gives `russia` and `'s`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Lower-cased text; curly apostrophes become `'`.
    pub norm: String,
    /// Byte offsets into the paragraph, end exclusive.
    pub start: usize,
    pub end: usize,
    /// The word starts with an upper-case letter.
    pub capitalised: bool,
}

impl Token {
    /// A word, not punctuation.
    #[must_use]
    pub fn is_word(&self) -> bool {
        self.norm.chars().next().is_some_and(char::is_alphanumeric)
            || self.norm == "'s"
            || self.norm == "n't"
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Tokens of `paragraph[range]`, offsets relative to the paragraph.
#[must_use]
pub fn tokenize(paragraph: &str, range: std::ops::Range<usize>) -> Vec<Token> {
    let text = &paragraph[range.clone()];
    let base = range.start;
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i;
            while j < chars.len() && chars[j].1.is_alphanumeric() {
                j += 1;
            }
            // Numbers keep their separators ("40,000", "1.1"); dotted
            // acronyms stay one word ("U.N.", "U.S.").
            let digit_run = c.is_ascii_digit();
            loop {
                let sep = chars.get(j).map(|&(_, c)| c);
                let after = chars.get(j + 1).map(|&(_, c)| c);
                let joins_number = digit_run
                    && matches!(sep, Some(',' | '.'))
                    && after.is_some_and(|c| c.is_ascii_digit());
                let joins_acronym = !digit_run
                    && sep == Some('.')
                    && j - i == 1
                    && after.is_some_and(char::is_alphabetic)
                    && chars.get(j + 2).map(|&(_, c)| c) == Some('.');
                if joins_number {
                    j += 1;
                    while j < chars.len() && chars[j].1.is_ascii_digit() {
                        j += 1;
                    }
                } else if joins_acronym {
                    // Consume "X." pairs: U.S. -> "u.s."
                    while j + 1 < chars.len()
                        && chars[j].1 == '.'
                        && chars[j + 1].1.is_alphabetic()
                        && chars.get(j + 2).is_none_or(|&(_, c)| !c.is_alphanumeric())
                    {
                        j += 2;
                    }
                    if j < chars.len() && chars[j].1 == '.' {
                        j += 1;
                    }
                    break;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            let word = &text[pos..end];
            // "n't": the n belongs to the contraction.
            let next_is_t = j + 1 < chars.len()
                && is_apostrophe(chars[j].1)
                && matches!(chars[j + 1].1, 't' | 'T')
                && chars.get(j + 2).is_none_or(|&(_, c)| !c.is_alphanumeric());
            if next_is_t && word.len() > 1 && word.ends_with(['n', 'N']) {
                let stem_end = end - 1;
                push(&mut tokens, text, base, pos, stem_end);
                let t_end = chars.get(j + 2).map_or(text.len(), |&(p, _)| p);
                tokens.push(Token {
                    norm: "n't".into(),
                    start: base + stem_end,
                    end: base + t_end,
                    capitalised: false,
                });
                i = j + 2;
                continue;
            }
            push(&mut tokens, text, base, pos, end);
            // Possessive "'s" / "’s" and bare "'" after a plural.
            if j < chars.len() && is_apostrophe(chars[j].1) {
                let s_follows = j + 1 < chars.len()
                    && matches!(chars[j + 1].1, 's' | 'S')
                    && chars.get(j + 2).is_none_or(|&(_, c)| !c.is_alphanumeric());
                if s_follows {
                    let s_end = chars.get(j + 2).map_or(text.len(), |&(p, _)| p);
                    tokens.push(Token {
                        norm: "'s".into(),
                        start: base + chars[j].0,
                        end: base + s_end,
                        capitalised: false,
                    });
                    i = j + 2;
                    continue;
                }
            }
            i = j;
            continue;
        }
        let end = pos + c.len_utf8();
        let norm = match c {
            '\u{2019}' | '\u{2018}' => "'".to_string(),
            '\u{201c}' | '\u{201d}' => "\"".to_string(),
            '\u{2013}' | '\u{2014}' => "-".to_string(),
            other => other.to_string(),
        };
        tokens.push(Token {
            norm,
            start: base + pos,
            end: base + end,
            capitalised: false,
        });
        i += 1;
    }
    tokens
}

fn push(tokens: &mut Vec<Token>, text: &str, base: usize, start: usize, end: usize) {
    let word = &text[start..end];
    let norm = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    };
    tokens.push(Token {
        norm,
        start: base + start,
        end: base + end,
        capitalised: word.chars().next().is_some_and(char::is_uppercase),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokenize(text, 0..text.len())
            .into_iter()
            .map(|t| t.norm)
            .collect()
    }

    #[test]
    fn splits_contractions_possessives_and_punctuation() {
        assert_eq!(
            norms("Russia\u{2019}s envoy hasn't come, won't."),
            vec!["russia", "'s", "envoy", "has", "n't", "come", ",", "wo", "n't", "."]
        );
        assert_eq!(norms("\u{201c}No\u{201d}"), vec!["\"", "no", "\""]);
    }

    #[test]
    fn numbers_and_acronyms_stay_whole() {
        assert_eq!(
            norms("U.N. sent 40,000 tents, 1.5 tonnes."),
            vec!["u.n.", "sent", "40,000", "tents", ",", "1.5", "tonnes", "."]
        );
        assert_eq!(norms("the U.S. envoy"), vec!["the", "u.s.", "envoy"]);
    }

    #[test]
    fn offsets_point_into_the_paragraph() {
        let p = "Intro. Kenya’s army";
        let toks = tokenize(p, 7..p.len());
        assert_eq!(&p[toks[0].start..toks[0].end], "Kenya");
        assert_eq!(&p[toks[1].start..toks[1].end], "’s");
        assert_eq!(&p[toks[2].start..toks[2].end], "army");
        assert!(toks[0].capitalised && !toks[2].capitalised);
        assert!(toks[2].is_word() && toks[1].is_word());
    }
}
