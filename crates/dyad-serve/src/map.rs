//! Country outlines for the map (data/map/countries.tsv: Natural Earth via
//! npm `world-atlas`), as SVG paths in the 360 x 180 equirectangular box.

/// One country outline.
pub struct Country {
    pub iso3: &'static str,
    pub name: &'static str,
    pub path: &'static str,
}

const COUNTRIES_TSV: &str = include_str!("../../../data/map/countries.tsv");

/// Every country outline.
pub fn countries() -> impl Iterator<Item = Country> {
    COUNTRIES_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.splitn(3, '\t');
            Some(Country {
                iso3: cols.next()?,
                name: cols.next()?,
                path: cols.next()?,
            })
        })
}

/// Map coordinates of a point: x = lon + 180, y = 90 - lat.
#[must_use]
pub fn project(lat: f64, lon: f64) -> (f64, f64) {
    (
        lon.clamp(-180.0, 180.0) + 180.0,
        90.0 - lat.clamp(-90.0, 90.0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlines_load() {
        let all: Vec<Country> = countries().collect();
        assert!(all.len() > 150);
        assert!(all
            .iter()
            .any(|c| c.iso3 == "FRA" && c.path.starts_with('M')));
        assert_eq!(project(0.0, 0.0), (180.0, 90.0));
    }
}
