//! Helpers for the pages: the layout, links, highlighted text and small SVG
//! charts. Every value goes through maud, which escapes it; the only
//! pre-escaped strings are built here from escaped parts or from JSON with
//! `<`, `>` and `&` turned into `\u` escapes.

use dyad_store::{HIGHLIGHT_END, HIGHLIGHT_START};
use maud::{html, Markup, PreEscaped, DOCTYPE};

/// Names of the quad classes, 1 to 4.
pub const QUAD_NAMES: [&str; 4] = [
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
];
/// Colours of the quad classes (as in the stylesheet).
pub const QUAD_COLOURS: [&str; 4] = ["#4c9f70", "#1b7a4b", "#e0913a", "#c0392b"];

/// A whole page: the navigation bar, `body` and the script.
pub fn layout(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · Dyad" }
                link rel="stylesheet" href="/assets/style.css";
            }
            body {
                header.top {
                    a.brand href="/" { "Dyad" }
                    a href="/search" { "Articles" }
                    a href="/actors" { "Actors" }
                    a href="/network" { "Network" }
                    a href="/map" { "Map" }
                    a href="/api/openapi.json" { "API" }
                    form action="/search" method="get" role="search" {
                        input type="search" name="q" placeholder="Search the news" aria-label="Search";
                    }
                }
                main { (body) }
                script src="/assets/app.js" {}
            }
        }
    }
}

