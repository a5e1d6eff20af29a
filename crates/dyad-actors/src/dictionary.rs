//! The actor dictionary: every surface (names, aliases, demonyms, metonyms,
//! organisations, places, roles, group nouns, prominent people) compiled into
//! one case-sensitive Aho-Corasick automaton, plus the gazetteer and the
//! given-name list used to judge unseen person names.

use crate::data::{self, Entry, EntryKind};
use crate::detect::FastSet;
use crate::ActorsError;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};
use dyad_core::text::normalise_for_matching;
use dyad_core::Location;
use std::collections::{HashMap, HashSet};

/// Generated country and capital names that are ordinary words or person
/// names in news text; they are left out of the matcher (not the gazetteer).
const AMBIGUOUS_PLACE_NAMES: &[&str] = &[
    "Male",
    "Victoria",
    "Hamilton",
    "Georgetown",
    "Kingston",
    "Stanley",
    "Jamestown",
    "Plymouth",
    "The Valley",
    "Road Town",
    "Mobile",
    "Split",
    "Nice",
    "Reading",
    "Independence",
    "Concord",
    "Orange",
    "Surprise",
    "Temple",
    "Florence",
    "Aurora",
    "Columbia",
    "Norman",
    "Warren",
    "Kent",
    "Allen",
    "Lincoln",
    "Jackson",
    "Gilbert",
    "Lafayette",
    "Irving",
    "Garland",
    "Mesa",
    "Sandy",
    "Bath",
    "Sale",
    "Batman",
    "Van",
    "Of",
    "Man",
    "Bend",
    "Wells",
    "March",
    "Salem",
    "Hayward",
    "Paterson",
    "Elizabeth",
    "Charlotte",
    "Most",
    "Trinidad",
    "Buffalo",
    "Eugene",
    "Clarksville",
    "Vista",
    "Pueblo",
    "Fontana",
    "Pasadena",
    "Cary",
    "Frisco",
    "Hollywood",
    "Miramar",
    "Richmond",
    "Arlington",
    "Lakewood",
    "Springfield",
    "Manchester",
    "Cambridge",
    "Hull",
    "Derby",
    "Gloucester",
    "Sterling",
    "Carrollton",
    "Odessa",
    "Athens",
    "Troy",
    "Rochester",
    "Aba",
    "Ede",
    "Bida",
    "Gombe",
    "Kano",
    "Tema",
    "Mandi",
    "Sultan",
    "Marathon",
    "Temple",
    "Bury",
    "Wigan",
    "Sparks",
    "Lowell",
    "Lawrence",
    "Tyler",
    "Pearland",
    "Murray",
    "Kenner",
    "Bristol",
    "Guadalupe",
    "Santa Clara",
    "Cleveland",
    "Abilene",
    "Macon",
    "Douglas",
    "Guelph",
    "Laval",
    "Nancy",
    "Tours",
    "Metz",
    "Brest",
    "Caen",
    "Limoges",
    "Angers",
    "Pau",
    "Lille",
    "Sur",
    "Hilla",
    "Ramadi",
];

/// The dictionary of actors and places. Build once, share across threads.
#[derive(Debug, Clone)]
pub struct ActorDictionary {
    pub(crate) entries: Vec<Entry>,
    pub(crate) pattern_entry: Vec<usize>,
    /// Searched anchored, at word starts only (see `detect::dictionary_matches`).
    pub(crate) automaton: AhoCorasick,
    /// The bytes some surface starts with: no match can start elsewhere.
    pub(crate) starts_surface: [bool; 256],
    pub(crate) given_names: FastSet<String>,
    places: HashMap<String, Location>,
    /// Capitals and seats of power (normalised name to country code).
    seats: HashMap<String, String>,
    extra: Vec<(String, Entry)>,
}

fn curly(surface: &str) -> Option<String> {
    surface
        .contains('\'')
        .then(|| surface.replace('\'', "\u{2019}"))
}

fn lower_first(s: &str) -> String {
    s.to_lowercase()
}

fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "Valparaíso" -> "Valparaiso": the name without accents, when it has any
/// (names with hyphens or apostrophes are left alone).
fn ascii_folded(name: &str) -> Option<String> {
    if name.is_ascii() || name.contains(['-', '\'', '\u{2019}']) {
        return None;
    }
    let folded: Vec<String> = normalise_for_matching(name)
        .split(' ')
        .zip(name.split_whitespace())
        .map(|(f, original)| {
            if original.chars().next().is_some_and(char::is_uppercase) {
                upper_first(f)
            } else {
                f.to_string()
            }
        })
        .collect();
    let folded = folded.join(" ");
    (folded.is_ascii() && folded.split(' ').count() == name.split_whitespace().count())
        .then_some(folded)
}

struct Builder {
    entries: Vec<Entry>,
    by_surface: HashMap<String, usize>,
    order: Vec<String>,
}

