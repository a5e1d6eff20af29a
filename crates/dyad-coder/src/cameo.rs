//! The CAMEO code table: Goldstein values and quad classes.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Facts about one CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoInfo {
    pub code: String,
    /// Goldstein conflict-cooperation value, -10 to +10.
    pub goldstein: f32,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    pub quad: u8,
    pub name: String,
}

const CAMEO_TSV: &str = include_str!("../../../data/coder/cameo.tsv");

fn table() -> &'static HashMap<String, CameoInfo> {
    static TABLE: OnceLock<HashMap<String, CameoInfo>> = OnceLock::new();
    TABLE.get_or_init(|| {
        CAMEO_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let code = cols.next()?.trim().to_string();
                let goldstein = cols.next()?.trim().parse().ok()?;
                let name = cols.next().unwrap_or("").trim().to_string();
                let quad = quad_class(&code)?;
                Some((
                    code.clone(),
                    CameoInfo {
                        code,
                        goldstein,
                        quad,
                        name,
                    },
                ))
            })
            .collect()
    })
}

/// The quad class of a CAMEO code from its two-digit root.
#[must_use]
pub fn quad_class(code: &str) -> Option<u8> {
    let root: u8 = code.get(..2)?.parse().ok()?;
    match root {
        1..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    }
}

/// The table entry for a CAMEO code, if Dyad knows it.
#[must_use]
pub fn cameo_info(code: &str) -> Option<&'static CameoInfo> {
    table().get(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses_and_quads_follow_roots() {
        let rows = CAMEO_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(table().len(), rows, "a cameo.tsv row did not parse");
        assert_eq!(cameo_info("057").map(|c| c.quad), Some(1));
        assert_eq!(cameo_info("061").map(|c| c.quad), Some(2));
        assert_eq!(cameo_info("112").map(|c| c.quad), Some(3));
        assert_eq!(cameo_info("195").map(|c| c.goldstein), Some(-10.0));
        assert!(table()
            .values()
            .all(|c| (-10.0..=10.0).contains(&c.goldstein)));
        assert_eq!(quad_class("21"), None);
    }
}
