//! Person detection: names found from context, not only from lists.
//!
//! A name is a run of 1-4 capitalised tokens (particles such as `al-`, `bin`,
//! `de`, `van` and initials allowed) that no non-person dictionary entry
//! covers. It counts as a person when a role stands before it ("Chinese
//! President Xi Jinping", "Italy's Minister for Foreign Affairs Antonio
//! Tajani"), an apposition follows it ("Ryan Hass, a senior fellow at ..."),
//! a role phrase introduces it ("the Special Representative of ..., Li Hui,"),
//! a speech verb or a verb follows a known given name ("Frédéric Mondoloni
//! reiterated"), it is listed with another person, or the table of prominent
//! office-holders knows it. The country comes, in order of trust, from the
//! text's role phrase or apposition, the table, a role phrase without a name
//! in the sentence before, the nearest person named before it in the same
//! sentence, and finally the article's dominant country.

use crate::data::{Entry, EntryKind};
use crate::detect::{has_country, Analysis, FastSet, TokKind};
use crate::dictionary::ActorDictionary;
use dyad_core::text::normalise_for_matching;
use dyad_core::Person;
use std::sync::OnceLock;

/// A word list as a set, built once.
fn word_set(
    cell: &'static OnceLock<FastSet<&'static str>>,
    words: &'static [&'static str],
) -> &'static FastSet<&'static str> {
    cell.get_or_init(|| words.iter().copied().collect())
}

/// `fn $name(w: &str) -> bool`: whether `w` is in the word list `$words`,
/// looked up in a hash set built on first use.
macro_rules! word_list_test {
    ($name:ident, $words:ident) => {
        fn $name(w: &str) -> bool {
            static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
            word_set(&SET, $words).contains(w)
        }
    };
}

word_list_test!(is_stop_cap, STOP_CAPS);
word_list_test!(is_speech_verb, SPEECH_VERBS);
word_list_test!(is_aux_verb, AUX_VERBS);
word_list_test!(is_role_modifier, ROLE_MODIFIERS);
word_list_test!(is_particle, PARTICLES);
word_list_test!(is_non_person_head, NON_PERSON_HEADS);

const STOP_CAPS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Or",
    "His",
    "Her",
    "Its",
    "Their",
    "This",
    "That",
    "These",
    "Those",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "For",
    "From",
    "With",
    "By",
    "Of",
    "To",
    "Some",
    "Many",
    "Most",
    "Both",
    "All",
    "According",
    "Although",
    "However",
    "Meanwhile",
    "Also",
    "Then",
    "There",
    "Here",
    "What",
    "Who",
    "Which",
    "Why",
    "How",
    "Yes",
    "No",
    "Not",
    "Our",
    "My",
    "Your",
    "One",
    "Two",
    "Three",
    "Last",
    "Next",
    "First",
    "Earlier",
    "Later",
    "Since",
    "During",
    "Under",
    "Over",
    "Despite",
    "Among",
    "Between",
    "Without",
    "Until",
    "Only",
    "Even",
    "Still",
    "Now",
    "Today",
    "Yesterday",
    "Tomorrow",
    "So",
    "Such",
    "Other",
    "Another",
    "Each",
    "Every",
    "Several",
    "Few",
    "Former",
    "New",
    "Top",
    "Senior",
    "Chief",
    "Deputy",
    "Acting",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Christmas",
    "Easter",
    "Ramadan",
    "Eid",
    "God",
    "Allah",
    "Internet",
    "TV",
    "Covid",
    "COVID",
    "Olympics",
    "World",
    "War",
    "Cup",
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Lord",
    "Lady",
    "Islamic",
    "Republic",
    "Kingdom",
    "State",
    "Ministry",
    "Minister",
    "Government",
    "Council",
    "Party",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Guard",
    "Guards",
    "Corps",
    "Command",
    "Agency",
    "University",
    "Institute",
    "Institution",
    "Foundation",
    "Bank",
    "Court",
    "Office",
    "Department",
    "Committee",
    "Commission",
    "Union",
    "Association",
    "Organization",
    "Organisation",
    "Affairs",
    "Foreign",
    "Defense",
    "Defence",
    "Interior",
    "National",
    "International",
    "General",
    "Federal",
    "Supreme",
    "Royal",
    "Air",
    "Naval",
    "Democratic",
    "People",
    "Peoples",
    "Although",
    "Because",
    "Instead",
    "Thus",
    "Yet",
    "Once",
    "Where",
    "Whether",
    "Let",
    "Please",
    "Thank",
    "Dear",
    "Al",
    "El",
    "Le",
    "La",
    "Les",
    "Los",
    "Las",
    "Der",
    "Die",
    "Das",
    "Breaking",
    "Live",
    "Update",
    "Exclusive",
    "Analysis",
    "Opinion",
    "Photo",
    "Video",
    "Read",
    "More",
    "See",
    "Watch",
    "Follow",
    "Share",
    "Click",
    "Image",
    "Getty",
    "Images",
    "Prof",
    "Baroness",
    "Baron",
    "Dame",
    "Rev",
    "Gen",
    "Col",
    "Capt",
    "Sgt",
    "Lt",
    "Adm",
    "Sen",
    "Rep",
    "Gov",
    "Pres",
    "Maj",
    "Brig",
    "Cpl",
    "Pte",
    "Insp",
    "Det",
    "Supt",
    "President",
    "Premier",
    "Chancellor",
    "Secretary",
    "Senator",
    "Governor",
    "Mayor",
    "Ambassador",
    "Judge",
    "Justice",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Ayatollah",
    "Emir",
    "Sultan",
    "Cardinal",
    "Bishop",
    "Archbishop",
    "Father",
    "Saint",
    "St",
    "Mount",
    "Lake",
    "Cape",
    "Fort",
    "Port",
    "Gulf",
    "Sea",
    "Ocean",
    "Reuters",
    "Handout",
    "File",
    "Source",
    "Sources",
    "Officials",
    "Police",
];

