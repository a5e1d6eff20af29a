//! Exports read back by the tools users load them with (pandas, DuckDB,
//! pyarrow, NetworkX, in python3), and the analytic commands checked against
//! `dyad events --json` on the same store: a store built from hand-made
//! events, and the seeds after `dyad ingest`.
//!
//! When python3 lacks a module these tests fail under `CI=true` (.ci/run
//! installs them) and are skipped with a message otherwise.

use dyad_core::dedup::Fingerprint;
use dyad_core::records::EventRecord;
use dyad_core::{Article, Certainty, Event, EventParty, EventType, Location, Published, Sighting};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().expect("run dyad");
    assert!(
        out.status.success(),
        "{cmd:?} failed ({:?}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn in_ci() -> bool {
    std::env::var("CI").as_deref() == Ok("true")
}

/// Whether python3 can import the clients; panics under CI when it cannot.
fn python_clients() -> bool {
    let ok = Command::new("python3")
        .args([
            "-c",
            "import pandas, pyarrow, pyarrow.dataset, duckdb, networkx",
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !in_ci(),
            "python3 with pandas, pyarrow, duckdb and networkx is required under CI (.ci/run installs them)"
        );
        eprintln!(
            "note: python3 lacks pandas/pyarrow/duckdb/networkx, skipping the interop checks"
        );
    }
    ok
}

// ---------------------------------------------------------------- store

fn party(code: &str, sector: Option<&str>, name: &str) -> EventParty {
    EventParty {
        code: code.into(),
        sector: sector.map(String::from),
        name: name.into(),
        text: format!("the {name}"),
    }
}

#[allow(clippy::too_many_arguments)]
fn event(
    source: EventParty,
    target: EventParty,
    event_type: EventType,
    cameo: &str,
    quad: u8,
    goldstein: f32,
    date: Option<&str>,
    certainty: Certainty,
    paragraph: usize,
) -> Event {
    Event {
        event_type,
        mode: None,
        cameo: cameo.into(),
        quad,
        goldstein,
        source,
        target,
        date: date.map(String::from),
        date_basis: Some("publication".into()),
        location: (paragraph == 0).then(|| Location {
            name: "Port Amber".into(),
            country: Some("FRE".into()),
            lat: Some(12.5),
            lon: Some(-3.25),
        }),
        negated: false,
        certainty,
        paragraph,
        sentence: format!(
            "Officials said, \"{}\" happened;\tthen more.",
            event_type.as_str()
        ),
        confidence: 0.75,
    }
}