impl Builder {
    fn add(&mut self, surface: String, entry_index: usize) {
        if surface.is_empty() || self.by_surface.contains_key(&surface) {
            return;
        }
        self.by_surface.insert(surface.clone(), entry_index);
        self.order.push(surface);
    }

    fn add_entry(&mut self, surface: &str, entry: Entry) {
        let kind = entry.kind;
        let index = self.entries.len();
        self.entries.push(entry);
        let mut variants = vec![surface.to_string()];
        match kind {
            EntryKind::Role => {
                let lower = lower_first(surface);
                if lower != surface && !surface.ends_with('.') && surface.len() > 2 {
                    variants.push(lower);
                }
            }
            EntryKind::Group => variants.push(upper_first(surface)),
            _ => {}
        }
        if let Some(rest) = surface.strip_prefix("the ") {
            variants.push(format!("The {rest}"));
        }
        if matches!(
            kind,
            EntryKind::City | EntryKind::Place | EntryKind::Seat | EntryKind::Country
        ) {
            if let Some(folded) = ascii_folded(surface) {
                variants.push(folded);
            }
        }
        for v in variants {
            if let Some(c) = curly(&v) {
                self.add(c, index);
            }
            self.add(v, index);
        }
    }
}

impl ActorDictionary {
    /// The dictionary compiled from the data under `data/actors/`.
    #[must_use]
    pub fn builtin() -> ActorDictionary {
        // The built-in data is fixed and checked by tests; building it cannot
        // fail on any input.
        Self::build(Vec::new()).expect("built-in actor data compiles")
    }

    /// Extend the dictionary with lines in the actor TSV format (see
    /// `data/actors/README.md`); these win over built-in entries.
    pub fn with_extra_tsv(self, tsv: &str) -> Result<ActorDictionary, ActorsError> {
        let mut rows = data::parse_actor_tsv(tsv)?;
        rows.extend(self.extra);
        Self::build(rows)
    }

    fn build(extra: Vec<(String, Entry)>) -> Result<ActorDictionary, ActorsError> {
        let mut b = Builder {
            entries: Vec::new(),
            by_surface: HashMap::new(),
            order: Vec::new(),
        };
        let ambiguous: HashSet<&str> = AMBIGUOUS_PLACE_NAMES.iter().copied().collect();
        let given_names: FastSet<String> = data::given_names().map(str::to_string).collect();
        for (surface, entry) in &extra {
            b.add_entry(surface, entry.clone());
        }
        let mut handwritten = Vec::new();
        for (_, text) in data::ACTOR_FILES {
            // Built-in files are checked by a unit test; a bad line is skipped here.
            handwritten.extend(data::parse_actor_tsv(text).unwrap_or_default());
        }
        for (surface, entry) in &handwritten {
            b.add_entry(surface, entry.clone());
        }
        let countries = data::countries();
        let cities = data::cities();
        let big_cities: HashSet<&str> = cities.iter().map(|c| c.name).collect();
        for c in &countries {
            if ambiguous.contains(c.name) {
                continue;
            }
            b.add_entry(
                c.name,
                Entry {
                    kind: EntryKind::Country,
                    code: Some(c.iso3.to_string()),
                    sector: None,
                    name: c.name.to_string(),
                    role: None,
                    short_form: false,
                    lat: c.lat,
                    lon: c.lon,
                },
            );
        }
        for c in &countries {
            if c.capital.is_empty()
                || ambiguous.contains(c.capital)
                || !big_cities.contains(c.capital)
            {
                continue;
            }
            b.add_entry(
                c.capital,
                Entry {
                    kind: EntryKind::Seat,
                    code: Some(c.iso3.to_string()),
                    sector: Some("GOV".into()),
                    name: c.capital.to_string(),
                    role: None,
                    short_form: false,
                    lat: c.lat,
                    lon: c.lon,
                },
            );
        }
        for c in &cities {
            if ambiguous.contains(c.name) || (c.iso3 == "USA" && c.population < 250_000) {
                continue;
            }
            b.add_entry(
                c.name,
                Entry {
                    kind: EntryKind::City,
                    code: Some(c.iso3.to_string()),
                    sector: None,
                    name: c.name.to_string(),
                    role: None,
                    short_form: false,
                    lat: Some(c.lat),
                    lon: Some(c.lon),
                },
            );
        }

        let places = gazetteer(&extra, &handwritten, &countries, &cities);
        let seats = b
            .entries
            .iter()
            .filter(|e| e.kind == EntryKind::Seat)
            .filter_map(|e| Some((normalise_for_matching(&e.name), e.code.clone()?)))
            .collect();
        let pattern_entry: Vec<usize> = b.order.iter().map(|s| b.by_surface[s]).collect();
        let mut starts_surface = [false; 256];
        for surface in &b.order {
            if let Some(&first) = surface.as_bytes().first() {
                starts_surface[usize::from(first)] = true;
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&b.order)
            .map_err(|e| ActorsError::Automaton(e.to_string()))?;
        Ok(ActorDictionary {
            entries: b.entries,
            pattern_entry,
            automaton,
            starts_surface,
            given_names,
            places,
            seats,
            extra,
        })
    }

    /// Gazetteer lookup: a city, region, sea or country name (accents and case
    /// ignored) to its name, country and coordinates.
    #[must_use]
    pub fn place(&self, name: &str) -> Option<Location> {
        let key =
            normalise_for_matching(name.trim_start_matches("the ").trim_start_matches("The "));
        self.places.get(&key).cloned()
    }

    /// The country whose capital or seat of power `name` is ("Kyiv",
    /// "Riyadh"): such a place may stand for its government.
    #[must_use]
    pub fn seat_country(&self, name: &str) -> Option<&str> {
        let key =
            normalise_for_matching(name.trim_start_matches("the ").trim_start_matches("The "));
        self.seats.get(&key).map(String::as_str)
    }

    pub(crate) fn entry_for_pattern(&self, pattern: usize) -> &Entry {
        &self.entries[self.pattern_entry[pattern]]
    }

    pub(crate) fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
    }
}