const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "bint", "de", "da", "di", "do", "dos", "das", "van", "von", "der", "den",
    "del", "della", "la", "le", "du", "el", "ben", "abu", "y", "zu", "ter",
];

const ROLE_MODIFIERS: &[&str] = &[
    "former",
    "Former",
    "acting",
    "Acting",
    "deputy",
    "top",
    "senior",
    "lead",
    "chief",
    "then",
    "new",
    "outgoing",
    "incoming",
    "interim",
    "veteran",
    "retired",
    "late",
    "powerful",
    "hardline",
    "longtime",
    "exiled",
    "jailed",
    "regional",
    "local",
    "state",
    "foreign",
    "military",
    "defense",
    "defence",
    "security",
    "political",
    "prominent",
    "leading",
    "key",
    "special",
    "de",
    "facto",
    "self-styled",
    "then-",
    "its",
    "his",
    "her",
    "their",
    "news",
    "opposition",
    "government",
    "party",
    "ruling",
    "presidential",
    "-",
    "\u{2013}",
];

const DETERMINERS: &[&str] = &["the", "The", "a", "A", "an", "An"];

const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "wrote",
    "warned",
    "announced",
    "insisted",
    "noted",
    "explained",
    "argued",
    "acknowledged",
    "confirmed",
    "denied",
    "claimed",
    "tweeted",
    "posted",
    "replied",
    "responded",
    "asked",
    "urged",
    "stressed",
    "emphasised",
    "emphasized",
    "reiterated",
    "recalled",
    "declared",
    "tells",
    "adds",
    "writes",
];

const AUX_VERBS: &[&str] = &[
    "is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "must", "should",
    "did", "does", "met", "made", "took", "gave", "went", "came", "spoke", "left", "led", "won",
    "lost", "became", "began", "held", "sent", "set", "put", "saw", "sought", "struck", "brought",
    "thought", "fled", "ran", "flew", "wants", "plans",
];

/// Heads that make a capitalised run an organisation, place or thing, not a person.
const NON_PERSON_HEADS: &[&str] = &[
    "University",
    "Institute",
    "Institution",
    "Street",
    "Square",
    "Airport",
    "Hospital",
    "Company",
    "Group",
    "Foundation",
    "Center",
    "Centre",
    "Prize",
    "Award",
    "Act",
    "Doctrine",
    "Stadium",
    "Bridge",
    "Hall",
    "Road",
    "Avenue",
    "Park",
    "Museum",
    "Library",
    "School",
    "College",
    "Airlines",
    "Bank",
    "Corp",
    "Inc",
    "Party",
    "Ministry",
    "Council",
    "Agency",
    "Forum",
    "Summit",
    "Plan",
    "Program",
    "Programme",
    "Fund",
    "Trust",
    "Club",
    "Festival",
    "Palace",
    "Tower",
    "Mosque",
    "Church",
    "Cathedral",
    "Base",
    "Camp",
    "Port",
    "Station",
    "Prison",
    "Jail",
    "Valley",
    "River",
    "Lake",
    "Mountain",
    "Mountains",
    "Island",
    "Islands",
    "Province",
    "County",
    "District",
    "Region",
    "City",
    "Town",
    "Village",
    "Building",
    "Administration",
    "Board",
    "Force",
    "Forces",
    "Army",
    "Navy",
    "Corps",
    "Brigade",
    "Brigades",
    "Movement",
    "Front",
    "Alliance",
    "Coalition",
    "Union",
    "League",
    "Association",
    "Commission",
    "Committee",
    "Court",
    "Times",
    "Post",
    "News",
    "Journal",
    "Television",
    "Radio",
    "Press",
    "Daily",
    "Report",
    "Index",
    "Syndrome",
    "Virus",
    "Disease",
    "Treaty",
    "Accord",
    "Brothers",
    "Sachs",
    "Stanley",
    "Lynch",
    "Fargo",
    "Motors",
    "Airways",
    "Holdings",
    "Partners",
    "Capital",
    "Securities",
    "Investments",
    "Systems",
    "Technologies",
    "Electronics",
    "Energy",
    "Oil",
    "Petroleum",
    "Gas",
    "Media",
    "Pharmaceuticals",
    "Labs",
    "Communications",
    "Telecom",
    "Networks",
    "Software",
    "Films",
    "Pictures",
    "Studios",
    "Records",
    "Magazine",
    "Societies",
    "Society",
    "Research",
    "Express",
    "Mail",
    "Herald",
    "Gazette",
    "Tribune",
    "Observer",
    "Guardian",
    "Telegraph",
    "Independent",
    "Sun",
    "Accords",
    "Agreement",
    "Declaration",
    "Convention",
    "Conference",
    "Initiative",
];

const SHIP_PREFIXES: &[&str] = &["USS", "HMS", "HMCS", "HMAS", "INS", "MV", "SS", "RFS"];

/// East Asian family names that come first: the short form is the first token.
/// Words saying where someone lives, which is not whose they are ("a
/// cleric who lives in exile in Pennsylvania").
const RESIDENCE_WORDS: &[&str] = &["exile", "exiled", "lives", "lived", "living", "based"];

const FAMILY_FIRST: &[&str] = &[
    "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun",
    "Hu", "Zhu", "Gao", "Lin", "Guo", "Ma", "Luo", "Deng", "Kim", "Park", "Moon", "Yoon", "Lee",
    "Choi", "Han", "Wen", "Jiang", "Qin", "Cai", "Ding", "Song", "Tang",
];

/// A person found in the article so far, with how sure its country is.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub person: Person,
    pub sector: Option<String>,
    /// 3 stated by the text, 2 the table, 1 inferred from nearby text, 0 dominant country.
    pub strength: u8,
    key: String,
    short_forms: Vec<String>,
    last_seen: usize,
}

