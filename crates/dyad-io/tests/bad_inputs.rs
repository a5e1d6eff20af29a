//! Every kind of bad input gives exactly one clear error naming the file and the
//! record, what could be read is still read, and the batch goes on.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use dyad_core::document::{Content, Document};
use dyad_io::{read_bytes, read_inputs, Format, SourceError, SourceItem};
use flate2::read::MultiGzDecoder;

fn example(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/inputs")
        .join(name);
    fs::read(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

fn errors(items: &[SourceItem]) -> Vec<&SourceError> {
    items
        .iter()
        .filter_map(|item| match item {
            SourceItem::Error(error) => Some(error),
            _ => None,
        })
        .collect()
}

fn warnings(items: &[SourceItem]) -> Vec<&SourceError> {
    items
        .iter()
        .filter_map(|item| match item {
            SourceItem::Warning(warning) => Some(warning),
            _ => None,
        })
        .collect()
}

fn documents(items: &[SourceItem]) -> Vec<&Document> {
    items
        .iter()
        .filter_map(|item| match item {
            SourceItem::Document(document) => Some(document),
            _ => None,
        })
        .collect()
}

fn the_only_error(items: &[SourceItem]) -> &SourceError {
    let errors = errors(items);
    assert_eq!(errors.len(), 1, "expected exactly one error in {items:#?}");
    errors[0]
}

fn assert_mentions(error: &SourceError, needles: &[&str]) {
    let message = error.to_string();
    for needle in needles {
        assert!(
            message.contains(needle),
            "{message:?} does not mention {needle:?}"
        );
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn binary_file_is_one_error() {
    let items = read_bytes(
        "photo.jpg",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
        Format::Auto,
    );
    assert_eq!(items.len(), 1);
    assert!(matches!(the_only_error(&items), SourceError::Binary { .. }));
    assert_mentions(
        the_only_error(&items),
        &["photo.jpg", "binary file", "NUL byte at offset 4"],
    );
}

#[test]
fn invalid_utf8_is_read_lossily_with_a_warning_at_the_first_bad_byte() {
    let items = read_bytes(
        "latin1.txt",
        b"Talks in Bogot\xe1\n\nThe envoys met in Bogot\xe1.\n",
        Format::Auto,
    );
    let warnings = warnings(&items);
    assert_eq!(warnings.len(), 1, "{items:#?}");
    assert_eq!(
        warnings[0],
        &SourceError::InvalidUtf8 {
            path: "latin1.txt".into(),
            offset: 14
        }
    );
    assert_mentions(warnings[0], &["latin1.txt", "byte 14"]);
    let documents = documents(&items);
    assert_eq!(documents.len(), 1);
    assert_eq!(
        documents[0].content,
        Content::Text("Talks in Bogot\u{fffd}\n\nThe envoys met in Bogot\u{fffd}.\n".into())
    );
    assert!(errors(&items).is_empty());
}

#[test]
fn empty_and_blank_files_are_one_error_each() {
    for (name, bytes) in [
        ("empty.txt", &b""[..]),
        ("blank.txt", b"  \n\r\n\t"),
        ("nbsp.txt", "\u{a0}\n\u{a0}".as_bytes()),
    ] {
        let items = read_bytes(name, bytes, Format::Auto);
        assert_eq!(items.len(), 1, "{name}: {items:#?}");
        assert_eq!(
            the_only_error(&items),
            &SourceError::Empty { path: name.into() }
        );
        assert_mentions(the_only_error(&items), &[name, "empty"]);
    }
}

/// Offsets where the members of a gzip file written with mtime 0 start.
fn gzip_member_starts(bytes: &[u8]) -> Vec<usize> {
    let header = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00];
    bytes
        .windows(header.len())
        .enumerate()
        .filter(|(_, w)| *w == header)
        .map(|(at, _)| at)
        .collect()
}

#[test]
fn truncated_warc_gz_reports_the_file_and_keeps_the_complete_records() {
    let whole = example("crawl.warc.gz");
    let starts = gzip_member_starts(&whole);
    assert_eq!(starts.len(), 6, "one gzip member per record");
    // Cut inside the fifth record (index 4, the second HTML response).
    let cut = &whole[..starts[4] + 60];
    let items = read_bytes("crawl.warc.gz", cut, Format::Auto);
    let error = the_only_error(&items);
    assert!(matches!(error, SourceError::BrokenGzip { .. }), "{error:?}");
    assert_mentions(error, &["crawl.warc.gz", "truncated", "complete records"]);
    let documents = documents(&items);
    assert_eq!(documents.len(), 1, "{items:#?}");
    assert_eq!(documents[0].position, 2);
    assert_eq!(
        documents[0].source,
        "https://times.example.com/europe/summit-grain"
    );
}

#[test]
fn truncated_gzipped_text_is_one_error_and_no_partial_article() {
    let whole = example("plain-article-gz.txt.gz");
    let items = read_bytes("article.txt.gz", &whole[..whole.len() / 2], Format::Auto);
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_mentions(the_only_error(&items), &["article.txt.gz", "gzip"]);
}

#[test]
fn truncated_gzipped_jsonl_keeps_the_whole_lines() {
    let mut lines = String::new();
    for n in 1..=200 {
        lines.push_str(&format!("{{\"headline\": \"Talks round {n}\", \"text\": \"Delegations met for round {n} of talks on {n} May.\"}}\n"));
    }
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(lines.as_bytes()).unwrap();
    let compressed = encoder.finish().unwrap();
    let items = read_bytes(
        "rounds.jsonl.gz",
        &compressed[..compressed.len() * 2 / 3],
        Format::Auto,
    );
    assert!(matches!(
        the_only_error(&items),
        SourceError::BrokenGzip { .. }
    ));
    let documents = documents(&items);
    assert!(
        !documents.is_empty() && documents.len() < 200,
        "{} documents",
        documents.len()
    );
    for (index, document) in documents.iter().enumerate() {
        assert_eq!(document.position, index + 1);
    }
}

#[test]
fn truncated_warc_names_the_record_and_keeps_the_records_before_it() {
    let mut warc = Vec::new();
    MultiGzDecoder::new(example("crawl.warc.gz").as_slice())
        .read_to_end(&mut warc)
        .unwrap();
    let marker = b"WARC-Target-URI: https://daily.example.org/kessa-opposition-leader-detained\r\nContent-Type: application/http";
    let record_four = warc
        .windows(marker.len())
        .position(|w| w == marker)
        .expect("second HTML response");
    let items = read_bytes("crawl.warc", &warc[..record_four + 400], Format::Auto);
    let error = the_only_error(&items);
    assert!(
        matches!(error, SourceError::Warc { index: 4, .. }),
        "{error:?}"
    );
    assert_mentions(error, &["crawl.warc", "record index 4", "truncated"]);
    let documents = documents(&items);
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0].position, 2);
}

#[test]
fn malformed_json_line_is_one_error_and_the_other_lines_still_yield() {
    let jsonl = concat!(
        "{\"headline\": \"Envoys meet\", \"paragraphs\": [\"The envoys met on Monday.\"]}\n",
        "{\"headline\": \"Broken\", \"paragraphs\": [\"unterminated\"\n",
        "\n",
        "{\"title\": \"Ministers talk\", \"maintext\": \"The ministers talked.\"}\n",
    );
    let items = read_bytes("mixed.jsonl", jsonl.as_bytes(), Format::Auto);
    let error = the_only_error(&items);
    assert!(
        matches!(error, SourceError::JsonLine { line: 2, .. }),
        "{error:?}"
    );
    assert_mentions(error, &["mixed.jsonl", "line 2"]);
    let positions: Vec<usize> = documents(&items).iter().map(|d| d.position).collect();
    assert_eq!(positions, [1, 4]);
}

#[test]
fn json_line_without_text_is_an_error_naming_the_line() {
    let jsonl = "{\"headline\": \"A\", \"text\": \"Body.\"}\n{\"headline\": \"No body\"}\n[1, 2]\n";
    let items = read_bytes("records.jsonl", jsonl.as_bytes(), Format::Jsonl);
    let errors = errors(&items);
    assert_eq!(errors.len(), 2);
    assert_mentions(errors[0], &["records.jsonl", "line 2", "paragraphs"]);
    assert_mentions(errors[1], &["records.jsonl", "line 3", "found an array"]);
    assert_eq!(documents(&items).len(), 1);
}

#[test]
fn malformed_news_please_file_is_one_error() {
    let items = read_bytes(
        "article.json",
        b"{\n  \"title\": \"Cut off\",\n  \"maintext\": \"The",
        Format::Auto,
    );
    assert_eq!(items.len(), 1);
    assert_mentions(
        the_only_error(&items),
        &["article.json", "not valid JSON", "line 3"],
    );
}

#[test]
fn fifty_megabyte_single_line_file_is_one_text_document() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one-line.txt");
    let sentence =
        "Delegates from many countries kept talking without a single line break in sight ";
    let repeats = 50 * 1024 * 1024 / sentence.len() + 1;
    fs::write(&path, sentence.repeat(repeats)).unwrap();
    let started = std::time::Instant::now();
    let items: Vec<SourceItem> = read_inputs(&[path], Format::Auto).collect();
    assert_eq!(items.len(), 1);
    let SourceItem::Document(Document {
        content: Content::Text(text),
        ..
    }) = &items[0]
    else {
        panic!("expected a text document, got {:?}", items[0]);
    };
    assert_eq!(text.len(), sentence.len() * repeats);
    assert!(
        started.elapsed().as_secs() < 60,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn html_without_content_is_one_error_naming_the_file() {
    let page = b"<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav><footer><p>All rights reserved.</p></footer></body></html>";
    let items = read_bytes("home.html", page, Format::Auto);
    assert_eq!(items.len(), 1);
    assert_eq!(
        the_only_error(&items),
        &SourceError::NoHtmlContent {
            path: "home.html".into()
        }
    );
    assert_mentions(the_only_error(&items), &["home.html", "no article text"]);
}

#[test]
fn broken_feed_keeps_the_items_before_the_error() {
    let feed = concat!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>",
        "<item><title>Talks open</title><link>https://example.com/a</link><description>The talks opened.</description></item>",
        "<item><title>Talks stall</title><description>The talks</wrong></item>",
        "</channel></rss>",
    );
    let items = read_bytes("feed.xml", feed.as_bytes(), Format::Auto);
    let error = the_only_error(&items);
    assert_mentions(error, &["feed.xml", "XML error at byte", "in item index 1"]);
    let documents = documents(&items);
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0].source, "https://example.com/a");
}

