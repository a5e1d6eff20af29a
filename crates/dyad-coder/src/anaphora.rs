//! Definite descriptions that name an actor the article has already named:
//! "the bloc" (the European Union), "the kingdom" (Saudi Arabia), "the
//! island" (Taiwan), "the North" (North Korea). Each becomes a party of its
//! sentence, resolved to the latest earlier party it can describe.

use crate::clause::Party;
use crate::tokens::Token;
use dyad_core::MentionKind;

/// States with a monarch that news calls "the kingdom".
const KINGDOMS: &[&str] = &[
    "SAU", "JOR", "MAR", "BHR", "GBR", "THA", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "KHM",
    "BTN", "LSO", "SWZ", "TON", "NPL",
];

/// Island states that news calls "the island".
const ISLANDS: &[&str] = &[
    "TWN", "CUB", "LKA", "CYP", "FJI", "MLT", "SGP", "JAM", "MDG", "BHR", "ISL", "HTI", "DOM",
    "TLS", "PNG", "SLB", "VUT", "MUS", "MDV",
];

/// Emirates.
const EMIRATES: &[&str] = &["QAT", "KWT", "ARE"];

/// What a described actor must be, by the description's noun.
fn describes(noun: &str, capitalised: bool, p: &Party) -> bool {
    let code = p.actor.code.as_str();
    let state = matches!(
        p.kind,
        MentionKind::Country | MentionKind::Norp | MentionKind::Place
    ) && (p.kind != MentionKind::Place || p.seat);
    match noun {
        "bloc" => p.kind == MentionKind::Org && matches!(code, "EUR" | "IGO"),
        "alliance" => p.kind == MentionKind::Org && code == "IGO",
        "kingdom" => state && KINGDOMS.contains(&code),
        "island" => state && ISLANDS.contains(&code),
        "emirate" => state && EMIRATES.contains(&code),
        "junta" => state && code.len() == 3,
        // "requested an emergency meeting of the council".
        "council" => p.kind == MentionKind::Org && p.text.contains("Council"),
        "coalition" => {
            matches!(p.kind, MentionKind::Org | MentionKind::Group)
                && p.text.to_lowercase().contains("coalition")
        }
        "north" => capitalised && code == "PRK",
        "south" => capitalised && code == "KOR",
        _ => false,
    }
}

/// Adds to `parties` (kept in token order) a party for each definite
/// description in `tokens` (of `paragraph`) that `history` (the article's earlier parties,
/// latest last) resolves. A description followed by "of" names its actor
/// itself ("the kingdom of Bahrain") and is left alone.
pub(crate) fn add_definite_parties(
    paragraph: &str,
    tokens: &[Token],
    parties: &mut Vec<Party>,
    history: &[Party],
) {
    let mut added = false;
    for (k, t) in tokens.iter().enumerate() {
        if t.norm != "the" {
            continue;
        }
        let Some(noun) = tokens.get(k + 1) else {
            continue;
        };
        let covered = parties
            .iter()
            .any(|p| p.tok_start <= k + 1 && k + 1 < p.tok_end);
        let named_after = tokens.get(k + 2).is_some_and(|n| n.norm == "of");
        if covered || named_after {
            continue;
        }
        // "The European Union's foreign policy chief said the bloc ...": an
        // actor earlier in the same sentence first.
        let here = parties
            .iter()
            .rev()
            .filter(|p| p.tok_end <= k)
            .find(|p| describes(&noun.norm, noun.capitalised, p));
        let Some(antecedent) = here
            .or_else(|| {
                history
                    .iter()
                    .rev()
                    .find(|p| describes(&noun.norm, noun.capitalised, p))
            })
            .cloned()
        else {
            continue;
        };
        // "the island's defence ministry": the possessed body is the
        // island's.
        let possessed = tokens.get(k + 2).is_some_and(|n| n.norm == "'s");
        if possessed {
            if let Some(body) = parties.iter_mut().find(|p| p.tok_start == k + 3) {
                body.actor.code = antecedent.actor.code.clone();
            }
        }
        let mut actor = antecedent.actor.clone();
        let kind = if antecedent.kind == MentionKind::Org {
            MentionKind::Org
        } else {
            MentionKind::Country
        };
        if noun.norm == "junta" {
            actor.sector = Some("MIL".to_string());
        }
        parties.push(Party {
            tok_start: k,
            tok_end: k + 2,
            actor,
            kind,
            text: paragraph
                .get(t.start..noun.end)
                .unwrap_or_default()
                .to_string(),
            seat: false,
        });
        added = true;
    }
    if added {
        parties.sort_by_key(|p| p.tok_start);
    }
}
