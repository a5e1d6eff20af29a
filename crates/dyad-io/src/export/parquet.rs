//! Parquet tables partitioned by date (`date=YYYY-MM-DD/part-00000.parquet`,
//! Hive style), for DuckDB, Spark, Trino, pyarrow and BigQuery.
//!
//! [`ParquetPartitionedWriter`] keeps one open file per date partition, up to
//! [`ParquetOptions::max_open_files`]; each buffers at most
//! [`ParquetOptions::row_group_rows`] rows before writing them as a row group,
//! so memory is bounded by `max_open_files * row_group_rows` rows whatever
//! the number of records. When a record needs a partition that is not open
//! and the limit is reached, the least recently used file is closed; a later
//! record of that date starts the next part file (`part-00001.parquet`).
//! Records that arrive roughly in date order (as stores ingested day by day
//! yield them) therefore give one file per date.
//!
//! Records without a date go to `date=__HIVE_DEFAULT_PARTITION__`, which
//! pyarrow, Spark and DuckDB read as a null date. Partial dates (`2025-12`)
//! go to their first day's partition; the record keeps the date as known.

use super::{first_day, ExportError};
use dyad_core::records::{ActorNode, EventMentionRecord, EventRecord};
use dyad_core::Article;
use parquet::basic::Compression;
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::errors::ParquetError;
use parquet::file::properties::{WriterProperties, WriterPropertiesPtr};
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::TypePtr;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fs::File;
use std::io::BufWriter;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The partition holding records without a date (Hive's null partition).
pub const NULL_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

/// Physical and logical type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    Int32,
    Int64,
    Double,
    Bool,
    /// UTF-8 string.
    Text,
    /// Calendar date (INT32 days since 1970-01-01).
    Date,
}

/// One column of a table.
#[derive(Debug, Clone, Copy)]
pub struct ColumnSpec {
    pub name: &'static str,
    pub kind: ColumnKind,
    /// Never null.
    pub required: bool,
}

const fn col(name: &'static str, kind: ColumnKind, required: bool) -> ColumnSpec {
    ColumnSpec {
        name,
        kind,
        required,
    }
}

/// One cell, pushed in column order by [`ParquetRow::values`].
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Int(i64),
    Double(f64),
    Bool(bool),
    Text(Cow<'a, str>),
    Date(chrono::NaiveDate),
}

impl<'a> From<Option<&'a str>> for Value<'a> {
    fn from(v: Option<&'a str>) -> Self {
        v.map_or(Value::Null, |s| Value::Text(Cow::Borrowed(s)))
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(v: &'a str) -> Self {
        Value::Text(Cow::Borrowed(v))
    }
}

/// A record type written as one Parquet table.
pub trait ParquetRow {
    /// The table's columns, in order.
    fn columns() -> &'static [ColumnSpec];
    /// Whether the table is partitioned by date.
    fn partitioned() -> bool {
        true
    }
    /// The date partitioning this record (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    fn partition_date(&self) -> Option<&str>;
    /// The record's cells in [`ParquetRow::columns`] order.
    fn values(&self) -> Vec<Value<'_>>;
}

/// How the writer trades memory for file count.
#[derive(Debug, Clone, Copy)]
pub struct ParquetOptions {
    /// Rows buffered per open file before they are written as a row group.
    pub row_group_rows: usize,
    /// Partition files open at once.
    pub max_open_files: usize,
}

impl Default for ParquetOptions {
    fn default() -> Self {
        ParquetOptions {
            row_group_rows: 8192,
            max_open_files: 32,
        }
    }
}

/// What a finished writer wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParquetSummary {
    pub rows: u64,
    pub files: u64,
    pub partitions: u64,
}

enum Values {
    I32(Vec<i32>),
    I64(Vec<i64>),
    F64(Vec<f64>),
    Bool(Vec<bool>),
    Bytes(Vec<ByteArray>),
}

/// Buffered cells of one column: values of non-null cells and, for optional
/// columns, one definition level per row.
struct ColumnBuffer {
    values: Values,
    defs: Vec<i16>,
    spec: ColumnSpec,
}

