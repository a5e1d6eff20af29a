//! Print the inferred publication date of every article of the files given,
//! each file one document: `cargo run -p dyad-dates --example infer_dates -- FILE...`

use dyad_core::document::{Content, Document};

fn main() -> std::io::Result<()> {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        let mut articles = dyad_core::segment::articles(&Document {
            source: path.clone(),
            position: 0,
            content: Content::Text(text),
        });
        dyad_dates::infer_publication_dates(&mut articles);
        for article in &articles {
            match &article.published {
                Some(p) => println!(
                    "{path}\t{}\t{}\t{}\t{}",
                    p.date, p.confidence, p.basis, article.headline
                ),
                None => println!("{path}\t-\t-\t-\t{}", article.headline),
            }
        }
    }
    Ok(())
}