/// A person's name (or short reference) in an analysed text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PersonSpan {
    pub tok_start: usize,
    pub tok_end: usize,
    pub person: usize,
}

/// A role phrase without a name ("The Director General ... of the French
/// Foreign Ministry"), waiting for the name in the next sentence.
#[derive(Debug, Clone)]
struct Pending {
    country: String,
    role: String,
    sentences_left: u8,
}

/// People found across an article's texts.
#[derive(Debug, Default)]
pub(crate) struct People {
    pub found: Vec<Found>,
    pending: Option<Pending>,
    pub dominant: Option<String>,
    clock: usize,
}

/// What the context says about a name.
#[derive(Debug, Default, Clone)]
struct Context {
    country: Option<String>,
    /// The country a role implies when the text states none ("Sen." -> USA).
    role_country: Option<String>,
    role: Option<String>,
    sector: Option<String>,
    /// A role, apposition or verb marks the run as a person.
    anchored: bool,
}

fn text_key(name: &str) -> String {
    normalise_for_matching(name)
}

impl People {
    pub(crate) fn new(dominant: Option<String>) -> People {
        People {
            dominant,
            ..People::default()
        }
    }

    fn tick(&mut self) -> usize {
        self.clock += 1;
        self.clock
    }

    /// Add or merge a person; returns its index.
    fn add(
        &mut self,
        name: &str,
        country: Option<String>,
        strength: u8,
        role: Option<String>,
        sector: Option<String>,
        table: Option<&Entry>,
    ) -> usize {
        let key = text_key(name);
        let now = self.tick();
        if let Some(i) = self.found.iter().position(|f| f.key == key) {
            let f = &mut self.found[i];
            if country.is_some() && (f.person.country.is_none() || strength > f.strength) {
                f.person.country = country;
                f.strength = strength;
            }
            if f.person.role.is_none() {
                f.person.role = role;
            }
            if f.sector.is_none() {
                f.sector = sector;
            }
            f.last_seen = now;
            return i;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let mut short_forms = Vec::new();
        if words.len() >= 2 {
            if let Some(last) = words.last() {
                short_forms.push((*last).to_string());
            }
            if FAMILY_FIRST.contains(&words[0]) {
                short_forms.push(words[0].to_string());
            }
        }
        if let Some(e) = table {
            short_forms.push(e.name.clone());
        }
        self.found.push(Found {
            person: Person {
                name: name.to_string(),
                country,
                role,
            },
            sector,
            strength,
            key,
            short_forms,
            last_seen: now,
        });
        self.found.len() - 1
    }

    /// The most recently seen person whose short form is `word`.
    fn by_short_form(&self, word: &str) -> Option<usize> {
        self.found
            .iter()
            .enumerate()
            .filter(|(_, f)| f.short_forms.iter().any(|s| s == word))
            .max_by_key(|(_, f)| f.last_seen)
            .map(|(i, _)| i)
    }

    /// The person a month word at token `i` stands for ("Theresa May" ...
    /// "May said"), when it is no date: no day number next to it and no
    /// date preposition before it.
    fn month_surname(&self, a: &Analysis<'_>, i: usize) -> Option<usize> {
        const DATE_WORDS: &[&str] = &[
            "in", "on", "since", "by", "until", "till", "last", "next", "early", "late", "mid",
            "of", "from", "through", "between", "this", "during", "before", "after", "to",
        ];
        let w = a.tok(i);
        if !a.is_word(i) || !SURNAME_STOPS.contains(&w) {
            return None;
        }
        let digit = |k: usize| k < a.len() && a.tok(k).starts_with(|c: char| c.is_ascii_digit());
        let date_before = i > 0 && DATE_WORDS.contains(&a.tok(i - 1).to_lowercase().as_str());
        if digit(i + 1) || (i > 0 && digit(i - 1)) || date_before {
            return None;
        }
        self.by_short_form(w)
    }

    /// The most recent person whose role contains `role_word`.
    pub(crate) fn by_role_word(&self, role_word: &str) -> Option<usize> {
        let needle = role_word.to_lowercase();
        self.found
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                f.person
                    .role
                    .as_deref()
                    .is_some_and(|r| r.to_lowercase().contains(&needle))
            })
            .max_by_key(|(_, f)| f.last_seen)
            .map(|(i, _)| i)
    }

    /// Find the people of one text.
    pub(crate) fn detect(&mut self, a: &Analysis<'_>, dict: &ActorDictionary) -> Vec<PersonSpan> {
        let introduced = introduced_names(a, dict);
        let mut spans: Vec<PersonSpan> = Vec::new();
        let mut unanchored: Vec<(usize, usize)> = Vec::new();
        let mut current_sentence = usize::MAX;
        let n = a.len();
        let mut i = 0;
        while i < n {
            if a.sentence[i] != current_sentence {
                current_sentence = a.sentence[i];
                if let Some(p) = &mut self.pending {
                    if p.sentences_left == 0 {
                        self.pending = None;
                    } else {
                        p.sentences_left -= 1;
                    }
                }
                if let Some(p) = pending_role(a, dict, current_sentence) {
                    self.pending = Some(p);
                }
            }
            // "accused May of ignoring ...": a month that is the short
            // form of a person named before, outside a date.
            if let Some(p) = self.month_surname(a, i) {
                self.found[p].last_seen = self.clock + 1;
                self.clock += 1;
                spans.push(PersonSpan {
                    tok_start: i,
                    tok_end: i + 1,
                    person: p,
                });
                i += 1;
                continue;
            }
            let Some(end) = name_span(a, i, dict) else {
                i += 1;
                continue;
            };
            i = without_descriptor(a, i, end, dict);
            let words = (i..end).filter(|&k| a.is_word(k)).count();
            let name = &a.text[a.tokens[i].start..a.tokens[end - 1].end];
            let table = table_person(a, i, end, dict);
            let mut ctx = role_before(a, i, dict);
            if !ctx.anchored {
                merge_context(&mut ctx, owner_before(a, i, dict));
            }
            if let Some(intro) = introduced.iter().find(|(k, _)| *k == i).map(|(_, c)| c) {
                merge_context(&mut ctx, intro.clone());
            }
            if a.is_punct(end, ",") {
                if let Some(app) = apposition(a, end + 1, dict) {
                    merge_context(&mut ctx, app);
                }
            }
            if words == 1 {
                let target = match self.by_short_form(name) {
                    Some(p) => Some(p),
                    None => table.map(|e| {
                        self.add(
                            &e.name,
                            e.code.clone(),
                            2,
                            e.role.clone(),
                            e.sector.clone(),
                            Some(e),
                        )
                    }),
                };
                if let Some(p) = target {
                    self.found[p].last_seen = self.clock + 1;
                    self.clock += 1;
                    spans.push(PersonSpan {
                        tok_start: i,
                        tok_end: end,
                        person: p,
                    });
                }
                i = end;
                continue;
            }
            let given = a.is_word(i) && dict.is_given_name(a.tok(i));
            let speech = is_speech_context(a, i, end) && (given || is_initial(a, i));
            let subject = given && is_subject_verb(a, i, end);
            let anchored = ctx.anchored || table.is_some() || speech || subject;
            if !anchored {
                if given && plausible_unanchored(a, i, end) {
                    unanchored.push((i, end));
                }
                i = end;
                continue;
            }
            let idx = self.resolve(
                a,
                dict,
                &spans,
                i,
                name,
                ctx,
                table,
                !ctx_anchored_role(a, i, dict),
            );
            // "Abiy Ahmed" ... "Abiy": a first name that is no common given
            // name (Ethiopian, Arab and Korean usage) names the person too.
            let first = a.tok(i);
            if words == 2
                && !dict.is_given_name(first)
                && !self.found[idx].short_forms.iter().any(|s| s == first)
            {
                self.found[idx].short_forms.push(first.to_string());
            }
            spans.push(PersonSpan {
                tok_start: i,
                tok_end: end,
                person: idx,
            });
            i = end;
        }
        // Names listed with a person in the same sentence ("A, B and C").
        for (s, e) in unanchored {
            let listed_before = s > 0 && (a.is_punct(s - 1, ",") || a.tok(s - 1) == "and");
            let listed_after =
                e >= n || a.is_punct(e, ",") || a.is_punct(e, ".") || a.tok(e) == "and";
            let sentence = a.sentence[s];
            let with_person = spans.iter().any(|p| a.sentence[p.tok_start] == sentence);
            if listed_before && listed_after && with_person {
                let name = &a.text[a.tokens[s].start..a.tokens[e - 1].end];
                let idx = self.resolve(a, dict, &spans, s, name, Context::default(), None, true);
                spans.push(PersonSpan {
                    tok_start: s,
                    tok_end: e,
                    person: idx,
                });
            }
        }
        spans.sort_by_key(|p| p.tok_start);
        spans
    }

    #[allow(clippy::too_many_arguments)]
    fn resolve(
        &mut self,
        a: &Analysis<'_>,
        dict: &ActorDictionary,
        spans: &[PersonSpan],
        at: usize,
        name: &str,
        ctx: Context,
        table: Option<&Entry>,
        may_take_pending: bool,
    ) -> usize {
        let table = table.filter(|e| !e.short_form || !name.contains(' '));
        // A full name keeps the text's spelling; a short form takes the table's.
        let name = match table {
            Some(e) if !name.contains(' ') => e.name.as_str(),
            _ => name,
        };
        let role = ctx
            .role
            .clone()
            .or_else(|| table.and_then(|e| e.role.clone()));
        let sector = ctx
            .sector
            .clone()
            .or_else(|| table.and_then(|e| e.sector.clone()));
        if let Some(c) = ctx.country {
            return self.add(name, Some(c), 3, role, sector, table);
        }
        if let Some(e) = table {
            return self.add(name, e.code.clone(), 2, role, sector, table);
        }
        if let Some(c) = ctx.role_country {
            return self.add(name, Some(c), 1, role, sector, None);
        }
        if may_take_pending {
            if let Some(p) = self.pending.take() {
                return self.add(
                    name,
                    Some(p.country),
                    1,
                    role.or(Some(p.role)),
                    sector,
                    None,
                );
            }
        }
        let sentence = a.sentence[at];
        // The sentence's first person: "X is accompanied by ... Y".
        let neighbour = spans
            .iter()
            .filter(|p| p.tok_start < at && a.sentence[p.tok_start] == sentence)
            .find_map(|p| self.found[p.person].person.country.clone());
        if let Some(c) = neighbour {
            return self.add(name, Some(c), 1, role, sector, None);
        }
        // "The Dominican Republic closed the border, President Luis Abinader
        // said", "The White House condemned ..., press secretary X said":
        // the state the sentence opens with.
        let lead = a.matches.iter().find_map(|m| {
            if a.sentence[m.tok_start] != sentence || m.tok_start >= at {
                return None;
            }
            let e = dict.entry_for_pattern(m.pattern);
            let states = matches!(
                e.kind,
                EntryKind::Country | EntryKind::Seat | EntryKind::Norp
            ) || (e.kind == EntryKind::Org && e.sector.as_deref() == Some("GOV"));
            Some(if states && has_country(e) {
                e.code.clone()
            } else {
                None
            })
        });
        if let Some(Some(c)) = lead {
            return self.add(name, Some(c), 1, role, sector, None);
        }
        // "spokesman X told a news briefing in Moscow": an official speaks
        // in his own capital.
        let capital = role.as_ref().and_then(|_| {
            a.matches.iter().find_map(|m| {
                let e = dict.entry_for_pattern(m.pattern);
                let exile = (m.tok_start.saturating_sub(4)..m.tok_start)
                    .any(|k| RESIDENCE_WORDS.contains(&a.tok(k)));
                (a.sentence[m.tok_start] == sentence
                    && m.tok_start > 0
                    && a.tok(m.tok_start - 1) == "in"
                    && !exile
                    && e.kind == EntryKind::Seat)
                    .then(|| e.code.clone())
                    .flatten()
            })
        });
        if let Some(c) = capital {
            return self.add(name, Some(c), 1, role, sector, None);
        }
        let dominant = self.dominant.clone();
        self.add(name, dominant, 0, role, sector, None)
    }
}

