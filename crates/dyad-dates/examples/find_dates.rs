//! Print every date mention of the files given (or stdin), one a line:
//! `cargo run -p dyad-dates --example find_dates -- FILE...`

use std::io::Read;

fn main() -> std::io::Result<()> {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let mut texts = Vec::new();
    if paths.is_empty() {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        texts.push(("-".to_string(), text));
    }
    for path in paths {
        let text = std::fs::read_to_string(&path)?;
        texts.push((path, text));
    }
    for (path, text) in &texts {
        for line in text.lines() {
            for mention in dyad_dates::find_dates(line) {
                println!("{path}\t{}\t{:?}", mention.text, mention.expr);
            }
        }
    }
    Ok(())
}
