//! End-to-end tests of the `dyad` binary: the seeds through `code` and
//! `ingest`, idempotency, partial failure, and a killed ingest.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// ../shared beside the repository; panics under CI when it is missing.
fn shared() -> Option<PathBuf> {
    let dir = repo().join("../shared");
    if dir.join("seeds").is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "../shared is missing at {}: CI must have it beside the repo",
        dir.display()
    );
    eprintln!("note: ../shared not found, skipping");
    None
}

fn seed_files(shared: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().expect("run dyad");
    assert!(
        out.status.success(),
        "dyad failed ({:?}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn count_articles(db: &Path) -> u64 {
    dyad_store::Store::open_read_only(db)
        .unwrap()
        .count_articles()
        .unwrap()
}

#[test]
fn code_on_seeds_segments_as_gold_states() {
    let Some(shared) = shared() else { return };
    let out = run(dyad()
        .arg("code")
        .args(seed_files(&shared))
        .arg("--json")
        .arg("--quiet"));
    let articles: Vec<dyad_core::Article> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("article record"))
        .collect();
    assert_eq!(articles.len(), 7, "the two seeds hold 7 unique articles");
    let shared_article = articles.iter().filter(|a| a.sightings.len() == 2).count();
    assert_eq!(shared_article, 1, "exactly one article is in both dumps");

    let gold: dyad::eval::GoldFile = serde_json::from_str(
        &std::fs::read_to_string(shared.join("gold/seeds.gold.json")).unwrap(),
    )
    .unwrap();
    let report = dyad::eval::evaluate(&gold.articles, &articles);
    let seg = (
        report.articles_found,
        report.caption_ok,
        report.credit_ok,
        report.paragraphs_ok,
    );
    assert_eq!(seg, (7, 7, 7, 7), "{}", report.summary());
    assert_eq!(report.date_ok, 7, "{}", report.summary());
    assert!(
        report.people.precision >= 0.9 && report.people.recall >= 0.9,
        "{}",
        report.summary()
    );
    // The floor for the event coder on the seeds (see `dyad eval`).
    assert!(
        report.events.precision >= 0.85 && report.events.recall >= 0.85,
        "{}\n{}",
        report.summary(),
        report.details.join("\n")
    );
    // Every event is fully coded: CAMEO code, quad class from it, evidence.
    for event in articles.iter().flat_map(|a| &a.events) {
        assert_eq!(
            Some(event.quad),
            dyad_coder::quad_class(&event.cameo),
            "{event:?}"
        );
        assert!(
            !event.sentence.is_empty() && event.date.is_some(),
            "{event:?}"
        );
    }
    // Quotes carry their speaker where the text names one.
    let quotes: Vec<&dyad_core::Quote> = articles.iter().flat_map(|a| &a.quotes).collect();
    assert!(quotes
        .iter()
        .any(|q| q.medium.as_deref() == Some("in a post on X")
            && q.speaker.as_ref().is_some_and(|s| s.code == "UKR")));
}

#[test]
fn ingest_twice_keeps_seven_articles() {
    let Some(shared) = shared() else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    for _ in 0..2 {
        run(dyad()
            .arg("ingest")
            .arg(shared.join("seeds"))
            .arg("--db")
            .arg(&db)
            .arg("--quiet"));
        assert_eq!(count_articles(&db), 7);
    }
    let out = run(dyad().args(["articles", "--json", "--db"]).arg(&db));
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 7);
    let out = run(dyad().args(["search", "terrorist", "--db"]).arg(&db));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Royal Canadian Navy"),
        "search output:\n{text}"
    );
}

#[test]
fn bad_file_is_reported_and_the_rest_ingested() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::write(
        inputs.join("good.txt"),
        "Harbour reopens\n\nThe harbour reopened on Monday after repairs, the port authority said.\n",
    )
    .unwrap();
    std::fs::write(
        inputs.join("broken.bin"),
        [0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0],
    )
    .unwrap();
    let db = dir.path().join("t.db");
    let out = dyad()
        .arg("ingest")
        .arg(&inputs)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "partial failure exit code");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("broken.bin"),
        "error names the file: {stderr}"
    );
    assert_eq!(count_articles(&db), 1);
}

