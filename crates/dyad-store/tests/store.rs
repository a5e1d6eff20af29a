//! Store behaviour: dedup into sightings, idempotent ingest, search, listing,
//! read-only opening and schema checks.

use dyad_core::dedup::Fingerprint;
use dyad_core::{
    ActorRef, Article, Certainty, Event, EventParty, EventType, Mention, MentionKind, Published,
    Sighting,
};
use dyad_store::{ArticleFilter, IngestOutcome, Store, StoreError, HIGHLIGHT_END, HIGHLIGHT_START};

fn article(
    headline: &str,
    paragraphs: &[&str],
    source: &str,
    position: usize,
) -> (Article, Fingerprint) {
    let article = Article {
        headline: headline.into(),
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
        sightings: vec![Sighting {
            source: source.into(),
            position,
        }],
        ..Article::default()
    };
    let fp = Fingerprint::of(&article);
    (article, fp)
}

const HARBOUR: [&str; 3] = [
    "The harbour authority of the island state closed the northern channel on Monday after two cargo ships collided near the breakwater.",
    "Officials said divers were inspecting the hulls and that no fuel had leaked into the bay, though fishing boats were told to stay in port.",
    "The transport minister promised a full inquiry and said the channel would reopen once the wrecks had been towed to the repair yard.",
];

/// Every stored reference has its row, and the connection enforces foreign
/// keys again after an ingest.
fn assert_references_hold(store: &Store) {
    let conn = store.connection();
    let dangling: Vec<String> = conn
        .prepare("PRAGMA foreign_key_check")
        .unwrap()
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(dangling.is_empty(), "dangling references in {dangling:?}");
    let enforced: bool = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert!(enforced, "foreign keys left off after an ingest");
}

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.db")).unwrap();
    (dir, store)
}

#[test]
fn duplicates_become_sightings_and_reingest_changes_nothing() {
    let (_dir, mut store) = temp_store();
    let a = article("Channel closed after collision", &HARBOUR, "dump-1.txt", 0);
    let same = article("Channel closed after collision", &HARBOUR, "dump-2.txt", 3);
    let mut edited = HARBOUR.map(String::from);
    edited[2].push_str(" A second inquiry was not ruled out.");
    let edited_refs: Vec<&str> = edited.iter().map(String::as_str).collect();
    let near = article(
        "Channel closed after collision",
        &edited_refs,
        "feed.xml",
        7,
    );
    let other = article("Museum reopens", &["The city museum reopened its doors to visitors on Saturday after a year of renovation work on the roof and the galleries."], "dump-1.txt", 1);

    let outcomes = store
        .ingest_batch(&[a.clone(), same.clone(), near.clone(), other.clone()])
        .unwrap();
    let id = match &outcomes[0] {
        IngestOutcome::New { id } => id.clone(),
        o => panic!("expected new, got {o:?}"),
    };
    assert_eq!(
        outcomes[1],
        IngestOutcome::Duplicate {
            of: id.clone(),
            near: None
        }
    );
    match &outcomes[2] {
        IngestOutcome::Duplicate { of, near: Some(j) } => {
            assert_eq!(of, &id);
            assert!(*j >= 0.8 && *j < 1.0, "jaccard {j}");
        }
        o => panic!("expected near duplicate, got {o:?}"),
    }
    assert!(matches!(outcomes[3], IngestOutcome::New { .. }));
    assert_eq!(store.count_articles().unwrap(), 2);
    let stored = store.article(&id.0).unwrap().unwrap();
    assert_eq!(stored.sightings.len(), 3);

    let again = store.ingest_batch(&[a, same, near, other]).unwrap();
    assert!(
        again
            .iter()
            .all(|o| matches!(o, IngestOutcome::AlreadySeen { .. })),
        "{again:?}"
    );
    assert_eq!(store.count_articles().unwrap(), 2);
    assert_eq!(store.article(&id.0).unwrap().unwrap().sightings.len(), 3);
    assert_references_hold(&store);
}

