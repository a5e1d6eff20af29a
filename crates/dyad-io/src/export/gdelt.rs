//! GDELT 2.0 event and mention files: tab-separated, no header (as GDELT),
//! 61 and 16 columns in GDELT's order and meaning. Choices where Dyad's data
//! differs from GDELT's are documented in `docs/exports.md`.

use super::{first_day, ExportError};
use chrono::Datelike;
use dyad_core::records::{EventMentionRecord, EventRecord};
use dyad_core::{EventParty, Location};
use std::io::Write;

/// GDELT 2.0's event table columns, in file order.
pub const GDELT_EVENT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// GDELT 2.0's mentions table columns, in file order.
pub const GDELT_MENTION_COLUMNS: [&str; 16] = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
];

/// Non-state actor codes: not countries. Each maps to GDELT's
/// (KnownGroupCode, organisation type) where CAMEO has one.
fn non_state(code: &str) -> Option<(&'static str, &'static str)> {
    match code {
        "UNO" => Some(("UNO", "IGO")),
        "EUR" => Some(("EEC", "IGO")),
        "IGO" => Some(("", "IGO")),
        "NGO" => Some(("", "NGO")),
        "MNC" => Some(("", "MNC")),
        "WST" => Some(("", "")),
        _ => None,
    }
}

/// CAMEO's type code for a Dyad (PLOVER-style) sector: the same three
/// letters except journalists (`JRN`, CAMEO `MED` media), medical staff
/// (`MED`, CAMEO `HLH` health) and `UNK` (no CAMEO code: dropped).
#[must_use]
pub fn cameo_type(sector: &str) -> &str {
    match sector {
        "JRN" => "MED",
        "MED" => "HLH",
        "UNK" => "",
        other => other,
    }
}

/// The CAMEO actor code GDELT's Actor1Code holds: country (or group) code
/// then CAMEO type (`IRNGOV`, `GBRMED` for British journalists).
#[must_use]
pub fn cameo_actor_code(code: &str, sector: Option<&str>) -> String {
    let code = code.trim().to_ascii_uppercase();
    let sector = sector.unwrap_or("").trim().to_ascii_uppercase();
    format!("{code}{}", cameo_type(&sector))
}

/// A field with the characters that would break a TSV row replaced by spaces.
fn clean(s: &str) -> String {
    if s.contains(['\t', '\n', '\r']) {
        s.replace(['\t', '\n', '\r'], " ")
    } else {
        s.to_string()
    }
}

/// `YYYYMMDDHHMMSS` of an RFC 3339 time; the digits of whatever else.
fn timestamp14(rfc3339: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(rfc3339) {
        Ok(t) => t
            .with_timezone(&chrono::Utc)
            .format("%Y%m%d%H%M%S")
            .to_string(),
        Err(_) => {
            let mut digits: String = rfc3339.chars().filter(char::is_ascii_digit).collect();
            digits.truncate(14);
            while !digits.is_empty() && digits.len() < 14 {
                digits.push('0');
            }
            digits
        }
    }
}

/// GDELT's FractionDate: year + (month0 * 30 + day) / 365, four decimals
/// (GDELT's codebook formula).
fn fraction_date(d: chrono::NaiveDate) -> String {
    let f = f64::from(d.year()) + f64::from(d.month0() * 30 + d.day()) / 365.0;
    format!("{f:.4}")
}

/// The ten actor columns (Code .. Type3Code) of one party.
fn actor_fields(p: &EventParty) -> [String; 10] {
    let code = p.code.trim().to_ascii_uppercase();
    let sector = p
        .sector
        .as_deref()
        .unwrap_or("")
        .trim()
        .to_ascii_uppercase();
    let sector = cameo_type(&sector);
    let (country, group, org_type) = match non_state(&code) {
        Some((group, org)) if code == "WST" => (code.clone(), group, org),
        Some((group, org)) => (String::new(), group, org),
        None if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) => {
            (code.clone(), "", "")
        }
        None => (String::new(), "", ""),
    };
    let mut types = [sector, org_type]
        .into_iter()
        .filter(|t| !t.is_empty())
        .map(String::from);
    [
        clean(&format!("{code}{sector}")),
        clean(&p.name.to_uppercase()),
        country,
        group.to_string(),
        String::new(),
        String::new(),
        String::new(),
        types.next().unwrap_or_default(),
        types.next().unwrap_or_default(),
        String::new(),
    ]
}

