//! Event dating: the sentence's date expression, else the publication date.

use dyad_core::{Article, Certainty, Event, EventParty, EventType, Published};

fn party(code: &str, text: &str) -> EventParty {
    EventParty {
        code: code.into(),
        sector: None,
        name: text.into(),
        text: text.into(),
    }
}

fn event(sentence: &str, source: &str, target: &str) -> Event {
    Event {
        event_type: EventType::Sanction,
        mode: None,
        cameo: "172".into(),
        quad: 3,
        goldstein: -5.0,
        source: party("AAA", source),
        target: party("BBB", target),
        date: None,
        date_basis: None,
        location: None,
        negated: false,
        certainty: Certainty::Asserted,
        paragraph: 0,
        sentence: sentence.into(),
        confidence: 0.9,
    }
}

fn article(published: Option<&str>, events: Vec<Event>) -> Article {
    Article {
        headline: "Test".into(),
        published: published.map(|d| Published {
            date: d.into(),
            basis: "input".into(),
            confidence: 1.0,
        }),
        events,
        ..Article::default()
    }
}

fn dates(article: &Article) -> Vec<(Option<&str>, Option<&str>)> {
    article
        .events
        .iter()
        .map(|e| (e.date.as_deref(), e.date_basis.as_deref()))
        .collect()
}

#[test]
fn events_take_their_sentence_date_else_the_publication_date() {
    let mut already = event("Norway fined the firm in 2011.", "Norway", "the firm");
    already.date = Some("2011".into());
    already.date_basis = Some("in 2011".into());
    let mut a = article(
        Some("2026-02-07"),
        vec![
            event(
                "On May 4, 2019, Ruritania banned the party.",
                "Ruritania",
                "the party",
            ),
            event(
                "Ruritania expelled the envoys last month.",
                "Ruritania",
                "the envoys",
            ),
            event(
                "Ruritania recalled its ambassador to Freedonia.",
                "Ruritania",
                "Freedonia",
            ),
            event(
                "Ruritania blacklisted the bank on Tuesday over Freedonia's 2019 sanctions.",
                "Ruritania",
                "the bank",
            ),
            event(
                "The ministers will meet Freedonia on Wednesday.",
                "The ministers",
                "Freedonia",
            ),
            already,
        ],
    );
    dyad_dates::date_events(&mut a);
    assert_eq!(
        dates(&a),
        [
            (Some("2019-05-04"), Some("On May 4, 2019")),
            (Some("2026-01"), Some("last month")),
            (Some("2026-02-07"), Some("publication")),
            (Some("2026-02-03"), Some("on Tuesday")),
            (Some("2026-02-11"), Some("on Wednesday")),
            (Some("2011"), Some("in 2011")),
        ]
    );
}

#[test]
fn without_a_publication_date_only_absolute_dates_apply() {
    let mut a = article(
        None,
        vec![
            event(
                "Ruritania seized the tanker in April 2019.",
                "Ruritania",
                "the tanker",
            ),
            event(
                "Ruritania seized the tanker on Monday.",
                "Ruritania",
                "the tanker",
            ),
        ],
    );
    dyad_dates::date_events(&mut a);
    assert_eq!(
        dates(&a),
        [(Some("2019-04"), Some("in April 2019")), (None, None)]
    );
}
