//! The actor network as GraphML (NetworkX, Gephi, igraph, yEd), GEXF 1.2
//! (Gephi, NetworkX) and two CSV tables (Gephi's spreadsheet import, pandas).
//!
//! Nodes are actors by code and sector, identified by their CAMEO-style code
//! (`IRNGOV`), with country code, sector, name, mention and event counts.
//! Edges are directed dyads with event counts per quad class and per PLOVER
//! type, the Goldstein sum and mean, and the first and last event dates.
//! Writers stream: nodes and edges are written as they come, and edges may
//! be built one at a time by the caller (any `Borrow<DyadEdge>` item).

use super::ExportError;
use dyad_core::records::{ActorNode, DyadEdge};
use dyad_core::{ActorRef, EventType};
use std::borrow::Borrow;
use std::io::Write;

/// Names of the four quad-class counts, in `DyadEdge::by_quad` order.
pub const QUAD_NAMES: [&str; 4] = [
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
];

/// Attribute type in GraphML / GEXF terms.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AttrType {
    Long,
    Double,
    Text,
}

impl AttrType {
    fn graphml(self) -> &'static str {
        match self {
            AttrType::Long => "long",
            AttrType::Double => "double",
            AttrType::Text => "string",
        }
    }
}

fn node_attributes() -> Vec<(String, AttrType)> {
    vec![
        ("label".into(), AttrType::Text),
        ("country".into(), AttrType::Text),
        ("sector".into(), AttrType::Text),
        ("name".into(), AttrType::Text),
        ("mentions".into(), AttrType::Long),
        ("events".into(), AttrType::Long),
    ]
}

fn edge_attributes() -> Vec<(String, AttrType)> {
    let mut attrs: Vec<(String, AttrType)> = vec![("events".into(), AttrType::Long)];
    attrs.extend(QUAD_NAMES.iter().map(|q| (q.to_string(), AttrType::Long)));
    attrs.extend(EventType::ALL.iter().map(|t| {
        (
            format!("type_{}", t.as_str().to_ascii_lowercase()),
            AttrType::Long,
        )
    }));
    attrs.extend([
        ("goldstein_sum".into(), AttrType::Double),
        ("goldstein_mean".into(), AttrType::Double),
        ("first_date".into(), AttrType::Text),
        ("last_date".into(), AttrType::Text),
    ]);
    attrs
}

/// A node's cells in [`node_attributes`] order; `None` for a missing value.
fn node_values(n: &ActorNode) -> Vec<Option<String>> {
    vec![
        Some(n.actor.name.clone()),
        Some(n.actor.code.clone()),
        n.actor.sector.clone(),
        Some(n.actor.name.clone()),
        Some(n.mentions.to_string()),
        Some(n.events.to_string()),
    ]
}

/// An edge's cells in [`edge_attributes`] order.
fn edge_values(e: &DyadEdge) -> Vec<Option<String>> {
    let mut v = vec![Some(e.events.to_string())];
    v.extend(e.by_quad.iter().map(|n| Some(n.to_string())));
    v.extend(
        EventType::ALL
            .iter()
            .map(|t| Some(e.by_type.get(t).copied().unwrap_or(0).to_string())),
    );
    v.push(Some(format!("{}", e.goldstein_sum)));
    v.push(Some(format!("{}", e.goldstein_mean)));
    v.push(e.first_date.clone());
    v.push(e.last_date.clone());
    v
}

/// A node's id: its CAMEO-style code.
#[must_use]
pub fn node_id(actor: &ActorRef) -> String {
    actor.cameo_code()
}