impl ColumnBuffer {
    fn new(spec: ColumnSpec) -> ColumnBuffer {
        let values = match spec.kind {
            ColumnKind::Int32 | ColumnKind::Date => Values::I32(Vec::new()),
            ColumnKind::Int64 => Values::I64(Vec::new()),
            ColumnKind::Double => Values::F64(Vec::new()),
            ColumnKind::Bool => Values::Bool(Vec::new()),
            ColumnKind::Text => Values::Bytes(Vec::new()),
        };
        ColumnBuffer {
            values,
            defs: Vec::new(),
            spec,
        }
    }

    /// Push one cell; a value of the wrong kind counts as null (a required
    /// column gets the type's zero).
    fn push(&mut self, v: &Value<'_>) {
        let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
        let pushed = match (&mut self.values, v) {
            (Values::I32(vals), Value::Int(i)) if self.spec.kind == ColumnKind::Int32 => {
                vals.push(i32::try_from(*i).unwrap_or(i32::MAX));
                true
            }
            (Values::I32(vals), Value::Date(d)) if self.spec.kind == ColumnKind::Date => {
                vals.push(i32::try_from((*d - epoch).num_days()).unwrap_or(0));
                true
            }
            (Values::I64(vals), Value::Int(i)) => {
                vals.push(*i);
                true
            }
            (Values::F64(vals), Value::Double(f)) => {
                vals.push(*f);
                true
            }
            (Values::Bool(vals), Value::Bool(b)) => {
                vals.push(*b);
                true
            }
            (Values::Bytes(vals), Value::Text(s)) => {
                vals.push(ByteArray::from(s.as_bytes().to_vec()));
                true
            }
            _ => false,
        };
        if self.spec.required {
            if !pushed {
                match &mut self.values {
                    Values::I32(v) => v.push(0),
                    Values::I64(v) => v.push(0),
                    Values::F64(v) => v.push(0.0),
                    Values::Bool(v) => v.push(false),
                    Values::Bytes(v) => v.push(ByteArray::from(Vec::new())),
                }
            }
        } else {
            self.defs.push(i16::from(pushed));
        }
    }

    fn clear(&mut self) {
        self.defs.clear();
        match &mut self.values {
            Values::I32(v) => v.clear(),
            Values::I64(v) => v.clear(),
            Values::F64(v) => v.clear(),
            Values::Bool(v) => v.clear(),
            Values::Bytes(v) => v.clear(),
        }
    }
}

/// The Parquet message type of a table.
fn schema(columns: &[ColumnSpec]) -> Result<TypePtr, ParquetError> {
    let mut message = String::from("message dyad {\n");
    for c in columns {
        let repetition = if c.required { "REQUIRED" } else { "OPTIONAL" };
        let physical = match c.kind {
            ColumnKind::Int32 => "INT32",
            ColumnKind::Int64 => "INT64",
            ColumnKind::Double => "DOUBLE",
            ColumnKind::Bool => "BOOLEAN",
            ColumnKind::Text => "BYTE_ARRAY",
            ColumnKind::Date => "INT32",
        };
        let logical = match c.kind {
            ColumnKind::Text => " (UTF8)",
            ColumnKind::Date => " (DATE)",
            _ => "",
        };
        message.push_str(&format!("  {repetition} {physical} {}{logical};\n", c.name));
    }
    message.push('}');
    Ok(Arc::new(parquet::schema::parser::parse_message_type(
        &message,
    )?))
}

struct OpenFile {
    path: PathBuf,
    writer: SerializedFileWriter<BufWriter<File>>,
    buffer: Vec<ColumnBuffer>,
    buffered: usize,
    last_used: u64,
}

impl OpenFile {
    fn flush_row_group(&mut self) -> Result<(), ParquetError> {
        if self.buffered == 0 {
            return Ok(());
        }
        let mut rg = self.writer.next_row_group()?;
        for column in &self.buffer {
            let mut cw = rg.next_column()?.ok_or_else(|| {
                ParquetError::General(format!("no column writer for {}", column.spec.name))
            })?;
            let defs = (!column.spec.required).then_some(column.defs.as_slice());
            match &column.values {
                Values::I32(v) => cw.typed::<Int32Type>().write_batch(v, defs, None)?,
                Values::I64(v) => cw.typed::<Int64Type>().write_batch(v, defs, None)?,
                Values::F64(v) => cw.typed::<DoubleType>().write_batch(v, defs, None)?,
                Values::Bool(v) => cw.typed::<BoolType>().write_batch(v, defs, None)?,
                Values::Bytes(v) => cw.typed::<ByteArrayType>().write_batch(v, defs, None)?,
            };
            cw.close()?;
        }
        rg.close()?;
        for column in &mut self.buffer {
            column.clear();
        }
        self.buffered = 0;
        Ok(())
    }

