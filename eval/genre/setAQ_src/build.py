#!/usr/bin/env python3
"""Build set AQ: article files in ../setAQ and gold in ../setAQ.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAQ")
GOLD = os.path.join(ROOT, "setAQ.gold.json")
sys.path.insert(0, HERE)
import arts_a, arts_b
ARTS = arts_a.ARTS + arts_b.ARTS

def text_of(a):
    return a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n"

def dump_block(a):
    sep = "\n\n\u00a0\n\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            a["file"] = a["id"] + ".txt"
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                f.write(text_of(a))
        elif a["fmt"] == "json":
            a["file"] = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["source_domain"], "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            a["file"] = a["dump"]
            dumps.setdefault(a["dump"], []).append(a)
    for name, arts in dumps.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(dump_block(a) for a in arts) + "\n")
    gold = {
        "format": "dyad-gold/1",
        "about": "Held-out set AQ: 20 newly written articles on Africa (domestic conflict and relations between states), retelling real public events of 1987-1989 (Reuters wire style), 2016-2018 (AP/CNN/Washington Post/Guardian style) and 2021-2022 (Al Jazeera style) in new words. 7 plain text, 7 news-please JSON, 3 page dumps of 2 articles. Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. 'source'/'target' may be a list of acceptable codes; 'types' lists every acceptable type; 'required': false marks borderline events (background, implied, vague) that are neither rewarded nor punished. Evidence strings are exact substrings of the article text.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": {k: [a["id"] for a in v] for k, v in sorted(dumps.items())},
        "articles": [],
    }
    for a in ARTS:
        e, l, why = a["published"]
        gold["articles"].append({"id": a["id"], "file": a["file"], "headline": a["headline"],
            "published": {"earliest": e, "latest": l, "why": why},
            "people": a["people"], "events": a["events"]})
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(ARTS), "articles")

if __name__ == "__main__":
    main()
