//! Segmentation: documents into clean articles.
//!
//! A page dump (DESIGN §2) holds several articles, each opening with a
//! *header*: the headline, the photo caption (often twice), a `TT` marker, then
//! the headline and caption again. The header is recognised by what makes it a
//! header, not by exact layout: a short line that recurs within the next few
//! lines with only caption-like lines or `TT` between, or a `TT` marker after a
//! headline and captions. So dumps without captions (headline, `TT`, headline)
//! or without markers (headline, captions, headline, captions) split as well.
//! Text with no header at all is a plain article: first line is the headline.
//!
//! Body paragraphs are the remaining lines. Lines holding only whitespace or
//! no-break spaces separate paragraphs; so does a single newline, since dumps
//! put one paragraph a line. Hard-wrapped plain text (lines of ~70 characters
//! inside blank-line separated blocks) is re-joined into paragraphs.

use crate::dedup::{article_id, dedup_text, exact_key};
use crate::document::{ArticleParts, Content, Document};
use crate::model::{Article, Caption, Published, Sighting};
use crate::text::{clean_line, is_blank_line};

/// Longest gap, in non-blank lines, between a headline and its repeat.
const MAX_HEADER_GAP: usize = 6;
/// Headlines are short; a recurring long line is a repeated paragraph, not a header.
const MAX_HEADLINE_CHARS: usize = 300;
const MARKER: &str = "TT";

/// The articles of one document, in order, each with its sighting and id.
#[must_use]
pub fn articles(document: &Document) -> Vec<Article> {
    let drafts = match &document.content {
        Content::Text(text) => split_text(text),
        Content::Parts(parts) => vec![from_parts(parts)],
    };
    drafts
        .into_iter()
        .filter(|a| !a.headline.is_empty() || !a.paragraphs.is_empty())
        .enumerate()
        .map(|(i, mut article)| {
            article.sightings = vec![Sighting {
                source: document.source.clone(),
                position: if matches!(document.content, Content::Text(_)) {
                    i
                } else {
                    document.position
                },
            }];
            article.id = article_id(exact_key(&dedup_text(&article)));
            article
        })
        .collect()
}

fn from_parts(parts: &ArticleParts) -> Article {
    let paragraphs: Vec<String> = parts
        .paragraphs
        .iter()
        .map(|p| clean_line(p).to_string())
        .filter(|p| !p.is_empty() && *p != clean_line(&parts.headline))
        .collect();
    Article {
        headline: clean_line(&parts.headline).to_string(),
        captions: parts.captions.clone(),
        paragraphs,
        published: parts.published.as_deref().and_then(stated_publication_date),
        url: parts.url.clone(),
        source_domain: parts.source_domain.clone(),
        authors: parts.authors.clone(),
        ..Article::default()
    }
}

/// A publication date as an input states it (ISO 8601 date or timestamp,
/// RFC 2822, or `YYYY-MM-DD HH:MM:SS` as news-please writes it), as YYYY-MM-DD.
#[must_use]
pub fn stated_publication_date(raw: &str) -> Option<Published> {
    let raw = raw.trim();
    let date = chrono::DateTime::parse_from_rfc3339(raw)
        .map(|d| d.date_naive())
        .or_else(|_| chrono::DateTime::parse_from_rfc2822(raw).map(|d| d.date_naive()))
        .or_else(|_| {
            chrono::NaiveDateTime::parse_from_str(raw, "%Y-%m-%d %H:%M:%S").map(|d| d.date())
        })
        .or_else(|_| {
            chrono::NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S").map(|d| d.date())
        })
        .or_else(|_| chrono::NaiveDate::parse_from_str(raw.get(..10).unwrap_or(raw), "%Y-%m-%d"))
        .ok()?;
    Some(Published {
        date: date.format("%Y-%m-%d").to_string(),
        basis: "input".into(),
        confidence: 1.0,
    })
}

/// A non-blank line of the input, cleaned, with whether a blank line preceded it.
struct Line<'a> {
    text: &'a str,
    after_blank: bool,
}