/// The eight geo columns of a location (Type .. FeatureID): type 4 (world
/// city) or 3 (US city) with coordinates, 1 (country) without, 0 for none.
fn geo_fields(loc: Option<&Location>) -> [String; 8] {
    let Some(l) = loc else {
        return [
            "0".into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ];
    };
    let country = l.country.as_deref().unwrap_or("");
    let (lat, lon) = match (l.lat, l.lon) {
        (Some(lat), Some(lon)) => (format!("{lat:.4}"), format!("{lon:.4}")),
        _ => (String::new(), String::new()),
    };
    let geo_type = if lat.is_empty() {
        "1"
    } else if country == "USA" {
        "3"
    } else {
        "4"
    };
    let full_name = match &l.country {
        Some(c) if !lat.is_empty() => format!("{}, {c}", l.name),
        _ => l.name.clone(),
    };
    [
        geo_type.into(),
        clean(&full_name),
        clean(country),
        String::new(),
        String::new(),
        lat,
        lon,
        String::new(),
    ]
}

/// The 61 fields of one event, in [`GDELT_EVENT_COLUMNS`] order.
#[must_use]
pub fn gdelt_event_fields(r: &EventRecord) -> Vec<String> {
    let e = &r.event;
    let day = e
        .date
        .as_deref()
        .and_then(first_day)
        .or_else(|| r.date_added.get(..10).and_then(first_day));
    let mut f: Vec<String> = Vec::with_capacity(61);
    f.push(r.id.to_string());
    match day {
        Some(d) => {
            f.push(d.format("%Y%m%d").to_string());
            f.push(d.format("%Y%m").to_string());
            f.push(d.format("%Y").to_string());
            f.push(fraction_date(d));
        }
        None => f.extend(std::iter::repeat_n(String::new(), 4)),
    }
    f.extend(actor_fields(&e.source));
    f.extend(actor_fields(&e.target));
    f.push(if e.paragraph == 0 { "1" } else { "0" }.into());
    let cameo: String = e.cameo.chars().filter(char::is_ascii_digit).collect();
    f.push(cameo.clone());
    f.push(cameo.chars().take(3).collect());
    f.push(cameo.chars().take(2).collect());
    f.push(e.quad.to_string());
    f.push(format!("{}", e.goldstein));
    f.push(r.num_mentions.to_string());
    f.push(r.num_sources.to_string());
    f.push(r.num_articles.to_string());
    f.push("0".into());
    f.extend(geo_fields(None));
    f.extend(geo_fields(None));
    f.extend(geo_fields(e.location.as_ref()));
    f.push(timestamp14(&r.date_added));
    f.push(clean(&r.source_url));
    f
}

/// GDELT's MentionType: 1 (WEB) for a URL, else 2 (CITATIONONLY: the
/// identifier cites a file or dump, not a web page).
fn mention_type(identifier: &str) -> &'static str {
    let lower = identifier
        .get(..8)
        .unwrap_or(identifier)
        .to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        "1"
    } else {
        "2"
    }
}

/// The 16 fields of one mention, in [`GDELT_MENTION_COLUMNS`] order.
#[must_use]
pub fn gdelt_mention_fields(m: &EventMentionRecord) -> Vec<String> {
    let mention_time = timestamp14(&m.mention_time);
    // GDELT: the DATEADDED of the event mentioned (when it was first
    // recorded), so that first mentions can be told from later ones.
    let event_time = if m.event_added.is_empty() {
        mention_time.clone()
    } else {
        timestamp14(&m.event_added)
    };
    let confidence = (f64::from(m.confidence) * 100.0).round().clamp(0.0, 100.0) as u32;
    vec![
        m.event_id.to_string(),
        event_time,
        mention_time,
        mention_type(&m.identifier).into(),
        clean(&m.source_name),
        clean(&m.identifier),
        (m.paragraph + 1).to_string(),
        "-1".into(),
        "-1".into(),
        "-1".into(),
        "1".into(),
        confidence.to_string(),
        m.doc_len.to_string(),
        "0".into(),
        String::new(),
        String::new(),
    ]
}

fn write_row(w: &mut impl Write, fields: &[String]) -> std::io::Result<()> {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            w.write_all(b"\t")?;
        }
        w.write_all(field.as_bytes())?;
    }
    w.write_all(b"\n")
}

