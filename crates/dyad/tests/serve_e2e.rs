//! End to end in a real browser: `dyad ingest ../shared/seeds/`, then
//! `dyad serve`, then headless Chromium driven over WebDriver (chromedriver)
//! loads every page, follows links, runs a search and checks that what is
//! shown agrees with the JSON API. A screenshot of each page is saved under
//! the target directory's `screenshots/` for review.
//!
//! Without Chromium (or ../shared) the test fails when CI=true and is
//! skipped otherwise.

use dyad_serve::http_client::{get, request, Response};
use serde_json::{json, Value};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn missing(what: &str) -> bool {
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{what} is missing and CI=true");
    }
    eprintln!("skipping the browser test: {what} is missing");
    true
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A child process killed when dropped.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn wait_for(addr: SocketAddr, path: &str) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if get(addr, path).is_ok_and(|r| r.status == 200) {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("nothing answered on {addr}{path}");
}

/// A WebDriver session.
struct Browser {
    driver: SocketAddr,
    session: String,
    base: String,
    shots: PathBuf,
}

impl Browser {
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let target = format!("/session/{}{path}", self.session);
        let bytes = body.map(|b| b.to_string().into_bytes());
        let r: Response = request(
            self.driver,
            method,
            &target,
            bytes.as_deref().map(|b| ("application/json", b)),
        )
        .expect("chromedriver answers");
        let v = r.json().expect("chromedriver answers JSON");
        assert_eq!(r.status, 200, "{method} {path}: {v}");
        v["value"].clone()
    }

    fn open(&self, path: &str) {
        self.call(
            "POST",
            "/url",
            Some(json!({ "url": format!("{}{path}", self.base) })),
        );
    }

    fn url(&self) -> String {
        self.call("GET", "/url", None)
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    fn all(&self, css: &str) -> Vec<String> {
        self.call(
            "POST",
            "/elements",
            Some(json!({ "using": "css selector", "value": css })),
        )
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|e| e[ELEMENT].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
    }

    fn one(&self, css: &str) -> String {
        self.all(css)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no {css} on {}", self.url()))
    }

    fn text(&self, element: &str) -> String {
        self.call("GET", &format!("/element/{element}/text"), None)
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    fn attr(&self, element: &str, name: &str) -> Option<String> {
        self.call("GET", &format!("/element/{element}/attribute/{name}"), None)
            .as_str()
            .map(String::from)
    }

    fn click(&self, element: &str) {
        self.call(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        );
    }

    fn type_text(&self, element: &str, text: &str) {
        self.call(
            "POST",
            &format!("/element/{element}/value"),
            Some(json!({ "text": text })),
        );
    }

    /// Scroll `element` to the middle of the window and move the mouse to
    /// its centre.
    fn hover(&self, element: &str) {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({
                "script": "arguments[0].scrollIntoView({ block: 'center' }); return true;",
                "args": [{ ELEMENT: element }]
            })),
        );
        self.call(
            "POST",
            "/actions",
            Some(json!({ "actions": [{
                "type": "pointer", "id": "mouse", "parameters": { "pointerType": "mouse" },
                "actions": [{ "type": "pointerMove", "duration": 0, "x": 0, "y": 0,
                              "origin": { ELEMENT: element } }]
            }]})),
        );
    }

    fn script(&self, source: &str) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({ "script": source, "args": [] })),
        )
    }

    fn screenshot(&self, name: &str) {
        let b64 = self.call("GET", "/screenshot", None);
        let png = base64_decode(b64.as_str().unwrap_or(""));
        assert!(png.starts_with(b"\x89PNG"), "screenshot of {name} is a PNG");
        std::fs::write(self.shots.join(format!("{name}.png")), png).expect("save screenshot");
    }

    fn close(&self) {
        let _ = request(
            self.driver,
            "DELETE",
            &format!("/session/{}", self.session),
            None,
        );
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for v in s.bytes().filter_map(value) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

fn api(addr: SocketAddr, path: &str) -> Value {
    let r = get(addr, path).expect("API answers");
    assert_eq!(r.status, 200, "{path}: {}", r.text());
    r.json().expect("API JSON")
}

fn count(v: &Value) -> usize {
    v.as_array().map_or(0, Vec::len)
}

#[test]
fn seeds_are_shown_in_chromium() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    if !seeds.is_dir() && missing("../shared/seeds") {
        return;
    }
    if !(Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists())
        && missing("Chromium (apt-get install chromium chromium-driver)")
    {
        return;
    }
    let dyad = env!("CARGO_BIN_EXE_dyad");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seeds.db");
    let ingest = Command::new(dyad)
        .args(["ingest", "--quiet", "--db"])
        .arg(&db)
        .arg(&seeds)
        .status()
        .unwrap();
    assert!(ingest.success(), "dyad ingest failed");

    let addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
    let _server = Guard(
        Command::new(dyad)
            .args(["serve", "--db"])
            .arg(&db)
            .args(["--addr", &addr.to_string()])
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_for(addr, "/api/overview");

    let driver_addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
    let _driver = Guard(
        Command::new(CHROMEDRIVER)
            .arg(format!("--port={}", driver_addr.port()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_for(driver_addr, "/status");
    let profile = dir.path().join("chromium-profile");
    let caps = json!({ "capabilities": { "alwaysMatch": {
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
                format!("--user-data-dir={}", profile.display())]
        }
    }}});
    let body = caps.to_string();
    let r = request(
        driver_addr,
        "POST",
        "/session",
        Some(("application/json", body.as_bytes())),
    )
    .unwrap();
    let v = r.json().unwrap();
    assert_eq!(r.status, 200, "new session: {v}");
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let browser = Browser {
        driver: driver_addr,
        session: v["value"]["sessionId"].as_str().unwrap().to_string(),
        base: format!("http://{addr}"),
        shots,
    };
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        check_pages(&browser, addr);
    }));
    browser.close();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}