fn split_text(text: &str) -> Vec<Article> {
    let mut lines = Vec::new();
    let mut after_blank = true;
    for raw in text.lines() {
        if is_blank_line(raw) {
            after_blank = true;
            continue;
        }
        lines.push(Line {
            text: clean_line(raw),
            after_blank,
        });
        after_blank = false;
    }

    let mut articles = Vec::new();
    let mut body: Vec<&Line> = Vec::new();
    let mut current: Option<Article> = None;
    let mut i = 0;
    while i < lines.len() {
        if let Some(header) = header_at(&lines, i) {
            if let Some(article) = current.take() {
                articles.push(finish(article, &body));
            }
            body.clear();
            current = Some(Article {
                headline: lines[i].text.to_string(),
                captions: header.captions,
                ..Article::default()
            });
            i = header.end;
            continue;
        }
        if lines[i].text != MARKER {
            body.push(&lines[i]);
        }
        i += 1;
    }
    match current {
        Some(article) => articles.push(finish(article, &body)),
        None if !body.is_empty() => {
            let headline = body[0].text.to_string();
            articles.push(finish(
                Article {
                    headline,
                    ..Article::default()
                },
                &body[1..],
            ));
        }
        None => {}
    }
    articles
}

struct Header {
    captions: Vec<Caption>,
    /// Index of the first line after the header.
    end: usize,
}

/// Recognise an article header starting at line `i`.
fn header_at(lines: &[Line], i: usize) -> Option<Header> {
    let headline = lines[i].text;
    if headline == MARKER || headline.chars().count() > MAX_HEADLINE_CHARS {
        return None;
    }
    let window_end = (i + 1 + MAX_HEADER_GAP).min(lines.len());
    // The headline recurs, or a marker follows, with only caption lines between.
    let mut between: Vec<&str> = Vec::new();
    let mut close = None;
    for (j, line) in lines.iter().enumerate().take(window_end).skip(i + 1) {
        if line.text == headline {
            close = Some(j);
            break;
        }
        between.push(line.text);
    }
    let saw_marker = between.contains(&MARKER);
    let close = match close {
        Some(j) => j,
        None if saw_marker => {
            // No repeated headline: the header ends at the marker, and only
            // captions may stand between the headline and the marker.
            let offset = between.iter().position(|t| *t == MARKER)?;
            between.truncate(offset);
            if !between.iter().all(|t| looks_like_caption(t)) {
                return None;
            }
            i + offset + 1
        }
        None => return None,
    };
    let caption_lines: Vec<&str> = between.iter().copied().filter(|t| *t != MARKER).collect();
    if !saw_marker && !caption_lines.iter().any(|t| looks_like_caption(t)) && close != i + 1 {
        return None;
    }
    let mut unique: Vec<&str> = Vec::new();
    for t in &caption_lines {
        if !unique.contains(t) {
            unique.push(t);
        }
    }
    // Skip the repeats after the headline's second appearance (or the marker).
    let mut end = close + 1;
    while end < lines.len() {
        let t = lines[end].text;
        if t == MARKER || t == headline || unique.contains(&t) {
            end += 1;
        } else if unique.is_empty() && end < close + 3 && looks_like_caption(t) && {
            // Captions that appear only after the repeated headline, doubled.
            end + 1 < lines.len() && lines[end + 1].text == t
        } {
            unique.push(t);
            end += 2;
        } else {
            break;
        }
    }
    Some(Header {
        captions: unique.into_iter().map(parse_caption).collect(),
        end,
    })
}

/// A caption ends with its credit in parentheses.
fn looks_like_caption(line: &str) -> bool {
    line.trim_end().ends_with(')') && line.contains('(')
}

/// Split a caption line into text, credit and archive flag:
/// `... (EPA)`, `... (Handout / Fars News Agency / AFP)`, and
/// `... 2023. 2025 Planet Labs PBC, via Reuters (archive)`.
#[must_use]
pub fn parse_caption(line: &str) -> Caption {
    let mut rest = line.trim();
    let mut archive = false;
    if let Some(stripped) = strip_trailing_parenthesis(rest, |inner| {
        inner.trim().eq_ignore_ascii_case("archive") || inner.trim().eq_ignore_ascii_case("file")
    }) {
        archive = true;
        rest = stripped.0;
    }
    if let Some((text, credit)) = strip_trailing_parenthesis(rest, |_| true) {
        return Caption {
            text: text.trim().to_string(),
            credit: Some(credit.trim().to_string()),
            archive,
        };
    }
    if archive {
        // The credit is the last sentence before "(archive)".
        if let Some(cut) = rest.rfind(". ") {
            return Caption {
                text: rest[..=cut].trim().to_string(),
                credit: Some(rest[cut + 2..].trim().to_string()),
                archive,
            };
        }
    }
    Caption {
        text: rest.to_string(),
        credit: None,
        archive,
    }
}