/// Escape text for an XML attribute or element.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Write the network as GraphML (directed).
pub fn write_graphml<'a, E: Borrow<DyadEdge>>(
    mut w: impl Write,
    nodes: impl IntoIterator<Item = &'a ActorNode>,
    edges: impl IntoIterator<Item = E>,
) -> Result<(), ExportError> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    let node_attrs = node_attributes();
    let edge_attrs = edge_attributes();
    for (i, (name, t)) in node_attrs.iter().enumerate() {
        writeln!(
            w,
            r#"  <key id="n{i}" for="node" attr.name="{name}" attr.type="{}"/>"#,
            t.graphml()
        )?;
    }
    for (i, (name, t)) in edge_attrs.iter().enumerate() {
        writeln!(
            w,
            r#"  <key id="e{i}" for="edge" attr.name="{name}" attr.type="{}"/>"#,
            t.graphml()
        )?;
    }
    writeln!(w, r#"  <graph id="actors" edgedefault="directed">"#)?;
    for n in nodes {
        writeln!(w, r#"    <node id="{}">"#, xml(&node_id(&n.actor)))?;
        for (i, v) in node_values(n).iter().enumerate() {
            if let Some(v) = v {
                writeln!(w, r#"      <data key="n{i}">{}</data>"#, xml(v))?;
            }
        }
        writeln!(w, "    </node>")?;
    }
    for (k, e) in edges.into_iter().enumerate() {
        let e = e.borrow();
        writeln!(
            w,
            r#"    <edge id="e{k}" source="{}" target="{}">"#,
            xml(&node_id(&e.source)),
            xml(&node_id(&e.target))
        )?;
        for (i, v) in edge_values(e).iter().enumerate() {
            if let Some(v) = v {
                writeln!(w, r#"      <data key="e{i}">{}</data>"#, xml(v))?;
            }
        }
        writeln!(w, "    </edge>")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")?;
    w.flush()?;
    Ok(())
}

/// Write the network as GEXF 1.2 (directed, static), edge weight = events.
pub fn write_gexf<'a, E: Borrow<DyadEdge>>(
    mut w: impl Write,
    nodes: impl IntoIterator<Item = &'a ActorNode>,
    edges: impl IntoIterator<Item = E>,
) -> Result<(), ExportError> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">"#
    )?;
    writeln!(
        w,
        "  <meta><creator>dyad {}</creator><description>Actor network: directed dyads of coded events</description></meta>",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(w, r#"  <graph mode="static" defaultedgetype="directed">"#)?;
    // The node label is GEXF's own `label`, not an attribute.
    let node_attrs: Vec<(String, AttrType)> = node_attributes().into_iter().skip(1).collect();
    let edge_attrs = edge_attributes();
    for (class, attrs) in [("node", &node_attrs), ("edge", &edge_attrs)] {
        writeln!(w, r#"    <attributes class="{class}">"#)?;
        for (i, (name, t)) in attrs.iter().enumerate() {
            writeln!(
                w,
                r#"      <attribute id="{i}" title="{name}" type="{}"/>"#,
                t.graphml()
            )?;
        }
        writeln!(w, "    </attributes>")?;
    }
    writeln!(w, "    <nodes>")?;
    for n in nodes {
        writeln!(
            w,
            r#"      <node id="{}" label="{}">"#,
            xml(&node_id(&n.actor)),
            xml(&n.actor.name)
        )?;
        write_attvalues(&mut w, &node_values(n)[1..])?;
        writeln!(w, "      </node>")?;
    }
    writeln!(w, "    </nodes>")?;
    writeln!(w, "    <edges>")?;
    for (k, e) in edges.into_iter().enumerate() {
        let e = e.borrow();
        writeln!(
            w,
            r#"      <edge id="{k}" source="{}" target="{}" weight="{}">"#,
            xml(&node_id(&e.source)),
            xml(&node_id(&e.target)),
            e.events
        )?;
        write_attvalues(&mut w, &edge_values(e))?;
        writeln!(w, "      </edge>")?;
    }
    writeln!(w, "    </edges>")?;
    writeln!(w, "  </graph>")?;
    writeln!(w, "</gexf>")?;
    w.flush()?;
    Ok(())
}

fn write_attvalues(w: &mut impl Write, values: &[Option<String>]) -> Result<(), ExportError> {
    writeln!(w, "        <attvalues>")?;
    for (i, v) in values.iter().enumerate() {
        if let Some(v) = v {
            writeln!(w, r#"          <attvalue for="{i}" value="{}"/>"#, xml(v))?;
        }
    }
    writeln!(w, "        </attvalues>")?;
    Ok(())
}

/// Quote a CSV field when it needs it (RFC 4180).
fn csv(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_row(w: &mut impl Write, fields: &[String]) -> std::io::Result<()> {
    let line: Vec<String> = fields.iter().map(|f| csv(f)).collect();
    writeln!(w, "{}", line.join(","))
}

/// Write the network as two CSV tables with Gephi's column names: nodes
/// (`Id`, `Label`, then the attributes) and edges (`Source`, `Target`,
/// `Type`, `Weight`, then the attributes).
pub fn write_network_csv<'a, E: Borrow<DyadEdge>>(
    mut nodes_out: impl Write,
    mut edges_out: impl Write,
    nodes: impl IntoIterator<Item = &'a ActorNode>,
    edges: impl IntoIterator<Item = E>,
) -> Result<(), ExportError> {
    let mut header = vec!["Id".to_string(), "Label".to_string()];
    header.extend(node_attributes().into_iter().skip(1).map(|(n, _)| n));
    csv_row(&mut nodes_out, &header)?;
    for n in nodes {
        let mut row = vec![node_id(&n.actor), n.actor.name.clone()];
        row.extend(
            node_values(n)
                .into_iter()
                .skip(1)
                .map(Option::unwrap_or_default),
        );
        csv_row(&mut nodes_out, &row)?;
    }
    let mut header: Vec<String> = ["Source", "Target", "Type", "Weight"]
        .map(String::from)
        .to_vec();
    header.extend(edge_attributes().into_iter().map(|(n, _)| n));
    csv_row(&mut edges_out, &header)?;
    for e in edges {
        let e = e.borrow();
        let mut row = vec![
            node_id(&e.source),
            node_id(&e.target),
            "Directed".to_string(),
            e.events.to_string(),
        ];
        row.extend(edge_values(e).into_iter().map(Option::unwrap_or_default));
        csv_row(&mut edges_out, &row)?;
    }
    nodes_out.flush()?;
    edges_out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn actor(code: &str, sector: Option<&str>, name: &str) -> ActorRef {
        ActorRef {
            code: code.into(),
            sector: sector.map(String::from),
            name: name.into(),
        }
    }

    fn network() -> (Vec<ActorNode>, Vec<DyadEdge>) {
        let a = actor("FRE", Some("GOV"), "Freedonia & \"friends\"");
        let b = actor("SYL", None, "Sylvania, <north>");
        let nodes = vec![
            ActorNode {
                actor: a.clone(),
                mentions: 4,
                events: 2,
            },
            ActorNode {
                actor: b.clone(),
                mentions: 1,
                events: 2,
            },
        ];
        let edges = vec![DyadEdge {
            source: a,
            target: b,
            events: 2,
            by_quad: [1, 0, 1, 0],
            by_type: BTreeMap::from([(EventType::Consult, 1), (EventType::Accuse, 1)]),
            goldstein_sum: -1.0,
            goldstein_mean: -0.5,
            first_date: Some("2024-05-01".into()),
            last_date: None,
        }];
        (nodes, edges)
    }

    #[test]
    fn graphml_and_gexf_escape_and_declare_every_attribute() {
        let (nodes, edges) = network();
        for gexf in [false, true] {
            let mut out: Vec<u8> = Vec::new();
            if gexf {
                write_gexf(&mut out, &nodes, &edges).unwrap();
            } else {
                write_graphml(&mut out, &nodes, &edges).unwrap();
            }
            let text = String::from_utf8(out).unwrap();
            assert!(
                text.contains("Freedonia &amp; &quot;friends&quot;"),
                "{text}"
            );
            assert!(text.contains("Sylvania, &lt;north&gt;"));
            assert!(text.contains(r#"source="FREGOV" target="SYL""#));
            assert!(text.contains("type_consult"));
        }
    }

    #[test]
    fn csv_tables_use_gephi_columns_and_quote_fields() {
        let (nodes, edges) = network();
        let (mut n, mut e) = (Vec::new(), Vec::new());
        write_network_csv(&mut n, &mut e, &nodes, &edges).unwrap();
        let n = String::from_utf8(n).unwrap();
        let e = String::from_utf8(e).unwrap();
        assert!(n.starts_with("Id,Label,country,sector,name,mentions,events\n"));
        assert!(n.contains(r#"SYL,"Sylvania, <north>",SYL,,"#));
        let header: Vec<&str> = e.lines().next().unwrap().split(',').collect();
        assert_eq!(header[..4], ["Source", "Target", "Type", "Weight"]);
        assert_eq!(header.len(), 4 + 1 + 4 + 16 + 4);
        let row: Vec<&str> = e.lines().nth(1).unwrap().split(',').collect();
        assert_eq!(row.len(), header.len());
        assert_eq!(row[..4], ["FREGOV", "SYL", "Directed", "2"]);
    }
}
