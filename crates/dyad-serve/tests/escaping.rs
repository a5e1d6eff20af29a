//! Every page escapes article text: a store whose headline, body, captions,
//! credits, actor names, quotes, people and sources contain `<script>` and
//! attribute-breaking quotes yields pages with no live markup from them.

mod support;

use dyad_serve::http_client::get;
use dyad_serve::BackgroundServer;

/// Raw fragments of [`support::HOSTILE`] that must never reach a page.
const FORBIDDEN: [&str; 4] = ["<script>alert", "<img src=x", "\"'><img", "</script>\"'"];

#[test]
fn hostile_text_is_escaped_on_every_page() {
    let (_dir, db) = support::store();
    let server = BackgroundServer::start(&db).unwrap();
    let addr = server.addr;
    let hostile = get(addr, "/api/articles?q=Hostile")
        .unwrap()
        .json()
        .unwrap();
    let id = hostile["items"][0]["id"].as_str().unwrap().to_string();
    let reflected = format!(
        "/search?q={}&actor=XSS",
        dyad_serve_url_encode(support::HOSTILE)
    );
    let pages = [
        "/".to_string(),
        "/search".to_string(),
        "/search?q=hostile".to_string(),
        "/search?q=script".to_string(),
        reflected,
        format!("/article/{id}"),
        "/actors".to_string(),
        "/actor/XSS".to_string(),
        "/actor/SYL".to_string(),
        "/network".to_string(),
        "/dyad/XSS/SYL".to_string(),
        "/map".to_string(),
        "/no/such/page%3Cscript%3E".to_string(),
    ];
    let mut failures = Vec::new();
    for page in &pages {
        let r = get(addr, page).unwrap();
        let body = r.text();
        if !(r.status == 200 || (page.starts_with("/no/") && r.status == 404)) {
            failures.push(format!("{page}: status {}", r.status));
        }
        for bad in FORBIDDEN {
            if body.contains(bad) {
                failures.push(format!("{page}: contains {bad:?}"));
            }
        }
        // The only scripts are ours: the bundled file and the JSON block.
        let scripts = body.matches("<script").count();
        let ours = body.matches("<script src=\"/assets/app.js\">").count()
            + body.matches("<script type=\"application/json\"").count();
        if scripts != ours {
            failures.push(format!(
                "{page}: {scripts} <script> tags, {ours} of them ours"
            ));
        }
    }
    // The hostile text is shown, escaped, where it belongs.
    let article = get(addr, &format!("/article/{id}")).unwrap().text();
    for shown in [
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;",
        "Caption &lt;script&gt;",
        "Credit &lt;script&gt;",
    ] {
        if !article.contains(shown) {
            failures.push(format!("article page lacks {shown:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "failing rows:\n{}",
        failures.join("\n")
    );
}

fn dyad_serve_url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