fn ctx_anchored_role(a: &Analysis<'_>, i: usize, dict: &ActorDictionary) -> bool {
    i > 0
        && a.match_at(i - 1, dict)
            .is_some_and(|(_, e)| e.kind == EntryKind::Role)
}

fn merge_context(ctx: &mut Context, other: Context) {
    if ctx.country.is_none() {
        ctx.country = other.country;
    }
    if ctx.role.is_none() {
        ctx.role = other.role;
    }
    if ctx.role_country.is_none() {
        ctx.role_country = other.role_country;
    }
    if ctx.sector.is_none() {
        ctx.sector = other.sector;
    }
    ctx.anchored |= other.anchored;
}

fn is_name_word(a: &Analysis<'_>, i: usize, dict: &ActorDictionary) -> bool {
    if !a.is_word(i) {
        return false;
    }
    let w = a.tok(i);
    let first = w.chars().next();
    let upper = first.is_some_and(char::is_uppercase);
    // The prefixes are tested only for a word that is not capitalised, and
    // all of them start with 'a', 'b' or 'e'.
    let prefixed = || {
        matches!(first, Some('a' | 'b' | 'e'))
            && ["al-", "el-", "bin-", "ad-", "as-", "ash-", "an-"]
                .iter()
                .any(|p| {
                    w.strip_prefix(p)
                        .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
                })
    };
    if !(upper || prefixed()) || is_stop_cap(w) || w.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if w.split('-').skip(1).any(|part| {
        part.chars().all(char::is_lowercase)
            && (part.ends_with("ed")
                || part.ends_with("ing")
                || matches!(
                    part,
                    "born" | "based" | "led" | "run" | "made" | "style" | "era"
                ))
    }) {
        return false;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if letters > 2 && w.chars().all(|c| !c.is_lowercase()) {
        return false;
    }
    match a.match_at(i, dict) {
        None => true,
        Some((_, e)) => matches!(e.kind, EntryKind::Person | EntryKind::City),
    }
}

fn is_initial(a: &Analysis<'_>, i: usize) -> bool {
    a.is_word(i)
        && a.tok(i).chars().count() == 1
        && a.is_capitalised(i)
        && a.is_punct(i + 1, ".")
        && a.tokens[i].end == a.tokens[i + 1].start
}

/// The end (exclusive) of a name starting at token `i`, if one starts there.
pub(crate) fn name_span(a: &Analysis<'_>, i: usize, dict: &ActorDictionary) -> Option<usize> {
    if !is_name_word(a, i, dict) || is_initial(a, i) && !is_name_word(a, i + 2, dict) {
        return None;
    }
    if i > 0 && a.is_word(i - 1) && SHIP_PREFIXES.contains(&a.tok(i - 1)) {
        return None;
    }
    let mut end = i + 1;
    let mut words = 1;
    if is_initial(a, i) {
        end = i + 2;
    }
    // Arabic names run longer: "Tamim bin Hamad Al Thani".
    let mut particles = 0;
    while (words < 4 || particles > 0 && words < 6) && end < a.len() {
        if a.tokens[end].kind == TokKind::Word
            && (a.is_lower_word(end) && is_particle(a.tok(end)) || a.tok(end) == "Al")
            && is_name_word(a, end + 1, dict)
        {
            end += 2;
            words += 2;
            particles += 1;
        } else if a.is_lower_word(end)
            && is_particle(a.tok(end))
            && end + 2 < a.len()
            && a.is_lower_word(end + 1)
            && is_particle(a.tok(end + 1))
            && is_name_word(a, end + 2, dict)
        {
            // "Ursula von der Leyen", "Rafael de la Cruz".
            end += 3;
            words += 3;
            particles += 2;
        } else if is_initial(a, end) {
            end += 2;
            words += 1;
        } else if is_name_word(a, end, dict) && a.tokens[end].start > a.tokens[end - 1].end {
            end += 1;
            words += 1;
        } else if words == 1
            && a.is_word(end)
            && SURNAME_STOPS.contains(&a.tok(end))
            && dict.is_given_name(a.tok(i))
            && !is_name_word(a, end + 1, dict)
        {
            // "Theresa May": a month that ends a given name is a surname.
            end += 1;
            break;
        } else {
            break;
        }
    }
    if end < a.len() && a.is_word(end) && is_non_person_head(a.tok(end)) {
        return None;
    }
    if is_non_person_head(a.tok(end - 1)) {
        return None;
    }
    // A run that a person entry of the table covers exactly keeps that entry's span.
    Some(end)
}

/// "Tory Liam Fox", "Singer Sam Endicott": a capitalised descriptor before a
/// given name is not part of the name.
fn without_descriptor(a: &Analysis<'_>, s: usize, e: usize, dict: &ActorDictionary) -> usize {
    let after_role = s > 0
        && a.match_at(s - 1, dict)
            .is_some_and(|(_, e)| e.kind == EntryKind::Role);
    if after_role || a.match_at(s, dict).is_some() {
        return s;
    }
    let words: Vec<usize> = (s..e).filter(|&k| a.is_word(k)).collect();
    for (n, &k) in words.iter().enumerate().skip(1) {
        if words.len() - n < 2 {
            break;
        }
        if dict.is_given_name(a.tok(k)) {
            let before_given = words[..n].iter().any(|&b| dict.is_given_name(a.tok(b)));
            return if before_given { s } else { k };
        }
    }
    s
}

fn table_person<'d>(
    a: &Analysis<'_>,
    s: usize,
    e: usize,
    dict: &'d ActorDictionary,
) -> Option<&'d Entry> {
    let (m, entry) = a.match_at(s, dict)?;
    let dm = a.matches[m];
    (entry.kind == EntryKind::Person && dm.tok_start == s && dm.tok_end == e).then_some(entry)
}