fn article(
    n: usize,
    url: Option<&str>,
    published: Option<&str>,
    events: Vec<Event>,
) -> (Article, Fingerprint) {
    let words = [
        "harbour", "treaty", "border", "grain", "envoy", "summit", "tariff", "river",
    ];
    let body: Vec<String> = (0..3)
        .map(|p| {
            (0..40)
                .map(|i| {
                    words[(n * 7 + p * 3 + i * (n + 1)) % words.len()].to_string()
                        + &format!("{}", (n * 100 + p * 40 + i))
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let a = Article {
        headline: format!("Dispatch {n}: talks, tariffs and a border, \"again\""),
        paragraphs: body,
        url: url.map(String::from),
        source_domain: url.map(|_| format!("outlet{}.example", n % 2)),
        published: published.map(|d| Published {
            date: d.into(),
            basis: "input".into(),
            confidence: 1.0,
        }),
        sightings: vec![Sighting {
            source: "hand-made dump.txt".into(),
            position: n,
        }],
        events,
        ..Article::default()
    };
    let fp = Fingerprint::of(&a);
    (a, fp)
}

/// A store of hand-made events: several dyads, types and quad classes, full,
/// partial and missing dates, one event reported by two articles.
fn hand_made_store(dir: &Path) -> PathBuf {
    let fre = || party("FRE", Some("GOV"), "Freedonian government");
    let syl = || party("SYL", None, "Sylvania");
    let syl_mil = || party("SYL", Some("MIL"), "Sylvanian army");
    let un = || party("UNO", None, "United Nations");
    let meet = |d| {
        event(
            fre(),
            syl(),
            EventType::Consult,
            "040",
            1,
            1.0,
            d,
            Certainty::Asserted,
            0,
        )
    };
    let items = vec![
        article(
            1,
            Some("https://outlet1.example/a"),
            Some("2024-05-01"),
            vec![
                meet(Some("2024-05-01")),
                event(
                    syl(),
                    fre(),
                    EventType::Accuse,
                    "112",
                    3,
                    -2.0,
                    Some("2024-05-20"),
                    Certainty::Claimed,
                    2,
                ),
            ],
        ),
        article(
            2,
            None,
            Some("2024-05-02"),
            vec![
                meet(Some("2024-05-01")),
                event(
                    syl_mil(),
                    fre(),
                    EventType::Assault,
                    "190",
                    4,
                    -10.0,
                    Some("2024-06"),
                    Certainty::Alleged,
                    1,
                ),
            ],
        ),
        article(
            3,
            Some("https://outlet0.example/b"),
            None,
            vec![
                event(
                    un(),
                    syl(),
                    EventType::Aid,
                    "070",
                    2,
                    7.0,
                    None,
                    Certainty::Asserted,
                    0,
                ),
                event(
                    fre(),
                    syl(),
                    EventType::Sanction,
                    "163",
                    4,
                    -8.0,
                    Some("2025-01-15"),
                    Certainty::Planned,
                    3,
                ),
                event(
                    fre(),
                    un(),
                    EventType::Request,
                    "020",
                    1,
                    -0.1,
                    Some("2025"),
                    Certainty::Asserted,
                    1,
                ),
            ],
        ),
        article(
            4,
            None,
            Some("2025-02-03"),
            vec![
                event(
                    syl(),
                    fre(),
                    EventType::Accuse,
                    "112",
                    3,
                    -2.0,
                    Some("2025-02-03"),
                    Certainty::Asserted,
                    0,
                ),
                event(
                    fre(),
                    syl(),
                    EventType::Consult,
                    "040",
                    1,
                    1.0,
                    Some("2025-02-04"),
                    Certainty::Asserted,
                    0,
                ),
            ],
        ),
    ];
    let db = dir.join("hand.db");
    let mut store = dyad_store::Store::open(&db).unwrap();
    store.ingest_batch(&items).unwrap();
    db
}

// ---------------------------------------------------------------- helpers

fn events_json(db: &Path, filter: &[&str]) -> Vec<EventRecord> {
    let out = run(dyad()
        .args(["events", "--json", "--db"])
        .arg(db)
        .args(filter));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("event record JSON"))
        .collect()
}

fn json_lines(out: Output) -> Vec<Value> {
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

fn actor_key(p: &EventParty) -> String {
    p.actor().cameo_code()
}

/// What the exports of a store must contain, from `dyad events --json`.
struct Expected {
    events: Vec<EventRecord>,
    mentions: u64,
    articles: u64,
    nodes: usize,
    edges: usize,
}

/// One event group as the store's tables hold it, read with plain SQL: the
/// truth that `dyad events` and the analytic commands are checked against,
/// independent of the store's own Rust queries.
#[derive(Debug, Clone, PartialEq)]
struct StoredEvent {
    id: u64,
    source: String,
    source_sector: String,
    target: String,
    target_sector: String,
    event_type: String,
    /// `""` when the event is undated.
    date: String,
    quad: u8,
    goldstein: f64,
    mentions: u64,
    articles: u64,
    sources: u64,
}

/// Every stored event group, in id order, straight from SQLite.
fn stored_events(db: &Path) -> Vec<StoredEvent> {
    let store = dyad_store::Store::open_read_only(db).unwrap();
    let conn = store.connection();
    let mut stmt = conn
        .prepare(
            "SELECT g.id, g.source_code, g.source_sector, g.target_code, g.target_sector,
                    g.type, g.date,
                    (SELECT e.quad FROM events e WHERE e.group_id = g.id ORDER BY e.id LIMIT 1),
                    (SELECT e.goldstein FROM events e WHERE e.group_id = g.id ORDER BY e.id LIMIT 1),
                    (SELECT count(*) FROM events e WHERE e.group_id = g.id),
                    (SELECT count(DISTINCT e.article_id) FROM events e WHERE e.group_id = g.id),
                    (SELECT count(DISTINCT coalesce(a.source_domain, src.path))
                       FROM events e JOIN articles a ON a.id = e.article_id
                       JOIN sightings s ON s.article_id = a.id
                       JOIN sources src ON src.id = s.source_id
                      WHERE e.group_id = g.id)
             FROM event_groups g ORDER BY g.id",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok(StoredEvent {
                id: r.get::<_, i64>(0)? as u64,
                source: r.get(1)?,
                source_sector: r.get(2)?,
                target: r.get(3)?,
                target_sector: r.get(4)?,
                event_type: r.get(5)?,
                date: r.get(6)?,
                quad: r.get::<_, i64>(7)? as u8,
                goldstein: r.get(8)?,
                mentions: r.get::<_, i64>(9)? as u64,
                articles: r.get::<_, i64>(10)? as u64,
                sources: r.get::<_, i64>(11)? as u64,
            })
        })
        .unwrap();
    rows.map(Result::unwrap).collect()
}

/// Reports stored (rows of the events table), straight from SQLite.
fn stored_reports(db: &Path) -> u64 {
    let store = dyad_store::Store::open_read_only(db).unwrap();
    let n: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap();
    n as u64
}

/// `dyad events --json` lists exactly the stored groups, with their counts.
fn assert_listing_matches_sql(db: &Path, listed: &[EventRecord], stored: &[StoredEvent]) {
    let got: Vec<StoredEvent> = listed
        .iter()
        .map(|e| StoredEvent {
            id: e.id,
            source: e.event.source.code.clone(),
            source_sector: e.event.source.sector.clone().unwrap_or_default(),
            target: e.event.target.code.clone(),
            target_sector: e.event.target.sector.clone().unwrap_or_default(),
            event_type: e.event.event_type.as_str().to_string(),
            date: e.event.date.clone().unwrap_or_default(),
            quad: e.event.quad,
            goldstein: f64::from(e.event.goldstein),
            mentions: u64::from(e.num_mentions),
            articles: u64::from(e.num_articles),
            sources: u64::from(e.num_sources),
        })
        .collect();
    assert_eq!(
        got.len(),
        stored.len(),
        "{}: events listed vs stored",
        db.display()
    );
    for (g, s) in got.iter().zip(stored) {
        let same_goldstein = (g.goldstein - s.goldstein).abs() < 1e-4;
        assert!(
            same_goldstein
                && g == &StoredEvent {
                    goldstein: g.goldstein,
                    ..s.clone()
                },
            "listed {g:?}\nstored {s:?}"
        );
    }
    let reports: u64 = stored.iter().map(|s| s.mentions).sum();
    assert_eq!(
        reports,
        stored_reports(db),
        "every report belongs to a group"
    );
}

fn expected(db: &Path) -> Expected {
    let events = events_json(db, &[]);
    assert_listing_matches_sql(db, &events, &stored_events(db));
    let mentions = events.iter().map(|e| u64::from(e.num_mentions)).sum();
    let nodes: BTreeSet<String> = events
        .iter()
        .flat_map(|e| [actor_key(&e.event.source), actor_key(&e.event.target)])
        .collect();
    let edges: BTreeSet<(String, String)> = events
        .iter()
        .map(|e| (actor_key(&e.event.source), actor_key(&e.event.target)))
        .collect();
    let articles = dyad_store::Store::open_read_only(db)
        .unwrap()
        .count_articles()
        .unwrap();
    Expected {
        events,
        mentions,
        articles,
        nodes: nodes.len(),
        edges: edges.len(),
    }
}

/// Reads every export under `out` with the real clients and prints one
/// JSON object of facts about them.
const READ_BACK: &str = r#"
import json, sys
import pandas as pd, duckdb, pyarrow as pa, pyarrow.dataset as ds, networkx as nx
out, cols, mcols = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
res = {}

def tsv(path, names):
    raw = open(path, encoding="utf-8").read().splitlines()
    if not raw:
        return pd.DataFrame(columns=names), raw
    return pd.read_csv(path, sep="\t", header=None, names=names, dtype=str,
                       keep_default_na=False, quoting=3), raw

ev, raw = tsv(f"{out}/gdelt/dyad.export.CSV", cols)
res["gdelt_field_counts"] = sorted({len(l.split("\t")) for l in raw})
res["gdelt_columns"] = list(ev.columns)
res["gdelt_rows"] = len(ev)
res["gdelt"] = {r.GLOBALEVENTID: [r.SQLDATE, r.Actor1Code, r.Actor2Code, r.EventCode, r.QuadClass,
                 r.GoldsteinScale, r.NumMentions, r.NumSources, r.NumArticles, r.SOURCEURL,
                 r.EventRootCode, r.ActionGeo_Type]
                for r in ev.itertuples()}
me, mraw = tsv(f"{out}/gdelt/dyad.mentions.CSV", mcols)
res["mention_field_counts"] = sorted({len(l.split("\t")) for l in mraw})
res["mention_rows"] = len(me)
res["mention_event_ids"] = sorted(set(me.GLOBALEVENTID)) if len(me) else []

pl = pd.read_json(f"{out}/events.plover.jsonl", lines=True) if open(f"{out}/events.plover.jsonl").read().strip() else pd.DataFrame()
res["plover_rows"] = len(pl)
res["plover_columns"] = sorted(pl.columns) if len(pl) else []
res["plover_ids"] = sorted(pl["id"]) if len(pl) else []

pq = f"{out}/parquet"
for table in ["events", "mentions", "articles", "actors"]:
    # The partition schema is given: pyarrow cannot infer a type from an
    # export whose only partition is the null one.
    hive = ds.partitioning(pa.schema([("date", pa.date32())]), flavor="hive")
    d = ds.dataset(f"{pq}/{table}", format="parquet", partitioning=hive if table != "actors" else None)
    res[f"pyarrow_{table}"] = d.count_rows()
con = duckdb.connect()
ev_glob = f"read_parquet('{pq}/events/*/*.parquet', hive_partitioning=true)"
res["duckdb_events"] = con.execute(f"select count(*), coalesce(sum(num_mentions), 0) from {ev_glob}").fetchone()
res["duckdb_events_date_type"] = [r[1] for r in con.execute(f"describe select date from {ev_glob}").fetchall()]
res["duckdb_day_mismatch"] = con.execute(f"select count(*) from {ev_glob} where date is not null and day <> date").fetchone()[0]
res["duckdb_mentions"] = con.execute(f"select count(*) from read_parquet('{pq}/mentions/*/*.parquet', hive_partitioning=true)").fetchone()[0]
res["duckdb_articles"] = con.execute(f"select count(*) from read_parquet('{pq}/articles/*/*.parquet', hive_partitioning=true)").fetchone()[0]
res["duckdb_ids"] = [r[0] for r in con.execute(f"select global_event_id from {ev_glob} order by 1").fetchall()]

for name, reader in [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)]:
    g = reader(f"{out}/actors.{name}")
    res[name] = {
        "directed": g.is_directed(),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "events": sum(int(d["events"]) for _, _, d in g.edges(data=True)),
        "conflict": sum(int(d["verbal_conflict"]) + int(d["material_conflict"]) for _, _, d in g.edges(data=True)),
        "node_attrs": sorted({k for _, d in g.nodes(data=True) for k in d}),
    }
