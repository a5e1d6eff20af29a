//! Latency of `dyad serve` under load: a store of 100,000 generated articles
//! (with mentions and events), the server in-process on 127.0.0.1, and 32
//! concurrent clients (threads with blocking connections) sending full-text
//! searches and event queries. Prints p50 / p95 / p99 per endpoint.
//!
//! `cargo bench -p dyad-serve --bench latency` (the store is generated once
//! and kept under the target directory; DYAD_BENCH_ARTICLES changes its size).

use dyad_core::dedup::Fingerprint;
use dyad_core::{
    ActorRef, Article, Certainty, Event, EventParty, EventType, Location, Mention, MentionKind,
    Published, Sighting,
};
use dyad_serve::http_client::get;
use dyad_serve::BackgroundServer;
use dyad_store::Store;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const CLIENTS: usize = 32;
const REQUESTS_PER_CLIENT: usize = 40;

/// (code, name, capital, lat, lon)
const COUNTRIES: [(&str, &str, &str, f64, f64); 24] = [
    ("FRA", "France", "Paris", 48.86, 2.35),
    ("DEU", "Germany", "Berlin", 52.52, 13.40),
    ("USA", "the United States", "Washington", 38.90, -77.04),
    ("CHN", "China", "Beijing", 39.90, 116.40),
    ("RUS", "Russia", "Moscow", 55.76, 37.62),
    ("IND", "India", "New Delhi", 28.61, 77.21),
    ("BRA", "Brazil", "Brasilia", -15.79, -47.88),
    ("NGA", "Nigeria", "Abuja", 9.08, 7.40),
    ("EGY", "Egypt", "Cairo", 30.04, 31.24),
    ("TUR", "Turkey", "Ankara", 39.93, 32.86),
    ("IRN", "Iran", "Tehran", 35.69, 51.39),
    ("JPN", "Japan", "Tokyo", 35.68, 139.69),
    ("KOR", "South Korea", "Seoul", 37.57, 126.98),
    ("MEX", "Mexico", "Mexico City", 19.43, -99.13),
    ("ARG", "Argentina", "Buenos Aires", -34.60, -58.38),
    ("ZAF", "South Africa", "Pretoria", -25.75, 28.19),
    ("KEN", "Kenya", "Nairobi", -1.29, 36.82),
    ("SAU", "Saudi Arabia", "Riyadh", 24.71, 46.68),
    ("PAK", "Pakistan", "Islamabad", 33.68, 73.05),
    ("IDN", "Indonesia", "Jakarta", -6.21, 106.85),
    ("AUS", "Australia", "Canberra", -35.28, 149.13),
    ("CAN", "Canada", "Ottawa", 45.42, -75.70),
    ("POL", "Poland", "Warsaw", 52.23, 21.01),
    ("UKR", "Ukraine", "Kyiv", 50.45, 30.52),
];

/// (type, quad, goldstein, cameo, verb phrase)
const ACTIONS: [(EventType, u8, f32, &str, &str); 10] = [
    (EventType::Consult, 1, 1.0, "040", "held talks with"),
    (
        EventType::Agree,
        1,
        3.0,
        "057",
        "signed a trade accord with",
    ),
    (EventType::Support, 1, 3.5, "051", "praised the reforms of"),
    (EventType::Aid, 2, 7.0, "070", "sent emergency aid to"),
    (
        EventType::Cooperate,
        2,
        6.0,
        "061",
        "began joint naval exercises with",
    ),
    (EventType::Accuse, 3, -2.0, "112", "accused"),
    (
        EventType::Reject,
        3,
        -4.0,
        "120",
        "rejected a proposal from",
    ),
    (
        EventType::Threaten,
        3,
        -6.0,
        "138",
        "threatened sanctions against",
    ),
    (EventType::Sanction, 4, -5.0, "163", "imposed tariffs on"),
    (
        EventType::Assault,
        4,
        -10.0,
        "190",
        "shelled border positions of",
    ),
];

const TOPICS: [&str; 16] = [
    "over fishing rights in disputed waters",
    "about a pipeline that would carry gas across the region",
    "after a week of protests over fuel prices",
    "as farmers warned of a poor harvest",
    "amid a dispute over a hydroelectric dam",
    "over the treatment of migrant workers",
    "about satellite launches and missile tests",
    "after elections marred by allegations of fraud",
    "over a stalled railway project",
    "as inflation reached its highest level in a decade",
    "over the extradition of a banker",
    "about vaccine supplies for the coming winter",
    "after a cyber attack on the central bank",
    "over grain exports through the straits",
    "amid talk of a new currency union",
    "after a cargo ship ran aground near the coast",
];