fn is_speech_context(a: &Analysis<'_>, s: usize, e: usize) -> bool {
    let after = e < a.len() && a.is_word(e) && is_speech_verb(a.tok(e));
    let before =
        s > 0 && a.is_word(s - 1) && matches!(a.tok(s - 1), "said" | "says" | "told" | "asked");
    let according = s > 1 && a.tok(s - 1) == "to" && a.tok(s - 2) == "according";
    // "Name, 54, a shopkeeper in Idlib, said".
    let after_apposition = a.is_punct(e, ",")
        && (e + 1..(e + 16).min(a.len()))
            .take_while(|&k| a.sentence[k] == a.sentence[e])
            .find(|&k| a.is_punct(k, ","))
            .is_some_and(|k| k + 1 < a.len() && a.is_word(k + 1) && is_speech_verb(a.tok(k + 1)));
    let comma_said =
        a.is_punct(e, ",") && e + 1 < a.len() && a.is_word(e + 1) && is_speech_verb(a.tok(e + 1));
    after || before || according || after_apposition || comma_said
}

fn is_subject_verb(a: &Analysis<'_>, s: usize, e: usize) -> bool {
    let opens =
        a.sentence_initial(s) || (s > 0 && matches!(a.tok(s - 1), "and" | "But" | "but" | "And"));
    if !opens || e >= a.len() || !a.is_lower_word(e) {
        return false;
    }
    let w = a.tok(e);
    is_aux_verb(w) || is_speech_verb(w) || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("es")))
}