nodes = pd.read_csv(f"{out}/csv/nodes.csv")
edges = pd.read_csv(f"{out}/csv/edges.csv")
res["csv"] = {"nodes": len(nodes), "edges": len(edges), "events": int(edges["events"].sum()) if len(edges) else 0,
              "node_columns": list(nodes.columns)[:2], "edge_columns": list(edges.columns)[:4]}
print(json.dumps(res))
"#;

/// Export every format from `db` under `out`.
fn export_all(db: &Path, out: &Path) {
    for (format, path) in [
        ("gdelt", out.join("gdelt")),
        ("plover", out.join("events.plover.jsonl")),
        ("parquet", out.join("parquet")),
        ("graphml", out.join("actors.graphml")),
        ("gexf", out.join("actors.gexf")),
        ("csv", out.join("csv")),
    ] {
        run(dyad()
            .args(["export", "--quiet", "--format", format, "--db"])
            .arg(db)
            .arg("--out")
            .arg(&path));
        assert!(path.exists(), "{format}: {} not written", path.display());
    }
}

/// Read every export back with the real clients and check it against the
/// events of the store.
fn check_exports(db: &Path, out: &Path) {
    export_all(db, out);
    let want = expected(db);
    // Rows have GDELT's 61 fields, without relying on python.
    let gdelt = std::fs::read_to_string(out.join("gdelt/dyad.export.CSV")).unwrap();
    assert_eq!(gdelt.lines().count(), want.events.len());
    for line in gdelt.lines() {
        assert_eq!(line.split('\t').count(), 61, "GDELT row: {line}");
    }
    let mentions = std::fs::read_to_string(out.join("gdelt/dyad.mentions.CSV")).unwrap();
    assert_eq!(mentions.lines().count() as u64, want.mentions);
    for line in mentions.lines() {
        assert_eq!(line.split('\t').count(), 16, "mention row: {line}");
    }
    if !python_clients() {
        return;
    }
    let cols = serde_json::to_string(&dyad_io::export::GDELT_EVENT_COLUMNS[..]).unwrap();
    let mcols = serde_json::to_string(&dyad_io::export::GDELT_MENTION_COLUMNS[..]).unwrap();
    let py = Command::new("python3")
        .args(["-c", READ_BACK])
        .arg(out)
        .arg(cols)
        .arg(mcols)
        .output()
        .unwrap();
    assert!(
        py.status.success(),
        "python read-back failed:\n{}",
        String::from_utf8_lossy(&py.stderr)
    );
    let facts: Value = serde_json::from_slice(&py.stdout).unwrap();
    let n = want.events.len() as u64;

    // GDELT through pandas, with GDELT's column names.
    if n > 0 {
        assert_eq!(facts["gdelt_field_counts"], serde_json::json!([61]));
    }
    assert_eq!(facts["gdelt_columns"].as_array().unwrap().len(), 61);
    assert_eq!(facts["gdelt_columns"][0], "GLOBALEVENTID");
    assert_eq!(facts["gdelt_columns"][60], "SOURCEURL");
    assert_eq!(facts["gdelt_rows"], n);
    for e in &want.events {
        let row = &facts["gdelt"][e.id.to_string()];
        let ev = &e.event;
        let gdelt_code =
            |p: &EventParty| dyad_io::export::cameo_actor_code(&p.code, p.sector.as_deref());
        assert_eq!(row[1], gdelt_code(&ev.source), "event {}", e.id);
        assert_eq!(row[2], gdelt_code(&ev.target));
        assert_eq!(row[4], ev.quad.to_string());
        assert_eq!(
            row[5].as_str().unwrap().parse::<f32>().unwrap(),
            ev.goldstein
        );
        assert_eq!(row[6], e.num_mentions.to_string());
        assert_eq!(row[7], e.num_sources.to_string());
        assert_eq!(row[8], e.num_articles.to_string());
        assert_eq!(row[9], e.source_url.replace(['\t', '\n'], " "));
        if let Some(d) = ev.date.as_deref().filter(|d| d.len() == 10) {
            assert_eq!(row[0], d.replace('-', ""));
        }
    }
    if n > 0 {
        assert_eq!(facts["mention_field_counts"], serde_json::json!([16]));
    }
    assert_eq!(facts["mention_rows"], want.mentions);

    // PLOVER through pandas.
    assert_eq!(facts["plover_rows"], n);
    if n > 0 {
        let columns: Vec<&str> = facts["plover_columns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        for key in [
            "id",
            "date",
            "actor",
            "recipient",
            "event",
            "mode",
            "context",
            "event_loc",
            "event_text",
            "quad_code",
            "cite_info",
        ] {
            assert!(columns.contains(&key), "PLOVER lacks {key}: {columns:?}");
        }
    }

    // Parquet through pyarrow and DuckDB.
    assert_eq!(facts["pyarrow_events"], n);
    assert_eq!(facts["pyarrow_mentions"], want.mentions);
    assert_eq!(facts["pyarrow_articles"], want.articles);
    assert_eq!(facts["pyarrow_actors"], want.nodes as u64);
    assert_eq!(
        facts["duckdb_events"],
        serde_json::json!([n, want.mentions])
    );
    if want.events.iter().any(|e| e.event.date.is_some()) {
        // DuckDB types the partition as a date (an export with only the
        // null partition gives VARCHAR).
        assert_eq!(
            facts["duckdb_events_date_type"],
            serde_json::json!(["DATE"])
        );
    }
    assert_eq!(facts["duckdb_day_mismatch"], 0);
    assert_eq!(facts["duckdb_mentions"], want.mentions);
    assert_eq!(facts["duckdb_articles"], want.articles);
    let mut ids: Vec<u64> = want.events.iter().map(|e| e.id).collect();
    ids.sort_unstable();
    assert_eq!(facts["duckdb_ids"], serde_json::json!(ids));

    // Networks through NetworkX and pandas.
    let conflict = want.events.iter().filter(|e| e.event.quad >= 3).count();
    for name in ["graphml", "gexf"] {
        let g = &facts[name];
        assert_eq!(g["directed"], true, "{name}");
        assert_eq!(g["nodes"], want.nodes, "{name}");
        assert_eq!(g["edges"], want.edges, "{name}");
        assert_eq!(g["events"], n, "{name}");
        assert_eq!(g["conflict"], conflict, "{name}");
    }
    if want.nodes > 0 {
        let attrs = facts["graphml"]["node_attrs"].to_string();
        for a in ["country", "name", "mentions", "events"] {
            assert!(attrs.contains(a), "GraphML node attributes {attrs}");
        }
    }
    assert_eq!(facts["csv"]["nodes"], want.nodes);
    assert_eq!(facts["csv"]["edges"], want.edges);
    assert_eq!(facts["csv"]["events"], n);
    assert_eq!(
        facts["csv"]["node_columns"],
        serde_json::json!(["Id", "Label"])
    );
    assert_eq!(
        facts["csv"]["edge_columns"],
        serde_json::json!(["Source", "Target", "Type", "Weight"])
    );
}

