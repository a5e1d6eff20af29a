//! Export benchmark: a synthetic store of 1,000,000 events (grouped as GDELT
//! counts them; about 1.2 million reports), exported in every
//! format by the real `dyad export`, one child process per format, reporting
//! seconds, peak RSS (the child's VmHWM, sampled from /proc every 10 ms) and
//! output size.
//!
//! Run: `cargo bench -p dyad --bench export` (options after `--`:
//! `--events N` for another size, `--store PATH` to keep the generated store
//! at PATH, or reuse it when it exists; `--formats gdelt,plover,...`).
//!
//! The store is generated through `Store::ingest_batch` (dedup, FTS, groups:
//! the real write path) from synthetic articles of 10 event reports each,
//! written in date order over three years, 2,000 articles a transaction,
//! until the store holds the events asked for. Actors, types,
//! quad classes, dates and locations vary; about one event in six repeats an
//! earlier event of the same day, so groups with several mentions exist.

use dyad_core::dedup::Fingerprint;
use dyad_core::{Article, Certainty, Event, EventParty, EventType, Location, Published, Sighting};
use dyad_store::Store;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const EVENTS_PER_ARTICLE: usize = 10;
const ARTICLES_PER_BATCH: usize = 2_000;
const FORMATS: [&str; 6] = ["gdelt", "plover", "parquet", "graphml", "gexf", "csv"];
const COUNTRIES: [&str; 40] = [
    "USA", "CHN", "RUS", "IRN", "ISR", "UKR", "GBR", "FRA", "DEU", "IND", "PAK", "TUR", "SAU",
    "EGY", "SYR", "IRQ", "AFG", "PRK", "KOR", "JPN", "BRA", "MEX", "CAN", "AUS", "NGA", "ZAF",
    "ETH", "SDN", "YEM", "LBN", "QAT", "ARE", "VEN", "COL", "CUB", "POL", "ITA", "ESP", "UNO",
    "EUR",
];
const SECTORS: [Option<&str>; 8] = [
    None,
    Some("GOV"),
    Some("GOV"),
    Some("MIL"),
    Some("CVL"),
    Some("REB"),
    Some("BUS"),
    Some("JRN"),
];

/// A small deterministic generator (xorshift64*), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn party(rng: &mut Rng) -> EventParty {
    let code = COUNTRIES[rng.below(COUNTRIES.len())];
    let sector = SECTORS[rng.below(SECTORS.len())];
    let name = match sector {
        Some(s) => format!("{code} {s}"),
        None => code.to_string(),
    };
    EventParty {
        code: code.into(),
        sector: sector.map(String::from),
        text: format!("the {name}"),
        name,
    }
}

fn event(rng: &mut Rng, date: &str) -> Event {
    let event_type = EventType::ALL[rng.below(16)];
    let quad = match event_type {
        EventType::Agree | EventType::Consult | EventType::Support | EventType::Request => 1,
        EventType::Concede | EventType::Cooperate | EventType::Aid | EventType::Retreat => 2,
        EventType::Accuse | EventType::Reject | EventType::Threaten | EventType::Protest => 3,
        _ => 4,
    };
    let source = party(rng);
    let mut target = party(rng);
    if target.code == source.code {
        target = party(rng);
    }
    let lat = (rng.below(18_000) as f64) / 100.0 - 90.0;
    Event {
        event_type,
        mode: None,
        cameo: format!("{:03}", 10 + rng.below(190)),
        quad,
        goldstein: (rng.below(200) as f32) / 10.0 - 10.0,
        source,
        target,
        date: Some(date.to_string()),
        date_basis: Some("publication".into()),
        location: (rng.below(3) == 0).then(|| Location {
            name: format!("City {}", rng.below(500)),
            country: Some(COUNTRIES[rng.below(38)].into()),
            lat: Some(lat),
            lon: Some(lat / 2.0),
        }),
        negated: false,
        certainty: if rng.below(5) == 0 {
            Certainty::Claimed
        } else {
            Certainty::Asserted
        },
        paragraph: rng.below(8),
        sentence: format!(
            "Officials from one side said the other side acted on the matter, report {}.",
            rng.next() % 1_000_000
        ),
        confidence: 0.5 + (rng.below(50) as f32) / 100.0,
    }
}

fn article(rng: &mut Rng, n: usize, date: &str, previous: &[Event]) -> Article {
    let words: Vec<String> = (0..40)
        .map(|_| format!("w{}", rng.next() % 50_000_000))
        .collect();
    let events = (0..EVENTS_PER_ARTICLE)
        .map(
            |_| match previous.get(rng.below(previous.len().max(1) * 6)) {
                // A second report of an event of the previous article.
                Some(e) => e.clone(),
                None => event(rng, date),
            },
        )
        .collect();
    Article {
        headline: format!("Synthetic report {n}"),
        paragraphs: vec![words[..20].join(" "), words[20..].join(" ")],
        url: (n & 1 == 0).then(|| format!("https://outlet{}.example/{n}", n % 7)),
        source_domain: (n & 1 == 0).then(|| format!("outlet{}.example", n % 7)),
        published: Some(Published {
            date: date.into(),
            basis: "input".into(),
            confidence: 1.0,
        }),
        sightings: vec![Sighting {
            source: "synthetic".into(),
            position: n,
        }],
        events,
        ..Article::default()
    }
}

