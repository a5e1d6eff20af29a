#!/usr/bin/env python3
"""Build set AJ: articles in ../setAJ and gold in ../setAJ.gold.json"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAJ")
GOLD = os.path.join(ROOT, "setAJ.gold.json")
from arts1 import ARTS as A1
from arts2 import ARTS as A2
from arts3 import ARTS as A3
ARTS = A1 + A2 + A3
NBSP = "\u00a0"

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_arts = []
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": a["date_publish"], "authors": a["authors"], "url": a["url"],
                   "source_domain": a["source_domain"], "language": "en", "description": a["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
        else:
            fn = a["dump"]
            sep = "\n\n" + NBSP + "\n\n" if a["nbsp"] else "\n\n"
            block = a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])
            dumps.setdefault(fn, []).append((a["id"], block))
        g = {"id": a["id"], "file": fn, "headline": a["headline"],
             "published": {"earliest": a["published"][0], "latest": a["published"][1], "why": a["published"][2]},
             "people": a["people"], "events": a["events"]}
        gold_arts.append(g)
    for fn, blocks in dumps.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(b for _, b in blocks) + "\n")
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set AJ: 20 newly written news articles (Middle East and North Africa; Reuters wire 1987-1989, "
                     "US/UK wire and broadsheet 2016-2018, Al Jazeera 2021-2022) retelling real public events in new words, "
                     "hand-annotated with publication dates, people and political events. Events use PLOVER event types; actors are "
                     "ISO 3166 alpha-3 country codes or UNO/EUR/IGO/NGO/MNC/WST. 'source' and 'target' are a code or a list of "
                     "acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events a "
                     "good coder may or may not emit (background, implicit or alleged): neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event "
                        "type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum "
                        "one-to-one matching between emitted events and required gold events: true positives are its size; a required "
                        "gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or "
                        "optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a "
                        "repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": {fn: [i for i, _ in blocks] for fn, blocks in sorted(dumps.items())},
            "articles": gold_arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(gold_arts), "articles")

if __name__ == "__main__":
    main()