/// Events, cooperation, conflict, Goldstein sum and counts per type of a dyad.
type DyadSums = (u64, u64, u64, f64, BTreeMap<String, u64>);

/// Which events a filter case keeps.
type Keep = Box<dyn Fn(&EventRecord) -> bool>;

/// Sums of stored events per key; events without a key are left out.
fn sums_by<K: Ord>(
    events: &[&StoredEvent],
    key: impl Fn(&StoredEvent) -> Option<K>,
) -> BTreeMap<K, DyadSums> {
    let mut want: BTreeMap<K, DyadSums> = BTreeMap::new();
    for e in events {
        let Some(k) = key(e) else { continue };
        let w = want.entry(k).or_default();
        w.0 += 1;
        if e.quad <= 2 {
            w.1 += 1;
        } else {
            w.2 += 1;
        }
        w.3 += e.goldstein;
        *w.4.entry(e.event_type.clone()).or_default() += 1;
    }
    want
}

/// One row of `dyads`/`timeline` JSON output against its expected sums.
fn assert_tally(row: &Value, want: &DyadSums, what: &str) {
    assert_eq!(row["events"], want.0, "{what}: events");
    assert_eq!(row["cooperation"], want.1, "{what}: cooperation");
    assert_eq!(row["conflict"], want.2, "{what}: conflict");
    let sum = row["goldstein_sum"].as_f64().unwrap();
    assert!(
        (sum - want.3).abs() < 1e-3,
        "{what}: goldstein sum {sum} vs {}",
        want.3
    );
    let mean = row["goldstein_mean"].as_f64().unwrap();
    let want_mean = want.3 / want.0 as f64;
    assert!(
        (mean - want_mean).abs() < 1e-3,
        "{what}: goldstein mean {mean} vs {want_mean}"
    );
    let by_type: BTreeMap<String, u64> = serde_json::from_value(row["by_type"].clone()).unwrap();
    assert_eq!(by_type, want.4, "{what}: by type");
}