    fn close(mut self) -> Result<(), ExportError> {
        let path = self.path.clone();
        let wrap = |source| ExportError::Parquet {
            path: path.clone(),
            source,
        };
        self.flush_row_group().map_err(wrap)?;
        self.writer.close().map_err(wrap)?;
        Ok(())
    }
}

/// Writes records of one type as a Parquet table under a directory,
/// partitioned by date (see the module docs).
pub struct ParquetPartitionedWriter<R: ParquetRow> {
    dir: PathBuf,
    options: ParquetOptions,
    schema: TypePtr,
    props: WriterPropertiesPtr,
    open: HashMap<String, OpenFile>,
    /// Part files started per partition.
    parts: HashMap<String, u32>,
    tick: u64,
    rows: u64,
    files: u64,
    _row: PhantomData<fn(&R)>,
}

impl<R: ParquetRow> ParquetPartitionedWriter<R> {
    /// A writer into `dir`, which must not exist or be empty.
    pub fn new(dir: &Path, options: ParquetOptions) -> Result<Self, ExportError> {
        let file_err = |source| ExportError::File {
            path: dir.to_path_buf(),
            source,
        };
        if dir.exists() && std::fs::read_dir(dir).map_err(file_err)?.next().is_some() {
            return Err(file_err(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "the directory is not empty",
            )));
        }
        std::fs::create_dir_all(dir).map_err(file_err)?;
        let schema = schema(R::columns()).map_err(|source| ExportError::Parquet {
            path: dir.to_path_buf(),
            source,
        })?;
        let props = Arc::new(
            WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .set_created_by(format!("dyad {}", env!("CARGO_PKG_VERSION")))
                .build(),
        );
        Ok(ParquetPartitionedWriter {
            dir: dir.to_path_buf(),
            options: ParquetOptions {
                row_group_rows: options.row_group_rows.max(1),
                max_open_files: options.max_open_files.max(1),
            },
            schema,
            props,
            open: HashMap::new(),
            parts: HashMap::new(),
            tick: 0,
            rows: 0,
            files: 0,
            _row: PhantomData,
        })
    }

    /// The partition directory of a record (`date=2025-12-30`), or `""`
    /// for an unpartitioned table.
    fn partition_of(record: &R) -> String {
        if !R::partitioned() {
            return String::new();
        }
        match record.partition_date().and_then(first_day) {
            Some(d) => format!("date={}", d.format("%Y-%m-%d")),
            None => format!("date={NULL_PARTITION}"),
        }
    }

    fn open_file(&mut self, partition: &str) -> Result<OpenFile, ExportError> {
        let dir = self.dir.join(partition);
        std::fs::create_dir_all(&dir).map_err(|source| ExportError::File {
            path: dir.clone(),
            source,
        })?;
        let part = self.parts.entry(partition.to_string()).or_insert(0);
        let path = dir.join(format!("part-{part:05}.parquet"));
        *part += 1;
        let file = File::create(&path).map_err(|source| ExportError::File {
            path: path.clone(),
            source,
        })?;
        let writer = SerializedFileWriter::new(
            BufWriter::new(file),
            self.schema.clone(),
            self.props.clone(),
        )
        .map_err(|source| ExportError::Parquet {
            path: path.clone(),
            source,
        })?;
        self.files += 1;
        Ok(OpenFile {
            path,
            writer,
            buffer: R::columns()
                .iter()
                .copied()
                .map(ColumnBuffer::new)
                .collect(),
            buffered: 0,
            last_used: self.tick,
        })
    }

    /// Write one record.
    pub fn write(&mut self, record: &R) -> Result<(), ExportError> {
        self.tick += 1;
        let partition = Self::partition_of(record);
        if !self.open.contains_key(&partition) {
            if self.open.len() >= self.options.max_open_files {
                let oldest = self
                    .open
                    .iter()
                    .min_by_key(|(_, f)| f.last_used)
                    .map(|(k, _)| k.clone());
                if let Some(f) = oldest.and_then(|k| self.open.remove(&k)) {
                    f.close()?;
                }
            }
            let file = self.open_file(&partition)?;
            self.open.insert(partition.clone(), file);
        }
        let row_group_rows = self.options.row_group_rows;
        let Some(file) = self.open.get_mut(&partition) else {
            return Ok(());
        };
        file.last_used = self.tick;
        let values = record.values();
        for (column, value) in file.buffer.iter_mut().zip(values.iter()) {
            column.push(value);
        }
        for column in file.buffer.iter_mut().skip(values.len()) {
            column.push(&Value::Null);
        }
        file.buffered += 1;
        self.rows += 1;
        if file.buffered >= row_group_rows {
            let path = file.path.clone();
            file.flush_row_group()
                .map_err(|source| ExportError::Parquet { path, source })?;
        }
        Ok(())
    }

    /// Close every file. A table that received no record still gets one
    /// empty file (in the null partition when partitioned), so readers see
    /// its schema and globs match.
    pub fn finish(mut self) -> Result<ParquetSummary, ExportError> {
        if self.files == 0 {
            let partition = if R::partitioned() {
                format!("date={NULL_PARTITION}")
            } else {
                String::new()
            };
            let file = self.open_file(&partition)?;
            self.open.insert(partition, file);
        }
        for (_, f) in self.open.drain() {
            f.close()?;
        }
        Ok(ParquetSummary {
            rows: self.rows,
            files: self.files,
            partitions: self.parts.len() as u64,
        })
    }
}