fn check_pages(b: &Browser, addr: SocketAddr) {
    let overview = api(addr, "/api/overview");
    let articles = api(addr, "/api/articles?limit=200");
    assert_eq!(overview["articles"], 7, "the seeds hold seven articles");
    let headlines: Vec<String> = articles["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["headline"].as_str().unwrap().to_string())
        .collect();

    // Home: counts as the API gives them.
    b.open("/");
    assert_eq!(b.text(&b.one("#count-articles")), "7");
    assert_eq!(
        b.text(&b.one("#count-events")),
        overview["events"].to_string()
    );
    assert_eq!(
        b.all("#top-dyads tr").len() - 1,
        count(&overview["top_dyads"]).min(10)
    );
    b.screenshot("home");

    // The article list shows all seven.
    b.open("/search");
    let shown: Vec<String> = b
        .all("#results li.result .headline a")
        .iter()
        .map(|e| b.text(e))
        .collect();
    assert_eq!(shown.len(), 7, "{shown:?}");
    for h in &headlines {
        assert!(
            shown.iter().any(|s| s.trim() == h.trim()),
            "{h:?} not listed"
        );
    }
    b.screenshot("articles");

    // Run a search from the header box with the longest word of the first
    // headline, and check the article is found with highlights.
    let word = headlines[0]
        .split(|c: char| !c.is_alphanumeric())
        .max_by_key(|w| w.len())
        .unwrap()
        .to_string();
    let search_box = b.one("header.top input[type=search]");
    b.type_text(&search_box, &format!("{word}\u{E007}"));
    let start = Instant::now();
    while !b.url().contains("/search?q=") && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(100));
    }
    let found: Vec<String> = b
        .all("#results li.result .headline a")
        .iter()
        .map(|e| b.text(e))
        .collect();
    let api_found = api(addr, &format!("/api/articles?q={word}"));
    assert_eq!(
        found.len() as u64,
        api_found["total"].as_u64().unwrap().min(20)
    );
    assert!(found.iter().any(|f| f.trim() == headlines[0].trim()));
    assert!(!b.all("#results mark").is_empty() || !b.all("#results .headline").is_empty());
    b.screenshot("search");
    // Click through to the article.
    b.click(&b.one("#results li.result .headline a"));
    assert!(b.url().contains("/article/"), "{}", b.url());
    assert!(!b.text(&b.one("#headline")).is_empty());

    // Follow every article link from the list and compare with the API.
    b.open("/search");
    let links: Vec<String> = b
        .all("#results li.result .headline a")
        .iter()
        .filter_map(|e| b.attr(e, "href"))
        .collect();
    assert_eq!(links.len(), 7);
    let mut evidence_shot = false;
    for (i, href) in links.iter().enumerate() {
        b.open(href);
        let id = href.rsplit('/').next().unwrap();
        let record = api(addr, &format!("/api/articles/{id}"));
        assert_eq!(
            b.text(&b.one("#headline")).trim(),
            record["headline"].as_str().unwrap().trim()
        );
        assert_eq!(b.all("#body > p").len(), count(&record["paragraphs"]));
        assert_eq!(b.all("#events li.event").len(), count(&record["events"]));
        assert_eq!(b.all("#sightings li").len(), count(&record["sightings"]));
        assert_eq!(b.all("figure.caption").len(), count(&record["captions"]));
        let marked = b.all("#body .m");
        assert!(marked.len() <= count(&record["mentions"]));
        if count(&record["mentions"]) > 0 {
            assert!(!marked.is_empty(), "mentions of {id} are marked");
        }
        // Evidence sentences marked in the body: at most one per event.
        let evidence = b.all("#body .evidence");
        assert!(evidence.len() <= count(&record["events"]), "{id}");
        // Hovering a resolved mention shows its actor in the tooltip.
        if let Some(m) = b.all("#body a.m[data-actor]").first() {
            let tip = b.attr(m, "data-tip").unwrap_or_default();
            let actor = b.attr(m, "data-actor").unwrap_or_default();
            assert!(tip.contains(&actor), "{tip:?} names {actor}");
            b.hover(m);
            let shown = b.script(
                "var t = document.getElementById('tooltip'); \
                 return t.style.display === 'block' ? t.textContent : '';",
            );
            assert_eq!(shown, json!(tip), "the tooltip of a mention in {id}");
        }
        if i == 0 {
            b.screenshot("article");
        }
        // The first article with an evidence sentence in its body, hovered.
        if !evidence.is_empty() && !evidence_shot {
            b.hover(&evidence[0]);
            b.screenshot("article-evidence");
            evidence_shot = true;
        }
    }

    // Actors: the table lists what the API lists; follow the first.
    b.open("/actors");
    let actors = api(addr, "/api/actors?limit=1000");
    assert_eq!(
        b.all("#actors tr").len() - 1,
        count(&actors["items"]),
        "actor rows"
    );
    b.screenshot("actors");
    if let Some(first) = b.all("#actors tr td a").first() {
        b.click(first);
        assert!(b.url().contains("/actor/"), "{}", b.url());
        assert!(!b.text(&b.one("#actor-name")).is_empty());
        b.screenshot("actor");
    }

    // Network: nodes and edges as in the API; an edge leads to its dyad.
    let graph = api(addr, "/api/graph?limit=300");
    b.open("/network");
    let start = Instant::now();
    while b.script("return document.getElementById('network').getAttribute('data-ready')")
        != json!("1")
        && start.elapsed() < Duration::from_secs(10)
    {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(b.all("#network a.node").len(), count(&graph["nodes"]));
    assert_eq!(b.all("#network a.edge").len(), count(&graph["edges"]));
    assert_eq!(b.all("#edges tr").len() - 1, count(&graph["edges"]));
    b.screenshot("network");
    check_zoom_and_pan(b, "network");
    if let Some(edge) = b.all("#network a.edge").first() {
        let (s, t) = (
            b.attr(edge, "data-source").unwrap(),
            b.attr(edge, "data-target").unwrap(),
        );
        let href = b
            .attr(edge, "href")
            .unwrap_or_else(|| format!("/dyad/{s}/{t}"));
        b.open(&href);
        let events = api(
            addr,
            &format!("/api/events?source={s}&target={t}&both=true&limit=200"),
        );
        assert_eq!(b.all("#event-list li.event").len(), count(&events["items"]));
        b.screenshot("dyad");
    }

    // Map: places and shaded countries as in the API.
    let map = api(addr, "/api/map?limit=2000");
    b.open("/map");
    assert_eq!(b.all("#worldmap circle.place").len(), count(&map["places"]));
    assert!(b.all("#worldmap path.country").len() > 150);
    assert_eq!(
        b.all("#countries tr").len() - 1,
        count(&map["countries"]).min(50)
    );
    b.screenshot("map");
    check_zoom_and_pan(b, "worldmap");
}