#[test]
fn feed_without_items_is_one_error() {
    let items = read_bytes(
        "empty.rss",
        b"<rss version=\"2.0\"><channel><title>Nothing</title></channel></rss>",
        Format::Auto,
    );
    assert_eq!(items.len(), 1);
    assert_mentions(the_only_error(&items), &["empty.rss", "no items"]);
}

#[test]
fn missing_path_is_an_error_and_the_next_path_is_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", b"Envoys meet\n\nThe envoys met.\n");
    let missing = dir.path().join("missing.txt");
    let items: Vec<SourceItem> = read_inputs(&[missing, good], Format::Auto).collect();
    assert_eq!(items.len(), 2, "{items:#?}");
    assert_mentions(the_only_error(&items), &["missing.txt", "cannot read"]);
    assert!(matches!(items[1], SourceItem::Document(_)));
}

#[test]
fn folder_with_good_and_bad_files_goes_on_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "a-article.txt",
        b"Envoys meet\n\nThe envoys met on Monday.\n",
    );
    write(root, "b-image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    write(root, "c-broken.json", b"{\"title\": ");
    write(root, "d-empty.txt", b"");
    write(root, "e-nested/f-records.jsonl", b"{\"headline\": \"A\", \"text\": \"One.\"}\n{oops}\n{\"headline\": \"B\", \"text\": \"Two.\"}\n");
    write(
        root,
        "e-nested/g-page.html",
        b"<html><body><article><p>The parliament voted on Tuesday.</p></article></body></html>",
    );
    write(root, ".hidden.txt", b"never read");
    let items: Vec<SourceItem> = read_inputs(&[root.to_path_buf()], Format::Auto).collect();
    let summary: Vec<String> = items
        .iter()
        .map(|item| match item {
            SourceItem::Document(document) => format!(
                "document {} #{}",
                file_name(&document.source),
                document.position
            ),
            SourceItem::Warning(warning) => format!("warning {warning}"),
            SourceItem::Error(error) => format!("error {}", error_file(error)),
        })
        .collect();
    assert_eq!(
        summary,
        [
            "document a-article.txt #0",
            "error b-image.png",
            "error c-broken.json",
            "error d-empty.txt",
            "document f-records.jsonl #1",
            "error f-records.jsonl",
            "document f-records.jsonl #3",
            "document g-page.html #0",
        ]
    );
}

fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn error_file(error: &SourceError) -> String {
    let message = error.to_string();
    file_name(message.split(": ").next().unwrap_or_default())
}

#[test]
fn stdin_name_is_used_for_in_memory_input() {
    let items = read_bytes("-", b"", Format::Auto);
    assert_mentions(the_only_error(&items), &["-: empty"]);
}
