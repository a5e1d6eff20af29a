#!/usr/bin/env python3
"""Build set N: article files in ../setN and the gold file ../setN.gold.json.
Paths are relative to this script (BASE = parent of setN_src)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
OUT = os.path.join(BASE, "setN")
GOLD = os.path.join(BASE, "setN.gold.json")
sys.path.insert(0, HERE)

import reuters, modern, aljazeera

ARTS = {a["id"]: a for a in reuters.ARTICLES + modern.ARTICLES + aljazeera.ARTICLES}
DUMPS = {"dump-1.txt": ["N6", "N12"], "dump-2.txt": ["N13", "N18"], "dump-3.txt": ["N19", "N20"]}
NBSP_SEP = {"N12", "N19"}   # paragraphs separated by a line holding only U+00A0


def txt_body(a):
    return a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n"


def json_body(a):
    m = a["meta"]
    obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
           "date_publish": m.get("date_publish"), "authors": m.get("authors", []),
           "url": m.get("url"), "source_domain": m.get("source_domain"),
           "language": "en", "description": m.get("description")}
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def dump_part(a):
    sep = "\n\n\u00a0\n\n" if a["id"] in NBSP_SEP else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {}
    for a in ARTS.values():
        if a["fmt"] == "txt":
            files[a["id"]] = a["id"] + ".txt"
            open(os.path.join(OUT, files[a["id"]]), "w", encoding="utf-8").write(txt_body(a))
        elif a["fmt"] == "json":
            files[a["id"]] = a["id"] + ".json"
            open(os.path.join(OUT, files[a["id"]]), "w", encoding="utf-8").write(json_body(a))
    for name, ids in DUMPS.items():
        for i in ids:
            assert ARTS[i]["fmt"] == "dump", i
            files[i] = name
        text = "\n\n\n\n".join(dump_part(ARTS[i]) for i in ids) + "\n"
        open(os.path.join(OUT, name), "w", encoding="utf-8").write(text)
    gold = {
        "format": "dyad-gold/1",
        "about": ("Held-out set N: 20 news articles written for evaluation (retold real events; wording, "
                  "quotes and minor details invented), with a hand annotation of publication dates, people and "
                  "political events between actors. Events use PLOVER event types. Actors are ISO 3166 alpha-3 "
                  "country codes (historic CSK/DDR accepted alongside successors where listed), or PLOVER's "
                  "non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. 'source' and 'target' are a code or "
                  "a list of acceptable codes; 'types' lists every event type an annotator would accept. "
                  "'required': false marks background, implicit, repeated or alleged events: neither rewarded "
                  "nor punished."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code "
                     "and event type are acceptable. Symmetric events ('symmetric': true) match either direction. "
                     "Scoring takes a maximum one-to-one matching between emitted events and required gold events; "
                     "an emitted event matching no gold event at all is a false positive. People match on "
                     "normalised name and country."),
        "dumps": DUMPS,
        "articles": [],
    }
    for i in sorted(ARTS, key=lambda k: int(k[1:])):
        a = ARTS[i]
        gold["articles"].append({
            "id": i, "file": files[i], "headline": a["headline"],
            "paragraphs": len(a["paras"]),
            "first_paragraph_prefix": a["paras"][0][:50],
            "last_paragraph_prefix": a["paras"][-1][:50],
            "published": a["published"], "people": a["people"], "events": a["events"]})
    json.dump(gold, open(GOLD, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"wrote {len(files)} articles to {OUT} and {GOLD}")


if __name__ == "__main__":
    main()