#[test]
fn killed_ingest_is_completed_by_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    // Enough distinct articles that the ingest is still running when killed.
    let words = [
        "council", "border", "minister", "harbour", "treaty", "budget", "election", "court",
        "strike", "envoy", "summit", "river",
    ];
    for i in 0..3000 {
        let body: Vec<String> = (0..40)
            .map(|j| format!("{}{i}n{j}", words[(i * 7 + j * 3) % words.len()]))
            .collect();
        std::fs::write(
            inputs.join(format!("{i:05}.txt")),
            format!("Report number {i}\n\n{}.\n", body.join(" ")),
        )
        .unwrap();
    }
    let db = dir.path().join("t.db");
    let mut child = dyad()
        .arg("ingest")
        .arg(&inputs)
        .arg("--db")
        .arg(&db)
        .arg("--quiet")
        .spawn()
        .unwrap();
    // Kill once the store exists and holds something, or after a short while.
    for _ in 0..200 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        if db.exists()
            && std::fs::metadata(&db)
                .map(|m| m.len() > 200_000)
                .unwrap_or(false)
        {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    if db.exists() {
        let partial = count_articles(&db);
        assert!(partial <= 3000);
    }
    run(dyad()
        .arg("ingest")
        .arg(&inputs)
        .arg("--db")
        .arg(&db)
        .arg("--quiet"));
    assert_eq!(count_articles(&db), 3000);
    // A third run adds nothing.
    run(dyad()
        .arg("ingest")
        .arg(&inputs)
        .arg("--db")
        .arg(&db)
        .arg("--quiet"));
    assert_eq!(count_articles(&db), 3000);
}

