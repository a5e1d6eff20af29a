#!/usr/bin/env python3
"""Build set R: article files in ../setR and the gold annotation ../setR.gold.json."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arts_a import ARTS as A
from arts_b import ARTS as B

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(BASE, "setR")
GOLD = os.path.join(BASE, "setR.gold.json")
ARTS = A + B
DUMPS = {"dump-1.txt": ["R5", "R11"], "dump-2.txt": ["R6", "R15"], "dump-3.txt": ["R13", "R20"]}
NBSP = "\u00a0"

def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    byid = {a["id"]: a for a in ARTS}
    files = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
            files[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            j = a["json"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": j["date_publish"], "authors": j["authors"], "url": j["url"],
                   "source_domain": j["source_domain"], "language": "en", "description": j["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
                f.write("\n")
            files[a["id"]] = fn
    for fn, ids in DUMPS.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(dump_block(byid[i]) for i in ids) + "\n")
        for i in ids:
            files[i] = fn
    arts = []
    for a in sorted(ARTS, key=lambda a: int(a["id"][1:])):
        e, l, why = a["published"]
        arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                     "paragraphs": len(a["paras"]),
                     "first_paragraph_prefix": a["paras"][0][:50],
                     "last_paragraph_prefix": a["paras"][-1][:50],
                     "published": {"earliest": e, "latest": l, "why": why},
                     "people": a["people"], "events": a["events"]})
    gold = {
        "format": "dyad-gold/1",
        "about": ("Held-out set R: 20 newly written news articles (Reuters wire 1987-1989, CNN/AP/Washington Post/NPR/"
                  "Guardian style 2016-2018, Al Jazeera style 2021-2022) retelling well-known public events in new words, "
                  "in three input formats (plain text, news-please JSON, page dumps of two articles each), hand-annotated "
                  "with publication-date windows, named people and the political events between actors. Events use PLOVER "
                  "event types. Actors are ISO 3166 alpha-3 country codes (Soviet actors RUS; West Germany DEU; Yugoslavia YUG), "
                  "or PLOVER's non-state codes (UNO for the United Nations, EUR for the European Union, IGO for other "
                  "intergovernmental bodies such as NATO, the OAU, the African Union, the Arab League, ECOWAS or a "
                  "multinational coalition, NGO, MNC), or CAMEO's region code WST for 'the West'. Armed groups, parties "
                  "and crowds are coded by the country they belong to. 'source' and 'target' are a code or a list of "
                  "acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks "
                  "events that a good coder may or may not emit (background, implicit, alleged or vague): they are "
                  "neither rewarded nor punished. Any emitted event that matches no entry counts against precision. "
                  "'evidence' is an exact substring of the article text."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code and "
                     "event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes "
                     "a maximum one-to-one matching between emitted events and required gold events: true positives are its "
                     "size; a required gold event left unmatched is a false negative; an emitted event that matches no gold "
                     "event at all (required or optional) is a false positive; an emitted event that matches gold events but "
                     "is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People "
                     "match on normalised name and country."),
        "dumps": DUMPS,
        "articles": arts,
    }
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(arts), "articles")

if __name__ == "__main__":
    main()