/// Write a synthetic store of `events` events (grouped, as GDELT counts
/// them; a few more at most) at `db`: articles are added until the store
/// holds that many, in batches that shrink near the end so as not to
/// overshoot (an article adds at most `EVENTS_PER_ARTICLE` events).
fn generate(db: &Path, events: usize) -> Duration {
    let start = Instant::now();
    let mut store = Store::open(db).expect("open store");
    // About one report in six repeats an event: dates are spread over the
    // articles this needs.
    let planned = (events * 6 / 5).div_ceil(EVENTS_PER_ARTICLE).max(1);
    let first = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).expect("date");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut previous: Vec<Event> = Vec::new();
    let mut batch: Vec<(Article, Fingerprint)> = Vec::with_capacity(ARTICLES_PER_BATCH);
    let mut groups = 0usize;
    let mut n = 0usize;
    let mut reported = 0usize;
    while groups < events {
        let size = ((events - groups) / EVENTS_PER_ARTICLE).clamp(1, ARTICLES_PER_BATCH);
        for _ in 0..size {
            let day = first + chrono::Days::new((n.min(planned) * 1095 / planned) as u64);
            let date = day.format("%Y-%m-%d").to_string();
            if previous.first().and_then(|e| e.date.as_deref()) != Some(date.as_str()) {
                previous.clear();
            }
            let a = article(&mut rng, n, &date, &previous);
            previous = a.events.clone();
            let fp = Fingerprint::of(&a);
            batch.push((a, fp));
            n += 1;
        }
        store.ingest_batch(&batch).expect("ingest");
        batch.clear();
        groups = store.count_events().expect("count").0 as usize;
        if groups >= reported + 100_000 {
            reported = groups;
            eprintln!(
                "  generated {groups} events in {:.0} s",
                start.elapsed().as_secs_f64()
            );
        }
    }
    start.elapsed()
}

/// VmHWM of a process in kB, while it runs.
fn peak_rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn size_of(path: &Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| size_of(&e.path()))
                    .sum()
            })
            .unwrap_or(0)
    } else {
        std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
    }
}

/// Run `dyad export` for one format; seconds, peak RSS in MB, bytes written.
fn export(db: &Path, format: &str, out: &Path) -> (f64, f64, u64) {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["export", "--quiet", "--format", format, "--db"])
        .arg(db)
        .arg("--out")
        .arg(out)
        .spawn()
        .expect("run dyad export");
    let mut peak = 0;
    let status = loop {
        if let Some(kb) = peak_rss_kb(child.id()) {
            peak = peak.max(kb);
        }
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    assert!(status.success(), "dyad export --format {format} failed");
    (
        start.elapsed().as_secs_f64(),
        peak as f64 / 1024.0,
        size_of(out),
    )
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let events: usize = value("--events")
        .map(|v| v.replace('_', "").parse().expect("--events N"))
        .unwrap_or(1_000_000);
    let formats: Vec<String> = value("--formats")
        .map(|v| v.split(',').map(String::from).collect())
        .unwrap_or_else(|| FORMATS.map(String::from).to_vec());
    let dir = tempfile::tempdir().expect("temp dir");
    let db: PathBuf = value("--store")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.path().join("synthetic.db"));

    if db.exists() {
        eprintln!("reusing the store {}", db.display());
    } else {
        eprintln!("generating {events} events into {}", db.display());
        let took = generate(&db, events);
        eprintln!(
            "generate: {:.1} s ({:.0} events/s through Store::ingest_batch)",
            took.as_secs_f64(),
            events as f64 / took.as_secs_f64()
        );
    }
    let store = Store::open_read_only(&db).expect("open store");
    let (groups, reports) = store.count_events().expect("count");
    let articles = store.count_articles().expect("count");
    drop(store);
    println!(
        "store: {groups} events (groups), {reports} reports, {articles} articles, {:.0} MB",
        size_of(&db) as f64 / 1e6
    );
    println!(
        "{:10} {:>9} {:>12} {:>12} {:>14}",
        "format", "seconds", "events/s", "peak RSS MB", "output MB"
    );
    for format in &formats {
        let out = dir.path().join(format!("out-{format}"));
        let (secs, rss, bytes) = export(&db, format, &out);
        println!(
            "{format:10} {secs:>9.1} {:>12.0} {rss:>12.1} {:>14.1}",
            groups as f64 / secs,
            bytes as f64 / 1e6
        );
        // Free the disk before the next format.
        let _ = if out.is_dir() {
            std::fs::remove_dir_all(&out)
        } else {
            std::fs::remove_file(&out)
        };
    }
}