fn plausible_unanchored(a: &Analysis<'_>, s: usize, e: usize) -> bool {
    let words = (s..e).filter(|&k| a.is_word(k)).count();
    words >= 2 && !(e < a.len() && a.is_possessive(e) && a.is_capitalised(e + 1))
}

/// Country and role from the phrase that ends right before a name:
/// "Russia's Deputy Prime Minister", "US President Donald Trump's lead Iran negotiator".
/// Words that stand before the names of monarchs and clerics and are not
/// part of them ("supreme leader Ayatollah Ali Khamenei", "the emir, Sheikh
/// Tamim bin Hamad Al Thani").
const HONORIFICS: &[&str] = &[
    "Ayatollah",
    "Sheikh",
    "Sheik",
    "Emir",
    "Mullah",
    "Imam",
    "Sir",
    "Gen",
    "Gen.",
    "Maj",
    "Maj.",
    "Lt",
    "Lt.",
    "Col",
    "Col.",
    "Brig",
    "Brig.",
    "Adm",
    "Adm.",
    "Capt",
    "Capt.",
];

/// Surnames that are also common capitalised words ("Theresa May").
const SURNAME_STOPS: &[&str] = &["May", "June", "April", "August"];

/// The first token of a name after any honorific at `i`.
fn after_honorific(a: &Analysis<'_>, i: usize) -> usize {
    // "Maj Gen Mohammad Bagheri": ranks may stack.
    let mut k = i;
    while k < i + 3 && k < a.len() && a.is_word(k) && HONORIFICS.contains(&a.tok(k)) {
        k += 1;
    }
    k
}

fn role_before(a: &Analysis<'_>, name_start: usize, dict: &ActorDictionary) -> Context {
    // "supreme leader Ayatollah Ali Khamenei": the role stands before the
    // honorific.
    let mut name_start = name_start;
    while name_start > 0 && a.is_word(name_start - 1) && HONORIFICS.contains(&a.tok(name_start - 1))
    {
        name_start -= 1;
    }
    if name_start == 0 {
        return Context::default();
    }
    let Some((m, role)) = a.match_at(name_start - 1, dict) else {
        return Context::default();
    };
    if role.kind != EntryKind::Role {
        return Context::default();
    }
    let rm = a.matches[m];
    let (region_start, country) = role_region(a, rm.tok_start, dict);
    let role_text_start = role_text_start(a, region_start, rm.tok_start, dict);
    // "Liberal Democrat leader", "Republican Sen.": a role in the region may imply the country.
    let region_role_country = (region_start..rm.tok_start).find_map(|k| {
        a.match_at(k, dict)
            .filter(|(_, e)| e.kind == EntryKind::Role)
            .and_then(|(_, e)| e.code.clone())
    });
    Context {
        country,
        role: Some(a.text[a.tokens[role_text_start].start..rm.end].to_string()),
        sector: owner_sector(a, region_start, rm.tok_start, dict).or_else(|| role.sector.clone()),
        role_country: role.code.clone().or(region_role_country),
        anchored: true,
    }
}

/// "Al Jazeera's Harry Fawcett", "Egypt's Abbas Kamel": a possessive owner
/// with a country right before a name that starts with a given name.
fn owner_before(a: &Analysis<'_>, name_start: usize, dict: &ActorDictionary) -> Context {
    if name_start < 2 || !a.is_possessive(name_start - 1) || !dict.is_given_name(a.tok(name_start))
    {
        return Context::default();
    }
    match a.match_at(name_start - 2, dict) {
        Some((_, e)) if has_country(e) && e.kind != EntryKind::Person => Context {
            country: e.code.clone(),
            anchored: true,
            ..Context::default()
        },
        _ => Context::default(),
    }
}