fn location(name: &str, country: Option<&str>, lat: Option<f64>, lon: Option<f64>) -> Location {
    Location {
        name: name.to_string(),
        country: country.map(str::to_string),
        lat,
        lon,
    }
}

fn gazetteer(
    extra: &[(String, Entry)],
    handwritten: &[(String, Entry)],
    countries: &[data::CountryRow<'_>],
    cities: &[data::CityRow<'_>],
) -> HashMap<String, Location> {
    let mut places: HashMap<String, Location> = HashMap::new();
    let mut put = |key: &str, loc: Location| {
        places.entry(normalise_for_matching(key)).or_insert(loc);
    };
    let capital_of: HashMap<&str, (Option<f64>, Option<f64>)> =
        countries.iter().map(|c| (c.iso3, (c.lat, c.lon))).collect();
    let city_coords: HashMap<&str, (&str, f64, f64)> = cities
        .iter()
        .rev()
        .map(|c| (c.name, (c.iso3, c.lat, c.lon)))
        .collect();
    for (surface, e) in extra.iter().chain(handwritten) {
        if e.kind == EntryKind::Place && e.lat.is_some() {
            put(surface, location(&e.name, e.code.as_deref(), e.lat, e.lon));
        }
    }
    for c in countries {
        put(c.name, location(c.name, Some(c.iso3), c.lat, c.lon));
    }
    for c in cities {
        put(
            c.name,
            location(c.name, Some(c.iso3), Some(c.lat), Some(c.lon)),
        );
    }
    for (surface, e) in extra.iter().chain(handwritten) {
        let code = e.code.as_deref();
        match e.kind {
            EntryKind::Seat => {
                let (lat, lon) = city_coords
                    .get(e.name.as_str())
                    .filter(|(iso, _, _)| Some(*iso) == code)
                    .map(|(_, la, lo)| (Some(*la), Some(*lo)))
                    .or_else(|| code.and_then(|c| capital_of.get(c).copied()))
                    .unwrap_or((None, None));
                put(surface, location(&e.name, code, lat, lon));
            }
            EntryKind::Country => {
                let (lat, lon) = code
                    .and_then(|c| capital_of.get(c).copied())
                    .unwrap_or((None, None));
                put(surface, location(&e.name, code, lat, lon));
            }
            EntryKind::Place | EntryKind::City => {
                put(surface, location(&e.name, code, e.lat, e.lon));
            }
            _ => {}
        }
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_finds_cities_countries_and_seats() {
        let d = ActorDictionary::builtin();
        let muscat = d.place("Muscat").unwrap();
        assert_eq!(muscat.country.as_deref(), Some("OMN"));
        assert!((muscat.lat.unwrap() - 23.58).abs() < 0.1);
        assert_eq!(d.place("Geneva").unwrap().country.as_deref(), Some("CHE"));
        assert_eq!(d.place("Kiev").unwrap().country.as_deref(), Some("UKR"));
        assert_eq!(
            d.place("the Kremlin").unwrap().country.as_deref(),
            Some("RUS")
        );
        assert_eq!(d.place("Strait of Hormuz").unwrap().lat, Some(26.57));
        assert_eq!(d.place("france").unwrap().country.as_deref(), Some("FRA"));
        assert!(d.place("Nowhereville").is_none());
    }

    #[test]
    fn extra_tsv_wins_and_reports_bad_lines() {
        let d = ActorDictionary::builtin()
            .with_extra_tsv("ORG\tAcme Defence Works\tGBR\tBUS\tAcme\n")
            .unwrap();
        assert!(d.automaton.patterns_len() > 1000);
        let err = ActorDictionary::builtin()
            .with_extra_tsv("ORG\tonly two")
            .unwrap_err();
        assert!(err.to_string().contains("line 1"));
    }

    #[test]
    fn dictionary_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<ActorDictionary>();
    }
}