const FILLERS: [&str; 20] = [
    "Officials said {n} delegates attended the meeting in {city}.",
    "The ministry did not respond to a request for comment.",
    "Analysts expect the markets to react on {day}.",
    "Opposition lawmakers called the move reckless.",
    "A spokesperson said further talks were planned for {day}.",
    "Around {n} people gathered in the centre of {city}.",
    "The statement was read out on state television.",
    "Diplomats described the atmosphere as tense but cordial.",
    "Shares of exporters fell {n} percent in early trading.",
    "Local media reported road closures across {city}.",
    "The agreement must still be ratified by parliament.",
    "Human rights groups urged restraint from both sides.",
    "The foreign minister is due to travel to {city} next month.",
    "Independent observers could not verify the claims.",
    "The government said {n} soldiers had been placed on alert.",
    "Trade between the two countries grew by {n} percent last year.",
    "Residents of {city} queued for bread and fuel.",
    "The central bank left interest rates unchanged.",
    "A summit is scheduled for {day} in {city}.",
    "Both sides said they were open to mediation.",
];

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// xorshift64*: deterministic and fast.
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

fn fill(template: &str, rng: &mut Rng) -> String {
    let city = COUNTRIES[rng.below(COUNTRIES.len())].2;
    template
        .replace("{n}", &(2 + rng.below(4000)).to_string())
        .replace("{city}", city)
        .replace("{day}", DAYS[rng.below(7)])
}

fn gov(c: (&str, &str, &str, f64, f64)) -> ActorRef {
    ActorRef {
        code: c.0.into(),
        sector: Some("GOV".into()),
        name: c.1.trim_start_matches("the ").into(),
    }
}

fn party(c: (&str, &str, &str, f64, f64), text: &str) -> EventParty {
    let a = gov(c);
    EventParty {
        code: a.code,
        sector: a.sector,
        name: a.name,
        text: text.into(),
    }
}

