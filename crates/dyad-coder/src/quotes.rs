//! Direct quotes with their speaker, speech verb and medium.

use std::sync::OnceLock;

use dyad_core::{Article, Mention, MentionKind, Quote};
use regex::Regex;

use crate::clause::{parties, Clause, Speaker, SPEECH_VERBS};
use crate::tokens::tokenize;

/// Quotes shorter than this many words are scare quotes ("core interests"),
/// not speech.
const MIN_QUOTE_WORDS: usize = 4;

fn medium_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(concat!(
            r"in an? (?:[\w-]+ ){0,3}?post on [A-Z][\w]*(?:\.com)?",
            r"|in an? (?:written |joint |televised |brief )?statement",
            r"|according to an? (?:readout|statement|transcript) (?:by|from|released by) (?:the )?(?:official |state )?[A-Z][\w]*(?: [A-Z][\w]*)*(?: news agency)?",
            r"|told (?:the )?(?:state )?(?:[A-Z]\w*(?: [A-Z]\w*)* (?:news agency|newspaper|television|broadcaster)|[A-Z]\w*)",
            r"|in an interview with (?:the )?[A-Z][\w]*(?: [A-Z][\w]*)*",
            r"|(?:in|on) (?:a |an )?(?:televised |video )(?:address|message|speech)",
            r"|at an? (?:news|press) (?:conference|briefing)",
            r"|(?:on|in) a (?:phone |telephone )?call",
            r"|on (?:state )?(?:television|TV|radio)",
        ))
        .unwrap_or_else(|e| panic!("medium pattern: {e}"))
    })
}

/// A quoted span: byte range of the text inside the marks, and of the marks.
struct Span {
    inner: std::ops::Range<usize>,
    outer: std::ops::Range<usize>,
}

fn quote_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (mark start, inner start)
    for (i, c) in text.char_indices() {
        let next = i + c.len_utf8();
        match (c, open) {
            ('\u{201c}', None) | ('"', None) => open = Some((i, next)),
            ('\u{201d}', Some((o, s))) | ('"', Some((o, s))) => {
                spans.push(Span {
                    inner: s..i,
                    outer: o..next,
                });
                open = None;
            }
            ('\u{201c}', Some(_)) => open = Some((i, next)),
            _ => {}
        }
    }
    // A quote left open that starts the paragraph runs to its end (a
    // quotation continued in the next paragraph).
    if let Some((o, s)) = open {
        if text[..o].trim().is_empty() {
            spans.push(Span {
                inner: s..text.len(),
                outer: o..text.len(),
            });
        }
    }
    spans
}

/// Direct quotes of `article`, in text order. Each speaker is resolved from
/// the attribution after the quote (", X said", "said X", "he told AFP") or
/// before it ("X told reporters:"); "he" / "she" is the last person named.
#[must_use]
pub fn quotes(article: &Article) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut last_person: Option<&Mention> = None;
    for (p, text) in article.paragraphs.iter().enumerate() {
        let mentions: Vec<&Mention> = article
            .mentions
            .iter()
            .filter(|m| m.paragraph == p)
            .collect();
        for span in quote_spans(text) {
            let inner = &text[span.inner.clone()];
            if inner.split_whitespace().count() < MIN_QUOTE_WORDS {
                continue;
            }
            let person_before = mentions
                .iter()
                .rev()
                .find(|m| m.kind == MentionKind::Person && m.end <= span.outer.start)
                .copied()
                .or(last_person);
            // Attribution windows: the rest of the sentence after the quote,
            // then the text before it.
            let after_end = text[span.outer.end..]
                .find(['.', '!', '?'])
                .map_or(text.len(), |i| span.outer.end + i);
            let before_start = text[..span.outer.start]
                .char_indices()
                .rev()
                .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '"' | '\u{201d}'))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let windows = [span.outer.end..after_end, before_start..span.outer.start];
            let mut quote = Quote {
                speaker: None,
                speaker_text: None,
                text: inner.trim().to_string(),
                verb: None,
                medium: None,
                paragraph: p,
            };
            for window in windows {
                if window.is_empty() {
                    continue;
                }
                let tokens = tokenize(text, window.clone());
                let Some(verb) = tokens
                    .iter()
                    .find(|t| SPEECH_VERBS.contains(&t.norm.as_str()) || t.norm == "according")
                else {
                    continue;
                };
                let window_parties = parties(text, &mentions, &tokens, &window, &|_| None);
                let clause = Clause {
                    tokens: &tokens,
                    parties: &window_parties,
                };
                let speaker = match clause.speaker() {
                    Some(Speaker::Party(idx)) => {
                        let party = &window_parties[idx];
                        Some((party.actor.clone(), party.text.clone()))
                    }
                    Some(Speaker::Person) => {
                        person_before.and_then(|m| m.actor.clone().map(|a| (a, m.text.clone())))
                    }
                    _ => None,
                };
                quote.verb = Some(text[verb.start..verb.end].to_string());
                quote.medium = medium_pattern()
                    .find(&text[window.clone()])
                    .map(|m| m.as_str().to_string());
                if let Some((actor, speaker_text)) = speaker {
                    quote.speaker = Some(actor);
                    quote.speaker_text = Some(speaker_text);
                }
                break;
            }
            out.push(quote);
        }
        if let Some(m) = mentions
            .iter()
            .rev()
            .find(|m| m.kind == MentionKind::Person)
        {
            last_person = Some(m);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_pair_straight_and_curly_marks() {
        let text = "He said \u{201c}we will act now\u{201d} and \"never again, never\" then.";
        let spans: Vec<&str> = quote_spans(text)
            .iter()
            .map(|s| &text[s.inner.clone()])
            .collect();
        assert_eq!(spans, vec!["we will act now", "never again, never"]);
        let open = "\u{201c}This runs on to the next paragraph";
        assert_eq!(quote_spans(open).len(), 1);
        assert!(quote_spans("a stray \u{201c} mark inside").is_empty());
    }

    #[test]
    fn a_curly_closing_mark_before_a_quote_is_no_char_boundary_problem() {
        let article = Article {
            headline: "Moscow vows reply".to_string(),
            paragraphs: vec![
                "The minister called the expulsions \u{201c}unjust\u{201d} and later said \
                 \u{201c}we will answer them in kind\u{201d} to reporters."
                    .to_string(),
            ],
            ..Article::default()
        };
        let found = quotes(&article);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "we will answer them in kind");
    }

    #[test]
    fn medium_phrases_are_recognised() {
        for (text, want) in [
            ("she said in a post on X.", "in a post on X"),
            (
                "he told the Kyodo news agency",
                "told the Kyodo news agency",
            ),
            (
                "according to a readout by the official Tanjug news agency",
                "according to a readout by the official Tanjug news agency",
            ),
            ("the ministry said in a statement", "in a statement"),
            ("he said at a news conference", "at a news conference"),
        ] {
            assert_eq!(
                medium_pattern().find(text).map(|m| m.as_str()),
                Some(want),
                "{text}"
            );
        }
    }
}
