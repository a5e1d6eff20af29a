#!/usr/bin/env python3
"""Build setAN articles and setAN.gold.json from data_*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAN")
GOLD = os.path.join(ROOT, "setAN.gold.json")
import data_a, data_b, data_c
ARTS = data_a.ARTICLES + data_b.ARTICLES + data_c.ARTICLES
NBSP = "\u00a0"

def codes(v):
    v = v.split("|")
    return v[0] if len(v) == 1 else v

def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]) + "\n"

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_arts = []
    for a in ARTS:
        k = a["kind"]
        if k == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        elif k == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["source_domain"], "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            fn = a["dump"]
            dumps.setdefault(fn, []).append(a)
        e, l, why = a["published"]
        evs = []
        for (s, t, ty, req, ev, sym) in a["events"]:
            d = {"source": codes(s), "target": codes(t), "types": ty.split(), "required": req, "evidence": ev}
            if sym:
                d["symmetric"] = True
            evs.append(d)
        gold_arts.append({"id": a["id"], "file": fn, "headline": a["headline"], "paragraphs": len(a["paras"]),
                          "published": {"earliest": e, "latest": l, "why": why},
                          "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
                          "events": evs})
    for fn, arts in dumps.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n".join(dump_block(a) for a in arts))
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of held-out set AN (20 invented-wording articles on real international-security events: "
                     "Reuters 1987-1989, US/UK outlets 2016-2018, Al Jazeera 2021-2022). Events use PLOVER event types. "
                     "Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. "
                     "Soviet actors are coded RUS. Non-state armed groups take the code of the country they belong to. "
                     "'required': false marks background, implied or alleged events that are neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. "
                        "Symmetric events match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events; "
                        "emitted events matching no gold event are false positives. People match on normalised name and country.",
            "dumps": {fn: [a["id"] for a in arts] for fn, arts in dumps.items()},
            "articles": gold_arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(gold_arts), "articles")

if __name__ == "__main__":
    main()