/// `dyad eval --json` of `inputs` against `gold`.
fn eval_report(gold: &std::path::Path, inputs: &std::path::Path) -> serde_json::Value {
    let out = run(dyad()
        .arg("eval")
        .arg("--gold")
        .arg(gold)
        .arg(inputs)
        .arg("--json")
        .arg("--quiet"));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `dyad eval` gives score.py's figures on an analyst's gold file where Dyad
/// is not perfect (tests/cases/examples.gold.json: our own articles in
/// examples/articles/).
#[test]
fn eval_agrees_with_score_py_on_an_analysts_gold_file() {
    let Some(shared) = shared() else { return };
    let gold = repo().join("crates/dyad/tests/cases/examples.gold.json");
    let inputs = repo().join("examples/articles");
    let dir = tempfile::tempdir().unwrap();
    let pred = dir.path().join("pred.jsonl");
    let out = run(dyad().arg("code").arg(&inputs).arg("--json").arg("--quiet"));
    std::fs::write(&pred, &out.stdout).unwrap();
    let score = Command::new("python3")
        .arg(shared.join("tools/score.py"))
        .arg(&gold)
        .arg("--pred")
        .arg(&pred)
        .arg("--json")
        .output()
        .expect("python3 runs score.py");
    assert!(
        score.status.success(),
        "{}",
        String::from_utf8_lossy(&score.stderr)
    );
    let theirs: serde_json::Value = serde_json::from_slice(&score.stdout).unwrap();
    let ours = eval_report(&gold, &inputs);
    for (their_key, our_path) in [
        ("articles_found", "/articles_found"),
        ("date_ok", "/date_ok"),
        ("pp_tp", "/people/tp"),
        ("pp_fp", "/people/fp"),
        ("pp_fn", "/people/fn"),
        ("ev_tp", "/events/tp"),
        ("ev_fp", "/events/fp"),
        ("ev_fn", "/events/fn"),
    ] {
        assert_eq!(
            Some(&theirs[their_key]),
            ours.pointer(our_path),
            "{their_key}: score.py {theirs} vs dyad eval {ours}"
        );
    }
    // The file exercises misses, so the comparison is not trivially perfect.
    assert!(theirs["ev_fn"].as_u64().unwrap_or(0) + theirs["ev_fp"].as_u64().unwrap_or(0) > 0);
}

/// The genre sets of eval/genre (our own articles in the hidden set's styles
/// and formats) keep their event scores: a rule or model change that costs
/// much on them fails here. Each floor sits 0.04 under the set's F1 with the
/// model shipped in the eighth session (2026-12-07), so small trade-offs pass.
/// Sets D-CC are that model's training data, so their figures (0.49-0.88)
/// include what it learnt from them; CD-CK are held out (0.34-0.64; rules
/// alone 0.31-0.58). First scores of every set: eval/genre/README.md.
#[test]
fn genre_sets_keep_their_event_floor() {
    for (set, articles, floor) in [
        ("setD", 20, 0.85),
        ("setE", 20, 0.84),
        ("setF", 16, 0.82),
        ("setG", 20, 0.82),
        ("setH", 20, 0.78),
        ("setI", 20, 0.75),
        ("setJ", 20, 0.80),
        ("setK", 20, 0.77),
        ("setL", 20, 0.77),
        ("setM", 20, 0.73),
        ("setN", 20, 0.72),
        ("setO", 20, 0.78),
        ("setP", 20, 0.77),
        ("setQ", 20, 0.77),
        ("setR", 20, 0.75),
        ("setS", 20, 0.73),
        ("setT", 20, 0.76),
        ("setU", 20, 0.77),
        ("setV", 20, 0.74),
        ("setW", 20, 0.78),
        ("setX", 20, 0.70),
        ("setY", 20, 0.79),
        ("setZ", 20, 0.70),
        ("setAA", 20, 0.70),
        ("setAB", 20, 0.79),
        ("setAC", 20, 0.77),
        ("setAD", 20, 0.75),
        ("setAE", 20, 0.74),
        ("setAF", 20, 0.73),
        ("setAG", 20, 0.74),
        ("setAH", 20, 0.69),
        ("setAI", 20, 0.61),
        ("setAJ", 20, 0.67),
        ("setAK", 20, 0.64),
        ("setAL", 20, 0.74),
        ("setAM", 20, 0.73),
        ("setAN", 20, 0.78),
        ("setAO", 20, 0.78),
        ("setAP", 20, 0.78),
        ("setAQ", 20, 0.72),
        ("setAR", 20, 0.73),
        ("setAS", 20, 0.74),
        ("setAT", 20, 0.69),
        ("setAU", 20, 0.72),
        ("setAV", 20, 0.70),
        ("setAW", 20, 0.72),
        ("setAX", 20, 0.70),
        ("setAY", 20, 0.64),
        ("setAZ", 20, 0.70),
        ("setBA", 20, 0.72),
        ("setBB", 20, 0.76),
        ("setBC", 20, 0.69),
        ("setBD", 20, 0.71),
        ("setBE", 20, 0.69),
        ("setBF", 20, 0.75),
        ("setBG", 20, 0.77),
        ("setBH", 20, 0.69),
        ("setBI", 20, 0.69),
        ("setBJ", 20, 0.72),
        ("setBK", 20, 0.76),
        ("setBL", 20, 0.65),
        ("setBM", 20, 0.75),
        ("setBN", 20, 0.73),
        ("setBO", 20, 0.62),
        ("setBP", 20, 0.70),
        ("setBQ", 20, 0.67),
        ("setBR", 20, 0.73),
        ("setBS", 20, 0.72),
        ("setBT", 20, 0.69),
        ("setBU", 20, 0.63),
        ("setBV", 20, 0.76),
        ("setBW", 20, 0.70),
        ("setBX", 20, 0.71),
        ("setBY", 20, 0.69),
        ("setBZ", 20, 0.59),
        ("setCA", 20, 0.73),
        ("setCB", 20, 0.65),
        ("setCC", 20, 0.69),
        ("setCD", 20, 0.54),
        ("setCE", 20, 0.57),
        ("setCF", 20, 0.54),
        ("setCG", 20, 0.47),
        ("setCH", 20, 0.43),
        ("setCI", 20, 0.35),
        ("setCJ", 20, 0.50),
        ("setCK", 20, 0.51),
        ("setCL", 20, 0.46),
        ("setCM", 20, 0.53),
        ("setCN", 20, 0.54),
        ("setCO", 20, 0.43),
        ("setCP", 20, 0.44),
        ("setCQ", 20, 0.36),
        ("setCR", 20, 0.53),
        ("setCS", 20, 0.59),
    ] {
        let gold = repo().join(format!("eval/genre/{set}.gold.json"));
        let inputs = repo().join(format!("eval/genre/{set}"));
        let report = eval_report(&gold, &inputs);
        assert_eq!(report["articles_found"], articles, "{set}: {report}");
        let f1 = report
            .pointer("/events/f1")
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        assert!(f1 >= floor, "{set}: event F1 {f1:.3} below {floor}");
    }
}

/// `dyad code --pair-features` prints the pair model's candidates, one JSON
/// line each, with the sentence they come from and their features.
#[test]
fn pair_features_lists_candidate_pairs() {
    let out = dyad()
        .args(["-q", "code", "--pair-features"])
        .arg(repo().join("eval/genre/setK/K1.txt"))
        .output()
        .expect("dyad runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert!(lines.len() > 5, "{} candidates", lines.len());
    for pair in &lines {
        let features = pair["features"].as_array().expect("features");
        assert!(features.iter().any(|f| f == "bias"), "{pair}");
        // A state and its own society ("domestic") and two political
        // actors of one state ("internal") are the only pairs of one
        // country.
        let domestic = features.iter().any(|f| f == "domestic" || f == "internal");
        assert_eq!(pair["source"] == pair["target"], domestic, "{pair}");
        let sentence = pair["sentence"].as_str().expect("sentence");
        assert!(!sentence.is_empty());
    }
}
