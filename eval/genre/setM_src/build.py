#!/usr/bin/env python3
"""Build setM articles (txt, news-please json, page dumps) and setM.gold.json.

Paths are relative to this script: BASE is the parent of setM_src.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from arts_reuters import ARTS as R
from arts_modern import ARTS as MO
from arts_aj import ARTS as AJ

OUT = os.path.join(BASE, "setM")
GOLD = os.path.join(BASE, "setM.gold.json")
NBSP = "\u00a0"

DUMPS = {"dump-1.txt": ["M5", "M11"], "dump-2.txt": ["M15", "M6"], "dump-3.txt": ["M20", "M13"]}

def article_text(a):
    """The article's text as a reader (and the validator) sees it."""
    return "\n\n".join([a["headline"]] + a["paras"])

def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a["nbsp"] else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])

def main():
    arts = R + MO + AJ
    byid = {a["id"]: a for a in arts}
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    files = {}
    for a in arts:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(article_text(a) + "\n")
            files[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m.get("date_publish"), "authors": m.get("authors", []),
                   "url": m.get("url"), "source_domain": m.get("source_domain"),
                   "language": "en", "description": m.get("description")}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
            files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(dump_block(byid[i]) for i in ids) + "\n")
        for i in ids:
            assert byid[i]["fmt"] == "dump", i
            files[i] = dn
    gold = {
        "format": "dyad-gold/1",
        "about": ("Held-out evaluation set M: 20 original news articles retelling real public events "
                  "(Reuters wire 1987-1989, US/UK wire and broadsheet 2016-2018, Al Jazeera 2021-2022), "
                  "as plain text, news-please JSON and page dumps, hand-annotated with publication dates, "
                  "people and political events. Events use PLOVER event types; actors are ISO 3166 alpha-3 "
                  "codes (former states DDR and SUN accepted where apt, XKX for Kosovo) or UNO, EUR, IGO, NGO, "
                  "MNC, WST. 'source'/'target' may list acceptable codes, 'types' every acceptable type. "
                  "'required': false marks background, repeated, implied or borderline events."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code "
                     "and event type are acceptable. Symmetric events match either direction. Scoring takes a "
                     "maximum one-to-one matching between emitted events and required gold events; unmatched "
                     "required events are false negatives; emitted events matching no gold event (required or "
                     "optional) are false positives; repeats and optional matches cost nothing. People match on "
                     "normalised name and country."),
        "dumps": DUMPS,
        "articles": [],
    }
    for a in sorted(arts, key=lambda a: int(a["id"][1:])):
        e, l, why = a["pub"]
        gold["articles"].append({
            "id": a["id"], "file": files[a["id"]], "headline": a["headline"],
            "published": {"earliest": e, "latest": l, "why": why},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": a["ev"],
        })
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    req = sum(e["required"] for a in arts for e in a["ev"])
    opt = sum(not e["required"] for a in arts for e in a["ev"])
    print(f"built {len(arts)} articles, {req} required / {opt} optional events, "
          f"{sum(len(a['people']) for a in arts)} people")

if __name__ == "__main__":
    main()
