#!/usr/bin/env python3
"""Build setBV articles and setBV.gold.json from articles1.py/articles2.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles1 import A as A1
from articles2 import A as A2
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setBV")
GOLD = os.path.join(GENRE, "setBV.gold.json")
ARTS = A1 + A2
TXT = ["BV%d" % i for i in range(1, 8)]
JSN = ["BV%d" % i for i in range(8, 15)]
DUMPS = {"dump-1.txt": ["BV15", "BV16"], "dump-2.txt": ["BV17", "BV18"], "dump-3.txt": ["BV19", "BV20"]}
NBSP_SEP = {"BV15", "BV18", "BV19"}
TIMES = {"BV8": "14:22:00", "BV9": "19:05:00", "BV10": "16:41:00", "BV11": "12:30:00", "BV12": "21:10:00", "BV13": "17:55:00"}

def dump_block(a):
    sep = "\n\n\u00a0\n\n" if a["id"] in NBSP_SEP else "\n\n"
    return a["head"] + "\n\nTT\n\n" + a["head"] + "\n\n" + sep.join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    by = {a["id"]: a for a in ARTS}
    files = {}
    for i in TXT:
        a = by[i]; fn = i + ".txt"; files[i] = fn
        open(os.path.join(OUT, fn), "w", encoding="utf-8").write(a["head"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
    for i in JSN:
        a = by[i]; fn = i + ".json"; files[i] = fn
        first = a["paras"][0].split(" - ", 1)[1]
        obj = {"title": a["head"], "maintext": "\n".join(a["paras"]),
               "date_publish": None if a.get("nodate") else a["date"] + " " + TIMES.get(i, "10:00:00"),
               "authors": [], "url": None, "source_domain": "reuters.com", "language": "en",
               "description": first}
        json.dump(obj, open(os.path.join(OUT, fn), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    for fn, ids in DUMPS.items():
        open(os.path.join(OUT, fn), "w", encoding="utf-8").write("\n\n\n\n".join(dump_block(by[i]) for i in ids) + "\n")
        for i in ids: files[i] = fn
    arts = []
    for a in ARTS:
        mon_day = a["paras"][0].split(" - ", 1)[0].split(", ", 1)[1]
        evs = []
        for e in a["events"]:
            d = {"source": e[0], "target": e[1], "types": e[2].split(), "required": e[3], "evidence": e[4]}
            if len(e) > 5 and e[5]: d["symmetric"] = True
            evs.append(d)
        arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["head"],
                     "published": {"earliest": a["date"], "latest": a["date"],
                                   "why": ("Reuters wire item, dateline '%s', year %s" % (mon_day, a["date"][:4])) + ("; no date_publish, year from the story (pact expiring at the end of this month, 1987)" if a.get("nodate") else "")},
                     "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
                     "events": evs})
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of setBV: 20 invented Reuters-style wire items (1987, one early 1988) on trade disputes and trade diplomacy, retelling real events in new words. Events use PLOVER types; actors are ISO 3166 alpha-3 codes or PLOVER non-state codes (UNO, EUR, IGO, NGO, MNC) or WST. 'source'/'target' may be a list of acceptable codes; 'types' lists every acceptable type; 'required': false marks borderline events (background, implied, vague) that are neither rewarded nor punished. Companies are coded by their country where the text ties them to one, with MNC also accepted.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events; unmatched required events are false negatives; emitted events matching no gold event are false positives; others are neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    json.dump(gold, open(GOLD, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("built", len(arts), "articles")

if __name__ == "__main__":
    main()
