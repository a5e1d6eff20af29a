//! Loading the actor data: the compact TSV files under `data/actors/`, compiled
//! into the binary, and the same format for user extensions.
//!
//! An actor line is `kind<TAB>surfaces<TAB>code<TAB>sector<TAB>name[<TAB>lat<TAB>lon]`
//! where `surfaces` are `|`-separated and `-` stands for an empty field. Kinds:
//! COUNTRY, NORP, SEAT (capitals and seats of power used as metonyms), ORG,
//! PLACE, PERSON (first surface is the full name, the others short forms; the
//! name column holds the role), ROLE and GROUP. Lines starting with `#` and
//! blank lines are skipped.

use crate::ActorsError;

pub(crate) const COUNTRIES_TSV: &str = include_str!("../../../data/actors/countries.tsv");
pub(crate) const CITIES_TSV: &str = include_str!("../../../data/actors/cities.tsv");
pub(crate) const GIVEN_NAMES: &str = include_str!("../../../data/actors/given_names.txt");
pub(crate) const GIVEN_NAMES_EXTRA: &str =
    include_str!("../../../data/actors/given_names_extra.txt");
/// Actor files (hand-written, and the generated US states), highest priority first.
pub(crate) const ACTOR_FILES: [(&str, &str); 7] = [
    (
        "people.tsv",
        include_str!("../../../data/actors/people.tsv"),
    ),
    ("orgs.tsv", include_str!("../../../data/actors/orgs.tsv")),
    (
        "countries_extra.tsv",
        include_str!("../../../data/actors/countries_extra.tsv"),
    ),
    (
        "places.tsv",
        include_str!("../../../data/actors/places.tsv"),
    ),
    (
        "us_states.tsv",
        include_str!("../../../data/actors/us_states.tsv"),
    ),
    ("roles.tsv", include_str!("../../../data/actors/roles.tsv")),
    (
        "groups.tsv",
        include_str!("../../../data/actors/groups.tsv"),
    ),
];

/// What a dictionary surface names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EntryKind {
    Country,
    Norp,
    Seat,
    Org,
    Place,
    City,
    Person,
    Role,
    Group,
}

impl EntryKind {
    fn parse(s: &str) -> Option<EntryKind> {
        Some(match s {
            "COUNTRY" => EntryKind::Country,
            "NORP" => EntryKind::Norp,
            "SEAT" => EntryKind::Seat,
            "ORG" => EntryKind::Org,
            "PLACE" => EntryKind::Place,
            "CITY" => EntryKind::City,
            "PERSON" => EntryKind::Person,
            "ROLE" => EntryKind::Role,
            "GROUP" => EntryKind::Group,
            _ => return None,
        })
    }
}

/// One dictionary entry: what a surface resolves to.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    pub kind: EntryKind,
    pub code: Option<String>,
    pub sector: Option<String>,
    /// Canonical name (a person's full name for PERSON).
    pub name: String,
    /// A person's role (PERSON only).
    pub role: Option<String>,
    /// The surface is a short form of a person's name ("Putin").
    pub short_form: bool,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

fn field(s: Option<&str>) -> Option<String> {
    match s.map(str::trim) {
        None | Some("") | Some("-") => None,
        Some(v) => Some(v.to_string()),
    }
}

fn coordinate(s: Option<&str>, line: usize, what: &str) -> Result<Option<f64>, ActorsError> {
    match field(s) {
        None => Ok(None),
        Some(v) => v
            .parse::<f64>()
            .map(Some)
            .map_err(|_| ActorsError::BadLine {
                line,
                reason: format!("{what} '{v}' is not a number"),
            }),
    }
}

