#!/usr/bin/env python3
"""Build data/map/countries.tsv: one simplified country outline per line as an
SVG path in an equirectangular projection (x = lon + 180, y = 90 - lat, so the
world is the 360 x 180 box), from Natural Earth boundaries packaged by npm's
`world-atlas` (countries-110m.json, TopoJSON).

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/map/build_map.py /tmp/package/countries-110m.json > data/map/countries.tsv

Numeric ISO 3166 codes are turned into alpha-3 with Debian's `iso-codes`
package (/usr/share/iso-codes/json/iso_3166-1.json).
"""
import json
import sys

ISO_CODES = "/usr/share/iso-codes/json/iso_3166-1.json"


def numeric_to_alpha3():
    with open(ISO_CODES, encoding="utf-8") as f:
        table = json.load(f)["3166-1"]
    return {c["numeric"]: c["alpha_3"] for c in table}


def decode_arcs(topo):
    scale = topo["transform"]["scale"]
    translate = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def ring_path(points):
    out = []
    last = None
    for lon, lat in points:
        p = (round(lon + 180, 1), round(90 - lat, 1))
        if p == last:
            continue
        last = p
        out.append(f"{p[0]:g} {p[1]:g}")
    if len(out) < 3:
        return ""
    return "M" + "L".join(out) + "Z"


def unwrap(points):
    """The ring's longitudes made continuous: a step of more than 180 degrees
    is a crossing of the antimeridian, so the rest of the ring is shifted by
    360 degrees to follow on."""
    out = []
    offset = 0.0
    previous = None
    for lon, lat in points:
        if previous is not None:
            step = lon + offset - previous
            if step > 180:
                offset -= 360
            elif step < -180:
                offset += 360
        previous = lon + offset
        out.append((previous, lat))
    return out


def ring_paths(points):
    """A ring as SVG path data. A ring that crosses the antimeridian (Fiji,
    Chukotka) is drawn whole on one side and again shifted by 360 degrees, so
    no edge runs across the whole map; the page clips the map to its box. A
    ring around a pole (Antarctica) is left as it is."""
    unwrapped = unwrap(points)
    xs = [x for x, _ in unwrapped]
    around_pole = abs(unwrapped[0][0] - unwrapped[-1][0]) > 180 or max(xs) - min(xs) >= 359
    if around_pole or (min(xs) >= -180 and max(xs) <= 180):
        return ring_path(points)
    shifts = [0]
    if max(xs) > 180:
        shifts.append(-360)
    if min(xs) < -180:
        shifts.append(360)
    return "".join(ring_path([(x + s, lat) for x, lat in unwrapped]) for s in shifts)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        topo = json.load(f)
    arcs = decode_arcs(topo)
    codes = numeric_to_alpha3()
    print("#iso3\tname\tpath")
    for geometry in topo["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        path = "".join(
            ring_paths(ring_points(ring, arcs)) for polygon in polygons for ring in polygon
        )
        if not path:
            continue
        iso3 = codes.get(str(geometry.get("id", "")), "-")
        name = geometry.get("properties", {}).get("name", "")
        print(f"{iso3}\t{name}\t{path}")


if __name__ == "__main__":
    main()