/// Writes GDELT 2.0 event rows, one per [`EventRecord`].
pub struct GdeltEventWriter<W: Write> {
    out: W,
    rows: u64,
}

impl<W: Write> GdeltEventWriter<W> {
    /// A writer without a header row (GDELT files have none).
    pub fn new(out: W) -> Self {
        GdeltEventWriter { out, rows: 0 }
    }

    /// A writer that first writes the column names as a header row.
    pub fn with_header(mut out: W) -> Result<Self, ExportError> {
        write_row(&mut out, &GDELT_EVENT_COLUMNS.map(String::from))?;
        Ok(GdeltEventWriter { out, rows: 0 })
    }

    /// Write one event row.
    pub fn write(&mut self, record: &EventRecord) -> Result<(), ExportError> {
        write_row(&mut self.out, &gdelt_event_fields(record))?;
        self.rows += 1;
        Ok(())
    }

    /// Flush and return the writer with the number of rows written.
    pub fn finish(mut self) -> Result<(W, u64), ExportError> {
        self.out.flush()?;
        Ok((self.out, self.rows))
    }
}

/// Writes GDELT 2.0 mention rows, one per [`EventMentionRecord`].
pub struct GdeltMentionWriter<W: Write> {
    out: W,
    rows: u64,
}

impl<W: Write> GdeltMentionWriter<W> {
    /// A writer without a header row (GDELT files have none).
    pub fn new(out: W) -> Self {
        GdeltMentionWriter { out, rows: 0 }
    }

    /// A writer that first writes the column names as a header row.
    pub fn with_header(mut out: W) -> Result<Self, ExportError> {
        write_row(&mut out, &GDELT_MENTION_COLUMNS.map(String::from))?;
        Ok(GdeltMentionWriter { out, rows: 0 })
    }

    /// Write one mention row.
    pub fn write(&mut self, record: &EventMentionRecord) -> Result<(), ExportError> {
        write_row(&mut self.out, &gdelt_mention_fields(record))?;
        self.rows += 1;
        Ok(())
    }