/// One generated article with its events.
fn article(n: usize, rng: &mut Rng) -> Article {
    let src = COUNTRIES[rng.below(COUNTRIES.len())];
    let mut tgt = COUNTRIES[rng.below(COUNTRIES.len())];
    if tgt.0 == src.0 {
        tgt = COUNTRIES[(rng.below(COUNTRIES.len() - 1)
            + 1
            + COUNTRIES.iter().position(|c| c.0 == src.0).unwrap_or(0))
            % COUNTRIES.len()];
    }
    let (ty, quad, goldstein, cameo, verb) = ACTIONS[rng.below(ACTIONS.len())];
    let topic = TOPICS[rng.below(TOPICS.len())];
    let day = DAYS[rng.below(7)];
    let year = 2015 + rng.below(10);
    let date = format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
    let src_name = src.1;
    let tgt_name = tgt.1;
    let lead = format!(
        "{} {verb} {tgt_name} on {day} {topic}, officials in {} said.",
        capitalise(src_name),
        src.2
    );
    let mut paragraphs = vec![lead.clone()];
    for _ in 0..2 + rng.below(4) {
        let sentences: Vec<String> = (0..2 + rng.below(3))
            .map(|_| fill(FILLERS[rng.below(FILLERS.len())], rng))
            .collect();
        paragraphs.push(sentences.join(" "));
    }
    paragraphs.push(format!("Report number {n} in this series."));
    let find = |needle: &str| lead.find(needle).unwrap_or(0);
    let src_start = find(&capitalise(src_name));
    let tgt_start = find(tgt_name);
    let mentions = vec![
        Mention {
            text: capitalise(src_name),
            kind: MentionKind::Country,
            paragraph: 0,
            start: src_start,
            end: src_start + src_name.len(),
            actor: Some(gov(src)),
        },
        Mention {
            text: tgt_name.into(),
            kind: MentionKind::Country,
            paragraph: 0,
            start: tgt_start,
            end: tgt_start + tgt_name.len(),
            actor: Some(gov(tgt)),
        },
    ];
    let event = Event {
        event_type: ty,
        mode: None,
        cameo: cameo.into(),
        quad,
        goldstein,
        source: party(src, src_name),
        target: party(tgt, tgt_name),
        date: Some(date.clone()),
        date_basis: Some("publication".into()),
        location: Some(Location {
            name: src.2.into(),
            country: Some(src.0.into()),
            lat: Some(src.3),
            lon: Some(src.4),
        }),
        negated: false,
        certainty: Certainty::Asserted,
        paragraph: 0,
        sentence: lead.clone(),
        confidence: 0.8,
    };
    Article {
        headline: format!("{} {verb} {tgt_name} {topic} ({n})", capitalise(src_name)),
        paragraphs,
        published: Some(Published {
            date,
            basis: "input".into(),
            confidence: 1.0,
        }),
        sightings: vec![Sighting {
            source: format!("generated-{}.jsonl", n / 10_000),
            position: n,
        }],
        mentions,
        events: vec![event],
        ..Article::default()
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The generated store, built once and kept.
fn store(articles: usize) -> PathBuf {
    let path =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("serve-latency-{articles}.db"));
    if let Ok(s) = Store::open_read_only(&path) {
        if s.count_articles().unwrap_or(0) as usize == articles {
            return path;
        }
    }
    let _ = std::fs::remove_file(&path);
    let start = Instant::now();
    let mut store = Store::open(&path).expect("create the benchmark store");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut n = 0;
    while n < articles {
        let batch: Vec<(Article, Fingerprint)> = (n..(n + 2000).min(articles))
            .map(|i| {
                let a = article(i, &mut rng);
                let fp = Fingerprint::of(&a);
                (a, fp)
            })
            .collect();
        n += batch.len();
        store.ingest_batch(&batch).expect("ingest");
        eprint!("\rgenerated {n} articles");
    }
    eprintln!(" in {:.0} s", start.elapsed().as_secs_f64());
    path
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Run `CLIENTS` threads each sending `REQUESTS_PER_CLIENT` requests made
/// by `target(client, i)`; print the latency percentiles.
fn load(name: &str, addr: std::net::SocketAddr, target: impl Fn(usize, usize) -> String + Sync) {
    let start = Instant::now();
    let mut latencies: Vec<Duration> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..CLIENTS)
            .map(|c| {
                let target = &target;
                scope.spawn(move || {
                    let mut out = Vec::with_capacity(REQUESTS_PER_CLIENT);
                    for i in 0..REQUESTS_PER_CLIENT {
                        let t = target(c, i);
                        let sent = Instant::now();
                        let r = get(addr, &t).expect("request");
                        assert_eq!(r.status, 200, "{t}: {}", r.text());
                        out.push(sent.elapsed());
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("client thread"))
            .collect()
    });
    let wall = start.elapsed();
    latencies.sort();
    println!(
        "{name:<32} {:>6} requests, {CLIENTS} clients: p50 {:>7.1} ms  p95 {:>7.1} ms  p99 {:>7.1} ms  ({:.0} req/s)",
        latencies.len(),
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.95).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.len() as f64 / wall.as_secs_f64()
    );
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let articles = std::env::var("DYAD_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let db = store(articles);
    let server = BackgroundServer::start(&db).expect("start the server");
    let addr = server.addr;
    println!("store: {articles} articles at {}", db.display());
    let words = [
        "pipeline",
        "harvest",
        "extradition",
        "vaccine",
        "railway",
        "tariffs",
        "naval",
        "currency",
        "hydroelectric",
        "cyber",
        "grain",
        "migrant",
        "satellite",
        "fraud",
        "inflation",
        "fishing",
    ];
    let codes: Vec<&str> = COUNTRIES.iter().map(|c| c.0).collect();
    // Warm up (page cache, statement caches).
    for w in words {
        let _ = get(addr, &format!("/api/articles?q={w}"));
    }
    load("search /api/articles?q=WORD", addr, |c, i| {
        format!("/api/articles?q={}", words[(c * 7 + i) % words.len()])
    });
    load("search two words AND", addr, |c, i| {
        format!(
            "/api/articles?q={}+{}",
            words[(c + i) % words.len()],
            COUNTRIES[(c * 3 + i) % COUNTRIES.len()]
                .2
                .split(' ')
                .next()
                .unwrap_or("Paris")
        )
    });
    load("events /api/events?actor=X", addr, |c, i| {
        format!(
            "/api/events?actor={}&limit=50",
            codes[(c * 5 + i) % codes.len()]
        )
    });
    load("events /api/events?offset=N", addr, |c, i| {
        format!(
            "/api/events?limit=50&offset={}",
            ((c * 997 + i * 131) * 37) % articles
        )
    });
    load("events dyad+type", addr, |c, i| {
        format!(
            "/api/events?source={}&target={}&type={}&limit=50",
            codes[(c + i) % codes.len()],
            codes[(c + 2 * i + 1) % codes.len()],
            ACTIONS[(c + i) % ACTIONS.len()].0.as_str()
        )
    });
    server.stop().expect("stop the server");
}