/// If `s` ends with a balanced `( ... )` whose inside satisfies `accept`,
/// return the text before it and the inside.
fn strip_trailing_parenthesis(s: &str, accept: impl Fn(&str) -> bool) -> Option<(&str, &str)> {
    let s = s.trim_end();
    if !s.ends_with(')') {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in s.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    let inner = &s[i + 1..s.len() - 1];
                    return accept(inner).then_some((s[..i].trim_end(), inner));
                }
            }
            _ => {}
        }
    }
    None
}

/// Turn body lines into paragraphs, dropping repeats of the headline and
/// captions, and re-joining hard-wrapped text.
fn finish(mut article: Article, body: &[&Line]) -> Article {
    let captions: Vec<String> = article.captions.iter().map(|c| c.text.clone()).collect();
    let is_repeat = |t: &str| {
        t == article.headline
            || article
                .captions
                .iter()
                .any(|c| t.starts_with(&c.text) && !c.text.is_empty())
            || captions.iter().any(|c| c == t)
    };
    let kept: Vec<&Line> = body
        .iter()
        .copied()
        .filter(|l| !is_repeat(l.text))
        .collect();
    article.paragraphs = if is_hard_wrapped(&kept) {
        let mut paragraphs: Vec<String> = Vec::new();
        for line in kept {
            match paragraphs.last_mut() {
                Some(p) if !line.after_blank => {
                    p.push(' ');
                    p.push_str(line.text);
                }
                _ => paragraphs.push(line.text.to_string()),
            }
        }
        paragraphs
    } else {
        kept.iter().map(|l| l.text.to_string()).collect()
    };
    article
}

/// Hard-wrapped text has blocks of several lines, and most of those lines
/// are of similar, moderate length and do not end a sentence.
fn is_hard_wrapped(lines: &[&Line]) -> bool {
    let continued = lines.iter().filter(|l| !l.after_blank).count();
    if continued < 2 || continued * 3 < lines.len() {
        return false;
    }
    let wrapped_like = lines
        .iter()
        .filter(|l| {
            let n = l.text.chars().count();
            (40..=100).contains(&n)
        })
        .count();
    wrapped_like * 2 > lines.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document {
            source: "test.txt".into(),
            position: 0,
            content: Content::Text(text.into()),
        }
    }

    #[test]
    fn caption_with_plain_credit() {
        let c = parse_caption("Ministers arrive for the summit in Lima. (AP)");
        assert_eq!(c.text, "Ministers arrive for the summit in Lima.");
        assert_eq!(c.credit.as_deref(), Some("AP"));
        assert!(!c.archive);
    }

    #[test]
    fn caption_with_archive_marker() {
        let c = parse_caption(
            "A harbour seen from above, May 2, 2021. 2024 Example Imaging, via AFP (archive)",
        );
        assert_eq!(c.text, "A harbour seen from above, May 2, 2021.");
        assert_eq!(c.credit.as_deref(), Some("2024 Example Imaging, via AFP"));
        assert!(c.archive);
    }

    #[test]
    fn caption_with_parenthesised_credit_then_archive() {
        let c = parse_caption("Troops on parade in 2019. (Reuters) (archive)");
        assert_eq!(c.text, "Troops on parade in 2019.");
        assert_eq!(c.credit.as_deref(), Some("Reuters"));
        assert!(c.archive);
    }

    #[test]
    fn plain_article_first_line_is_headline() {
        let a = articles(&doc(
            "Port strike ends\n\nDockers returned to work.\n\nTalks go on.\n",
        ));
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].headline, "Port strike ends");
        assert_eq!(
            a[0].paragraphs,
            ["Dockers returned to work.", "Talks go on."]
        );
        assert_eq!(a[0].sightings[0].position, 0);
        assert_eq!(a[0].id.0.len(), 16);
    }

    #[test]
    fn hard_wrapped_text_is_rejoined() {
        let text = "Council approves budget\n\n\
The city council approved the budget for next year on Monday after a long\n\
debate that lasted well into the night, officials said.\n\n\
The opposition had asked for more money for schools and for the repair\n\
of roads damaged by the winter floods, but the motion failed.\n";
        let a = articles(&doc(text));
        assert_eq!(a[0].paragraphs.len(), 2);
        assert!(a[0].paragraphs[0].ends_with("officials said."));
    }

    #[test]
    fn no_break_space_lines_separate_paragraphs() {
        let text = "Head\n\nFirst paragraph here.\n\n\u{a0}\n\nSecond paragraph here.\nThird on its own line.\n";
        let a = articles(&doc(text));
        assert_eq!(
            a[0].paragraphs,
            [
                "First paragraph here.",
                "Second paragraph here.",
                "Third on its own line."
            ]
        );
    }
}