/// "Labour's Brexit spokesman": the sector of a party, legislature or court
/// that owns a role in tokens `from..to` ("X's ... role").
fn owner_sector(
    a: &Analysis<'_>,
    from: usize,
    to: usize,
    dict: &ActorDictionary,
) -> Option<String> {
    (from..to).find_map(|k| {
        a.match_at(k, dict).and_then(|(m, e)| {
            let dm = a.matches[m];
            (dm.tok_start == k && e.kind == EntryKind::Org && a.is_possessive(dm.tok_end))
                .then(|| e.sector.clone())
                .flatten()
                .filter(|s| matches!(s.as_str(), "PTY" | "LEG" | "OPP" | "JUD"))
        })
    })
}

/// Walk left from a role over its modifiers; returns the region's first token
/// and the country the region names (possessive owner first, then the nearest).
fn role_region(
    a: &Analysis<'_>,
    role_start: usize,
    dict: &ActorDictionary,
) -> (usize, Option<String>) {
    let sentence = a.sentence[role_start];
    let mut j = role_start;
    let mut possessive_owner: Option<String> = None;
    let mut nearest: Option<String> = None;
    let mut steps = 0;
    while j > 0 && steps < 12 {
        let k = j - 1;
        if a.sentence[k] != sentence {
            break;
        }
        steps += 1;
        if let Some((m, e)) = a.match_at(k, dict) {
            let dm = a.matches[m];
            let followed_by_possessive = a.is_possessive(dm.tok_end);
            // "Polish government spokesman": a state body's group word
            // modifies the role; other groups end the region.
            let state_body = matches!(
                e.sector.as_deref(),
                Some("GOV" | "MIL" | "COP" | "LEG" | "JUD")
            );
            match e.kind {
                EntryKind::Group if state_body => {
                    j = dm.tok_start;
                    continue;
                }
                EntryKind::Group => break,
                EntryKind::Person if !followed_by_possessive => break,
                _ => {}
            }
            if has_country(e) {
                if followed_by_possessive && possessive_owner.is_none() {
                    possessive_owner = e.code.clone();
                } else if nearest.is_none() && e.kind != EntryKind::Person {
                    nearest = e.code.clone();
                }
            }
            j = dm.tok_start;
            continue;
        }
        let w = a.tok(k);
        if a.is_possessive(k) || is_role_modifier(w) || w == "(" || w == ")" {
            j = k;
            continue;
        }
        if DETERMINERS.contains(&w) {
            j = k;
            break;
        }
        // "Iranian Foreign Ministry spokesman": the body's words belong to
        // the role, though no name holds them.
        let body_word = matches!(
            w,
            "Ministry"
                | "Office"
                | "Department"
                | "Council"
                | "Agency"
                | "Commission"
                | "Committee"
                | "Army"
                | "Navy"
                | "Force"
                | "Guard"
                | "Court"
                | "Party"
                | "Bank"
                | "Union"
                | "Assembly"
                | "Parliament"
                | "Senate"
                | "Cabinet"
                | "Foreign"
                | "Interior"
                | "Defence"
                | "Defense"
                | "Finance"
                | "Justice"
                | "Home"
                | "Health"
                | "Trade"
                | "Information"
                | "Affairs"
                | "Security"
        );
        if a.is_capitalised(k) && (body_word || !is_stop_cap(w)) && !a.sentence_initial(k) {
            j = k;
            continue;
        }
        break;
    }
    (j, possessive_owner.or(nearest))
}

fn role_text_start(
    a: &Analysis<'_>,
    region_start: usize,
    role_start: usize,
    dict: &ActorDictionary,
) -> usize {
    let mut start = region_start;
    for k in region_start..role_start {
        if a.is_possessive(k) {
            start = k + 1;
        }
    }
    while start < role_start {
        let w = a.tok(start);
        if DETERMINERS.contains(&w) {
            start += 1;
            continue;
        }
        if let Some((m, e)) = a.match_at(start, dict) {
            if matches!(e.kind, EntryKind::Country | EntryKind::Norp) {
                start = a.matches[m].tok_end;
                continue;
            }
        }
        break;
    }
    start
}

/// ", a senior fellow at Washington's Brookings Institution", ", Iran's foreign
/// minister", ", the Kremlin spokesman", ", Commander of US Naval Forces ...".
fn apposition(a: &Analysis<'_>, k: usize, dict: &ActorDictionary) -> Option<Context> {
    let n = a.len();
    let sentence = *a.sentence.get(k)?;
    // Skip an age: "Ahmed Hassan, 54, a shopkeeper".
    let k =
        if a.is_word(k) && a.tok(k).chars().all(|c| c.is_ascii_digit()) && a.is_punct(k + 1, ",") {
            k + 2
        } else {
            k
        };
    let mut j = k;
    let mut pre_country: Option<String> = None;
    let mut role: Option<(usize, &Entry)> = None;
    let mut steps = 0;
    while j < n && steps < 7 && a.sentence[j] == sentence {
        steps += 1;
        if let Some((m, e)) = a.match_at(j, dict) {
            let dm = a.matches[m];
            if e.kind == EntryKind::Role {
                role = Some((m, e));
                break;
            }
            if !has_country(e) || e.kind == EntryKind::Person {
                return None;
            }
            if pre_country.is_none() {
                pre_country = e.code.clone();
            }
            j = dm.tok_end;
            continue;
        }
        let w = a.tok(j);
        if a.is_possessive(j)
            || DETERMINERS.contains(&w)
            || is_role_modifier(w)
            || (a.is_capitalised(j) && j > k)
        {
            j += 1;
            continue;
        }
        return None;
    }
    let (m, role_entry) = role?;
    let rm = a.matches[m];
    if ["Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms."].contains(&a.tok(rm.tok_start)) {
        return None;
    }
    // After the role: up to the clause's end, the first country and organisation.
    let mut post_country: Option<String> = None;
    let mut org: Option<String> = None;
    let mut j = rm.tok_end;
    while j < n
        && a.sentence[j] == sentence
        && !a.is_punct(j, ",")
        && !a.is_punct(j, ";")
        && j < rm.tok_end + 12
    {
        // "a cleric who lives in self-imposed exile in Pennsylvania": where
        // someone lives is not whose they are.
        if a.is_word(j)
            && (matches!(a.tok(j), "who" | "which") || RESIDENCE_WORDS.contains(&a.tok(j)))
        {
            break;
        }
        if let Some((m2, e)) = a.match_at(j, dict) {
            let dm = a.matches[m2];
            if has_country(e) && e.kind != EntryKind::Person && post_country.is_none() {
                post_country = e.code.clone();
            }
            if e.kind == EntryKind::Org && org.is_none() {
                org = Some(a.text[dm.start..dm.end].to_string());
            }
            j = dm.tok_end;
            continue;
        }
        j += 1;
    }
    let start = role_text_start(a, k, rm.tok_start, dict);
    let mut role_text = a.text[a.tokens[start].start..rm.end].to_string();
    if let Some(o) = org {
        role_text = format!("{role_text}, {o}");
    }
    Some(Context {
        country: pre_country.or(post_country),
        role: Some(role_text),
        sector: role_entry.sector.clone(),
        role_country: role_entry.code.clone(),
        anchored: true,
    })
}

