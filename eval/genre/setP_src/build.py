#!/usr/bin/env python3
"""Build set P: articles in ../setP/ and gold in ../setP.gold.json. Rebuild: python3 build.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arts_r import ARTS as R
from arts_m import ARTS as M
from arts_a import ARTS as A

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setP")
GOLD = os.path.join(ROOT, "setP.gold.json")
NBSP = "\u00a0"
ARTS = sorted(R + M + A, key=lambda a: int(a["id"][1:]))


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
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        elif a["fmt"] == "json":
            a["file"] = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["source_domain"], "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
                f.write("\n")
        else:
            a["file"] = a["dump"]
            dumps.setdefault(a["dump"], []).append(a)
    for name, arts in sorted(dumps.items()):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n\n\n".join(dump_block(a) for a in arts))
    gold = {
        "format": "dyad-gold/1",
        "about": ("Set P: a held-out evaluation set of 20 newly written news articles (Reuters wire 1987-1989, "
                  "modern wire/broadsheet 2016-2018, Al Jazeera 2021-2022) retelling well-known public events in new "
                  "words, with a hand annotation of publication dates, people and the political events between actors. "
                  "Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes (YUG for Yugoslavia, XKX/KSV "
                  "for Kosovo), or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC), or CAMEO's region code WST. "
                  "'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an "
                  "annotator would accept. 'required': false marks events that a good coder may or may not emit "
                  "(background, implicit, alleged or repeated): they are neither rewarded nor punished. Evidence strings "
                  "are exact substrings of the article text."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code and "
                     "event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes "
                     "a maximum one-to-one matching between emitted events and required gold events: true positives are its "
                     "size; a required gold event left unmatched is a false negative; an emitted event that matches no gold "
                     "event at all (required or optional) is a false positive; an emitted event that matches gold events but "
                     "is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People "
                     "match on normalised name and country."),
        "dumps": {name: [a["id"] for a in arts] for name, arts in sorted(dumps.items())},
        "articles": [],
    }
    for a in ARTS:
        e, l, why = a["published"]
        gold["articles"].append({"id": a["id"], "file": a["file"], "headline": a["headline"],
                                 "published": {"earliest": e, "latest": l, "why": why},
                                 "people": a["people"], "events": a["events"]})
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"built {len(ARTS)} articles, {len(dumps)} dumps -> {GOLD}")


if __name__ == "__main__":
    main()
