//! Event grouping across articles, event filters, dyads, timelines and the
//! actor graph, on a store built from hand-made events.

use dyad_core::dedup::Fingerprint;
use dyad_core::{Article, Certainty, Event, EventParty, EventType, Sighting};
use dyad_store::{ActorSpec, EventFilter, Period, Store};

fn party(code: &str, sector: &str, name: &str) -> EventParty {
    EventParty {
        code: code.into(),
        sector: Some(sector.into()),
        name: name.into(),
        text: name.into(),
    }
}

fn event(
    s: EventParty,
    t: EventParty,
    ty: EventType,
    quad: u8,
    goldstein: f32,
    date: &str,
    certainty: Certainty,
) -> Event {
    Event {
        event_type: ty,
        mode: None,
        cameo: "000".into(),
        quad,
        goldstein,
        source: s,
        target: t,
        date: Some(date.into()),
        date_basis: Some("publication".into()),
        location: None,
        negated: false,
        certainty,
        paragraph: 0,
        sentence: "A sentence.".into(),
        confidence: 0.8,
    }
}

fn article(
    n: usize,
    source: &str,
    domain: Option<&str>,
    events: Vec<Event>,
) -> (Article, Fingerprint) {
    let a = Article {
        headline: format!("Report {n} on the talks between the two capitals"),
        paragraphs: vec![format!(
            "Paragraph {n} with words that differ: {}",
            "lorem ipsum ".repeat(n + 1)
        )],
        source_domain: domain.map(String::from),
        sightings: vec![Sighting {
            source: source.into(),
            position: n,
        }],
        events,
        ..Article::default()
    };
    let fp = Fingerprint::of(&a);
    (a, fp)
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("e.db")).unwrap();
    let fre = || party("FRE", "GOV", "Freedonia");
    let syl = || party("SYL", "GOV", "Sylvania");
    let meet = |d: &str| {
        event(
            fre(),
            syl(),
            EventType::Consult,
            1,
            1.0,
            d,
            Certainty::Asserted,
        )
    };
    store
        .ingest_batch(&[
            article(
                1,
                "dump-a.txt",
                Some("north.example"),
                vec![meet("2024-05-01")],
            ),
            article(
                2,
                "dump-b.txt",
                Some("south.example"),
                vec![
                    meet("2024-05-01"),
                    event(
                        syl(),
                        fre(),
                        EventType::Accuse,
                        3,
                        -2.0,
                        "2024-05-20",
                        Certainty::Claimed,
                    ),
                ],
            ),
            article(
                3,
                "dump-b.txt",
                None,
                vec![event(
                    syl(),
                    party("SYL", "CVL", "protesters"),
                    EventType::Coerce,
                    4,
                    -7.0,
                    "2024-06-03",
                    Certainty::Asserted,
                )],
            ),
        ])
        .unwrap();
    (dir, store)
}

#[test]
fn reports_of_one_event_are_grouped() {
    let (_dir, store) = store();
    assert_eq!(store.count_events().unwrap(), (3, 4));
    let events = store.events(&EventFilter::default()).unwrap();
    assert_eq!(events.len(), 3);
    let meeting = &events[0];
    assert_eq!(meeting.event.event_type, EventType::Consult);
    assert_eq!(
        (
            meeting.num_mentions,
            meeting.num_articles,
            meeting.num_sources
        ),
        (2, 2, 2)
    );
    let mut mentions = Vec::new();
    store
        .for_each_event_mention(&EventFilter::default(), |m| {
            mentions.push(m);
            Ok::<(), dyad_store::StoreError>(())
        })
        .unwrap();
    assert_eq!(mentions.len(), 4);
    assert_eq!(
        mentions.iter().filter(|m| m.event_id == meeting.id).count(),
        2
    );
    assert_eq!(mentions[0].source_name, "north.example");
    assert!(
        mentions.iter().any(|m| m.identifier == "dump-b.txt#3"),
        "{mentions:?}"
    );
}

#[test]
fn filters_select_events() {
    let (_dir, store) = store();
    let count = |f: EventFilter| store.events(&f).unwrap().len();
    assert_eq!(
        count(EventFilter {
            actor: Some(ActorSpec::parse("FRE")),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        count(EventFilter {
            actor: Some(ActorSpec::parse("SYLCVL")),
            ..Default::default()
        }),
        1
    );
    let dyad = Some((ActorSpec::parse("FRE"), ActorSpec::parse("SYL")));
    assert_eq!(
        count(EventFilter {
            dyad: dyad.clone(),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            dyad,
            both_directions: true,
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        count(EventFilter {
            event_type: Some(EventType::Accuse),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            quad: Some(4),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            from: Some("2024-05-02".into()),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        count(EventFilter {
            to: Some("2024-05-20".into()),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        count(EventFilter {
            certainty: Some(Certainty::Claimed),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            limit: Some(1),
            offset: 1,
            ..Default::default()
        }),
        1
    );
}

#[test]
fn dyads_timelines_and_graph_agree_with_events() {
    let (_dir, store) = store();
    let dyads = store.dyads(&EventFilter::default(), None).unwrap();
    let fre_syl = dyads
        .iter()
        .find(|d| d.source == "FRE" && d.target == "SYL")
        .unwrap();
    assert_eq!(
        (
            fre_syl.tally.events,
            fre_syl.tally.mentions,
            fre_syl.tally.cooperation
        ),
        (1, 2, 1)
    );
    let syl_syl = dyads
        .iter()
        .find(|d| d.source == "SYL" && d.target == "SYL")
        .unwrap();
    assert_eq!(syl_syl.tally.by_quad, [0, 0, 0, 1]);
    assert_eq!(syl_syl.tally.goldstein_sum, -7.0);

    let monthly = store
        .dyads(&EventFilter::default(), Some(Period::Month))
        .unwrap();
    assert_eq!(monthly.len(), 3);
    let timeline = store
        .timeline(
            &EventFilter {
                actor: Some(ActorSpec::parse("SYL")),
                ..Default::default()
            },
            Period::Month,
        )
        .unwrap();
    let periods: Vec<(&str, u64)> = timeline
        .iter()
        .map(|b| (b.period.as_str(), b.tally.events))
        .collect();
    assert_eq!(periods, [("2024-05", 2), ("2024-06", 1)]);
    assert_eq!(timeline[0].tally.goldstein_mean, (1.0 - 2.0) / 2.0);

    let (nodes, edges) = store.actor_graph(&EventFilter::default()).unwrap();
    assert_eq!(nodes.len(), 3);
    assert_eq!(edges.len(), 3);
    assert_eq!(nodes[0].actor.cameo_code(), "SYLGOV");
    assert_eq!(nodes[0].events, 3);
    let e = edges.iter().find(|e| e.source.code == "FRE").unwrap();
    assert_eq!(
        (e.first_date.as_deref(), e.by_type.get(&EventType::Consult)),
        (Some("2024-05-01"), Some(&1))
    );
}
