//! Walking the inputs: files, folders and stdin, gzip, text decoding, and handing
//! each input to the source for its format.

use std::collections::{HashSet, VecDeque};
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use dyad_core::document::Document;
use flate2::read::MultiGzDecoder;

use crate::error::SourceError;
use crate::format::{detect, Format};
use crate::sources;

/// One thing reading the inputs produced, in input order.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceItem {
    Document(Document),
    /// Something was read anyway but the user should know (e.g. invalid UTF-8).
    Warning(SourceError),
    /// An input or record that could not be read; the batch goes on without it.
    Error(SourceError),
}

/// The path that stands for standard input.
const STDIN_PATH: &str = "-";

/// Lazily walks the paths (files, folders recursively in sorted order, `-` for stdin)
/// and yields what each input holds, in order.
///
/// Folders are read in byte order of their entries' names; entries whose name starts
/// with a dot are skipped there (but a hidden file named on the command line is read).
/// A folder reached twice through symbolic links is read once.
pub fn read_inputs(paths: &[PathBuf], format: Format) -> impl Iterator<Item = SourceItem> {
    InputWalk {
        format,
        pending: paths.iter().rev().cloned().collect(),
        queued: VecDeque::new(),
        folders_seen: HashSet::new(),
    }
}

struct InputWalk {
    format: Format,
    /// Paths still to read, the next one last.
    pending: Vec<PathBuf>,
    /// Items of the input being read, not yet handed out.
    queued: VecDeque<SourceItem>,
    folders_seen: HashSet<PathBuf>,
}

impl Iterator for InputWalk {
    type Item = SourceItem;

    fn next(&mut self) -> Option<SourceItem> {
        loop {
            if let Some(item) = self.queued.pop_front() {
                return Some(item);
            }
            let path = self.pending.pop()?;
            let items = self.read_path(&path);
            self.queued.extend(items);
        }
    }
}

impl InputWalk {
    fn read_path(&mut self, path: &Path) -> Vec<SourceItem> {
        let name = path.display().to_string();
        if name == STDIN_PATH {
            let mut bytes = Vec::new();
            return match io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => read_bytes(STDIN_PATH, &bytes, self.format),
                Err(err) => vec![unreadable(&name, &err)],
            };
        }
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => self.queue_folder(path, &name),
            Ok(_) => match fs::read(path) {
                Ok(bytes) => read_bytes(&name, &bytes, self.format),
                Err(err) => vec![unreadable(&name, &err)],
            },
            Err(err) => vec![unreadable(&name, &err)],
        }
    }

    /// Puts the folder's entries in front of the remaining paths, in sorted order.
    fn queue_folder(&mut self, path: &Path, name: &str) -> Vec<SourceItem> {
        let canonical = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if !self.folders_seen.insert(canonical) {
            return Vec::new();
        }
        let entries = match fs::read_dir(path) {
            Ok(entries) => entries,
            Err(err) => return vec![unreadable(name, &err)],
        };
        let mut errors = Vec::new();
        let mut children = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) if entry.file_name().to_string_lossy().starts_with('.') => {}
                Ok(entry) => children.push(entry.path()),
                Err(err) => errors.push(unreadable(name, &err)),
            }
        }
        children.sort();
        self.pending.extend(children.into_iter().rev());
        errors
    }
}

fn unreadable(path: &str, err: &io::Error) -> SourceItem {
    SourceItem::Error(SourceError::Unreadable {
        path: path.to_string(),
        reason: err.to_string(),
    })
}

/// One input in memory, after decompression, as the sources see it.
pub(crate) struct Input<'a> {
    /// The file path, or `-` for stdin.
    pub path: &'a str,
    pub bytes: &'a [u8],
    /// The input was cut short (broken gzip): an incomplete last record is expected
    /// and already reported, so sources drop it silently.
    pub truncated: bool,
}

impl Input<'_> {
    /// The input as text; invalid UTF-8 is replaced and reported as a warning.
    pub fn text(&self) -> (String, Option<SourceItem>) {
        decode_text(self.path, self.bytes)
    }
}

/// Decodes UTF-8 lossily, with a warning at the first bad byte.
pub(crate) fn decode_text(path: &str, bytes: &[u8]) -> (String, Option<SourceItem>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), None),
        Err(err) => (
            String::from_utf8_lossy(bytes).into_owned(),
            Some(SourceItem::Warning(SourceError::InvalidUtf8 {
                path: path.to_string(),
                offset: err.valid_up_to(),
            })),
        ),
    }
}

/// The gzip magic number: gzip is recognised by content, whatever the file is called.
const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];

/// Parses one in-memory input: decompresses gzip, recognises the format when `Auto`
/// and hands it to that format's source. Used by [`read_inputs`] for each file.
pub fn read_bytes(source: &str, bytes: &[u8], format: Format) -> Vec<SourceItem> {
    let mut items = Vec::new();
    let decompressed;
    let mut truncated = false;
    let data: &[u8] = if bytes.starts_with(GZIP_MAGIC) {
        let (data, failure) = gunzip(source, bytes);
        decompressed = data;
        if let Some(error) = failure {
            items.push(SourceItem::Error(error));
            truncated = true;
        }
        &decompressed
    } else {
        bytes
    };
    if data.iter().all(u8::is_ascii_whitespace) {
        if !truncated {
            items.push(SourceItem::Error(SourceError::Empty {
                path: source.to_string(),
            }));
        }
        return items;
    }
    let format = match format {
        Format::Auto => detect(data),
        given => given,
    };
    let input = Input {
        path: source,
        bytes: data,
        truncated,
    };
    items.extend(sources::read(format, &input));
    items
}

/// Decompresses all gzip members; on a broken stream keeps what was decoded.
fn gunzip(path: &str, bytes: &[u8]) -> (Vec<u8>, Option<SourceError>) {
    let mut data = Vec::new();
    match MultiGzDecoder::new(bytes).read_to_end(&mut data) {
        Ok(_) => (data, None),
        Err(err) => {
            let reason = if err.kind() == io::ErrorKind::UnexpectedEof {
                "the file ends in the middle of the compressed stream".to_string()
            } else {
                err.to_string()
            };
            let decoded = data.len();
            (
                data,
                Some(SourceError::BrokenGzip {
                    path: path.to_string(),
                    decoded,
                    reason,
                }),
            )
        }
    }
}