/// Parse actor lines into `(surface, entry)` pairs, in file order.
pub(crate) fn parse_actor_tsv(tsv: &str) -> Result<Vec<(String, Entry)>, ActorsError> {
    let mut out = Vec::new();
    for (i, raw) in tsv.lines().enumerate() {
        let line = i + 1;
        let text = raw.trim_end_matches('\r');
        if text.trim().is_empty() || text.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = text.split('\t').collect();
        if cols.len() < 5 {
            return Err(ActorsError::BadLine {
                line,
                reason: format!(
                    "expected at least 5 tab-separated columns, found {}",
                    cols.len()
                ),
            });
        }
        let kind = EntryKind::parse(cols[0].trim()).ok_or_else(|| ActorsError::BadLine {
            line,
            reason: format!("unknown kind '{}'", cols[0]),
        })?;
        let surfaces: Vec<&str> = cols[1]
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let Some(first) = surfaces.first() else {
            return Err(ActorsError::BadLine {
                line,
                reason: "no surface".into(),
            });
        };
        let code = field(cols.get(2).copied());
        if code.is_none()
            && matches!(
                kind,
                EntryKind::Country | EntryKind::Norp | EntryKind::Seat | EntryKind::Person
            )
        {
            return Err(ActorsError::BadLine {
                line,
                reason: "this kind needs a code".into(),
            });
        }
        let sector = field(cols.get(3).copied());
        let name_col = field(cols.get(4).copied());
        let lat = coordinate(cols.get(5).copied(), line, "latitude")?;
        let lon = coordinate(cols.get(6).copied(), line, "longitude")?;
        let (name, role) = if kind == EntryKind::Person {
            ((*first).to_string(), name_col)
        } else {
            (name_col.unwrap_or_else(|| (*first).to_string()), None)
        };
        for (k, surface) in surfaces.iter().enumerate() {
            out.push((
                (*surface).to_string(),
                Entry {
                    kind,
                    code: code.clone(),
                    sector: sector.clone(),
                    name: name.clone(),
                    role: role.clone(),
                    short_form: kind == EntryKind::Person && k > 0 && !surface.contains(' '),
                    lat,
                    lon,
                },
            ));
        }
    }
    Ok(out)
}

/// A country row of the generated `countries.tsv`.
pub(crate) struct CountryRow<'a> {
    pub iso3: &'a str,
    pub name: &'a str,
    pub capital: &'a str,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// A city row of the generated `cities.tsv`.
pub(crate) struct CityRow<'a> {
    pub name: &'a str,
    pub iso3: &'a str,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
}

fn data_rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect::<Vec<_>>())
}

/// The generated country table (rows that do not parse are skipped: the file
/// is generated and checked by a test).
pub(crate) fn countries() -> Vec<CountryRow<'static>> {
    data_rows(COUNTRIES_TSV)
        .filter(|c| c.len() >= 5)
        .map(|c| CountryRow {
            iso3: c[0],
            name: c[1],
            capital: c[2],
            lat: c[3].parse().ok(),
            lon: c[4].parse().ok(),
        })
        .collect()
}

/// The generated city table, most populous first.
pub(crate) fn cities() -> Vec<CityRow<'static>> {
    data_rows(CITIES_TSV)
        .filter_map(|c| {
            Some(CityRow {
                name: c.first()?,
                iso3: c.get(1)?,
                lat: c.get(2)?.parse().ok()?,
                lon: c.get(3)?.parse().ok()?,
                population: c.get(4)?.parse().ok()?,
            })
        })
        .collect()
}

/// Given names, one a line, from both name lists.
pub(crate) fn given_names() -> impl Iterator<Item = &'static str> {
    GIVEN_NAMES
        .lines()
        .chain(GIVEN_NAMES_EXTRA.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_file_parses() {
        for (file, text) in ACTOR_FILES {
            if let Err(e) = parse_actor_tsv(text) {
                panic!("{file}: {e}");
            }
        }
        assert!(countries().len() > 240);
        assert!(cities().len() > 3000);
        assert!(given_names().count() > 1000);
    }

    #[test]
    fn bad_lines_name_their_line_number() {
        let err = parse_actor_tsv("# c\nORG\tX\n").unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        let err = parse_actor_tsv("NOPE\tX\tA\t-\tB\n").unwrap_err();
        assert!(err.to_string().contains("unknown kind"), "{err}");
        let err = parse_actor_tsv("PLACE\tX\t-\t-\tX\tnorth\t1\n").unwrap_err();
        assert!(err.to_string().contains("latitude"), "{err}");
    }
}
