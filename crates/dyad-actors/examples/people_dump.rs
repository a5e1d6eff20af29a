//! Print the people `annotate` finds in plain-text articles (headline on the
//! first line, paragraphs separated by blank lines), one block per file:
//!
//!     cargo run -p dyad-actors --example people_dump -- FILE...

use dyad_actors::{annotate, ActorDictionary};
use dyad_core::Article;
fn main() {
    let dict = ActorDictionary::builtin();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        if std::env::var("SEGMENT").is_ok() {
            let doc = dyad_core::document::Document {
                source: path.clone(),
                position: 0,
                content: dyad_core::document::Content::Text(text.clone()),
            };
            for mut a in dyad_core::segment::articles(&doc) {
                annotate(&mut a, &dict);
                print_article(&path, &a);
            }
            continue;
        }
        let mut lines = text.splitn(2, '\n');
        let headline = lines.next().unwrap_or("").trim().to_string();
        let paragraphs = lines
            .next()
            .unwrap_or("")
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        let mut a = Article {
            headline,
            paragraphs,
            ..Article::default()
        };
        annotate(&mut a, &dict);
        print_article(&path, &a);
    }
}

fn print_article(path: &str, a: &Article) {
    {
        println!("## {} {}", path, a.headline);
        if std::env::var("MENTIONS").is_ok() {
            for m in &a.mentions {
                let actor = m.actor.as_ref().map_or("-".to_string(), |r| r.cameo_code());
                println!(
                    "   [{}] {} {} {}",
                    m.paragraph,
                    m.kind.as_str(),
                    m.text,
                    actor
                );
            }
        }
        for p in &a.people {
            println!(
                "   {} | {} | {}",
                p.name,
                p.country.as_deref().unwrap_or("-"),
                p.role.as_deref().unwrap_or("-")
            );
        }
    }
}