/// Names introduced by a role phrase and a comma: "the Special Representative
/// of the Chinese Government on Eurasian Affairs, Li Hui," -> (name start, context).
fn introduced_names(a: &Analysis<'_>, dict: &ActorDictionary) -> Vec<(usize, Context)> {
    let mut out = Vec::new();
    for m in &a.matches {
        let e = dict.entry_for_pattern(m.pattern);
        if e.kind != EntryKind::Role || m.tok_end >= a.len() {
            continue;
        }
        let (region_start, prefix_country) = role_region(a, m.tok_start, dict);
        if region_start > 0 && a.is_punct(region_start - 1, ",") {
            continue;
        }
        // "his second term as US President, Tony Blair has said": a role
        // after "as" is said of someone else, it introduces nobody.
        if region_start > 0 && a.is_word(region_start - 1) && a.tok(region_start - 1) == "as" {
            continue;
        }
        let segment = if a.is_punct(m.tok_end, ",") {
            Some((m.tok_end, None))
        } else {
            role_segment(a, m.tok_end, dict)
        };
        let Some((comma, segment_country)) = segment else {
            continue;
        };
        let name_start = after_honorific(a, comma + 1);
        if !a.is_punct(comma, ",") || name_span(a, name_start, dict).is_none() {
            continue;
        }
        let start = role_text_start(a, region_start, m.tok_start, dict);
        out.push((
            name_start,
            Context {
                country: if a.tok(m.tok_end) == "of" {
                    segment_country.or(prefix_country)
                } else {
                    prefix_country.or(segment_country)
                },
                role: Some(a.text[a.tokens[start].start..a.tokens[comma - 1].end].to_string()),
                sector: owner_sector(a, region_start, m.tok_start, dict)
                    .or_else(|| e.sector.clone()),
                role_country: e.code.clone(),
                anchored: true,
            },
        ));
    }
    out
}

/// The words after a role that still belong to it ("of the Chinese Government
/// on Eurasian Affairs"): returns the token that ends them and their country.
fn role_segment(
    a: &Analysis<'_>,
    from: usize,
    dict: &ActorDictionary,
) -> Option<(usize, Option<String>)> {
    let n = a.len();
    let sentence = a.sentence[from.min(n - 1)];
    if !(a.is_word(from) && matches!(a.tok(from), "of" | "for" | "on" | "to" | "in" | "at")) {
        return None;
    }
    let mut country = None;
    let mut j = from;
    while j < n && j < from + 16 && a.sentence[j] == sentence {
        if let Some((m, e)) = a.match_at(j, dict) {
            if e.kind == EntryKind::Person {
                return None;
            }
            if has_country(e) && country.is_none() {
                country = e.code.clone();
            }
            j = a.matches[m].tok_end;
            continue;
        }
        let w = a.tok(j);
        if a.is_capitalised(j)
            || matches!(
                w,
                "of" | "the" | "on" | "for" | "and" | "in" | "to" | "at" | "with" | "(" | ")"
            )
            || a.is_possessive(j)
        {
            j += 1;
            continue;
        }
        return Some((j, country));
    }
    (j < n).then_some((j, country))
}

/// A definite role phrase with a country and no name in this sentence.
fn pending_role(a: &Analysis<'_>, dict: &ActorDictionary, sentence: usize) -> Option<Pending> {
    for m in &a.matches {
        let s = m.tok_start;
        if a.sentence[s] != sentence {
            continue;
        }
        let e = dict.entry_for_pattern(m.pattern);
        if e.kind != EntryKind::Role || e.sector.is_none() {
            continue;
        }
        if name_span(a, m.tok_end, dict).is_some()
            || (m.tok_end < a.len()
                && a.match_at(m.tok_end, dict)
                    .is_some_and(|(_, e)| e.kind == EntryKind::Person))
        {
            continue;
        }
        let (region_start, prefix_country) = role_region(a, m.tok_start, dict);
        if !DETERMINERS.contains(&a.tok(region_start)) {
            continue;
        }
        let (end, segment_country) = role_segment(a, m.tok_end, dict).unwrap_or((m.tok_end, None));
        if end < a.len() && a.is_punct(end, ",") {
            continue;
        }
        let owner_first = m.tok_end < a.len() && a.tok(m.tok_end) == "of";
        let country = if owner_first {
            segment_country.or(prefix_country)
        } else {
            prefix_country.or(segment_country)
        };
        let Some(country) = country else {
            continue;
        };
        let start = role_text_start(a, region_start, m.tok_start, dict);
        let last = end.max(m.tok_end).min(a.len()) - 1;
        return Some(Pending {
            country,
            role: a.text[a.tokens[start].start..a.tokens[last].end].to_string(),
            sentences_left: 1,
        });
    }
    None
}