    /// Flush and return the writer with the number of rows written.
    pub fn finish(mut self) -> Result<(W, u64), ExportError> {
        self.out.flush()?;
        Ok((self.out, self.rows))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{ArticleId, Certainty, Event, EventType};

    fn party(code: &str, sector: Option<&str>, name: &str) -> EventParty {
        EventParty {
            code: code.into(),
            sector: sector.map(String::from),
            name: name.into(),
            text: name.into(),
        }
    }

    fn record(date: Option<&str>) -> EventRecord {
        EventRecord {
            id: 42,
            event: Event {
                event_type: EventType::Sanction,
                mode: None,
                cameo: "172".into(),
                quad: 4,
                goldstein: -5.0,
                source: party("FRE", Some("GOV"), "Freedonian ministry"),
                target: party("UNO", None, "United Nations"),
                date: date.map(String::from),
                date_basis: None,
                location: Some(Location {
                    name: "Fredville".into(),
                    country: Some("FRE".into()),
                    lat: Some(1.5),
                    lon: Some(-2.25),
                }),
                negated: false,
                certainty: Certainty::Asserted,
                paragraph: 0,
                sentence: "The ministry\tacted.".into(),
                confidence: 0.9,
            },
            article_id: ArticleId("ab".into()),
            num_mentions: 3,
            num_sources: 2,
            num_articles: 2,
            date_added: "2025-12-31T08:09:10Z".into(),
            source_url: "https://news.example/a".into(),
        }
    }

    fn field<'a>(fields: &'a [String], name: &str) -> &'a str {
        let i = GDELT_EVENT_COLUMNS.iter().position(|c| *c == name).unwrap();
        &fields[i]
    }

    #[test]
    fn event_rows_follow_gdelt_columns() {
        let f = gdelt_event_fields(&record(Some("2025-02-18")));
        assert_eq!(f.len(), 61);
        assert_eq!(field(&f, "GLOBALEVENTID"), "42");
        assert_eq!(field(&f, "SQLDATE"), "20250218");
        assert_eq!(field(&f, "MonthYear"), "202502");
        assert_eq!(field(&f, "Year"), "2025");
        assert_eq!(field(&f, "FractionDate"), "2025.1315");
        assert_eq!(field(&f, "Actor1Code"), "FREGOV");
        assert_eq!(field(&f, "Actor1Name"), "FREEDONIAN MINISTRY");
        assert_eq!(field(&f, "Actor1CountryCode"), "FRE");
        assert_eq!(field(&f, "Actor1Type1Code"), "GOV");
        assert_eq!(field(&f, "Actor2Code"), "UNO");
        assert_eq!(field(&f, "Actor2CountryCode"), "");
        assert_eq!(field(&f, "Actor2KnownGroupCode"), "UNO");
        assert_eq!(field(&f, "Actor2Type1Code"), "IGO");
        assert_eq!(field(&f, "IsRootEvent"), "1");
        assert_eq!(field(&f, "EventCode"), "172");
        assert_eq!(field(&f, "EventBaseCode"), "172");
        assert_eq!(field(&f, "EventRootCode"), "17");
        assert_eq!(field(&f, "QuadClass"), "4");
        assert_eq!(field(&f, "GoldsteinScale"), "-5");
        assert_eq!(field(&f, "NumMentions"), "3");
        assert_eq!(field(&f, "Actor1Geo_Type"), "0");
        assert_eq!(field(&f, "ActionGeo_Type"), "4");
        assert_eq!(field(&f, "ActionGeo_FullName"), "Fredville, FRE");
        assert_eq!(field(&f, "ActionGeo_Lat"), "1.5000");
        assert_eq!(field(&f, "ActionGeo_Long"), "-2.2500");
        assert_eq!(field(&f, "DATEADDED"), "20251231080910");
        assert_eq!(field(&f, "SOURCEURL"), "https://news.example/a");
    }

    #[test]
    fn sectors_become_cameo_types() {
        let mut r = record(Some("2025-02-18"));
        r.event.source = party("GBR", Some("JRN"), "British reporters");
        r.event.target = party("FRE", Some("UNK"), "someone");
        let f = gdelt_event_fields(&r);
        assert_eq!(field(&f, "Actor1Code"), "GBRMED");
        assert_eq!(field(&f, "Actor1Type1Code"), "MED");
        assert_eq!(field(&f, "Actor2Code"), "FRE");
        assert_eq!(field(&f, "Actor2Type1Code"), "");
        assert_eq!(cameo_actor_code("irn", Some("MED")), "IRNHLH");
    }

    #[test]
    fn partial_and_missing_dates_use_a_first_day_or_the_date_added() {
        let f = gdelt_event_fields(&record(Some("2024-07")));
        assert_eq!(field(&f, "SQLDATE"), "20240701");
        let f = gdelt_event_fields(&record(None));
        assert_eq!(field(&f, "SQLDATE"), "20251231");
    }

    #[test]
    fn rows_have_61_tab_separated_fields_without_stray_tabs() {
        let mut w = GdeltEventWriter::new(Vec::new());
        let mut r = record(Some("2025"));
        r.source_url = "dump\tfile.txt#3".into();
        w.write(&r).unwrap();
        let (bytes, rows) = w.finish().unwrap();
        assert_eq!(rows, 1);
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text.lines().count(), 1);
        assert_eq!(text.trim_end_matches('\n').split('\t').count(), 61);
    }

    #[test]
    fn mention_rows_have_16_fields_and_a_type_by_identifier() {
        let m = EventMentionRecord {
            event_id: 42,
            article_id: ArticleId("ab".into()),
            event_date: Some("2025-02".into()),
            event_added: "2025-12-30T01:02:03Z".into(),
            mention_time: "2025-12-31T08:09:10+00:00".into(),
            source_name: "dump.txt".into(),
            identifier: "dump.txt#2".into(),
            paragraph: 3,
            sentence: "s".into(),
            confidence: 0.87,
            doc_len: 1200,
        };
        let f = gdelt_mention_fields(&m);
        assert_eq!(f.len(), 16);
        assert_eq!(
            f[1], "20251230010203",
            "EventTimeDate is the event's DATEADDED"
        );
        assert_eq!(f[2], "20251231080910");
        assert_eq!(f[3], "2");
        assert_eq!(f[6], "4");
        assert_eq!(f[11], "87");
        let web = EventMentionRecord {
            identifier: "HTTPS://news.example/x".into(),
            ..m
        };
        assert_eq!(gdelt_mention_fields(&web)[3], "1");
    }
}