fn int(v: impl Into<i64>) -> Value<'static> {
    Value::Int(v.into())
}

fn usize_int(v: usize) -> Value<'static> {
    Value::Int(i64::try_from(v).unwrap_or(i64::MAX))
}

fn date_value(d: Option<&str>) -> Value<'static> {
    d.and_then(first_day).map_or(Value::Null, Value::Date)
}

use ColumnKind::{Bool, Date, Double, Int32, Int64, Text};

const EVENT_COLUMNS: &[ColumnSpec] = &[
    col("global_event_id", Int64, true),
    col("event_date", Text, false),
    col("day", Date, false),
    col("source_code", Text, true),
    col("source_country", Text, true),
    col("source_sector", Text, false),
    col("source_name", Text, true),
    col("source_text", Text, true),
    col("target_code", Text, true),
    col("target_country", Text, true),
    col("target_sector", Text, false),
    col("target_name", Text, true),
    col("target_text", Text, true),
    col("event_type", Text, true),
    col("mode", Text, false),
    col("cameo", Text, true),
    col("quad_class", Int32, true),
    col("goldstein", Double, true),
    col("num_mentions", Int32, true),
    col("num_sources", Int32, true),
    col("num_articles", Int32, true),
    col("certainty", Text, true),
    col("negated", Bool, true),
    col("confidence", Double, true),
    col("location_name", Text, false),
    col("location_country", Text, false),
    col("lat", Double, false),
    col("lon", Double, false),
    col("date_basis", Text, false),
    col("paragraph", Int32, true),
    col("sentence", Text, true),
    col("article_id", Text, true),
    col("source_url", Text, true),
    col("date_added", Text, true),
];