/// `dyad dyads` and `dyad timeline` against sums over the stored events,
/// read with plain SQL (so the numbers are checked, not hard-coded).
fn check_analytics(db: &Path, pairs: &[(&str, &str)]) {
    let stored = stored_events(db);
    let all: Vec<&StoredEvent> = stored.iter().collect();

    // All-time dyads by country code.
    let rows = json_lines(run(dyad().args(["dyads", "--json", "--db"]).arg(db)));
    let want = sums_by(&all, |e| Some((e.source.clone(), e.target.clone())));
    assert_eq!(rows.len(), want.len(), "dyads: one row per stored pair");
    for r in &rows {
        let key = (
            r["source"].as_str().unwrap().to_string(),
            r["target"].as_str().unwrap().to_string(),
        );
        assert_eq!(r["period"], Value::Null);
        assert_tally(r, &want[&key], &format!("dyads {key:?}"));
    }
    // Per month: every row, keyed by pair and month.
    let monthly = json_lines(run(dyad()
        .args(["dyads", "--json", "--by", "month", "--db"])
        .arg(db)));
    let want = sums_by(&all, |e| {
        let month = dyad_store::Period::Month.bucket(&e.date)?;
        Some((e.source.clone(), e.target.clone(), month))
    });
    assert_eq!(monthly.len(), want.len(), "dyads per month");
    for r in &monthly {
        let key = (
            r["source"].as_str().unwrap().to_string(),
            r["target"].as_str().unwrap().to_string(),
            r["period"].as_str().unwrap().to_string(),
        );
        assert_tally(r, &want[&key], &format!("dyads by month {key:?}"));
    }

    for (a, b) in pairs {
        let spec = format!("{a}:{b}");
        let involved: Vec<&StoredEvent> = stored
            .iter()
            .filter(|e| (e.source == *a && e.target == *b) || (e.source == *b && e.target == *a))
            .collect();
        let forward: Vec<&StoredEvent> = involved
            .iter()
            .copied()
            .filter(|e| e.source == *a)
            .collect();
        let ids = |v: &[&StoredEvent]| v.iter().map(|e| e.id).collect::<Vec<_>>();
        let listed = events_json(db, &["--dyad", &spec, "--both"]);
        assert_eq!(
            listed.iter().map(|e| e.id).collect::<Vec<_>>(),
            ids(&involved),
            "{spec}"
        );
        let listed = events_json(db, &["--dyad", &spec]);
        assert_eq!(
            listed.iter().map(|e| e.id).collect::<Vec<_>>(),
            ids(&forward),
            "{spec}"
        );

        // `dyads --dyad A:B` answers with the A -> B row only.
        let rows = json_lines(run(dyad()
            .args(["dyads", "--json", "--dyad", &spec, "--db"])
            .arg(db)));
        let want = sums_by(&forward, |_| Some(()));
        assert_eq!(rows.len(), want.len(), "dyads --dyad {spec}");
        if let Some(w) = want.get(&()) {
            assert_tally(&rows[0], w, &format!("dyads --dyad {spec}"));
        }

        // Timelines of the pair (both directions) and of its first actor.
        let of_actor: Vec<&StoredEvent> = stored
            .iter()
            .filter(|e| e.source == *a || e.target == *a)
            .collect();
        for by in ["day", "week", "month"] {
            let period: dyad_store::Period = by.parse().unwrap();
            for (subject, events) in [(spec.as_str(), &involved), (*a, &of_actor)] {
                let buckets = json_lines(run(dyad()
                    .args(["timeline", subject, "--by", by, "--json", "--db"])
                    .arg(db)));
                let want = sums_by(events, |e| period.bucket(&e.date));
                assert_eq!(buckets.len(), want.len(), "timeline {subject} by {by}");
                for b in &buckets {
                    let k = b["period"].as_str().unwrap().to_string();
                    assert_tally(b, &want[&k], &format!("timeline {subject} by {by} {k}"));
                }
                // The chart and the CSV answer too.
                let chart = run(dyad()
                    .args(["timeline", subject, "--by", by, "--db"])
                    .arg(db));
                assert!(!chart.stdout.is_empty());
                let csv = run(dyad()
                    .args(["timeline", subject, "--by", by, "--csv", "--db"])
                    .arg(db));
                let csv = String::from_utf8(csv.stdout).unwrap();
                assert_eq!(
                    csv.lines().count(),
                    want.len() + 1,
                    "timeline {subject} CSV"
                );
                let total: u64 = csv
                    .lines()
                    .skip(1)
                    .map(|l| l.split(',').nth(1).unwrap().parse::<u64>().unwrap())
                    .sum();
                assert_eq!(total, want.values().map(|w| w.0).sum::<u64>());
            }
        }
    }
}

