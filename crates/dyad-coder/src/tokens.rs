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

/// The char starting at byte `at` of `text`, if any (`at` is on a char
/// boundary); ASCII, most of the text, needs no decoding.
fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text.get(at..)?.chars().next(),
    }
}

/// Prefixes joined to the word after their hyphen.
const JOINED_PREFIXES: &[&str] = &["re", "de", "co", "non", "sit", "hunger", "cease"];

/// Tokens of `paragraph[range]`, offsets relative to the paragraph.
#[must_use]
pub fn tokenize(paragraph: &str, range: std::ops::Range<usize>) -> Vec<Token> {
    let text = &paragraph[range.clone()];
    let base = range.start;
    // About one token per five bytes of news text.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    // Positions are byte offsets into `text`, always on char boundaries.
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let pos = i;
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i;
            while let Some(d) = char_at(text, j).filter(|d| d.is_alphanumeric()) {
                j += d.len_utf8();
            }
            // Numbers keep their separators ("40,000", "1.1"); dotted
            // acronyms stay one word ("U.N.", "U.S.").
            let digit_run = c.is_ascii_digit();
            loop {
                let sep = char_at(text, j);
                // Separators are one byte wide when they matter below.
                let after = char_at(text, j + 1).filter(|_| matches!(sep, Some(',' | '.')));
                let joins_number = digit_run
                    && matches!(sep, Some(',' | '.'))
                    && after.is_some_and(|c| c.is_ascii_digit());
                let joins_acronym = !digit_run
                    && sep == Some('.')
                    && j == i + c.len_utf8()
                    && after.is_some_and(char::is_alphabetic)
                    && after.and_then(|a| char_at(text, j + 1 + a.len_utf8())) == Some('.');
                if joins_number {
                    j += 1;
                    while char_at(text, j).is_some_and(|c| c.is_ascii_digit()) {
                        j += 1;
                    }
                } else if joins_acronym {
                    // Consume "X." pairs: U.S. -> "u.s."
                    while char_at(text, j) == Some('.') {
                        let Some(letter) = char_at(text, j + 1).filter(|c| c.is_alphabetic())
                        else {
                            break;
                        };
                        let pair_end = j + 1 + letter.len_utf8();
                        if char_at(text, pair_end).is_some_and(char::is_alphanumeric) {
                            break;
                        }
                        j = pair_end;
                    }
                    if char_at(text, j) == Some('.') {
                        j += 1;
                    }
                    break;
                } else {
                    break;
                }
            }
            // "re-impose", "de-escalation", "sit-in": a prefix and its word
            // are one token (the lexicon names them so); "Saudi-led" stays
            // three.
            if char_at(text, j) == Some('-')
                && char_at(text, j + 1).is_some_and(char::is_alphabetic)
                && JOINED_PREFIXES
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(&text[pos..j]))
            {
                j += 1;
                while let Some(d) = char_at(text, j).filter(|d| d.is_alphanumeric()) {
                    j += d.len_utf8();
                }
            }
            let end = j;
            let word = &text[pos..end];
            // An apostrophe right after the word, and the byte after it.
            let apostrophe_end = char_at(text, j)
                .filter(|&c| is_apostrophe(c))
                .map(|c| j + c.len_utf8());
            // "n't": the n belongs to the contraction.
            let t_end = apostrophe_end
                .filter(|&k| matches!(char_at(text, k), Some('t' | 'T')))
                .map(|k| k + 1)
                .filter(|&k| !char_at(text, k).is_some_and(char::is_alphanumeric));
            if let Some(t_end) = t_end.filter(|_| word.len() > 1 && word.ends_with(['n', 'N'])) {
                let stem_end = end - 1;
                push(&mut tokens, text, base, pos, stem_end);
                tokens.push(Token {
                    norm: "n't".into(),
                    start: base + stem_end,
                    end: base + t_end,
                    capitalised: false,
                });
                i = t_end;
                continue;
            }
            push(&mut tokens, text, base, pos, end);
            // Possessive "'s" / "’s" and bare "'" after a plural.
            let s_end = apostrophe_end
                .filter(|&k| matches!(char_at(text, k), Some('s' | 'S')))
                .map(|k| k + 1)
                .filter(|&k| !char_at(text, k).is_some_and(char::is_alphanumeric));
            if let Some(s_end) = s_end {
                tokens.push(Token {
                    norm: "'s".into(),
                    start: base + j,
                    end: base + s_end,
                    capitalised: false,
                });
                i = s_end;
                continue;
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
        i = end;
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
    fn prefixed_words_stay_whole_and_attributes_split() {
        assert_eq!(
            norms("re-imposed a Saudi-led de-escalation"),
            vec!["re-imposed", "a", "saudi", "-", "led", "de-escalation"]
        );
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
    fn multi_byte_letters_and_apostrophes_keep_their_offsets() {
        assert_eq!(
            norms("Ö.Ü. can\u{2019}t, Zoë\u{2019}s 3.\u{e9}"),
            vec!["ö.ü.", "ca", "n't", ",", "zoë", "'s", "3", ".", "é"]
        );
        let p = "É’s";
        let toks = tokenize(p, 0..p.len());
        assert_eq!(&p[toks[1].start..toks[1].end], "’s");
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