impl ParquetRow for EventRecord {
    fn columns() -> &'static [ColumnSpec] {
        EVENT_COLUMNS
    }

    fn partition_date(&self) -> Option<&str> {
        self.event.date.as_deref()
    }

    fn values(&self) -> Vec<Value<'_>> {
        let e = &self.event;
        let loc = e.location.as_ref();
        vec![
            Value::Int(i64::try_from(self.id).unwrap_or(i64::MAX)),
            e.date.as_deref().into(),
            date_value(e.date.as_deref()),
            Value::Text(Cow::Owned(e.source.actor().cameo_code())),
            e.source.code.as_str().into(),
            e.source.sector.as_deref().into(),
            e.source.name.as_str().into(),
            e.source.text.as_str().into(),
            Value::Text(Cow::Owned(e.target.actor().cameo_code())),
            e.target.code.as_str().into(),
            e.target.sector.as_deref().into(),
            e.target.name.as_str().into(),
            e.target.text.as_str().into(),
            e.event_type.as_str().into(),
            e.mode.as_deref().into(),
            e.cameo.as_str().into(),
            int(e.quad),
            Value::Double(f64::from(e.goldstein)),
            int(self.num_mentions),
            int(self.num_sources),
            int(self.num_articles),
            e.certainty.as_str().into(),
            Value::Bool(e.negated),
            Value::Double(f64::from(e.confidence)),
            loc.map(|l| l.name.as_str()).into(),
            loc.and_then(|l| l.country.as_deref()).into(),
            loc.and_then(|l| l.lat).map_or(Value::Null, Value::Double),
            loc.and_then(|l| l.lon).map_or(Value::Null, Value::Double),
            e.date_basis.as_deref().into(),
            usize_int(e.paragraph),
            e.sentence.as_str().into(),
            self.article_id.0.as_str().into(),
            self.source_url.as_str().into(),
            self.date_added.as_str().into(),
        ]
    }
}

const MENTION_COLUMNS: &[ColumnSpec] = &[
    col("global_event_id", Int64, true),
    col("article_id", Text, true),
    col("event_date", Text, false),
    col("day", Date, false),
    col("mention_time", Text, true),
    col("source_name", Text, true),
    col("identifier", Text, true),
    col("paragraph", Int32, true),
    col("sentence", Text, true),
    col("confidence", Double, true),
    col("doc_len", Int64, true),
    col("event_added", Text, true),
];

impl ParquetRow for EventMentionRecord {
    fn columns() -> &'static [ColumnSpec] {
        MENTION_COLUMNS
    }

    fn partition_date(&self) -> Option<&str> {
        self.event_date.as_deref()
    }

    fn values(&self) -> Vec<Value<'_>> {
        vec![
            Value::Int(i64::try_from(self.event_id).unwrap_or(i64::MAX)),
            self.article_id.0.as_str().into(),
            self.event_date.as_deref().into(),
            date_value(self.event_date.as_deref()),
            self.mention_time.as_str().into(),
            self.source_name.as_str().into(),
            self.identifier.as_str().into(),
            usize_int(self.paragraph),
            self.sentence.as_str().into(),
            Value::Double(f64::from(self.confidence)),
            usize_int(self.doc_len),
            self.event_added.as_str().into(),
        ]
    }
}

const ARTICLE_COLUMNS: &[ColumnSpec] = &[
    col("article_id", Text, true),
    col("headline", Text, true),
    col("published", Text, false),
    col("published_basis", Text, false),
    col("published_confidence", Double, false),
    col("url", Text, false),
    col("source_domain", Text, false),
    col("first_source", Text, false),
    col("sightings", Int32, true),
    col("paragraphs", Int32, true),
    col("captions", Int32, true),
    col("people", Int32, true),
    col("mentions", Int32, true),
    col("events", Int32, true),
    col("quotes", Int32, true),
    col("body", Text, true),
];

impl ParquetRow for Article {
    fn columns() -> &'static [ColumnSpec] {
        ARTICLE_COLUMNS
    }

    fn partition_date(&self) -> Option<&str> {
        self.published.as_ref().map(|p| p.date.as_str())
    }

    fn values(&self) -> Vec<Value<'_>> {
        let p = self.published.as_ref();
        vec![
            self.id.0.as_str().into(),
            self.headline.as_str().into(),
            p.map(|p| p.date.as_str()).into(),
            p.map(|p| p.basis.as_str()).into(),
            p.map_or(Value::Null, |p| Value::Double(f64::from(p.confidence))),
            self.url.as_deref().into(),
            self.source_domain.as_deref().into(),
            self.sightings.first().map(|s| s.source.as_str()).into(),
            usize_int(self.sightings.len()),
            usize_int(self.paragraphs.len()),
            usize_int(self.captions.len()),
            usize_int(self.people.len()),
            usize_int(self.mentions.len()),
            usize_int(self.events.len()),
            usize_int(self.quotes.len()),
            Value::Text(Cow::Owned(self.body())),
        ]
    }
}