// ---------------------------------------------------------------- tests

#[test]
fn every_export_of_hand_made_events_reads_back_in_real_clients() {
    let dir = tempfile::tempdir().unwrap();
    let db = hand_made_store(dir.path());
    let want = expected(&db);
    assert_eq!(want.events.len(), 8, "nine reports, two of one meeting");
    assert_eq!(want.mentions, 9);
    let meeting = want
        .events
        .iter()
        .find(|e| {
            e.event.event_type == EventType::Consult
                && e.event.date.as_deref() == Some("2024-05-01")
        })
        .unwrap();
    assert_eq!(
        (
            meeting.num_mentions,
            meeting.num_articles,
            meeting.num_sources
        ),
        (2, 2, 2)
    );
    check_exports(&db, &dir.path().join("out"));

    // GDELT specifics: CAMEO codes, partial dates, geo, header option.
    let gdelt = std::fs::read_to_string(dir.path().join("out/gdelt/dyad.export.CSV")).unwrap();
    let row = |id: u64| -> Vec<String> {
        gdelt
            .lines()
            .find(|l| l.starts_with(&format!("{id}\t")))
            .unwrap()
            .split('\t')
            .map(String::from)
            .collect()
    };
    let col = |name: &str| {
        dyad_io::export::GDELT_EVENT_COLUMNS
            .iter()
            .position(|c| *c == name)
            .unwrap()
    };
    let m = row(meeting.id);
    assert_eq!(m[col("SQLDATE")], "20240501");
    assert_eq!(m[col("Actor1Code")], "FREGOV");
    assert_eq!(m[col("Actor1Name")], "FREEDONIAN GOVERNMENT");
    assert_eq!(m[col("Actor1CountryCode")], "FRE");
    assert_eq!(m[col("Actor1Type1Code")], "GOV");
    assert_eq!(m[col("EventRootCode")], "04");
    assert_eq!(m[col("IsRootEvent")], "1");
    assert_eq!(m[col("ActionGeo_Type")], "4");
    assert_eq!(m[col("ActionGeo_Lat")], "12.5000");
    assert_eq!(m[col("SOURCEURL")], "https://outlet1.example/a");
    let assault = want
        .events
        .iter()
        .find(|e| e.event.event_type == EventType::Assault)
        .unwrap();
    let a = row(assault.id);
    assert_eq!(
        a[col("SQLDATE")],
        "20240601",
        "YYYY-MM is dated on its first day"
    );
    assert_eq!(a[col("Actor1Code")], "SYLMIL");
    assert_eq!(
        a[col("SOURCEURL")],
        "hand-made dump.txt#2",
        "the input path when there is no URL"
    );
    let aid = want
        .events
        .iter()
        .find(|e| e.event.event_type == EventType::Aid)
        .unwrap();
    let a = row(aid.id);
    assert_eq!(a[col("Actor1CountryCode")], "");
    assert_eq!(a[col("Actor1KnownGroupCode")], "UNO");

    // The meeting's mentions keep both articles, and repeat the event's
    // DATEADDED as EventTimeDate (GDELT's meaning).
    let mentions = std::fs::read_to_string(dir.path().join("out/gdelt/dyad.mentions.CSV")).unwrap();
    let of_meeting: Vec<Vec<&str>> = mentions
        .lines()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|f| f[0] == meeting.id.to_string())
        .collect();
    assert_eq!(of_meeting.len(), 2);
    let identifiers: BTreeSet<&str> = of_meeting.iter().map(|f| f[5]).collect();
    assert_eq!(
        identifiers,
        BTreeSet::from(["https://outlet1.example/a", "hand-made dump.txt#2"])
    );
    for f in &of_meeting {
        assert_eq!(f[1], m[col("DATEADDED")], "EventTimeDate");
    }

    let with_header = dir.path().join("gdelt-header");
    run(dyad()
        .args(["export", "--quiet", "--format", "gdelt", "--header", "--db"])
        .arg(&db)
        .arg("--out")
        .arg(&with_header));
    let text = std::fs::read_to_string(with_header.join("dyad.export.CSV")).unwrap();
    assert!(text.starts_with("GLOBALEVENTID\tSQLDATE\tMonthYear"));

    // Parquet refuses to mix with an earlier export unless forced.
    let again = dyad()
        .args(["export", "--quiet", "--format", "parquet", "--db"])
        .arg(&db)
        .arg("--out")
        .arg(dir.path().join("out/parquet"))
        .output()
        .unwrap();
    assert!(!again.status.success());
    run(dyad()
        .args([
            "export", "--quiet", "--format", "parquet", "--force", "--db",
        ])
        .arg(&db)
        .arg("--out")
        .arg(dir.path().join("out/parquet")));
}

