//! The API against a spawned server on a store of hand-made articles:
//! every endpoint, filters, pagination, errors, bounds, and the read-only
//! guarantee.

mod support;

use dyad_serve::http_client::{get, request, Response};
use dyad_serve::BackgroundServer;
use serde_json::Value;
use std::net::SocketAddr;

fn json(addr: SocketAddr, target: &str) -> Value {
    let r = get(addr, target).unwrap();
    assert_eq!(r.status, 200, "{target}: {}", r.text());
    assert!(
        r.header("content-type")
            .unwrap_or("")
            .starts_with("application/json"),
        "{target}"
    );
    r.json().unwrap()
}

fn error(r: &Response, status: u16) -> String {
    assert_eq!(r.status, status, "{}", r.text());
    let v = r.json().expect("errors are JSON");
    assert_eq!(v["error"]["status"], status);
    v["error"]["message"].as_str().unwrap().to_string()
}

fn ids(v: &Value) -> Vec<String> {
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn endpoints_answer_with_the_store_content() {
    let (_dir, db) = support::store();
    let server = BackgroundServer::start(&db).unwrap();
    let addr = server.addr;

    let overview = json(addr, "/api/overview");
    assert_eq!(overview["articles"], 3);
    assert_eq!(overview["events"], 3);
    assert_eq!(overview["cooperation"], 1);
    assert_eq!(overview["conflict"], 2);
    assert!(!overview["top_dyads"].as_array().unwrap().is_empty());

    // Listing: newest first, with paging.
    let all = json(addr, "/api/articles");
    assert_eq!(all["total"], 3);
    assert!(all["items"][0]["headline"]
        .as_str()
        .unwrap()
        .starts_with("Hostile"));
    let page = json(addr, "/api/articles?limit=1&offset=1");
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    assert_eq!(page["items"][0]["id"], all["items"][1]["id"]);

    // Search: snippet with highlight ranges.
    let found = json(addr, "/api/articles?q=river");
    assert_eq!(found["total"], 2);
    let hit = &found["items"][0];
    let snippet = hit["snippet"].as_str().unwrap();
    let [s, e] = [
        hit["highlights"][0][0].as_u64().unwrap() as usize,
        hit["highlights"][0][1].as_u64().unwrap() as usize,
    ];
    assert_eq!(snippet[s..e].to_lowercase(), "river");
    // Invalid FTS syntax is retried as words.
    assert_eq!(json(addr, "/api/articles?q=%22river")["total"], 2);

    // Filters.
    assert_eq!(json(addr, "/api/articles?type=ACCUSE")["total"], 1);
    assert_eq!(json(addr, "/api/articles?actor=FRE")["total"], 2);
    assert_eq!(json(addr, "/api/articles?actor=FREGOV&q=talks")["total"], 1);
    assert_eq!(
        json(addr, "/api/articles?from=2024-06&to=2024-06")["total"],
        1
    );
    assert_eq!(json(addr, "/api/articles?source=dump-two")["total"], 1);

    let facets = json(addr, "/api/articles/facets?q=river");
    assert_eq!(facets["sampled"], 2);
    assert!(facets["actors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["value"] == "FREGOV" && f["count"] == 2));
    assert_eq!(facets["months"].as_array().unwrap().len(), 2);

    // One article, by id and by prefix.
    let first_id = ids(&json(addr, "/api/articles?q=treaty"))[0].clone();
    let article = json(addr, &format!("/api/articles/{first_id}"));
    assert_eq!(article["mentions"].as_array().unwrap().len(), 4);
    assert_eq!(article["events"][0]["type"], "CONSULT");
    assert_eq!(article["quotes"][0]["text"], "The talks were frank");
    assert_eq!(article["sightings"][0]["source"], "dump-one.txt");
    let by_prefix = json(addr, &format!("/api/articles/{}", &first_id[..8]));
    assert_eq!(by_prefix["id"], first_id.as_str());

    // Events with the filters of `dyad events`.
    let events = json(addr, "/api/events");
    assert_eq!(events["items"].as_array().unwrap().len(), 3);
    assert_eq!(
        json(addr, "/api/events?actor=SYL")["items"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        json(addr, "/api/events?source=FRE&target=SYL")["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        json(addr, "/api/events?source=FRE&target=SYL&both=true")["items"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        json(addr, "/api/events?quad=3")["items"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        json(addr, "/api/events?type=consult&from=2024-05&to=2024-05")["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        json(addr, "/api/events?limit=1&offset=2")["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        json(addr, &format!("/api/events?article={first_id}"))["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let actors = json(addr, "/api/actors");
    assert!(actors["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["code"] == "FRE"));
    assert_eq!(json(addr, "/api/actors?q=sylv")["total"], 1);
    let fre = json(addr, "/api/actors/FRE");
    assert_eq!(fre["profile"]["events_as_source"], 1);
    assert_eq!(fre["profile"]["events_as_target"], 1);
    assert_eq!(fre["partners"][0]["code"], "SYL");
    assert!(fre["people"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "Ada Quill"));
    assert_eq!(fre["activity"].as_array().unwrap().len(), 2);

    let dyads = json(addr, "/api/dyads");
    assert_eq!(dyads.as_array().unwrap().len(), 3);
    let by_month = json(addr, "/api/dyads?period=month&actor=FRE");
    assert_eq!(by_month.as_array().unwrap().len(), 2);
    let timeline = json(addr, "/api/timeline?period=month");
    assert_eq!(timeline.as_array().unwrap().len(), 3);
    let graph = json(addr, "/api/graph");
    assert_eq!(graph["nodes"].as_array().unwrap().len(), 3);
    assert_eq!(graph["edges"].as_array().unwrap().len(), 3);
    let map = json(addr, "/api/map");
    assert_eq!(map["places"].as_array().unwrap().len(), 2);
    assert!(map["countries"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["country"] == "SYL"));

    let openapi = json(addr, "/api/openapi.json");
    assert_eq!(openapi["openapi"], "3.0.3");
    for path in [
        "/api/articles",
        "/api/articles/{id}",
        "/api/events",
        "/api/actors",
        "/api/dyads",
        "/api/timeline",
        "/api/graph",
    ] {
        assert!(openapi["paths"][path].is_object(), "{path} documented");
    }
    server.stop().unwrap();
}

#[test]
fn errors_are_json_with_the_right_status() {
    let (_dir, db) = support::store();
    let server = BackgroundServer::start(&db).unwrap();
    let addr = server.addr;
    let cases: &[(&str, u16, &str)] = &[
        ("/api/articles?limit=201", 400, "limit"),
        ("/api/articles?limit=0", 400, "limit"),
        ("/api/articles?offset=-3", 400, "offset"),
        ("/api/articles?from=yesterday", 400, "from"),
        ("/api/articles?type=HUG", 400, "PLOVER"),
        ("/api/articles?actor=%3Cscript%3E", 400, "actor code"),
        ("/api/events?quad=5", 400, "quad"),
        ("/api/events?source=FRE", 400, "source and target"),
        ("/api/events?certainty=sure", 400, "certainty"),
        ("/api/timeline?period=fortnight", 400, "period"),
        ("/api/articles/zz", 400, "article id"),
        ("/api/articles/0000000000000000", 404, "no article"),
        ("/api/actors/QQQ", 404, "no actor"),
        ("/api/nothing-here", 404, "openapi"),
        ("/api/articles?q=%22%28", 400, "not valid"),
    ];
    let mut failures = Vec::new();
    for (target, status, needle) in cases {
        let r = get(addr, target).unwrap();
        let ok = r.status == *status
            && r.json().is_ok_and(|v| {
                v["error"]["status"] == *status
                    && v["error"]["message"]
                        .as_str()
                        .is_some_and(|m| m.contains(needle))
            });
        if !ok {
            failures.push(format!("{target}: {} {}", r.status, r.text()));
        }
    }
    assert!(
        failures.is_empty(),
        "failing rows:\n{}",
        failures.join("\n")
    );

    let r = request(
        addr,
        "POST",
        "/api/articles",
        Some(("application/json", b"{}")),
    )
    .unwrap();
    error(&r, 405);
    let long = format!("/api/articles?q={}", "a".repeat(5000));
    assert!(error(&get(addr, &long).unwrap(), 414).contains("longer"));
    let r = request(
        addr,
        "POST",
        "/api/articles",
        Some(("text/plain", &vec![b'x'; 20_000])),
    )
    .unwrap();
    assert_eq!(r.status, 413, "{}", r.text());
    let q = format!("/api/articles?q={}", "a".repeat(600));
    assert!(error(&get(addr, &q).unwrap(), 400).contains("longer than 500"));
}

#[test]
fn the_server_never_writes_to_the_store() {
    let (dir, db) = support::store();
    let before = std::fs::read(&db).unwrap();
    let server = BackgroundServer::start(&db).unwrap();
    for target in [
        "/",
        "/search?q=river",
        "/actors",
        "/actor/FRE",
        "/network",
        "/map",
        "/dyad/FRE/SYL",
        "/api/overview",
        "/api/articles?q=talks",
        "/api/events",
        "/api/graph",
        "/api/map",
    ] {
        assert_eq!(get(server.addr, target).unwrap().status, 200, "{target}");
    }
    server.stop().unwrap();
    assert!(
        std::fs::read(&db).unwrap() == before,
        "the store file changed"
    );
    // The pool's connections refuse writes.
    let store = dyad_store::Store::open_read_only(&db).unwrap();
    assert!(store
        .connection()
        .execute("DELETE FROM articles", [])
        .is_err());
    // A file that is not a store is refused at start, with a clear error.
    let bogus = dir.path().join("not-a-store.db");
    std::fs::write(&bogus, b"not sqlite").unwrap();
    let Err(e) = BackgroundServer::start(&bogus) else {
        panic!("a non-store was served")
    };
    assert!(e.to_string().contains("not-a-store.db"), "{e}");
}