const ACTOR_COLUMNS: &[ColumnSpec] = &[
    col("code", Text, true),
    col("country", Text, true),
    col("sector", Text, false),
    col("name", Text, true),
    col("mentions", Int64, true),
    col("events", Int64, true),
];

impl ParquetRow for ActorNode {
    fn columns() -> &'static [ColumnSpec] {
        ACTOR_COLUMNS
    }

    fn partitioned() -> bool {
        false
    }

    fn partition_date(&self) -> Option<&str> {
        None
    }

    fn values(&self) -> Vec<Value<'_>> {
        vec![
            Value::Text(Cow::Owned(self.actor.cameo_code())),
            self.actor.code.as_str().into(),
            self.actor.sector.as_deref().into(),
            self.actor.name.as_str().into(),
            Value::Int(i64::try_from(self.mentions).unwrap_or(i64::MAX)),
            Value::Int(i64::try_from(self.events).unwrap_or(i64::MAX)),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::ActorRef;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    fn node(code: &str) -> ActorNode {
        ActorNode {
            actor: ActorRef {
                code: code.into(),
                sector: None,
                name: code.into(),
            },
            mentions: 1,
            events: 2,
        }
    }

    fn article(date: Option<&str>) -> Article {
        Article {
            id: dyad_core::ArticleId(format!("a{date:?}")),
            headline: "Headline".into(),
            paragraphs: vec!["One.".into(), "Two.".into()],
            published: date.map(|d| dyad_core::Published {
                date: d.into(),
                basis: "input".into(),
                confidence: 1.0,
            }),
            ..Article::default()
        }
    }

    fn rows_in(dir: &Path) -> (u64, usize) {
        let mut rows = 0;
        let mut files = 0;
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap() {
                let p = entry.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    let reader = SerializedFileReader::new(File::open(&p).unwrap()).unwrap();
                    rows += reader.metadata().file_metadata().num_rows() as u64;
                    files += 1;
                }
            }
        }
        (rows, files)
    }

    #[test]
    fn partitions_by_date_with_bounded_open_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("articles");
        let options = ParquetOptions {
            row_group_rows: 2,
            max_open_files: 2,
        };
        let mut w = ParquetPartitionedWriter::<Article>::new(&out, options).unwrap();
        let dates = [
            Some("2024-01-01"),
            Some("2024-01-02"),
            Some("2024-01-03"),
            Some("2024-01-01"),
            None,
            Some("2024-02"),
            Some("2024-01-01"),
        ];
        for d in dates {
            w.write(&article(d)).unwrap();
        }
        let summary = w.finish().unwrap();
        assert_eq!(summary.rows, 7);
        assert_eq!(summary.partitions, 5);
        // 2024-01-01 was evicted once, so it has two part files.
        assert!(out.join("date=2024-01-01/part-00001.parquet").exists());
        assert!(out.join("date=2024-02-01/part-00000.parquet").exists());
        assert!(out
            .join(format!("date={NULL_PARTITION}/part-00000.parquet"))
            .exists());
        assert_eq!(rows_in(&out), (7, summary.files as usize));
    }

    #[test]
    fn empty_tables_still_get_a_file_and_unpartitioned_tables_none() {
        let dir = tempfile::tempdir().unwrap();
        let w = ParquetPartitionedWriter::<EventRecord>::new(
            &dir.path().join("events"),
            ParquetOptions::default(),
        )
        .unwrap();
        assert_eq!(w.finish().unwrap().files, 1);
        assert_eq!(rows_in(&dir.path().join("events")), (0, 1));

        let actors = dir.path().join("actors");
        let mut w =
            ParquetPartitionedWriter::<ActorNode>::new(&actors, ParquetOptions::default()).unwrap();
        w.write(&node("FRE")).unwrap();
        w.write(&node("SYL")).unwrap();
        w.finish().unwrap();
        assert!(actors.join("part-00000.parquet").exists());
        assert_eq!(rows_in(&actors), (2, 1));
    }

    #[test]
    fn a_non_empty_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("keep.txt"), "x").unwrap();
        assert!(
            ParquetPartitionedWriter::<ActorNode>::new(dir.path(), ParquetOptions::default())
                .is_err()
        );
    }
}