#[test]
fn exports_follow_the_event_filters() {
    let dir = tempfile::tempdir().unwrap();
    let db = hand_made_store(dir.path());
    let out = dir.path().join("accuse.jsonl");
    run(dyad()
        .args([
            "export", "--quiet", "--format", "plover", "--type", "accuse", "--db",
        ])
        .arg(&db)
        .arg("--out")
        .arg(&out));
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.lines().count(), 2);
    assert!(text.lines().all(|l| l.contains("\"event\":\"ACCUSE\"")));
}

#[test]
fn event_filters_select_what_they_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = hand_made_store(dir.path());
    let all = events_json(&db, &[]);
    let cases: Vec<(Vec<&str>, Keep)> = vec![
        (
            vec!["--actor", "UNO"],
            Box::new(|e| e.event.source.code == "UNO" || e.event.target.code == "UNO"),
        ),
        (
            vec!["--actor", "SYLMIL"],
            Box::new(|e| e.event.source.sector.as_deref() == Some("MIL")),
        ),
        (
            vec!["--dyad", "FRE:SYL"],
            Box::new(|e| e.event.source.code == "FRE" && e.event.target.code == "SYL"),
        ),
        (
            vec!["--type", "ACCUSE"],
            Box::new(|e| e.event.event_type == EventType::Accuse),
        ),
        (vec!["--quad", "4"], Box::new(|e| e.event.quad == 4)),
        (
            vec!["--from", "2025-01-01"],
            Box::new(|e| e.event.date.as_deref().is_some_and(|d| d >= "2025-01-01")),
        ),
        (
            vec!["--to", "2024-12-31"],
            Box::new(|e| e.event.date.as_deref().is_some_and(|d| d <= "2024-12-31")),
        ),
        (
            vec!["--certainty", "claimed"],
            Box::new(|e| e.event.certainty == Certainty::Claimed),
        ),
    ];
    let mut failures = Vec::new();
    for (args, keep) in &cases {
        let got: Vec<u64> = events_json(&db, args).iter().map(|e| e.id).collect();
        let want: Vec<u64> = all.iter().filter(|e| keep(e)).map(|e| e.id).collect();
        if got != want || want.is_empty() {
            failures.push(format!("{args:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // Table and CSV outputs.
    let table = run(dyad().args(["events", "--db"]).arg(&db));
    assert_eq!(
        String::from_utf8(table.stdout).unwrap().lines().count(),
        all.len()
    );
    let csv = run(dyad().args(["events", "--csv", "--db"]).arg(&db));
    assert_eq!(
        String::from_utf8(csv.stdout).unwrap().lines().count(),
        all.len() + 1
    );
    let bad = dyad()
        .args(["events", "--type", "GOSSIP", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(!bad.status.success());
}

#[test]
fn dyads_and_timelines_match_the_stored_events() {
    let dir = tempfile::tempdir().unwrap();
    let db = hand_made_store(dir.path());
    check_analytics(&db, &[("FRE", "SYL"), ("FRE", "UNO")]);
    let rows = json_lines(run(dyad().args(["dyads", "--json", "--db"]).arg(&db)));
    let fre_syl = rows
        .iter()
        .find(|r| r["source"] == "FRE" && r["target"] == "SYL")
        .unwrap();
    assert_eq!(fre_syl["events"], 3);
    assert_eq!(fre_syl["conflict"], 1);
}

/// ../shared beside the repository; panics under CI when it is missing.
fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if dir.join("seeds").is_dir() {
        return Some(dir);
    }
    assert!(!in_ci(), "../shared is missing at {}", dir.display());
    eprintln!("note: ../shared not found, skipping");
    None
}

#[test]
fn seeds_export_in_every_format_and_analytics_agree() {
    let Some(shared) = shared() else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    run(dyad()
        .arg("ingest")
        .arg(shared.join("seeds"))
        .arg("--db")
        .arg(&db)
        .arg("--quiet"));
    // Whatever the coder emits, the exports hold exactly the listed events
    // (none is still a valid, empty export).
    check_exports(&db, &dir.path().join("out"));
    check_analytics(&db, &[("IRN", "USA"), ("CHN", "RUS")]);
}