/// The wheel zooms the SVG `id` in (its viewBox narrows) and a drag pans it
/// (its viewBox moves).
fn check_zoom_and_pan(b: &Browser, id: &str) {
    let view_box = |b: &Browser| -> Vec<f64> {
        b.script(&format!(
            "var v = document.getElementById('{id}').viewBox.baseVal; \
             return [v.x, v.y, v.width, v.height];"
        ))
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default()
    };
    let before = view_box(b);
    b.script(&format!(
        "var s = document.getElementById('{id}'), r = s.getBoundingClientRect(); \
         s.dispatchEvent(new WheelEvent('wheel', {{ deltaY: -120, bubbles: true, cancelable: true, \
           clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 }})); return true;"
    ));
    let zoomed = view_box(b);
    assert!(
        zoomed[2] < before[2] && zoomed[3] < before[3],
        "{id} zooms in: {before:?} -> {zoomed:?}"
    );
    b.script(&format!(
        "var s = document.getElementById('{id}'), r = s.getBoundingClientRect(); \
         var x = r.left + r.width / 2, y = r.top + r.height / 2; \
         s.dispatchEvent(new PointerEvent('pointerdown', {{ clientX: x, clientY: y, bubbles: true }})); \
         window.dispatchEvent(new PointerEvent('pointermove', {{ clientX: x + 80, clientY: y + 40, bubbles: true }})); \
         window.dispatchEvent(new PointerEvent('pointerup', {{ clientX: x + 80, clientY: y + 40, bubbles: true }})); \
         return true;"
    ));
    let panned = view_box(b);
    assert!(
        panned[0] < zoomed[0] && panned[1] < zoomed[1],
        "{id} pans: {zoomed:?} -> {panned:?}"
    );
}