/// Percent-encode a value for a URL query or path segment.
#[must_use]
pub fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b));
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A query string from pairs, skipping empty values.
#[must_use]
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{}={}", url_encode(k), url_encode(v)))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// A snippet with its highlight markers as `<mark>`, everything escaped.
pub fn highlighted(snippet: &str) -> Markup {
    let mut parts: Vec<(bool, String)> = Vec::new();
    let mut current = String::new();
    let mut marked = false;
    for c in snippet.chars() {
        if c == HIGHLIGHT_START || c == HIGHLIGHT_END {
            if !current.is_empty() {
                parts.push((marked, std::mem::take(&mut current)));
            }
            marked = c == HIGHLIGHT_START;
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        parts.push((marked, current));
    }
    html! {
        @for (m, text) in &parts {
            @if *m { mark { (text) } } @else { (text) }
        }
    }
}

/// A quad class badge.
pub fn quad_badge(quad: u8) -> Markup {
    let i = usize::from(quad.clamp(1, 4)) - 1;
    html! {
        span.badge style={ "background:" (QUAD_COLOURS[i]) } title=(QUAD_NAMES[i]) { "Q" (quad) }
    }
}

/// The colour legend of the quad classes.
pub fn quad_legend() -> Markup {
    html! {
        p.legend {
            @for i in 0..4 {
                span { i style={ "background:" (QUAD_COLOURS[i]) } {} (QUAD_NAMES[i]) }
            }
        }
    }
}

/// JSON for a `<script type="application/json">` block: `<`, `>` and `&`
/// are escaped so no text can close the element.
pub fn json_block(id: &str, value: &serde_json::Value) -> Markup {
    let json = value
        .to_string()
        .replace('&', "\\u0026")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e");
    html! { script type="application/json" id=(id) { (PreEscaped(json)) } }
}

/// One bar of a stacked bar chart: a label and values per series.
pub struct Bar {
    pub label: String,
    pub values: Vec<u64>,
}

/// A stacked bar chart in SVG, one colour per series, with a tooltip per
/// segment.
pub fn stacked_bars(bars: &[Bar], series: &[(&str, &str)], height: f64) -> Markup {
    let max = bars
        .iter()
        .map(|b| b.values.iter().sum::<u64>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let width = (24.0 + bars.len() as f64 * 28.0).max(MIN_CHART_WIDTH);
    let slot = ((width - 24.0) / bars.len().max(1) as f64).min(MAX_SLOT);
    let plot = height - 30.0;
    let every = (bars.len() / 12).max(1);
    html! {
        svg.chart viewBox={ "0 0 " (width) " " (height) } role="img" {
            @for (i, bar) in bars.iter().enumerate() {
                @let x = 24.0 + i as f64 * slot + slot * 0.15;
                @let w = slot * 0.7;
                @let mut y = plot;
                @for (s, v) in bar.values.iter().enumerate() {
                    @if *v > 0 {
                        @let h = *v as f64 / max * (plot - 10.0);
                        @let top = { y -= h; y };
                        rect x=(fmt(x)) y=(fmt(top)) width=(fmt(w)) height=(fmt(h))
                            fill=(series.get(s).map_or("#888", |x| x.1))
                            data-tip={ (bar.label) ": " (v) " " (series.get(s).map_or("", |x| x.0)) } {}
                    }
                }
                @if i % every == 0 {
                    text x=(fmt(x)) y=(fmt(height - 12.0)) { (bar.label) }
                }
            }
            text x="2" y="10" { (max as u64) }
        }
    }
}

/// A line chart of values in `-10..=10` (Goldstein) in SVG.
pub fn goldstein_line(points: &[(String, f64)], height: f64) -> Markup {
    let width = (24.0 + points.len() as f64 * 28.0).max(MIN_CHART_WIDTH);
    let slot = ((width - 24.0) / points.len().max(1) as f64).min(MAX_SLOT);
    let plot = height - 30.0;
    let y_of = |g: f64| 5.0 + (10.0 - g.clamp(-10.0, 10.0)) / 20.0 * (plot - 10.0);
    let path: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, (_, g))| {
            format!(
                "{}{} {}",
                if i == 0 { "M" } else { "L" },
                fmt(24.0 + i as f64 * slot + slot / 2.0),
                fmt(y_of(*g))
            )
        })
        .collect();
    let every = (points.len() / 12).max(1);
    html! {
        svg.chart viewBox={ "0 0 " (width) " " (height) } role="img" {
            line x1="0" x2=(fmt(width)) y1=(fmt(y_of(0.0))) y2=(fmt(y_of(0.0))) stroke="#ccc" {}
            text x="2" y="12" { "+10" }
            text x="2" y=(fmt(plot)) { "-10" }
            path d=(path.join("")) fill="none" stroke="#1f5fa8" stroke-width="2" {}
            @for (i, (label, g)) in points.iter().enumerate() {
                circle cx=(fmt(24.0 + i as f64 * slot + slot / 2.0)) cy=(fmt(y_of(*g))) r="3.5"
                    fill=(if *g >= 0.0 { QUAD_COLOURS[0] } else { QUAD_COLOURS[3] })
                    data-tip={ (label) ": Goldstein " (format!("{g:.1}")) } {}
                @if i % every == 0 {
                    text x=(fmt(24.0 + i as f64 * slot + 2.0)) y=(fmt(height - 12.0)) { (label) }
                }
            }
        }
    }
}

/// `n` and a noun, plural unless `n` is 1 ("1 event", "3 events").
#[must_use]
pub fn counted(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Width of a chart's drawing box: wide enough that a few bars are not
/// blown up when the chart fills the page.
const MIN_CHART_WIDTH: f64 = 800.0;
/// Widest bar or point slot, so a few of them do not fill the chart.
const MAX_SLOT: f64 = 60.0;

/// A number for SVG attributes.
#[must_use]
pub fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_escaped_and_marked() {
        let m = highlighted("a <b>\u{2}x\"y\u{3} & c").into_string();
        assert_eq!(m, "a &lt;b&gt;<mark>x&quot;y</mark> &amp; c");
    }

    #[test]
    fn json_blocks_cannot_close_the_script() {
        let v = serde_json::json!({ "name": "</script><script>alert(1)</script>" });
        let m = json_block("d", &v).into_string();
        assert!(!m.contains("</script><script>"), "{m}");
        assert!(m.ends_with("</script>"));
    }

    #[test]
    fn urls_are_encoded() {
        assert_eq!(
            query_string(&[("q", "a b&\"c"), ("x", "")]),
            "?q=a%20b%26%22c"
        );
    }
}
