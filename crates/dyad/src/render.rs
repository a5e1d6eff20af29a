//! Terminal rendering of articles: readable, wrapped, no colours needed.

use dyad_core::Article;
use std::io::{self, Write};

const WIDTH: usize = 80;

/// A few lines per article: id, date, headline, counts.
pub fn article_summary(out: &mut impl Write, a: &Article) -> io::Result<()> {
    let date = a.published.as_ref().map_or("-", |p| p.date.as_str());
    writeln!(out, "{}  {date}  {}", a.id, a.headline)?;
    writeln!(
        out,
        "    {} paragraphs, {} sightings, {} people, {} mentions, {} events, {} quotes",
        a.paragraphs.len(),
        a.sightings.len(),
        a.people.len(),
        a.mentions.len(),
        a.events.len(),
        a.quotes.len()
    )
}

/// The whole article for reading in a terminal.
pub fn article_full(out: &mut impl Write, a: &Article) -> io::Result<()> {
    writeln!(out, "{}", a.headline)?;
    writeln!(out, "{}", "=".repeat(a.headline.chars().count().min(WIDTH)))?;
    writeln!(out, "id:        {}", a.id)?;
    if let Some(p) = &a.published {
        writeln!(
            out,
            "published: {} ({}, confidence {:.2})",
            p.date, p.basis, p.confidence
        )?;
    }
    if let Some(url) = &a.url {
        writeln!(out, "url:       {url}")?;
    }
    for s in &a.sightings {
        writeln!(out, "seen in:   {} #{}", s.source, s.position)?;
    }
    for c in &a.captions {
        let credit = c.credit.as_deref().unwrap_or("no credit");
        let archive = if c.archive { ", archive" } else { "" };
        writeln!(out)?;
        wrap(
            out,
            &format!("[photo] {} ({credit}{archive})", c.text),
            "  ",
        )?;
    }
    for p in &a.paragraphs {
        writeln!(out)?;
        wrap(out, p, "")?;
    }
    if !a.people.is_empty() {
        writeln!(out, "\npeople:")?;
        for p in &a.people {
            writeln!(
                out,
                "  {} ({}{})",
                p.name,
                p.country.as_deref().unwrap_or("?"),
                p.role
                    .as_deref()
                    .map(|r| format!(", {r}"))
                    .unwrap_or_default()
            )?;
        }
    }
    if !a.events.is_empty() {
        writeln!(out, "\nevents:")?;
        for e in &a.events {
            writeln!(
                out,
                "  {} {} {} {}  [{} {} quad {} goldstein {:+.1}{}]",
                e.date.as_deref().unwrap_or("-"),
                e.source.actor().cameo_code(),
                e.event_type,
                e.target.actor().cameo_code(),
                e.certainty.as_str(),
                e.cameo,
                e.quad,
                e.goldstein,
                if e.negated { " negated" } else { "" }
            )?;
        }
    }
    Ok(())
}

fn wrap(out: &mut impl Write, text: &str, indent: &str) -> io::Result<()> {
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > WIDTH {
            writeln!(out, "{line}")?;
            line = indent.to_string();
        } else if !line.is_empty() && line != indent {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.trim().is_empty() {
        writeln!(out, "{line}")?;
    }
    Ok(())
}