#[test]
fn search_ranks_and_highlights() {
    let (_dir, mut store) = temp_store();
    store
        .ingest_batch(&[
            article("Channel closed after collision", &HARBOUR, "a", 0),
            article(
                "Museum reopens",
                &["The museum reopened after the collision of budgets was settled."],
                "a",
                1,
            ),
        ])
        .unwrap();
    let hits = store.search("channel", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(
        hits[0]
            .snippet
            .contains(&format!("{HIGHLIGHT_START}channel{HIGHLIGHT_END}")),
        "{}",
        hits[0].snippet
    );
    let hits = store.search("collision", 10).unwrap();
    assert_eq!(hits.len(), 2);
    assert_eq!(
        hits[0].headline, "Channel closed after collision",
        "headline matches rank first"
    );
    // Not valid FTS5 syntax: retried as plain words.
    assert_eq!(store.search("\"harbour", 10).unwrap().len(), 1);
    assert!(store.search("zeppelin", 10).unwrap().is_empty());
}

#[test]
fn listing_filters_by_date_and_source() {
    let (_dir, mut store) = temp_store();
    let (mut a, fa) = article(
        "Channel closed after collision",
        &HARBOUR,
        "news/2024/dump.txt",
        0,
    );
    a.published = Some(Published {
        date: "2024-03-04".into(),
        basis: "input".into(),
        confidence: 1.0,
    });
    let (mut b, fb) = article(
        "Museum reopens",
        &["The city museum reopened its doors on Saturday."],
        "feeds/culture.xml",
        0,
    );
    b.published = Some(Published {
        date: "2025-01-10".into(),
        basis: "input".into(),
        confidence: 1.0,
    });
    let c = article(
        "Undated note",
        &["A note without any date at all in it."],
        "feeds/culture.xml",
        1,
    );
    store.ingest_batch(&[(a, fa), (b, fb), c]).unwrap();
    let all = store
        .articles(&ArticleFilter {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    let heads: Vec<&str> = all.iter().map(|r| r.headline.as_str()).collect();
    assert_eq!(
        heads,
        [
            "Museum reopens",
            "Channel closed after collision",
            "Undated note"
        ]
    );
    let from = store
        .articles(&ArticleFilter {
            from: Some("2025-01-01".into()),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(from.len(), 1);
    let to = store
        .articles(&ArticleFilter {
            to: Some("2024-12-31".into()),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(to[0].headline, "Channel closed after collision");
    let src = store
        .articles(&ArticleFilter {
            source: Some("feeds/".into()),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(src.len(), 2);
    let page = store
        .articles(&ArticleFilter {
            limit: 1,
            offset: 1,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page[0].headline, "Channel closed after collision");
}

#[test]
fn annotations_are_stored_and_actors_counted() {
    let (_dir, mut store) = temp_store();
    let (mut a, fp) = article(
        "Ministers meet",
        &["Freedonia's foreign minister met his Sylvanian counterpart."],
        "x",
        0,
    );
    let fre = ActorRef {
        code: "FRE".into(),
        sector: Some("GOV".into()),
        name: "Freedonia".into(),
    };
    let syl = ActorRef {
        code: "SYL".into(),
        sector: Some("GOV".into()),
        name: "Sylvania".into(),
    };
    a.mentions = vec![
        Mention {
            text: "Freedonia".into(),
            kind: MentionKind::Country,
            paragraph: 0,
            start: 0,
            end: 9,
            actor: Some(fre.clone()),
        },
        Mention {
            text: "Sylvanian".into(),
            kind: MentionKind::Norp,
            paragraph: 0,
            start: 37,
            end: 46,
            actor: Some(syl.clone()),
        },
    ];
    let party = |a: &ActorRef, text: &str| EventParty {
        code: a.code.clone(),
        sector: a.sector.clone(),
        name: a.name.clone(),
        text: text.into(),
    };
    a.events = vec![Event {
        event_type: EventType::Consult,
        mode: None,
        cameo: "040".into(),
        quad: 1,
        goldstein: 1.0,
        source: party(&fre, "Freedonia's foreign minister"),
        target: party(&syl, "his Sylvanian counterpart"),
        date: Some("2024-05-01".into()),
        date_basis: Some("publication".into()),
        location: None,
        negated: false,
        certainty: Certainty::Asserted,
        paragraph: 0,
        sentence: a.paragraphs[0].clone(),
        confidence: 0.9,
    }];
    let outcome = store.ingest(&a, &fp).unwrap();
    let IngestOutcome::New { id } = outcome else {
        panic!("{outcome:?}")
    };
    let actors = store.actors().unwrap();
    assert_eq!(actors.len(), 2);
    assert!(
        actors.iter().all(|c| c.mentions == 1 && c.events == 1),
        "{actors:?}"
    );
    let back = store.article(&id.0[..6]).unwrap().unwrap();
    assert_eq!(back.events, a.events);
    assert_eq!(back.mentions, a.mentions);
    assert_references_hold(&store);
}

#[test]
fn read_only_store_rejects_writes_and_missing_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    {
        let mut store = Store::open(&path).unwrap();
        store
            .ingest_batch(&[article("Channel closed", &HARBOUR, "a", 0)])
            .unwrap();
    }
    let mut ro = Store::open_read_only(&path).unwrap();
    assert_eq!(ro.count_articles().unwrap(), 1);
    assert!(ro
        .ingest_batch(&[article(
            "Another",
            &["Some other text entirely here."],
            "b",
            0
        )])
        .is_err());
    assert_eq!(ro.count_articles().unwrap(), 1);

    let empty = dir.path().join("empty.db");
    rusqlite::Connection::open(&empty).unwrap();
    assert!(matches!(
        Store::open_read_only(&empty),
        Err(StoreError::NotAStore)
    ));
    assert!(Store::open_read_only(&dir.path().join("missing.db")).is_err());
}

#[test]
fn ambiguous_prefixes_are_reported() {
    let (_dir, mut store) = temp_store();
    let items: Vec<_> = (0..40)
        .map(|i| {
            article(
                &format!("Item {i}"),
                &[&format!(
                    "Body number {i} of a listing with distinct words {}.",
                    i * 7919
                )],
                "s",
                i,
            )
        })
        .collect();
    store.ingest_batch(&items).unwrap();
    assert!(matches!(
        store.article(""),
        Err(StoreError::AmbiguousId { .. })
    ));
    assert!(store.article("zzzz").unwrap().is_none());
}
