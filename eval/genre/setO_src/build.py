#!/usr/bin/env python3
"""Build set O: article files in setO/ and the gold file setO.gold.json. Paths are relative to BASE."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)          # parent of setO_src
sys.path.insert(0, HERE)
from arts_a import ARTS as A
from arts_b import ARTS as B
ARTS = A + B
OUT = os.path.join(BASE, "setO")
GOLD = os.path.join(BASE, "setO.gold.json")
NBSP = "\u00a0"

def body(a, sep="\n\n"):
    return sep.join(a["paras"])

def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]) + "\n"

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            a["file"] = a["id"] + ".txt"
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + body(a) + "\n")
        elif a["fmt"] == "json":
            a["file"] = a["id"] + ".json"
            m = a["meta"]
            rec = {"title": a["headline"], "maintext": "\n".join(a["paras"]), "date_publish": m["date_publish"],
                   "authors": m["authors"], "url": m["url"], "source_domain": m["source_domain"],
                   "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=1)
        else:
            a["file"] = a["dump"]
            dumps.setdefault(a["dump"], []).append(a)
    for name, arts in sorted(dumps.items()):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n\n\n".join(dump_block(a) for a in arts))
    gold = {"format": "dyad-gold/1",
            "about": "Set O: 20 held-out articles written for evaluation (6 Reuters-style 1987-1989, 7 modern wire/broadsheet 2016-2018, 7 Al Jazeera-style 2021-2022), retelling well-known public events in original wording. Hand annotation of headlines, publication date windows, people and political events between actors, PLOVER event types. Actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. 'source'/'target' may be a list of acceptable codes; 'types' lists every acceptable type. 'required': false marks background, repeated, implied or borderline events: neither rewarded nor punished. Soviet Armenian/Azerbaijani actors accept ARM/AZE or RUS.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": {n: [a["id"] for a in arts] for n, arts in sorted(dumps.items())},
            "articles": []}
    for a in ARTS:
        e, l, w = a["published"]
        gold["articles"].append({"id": a["id"], "file": a["file"], "headline": a["headline"],
            "paragraphs": len(a["paras"]),
            "published": {"earliest": e, "latest": l, "why": w},
            "people": a["people"], "events": a["events"]})
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(ARTS), "articles ->", OUT, GOLD)

if __name__ == "__main__":
    main()
