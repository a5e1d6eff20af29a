#!/usr/bin/env python3
"""Build setBA articles and setBA.gold.json from articles*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBA")
GOLD = os.path.join(ROOT, "setBA.gold.json")
sys.path.insert(0, HERE)
import articles1, articles2, articles3
ARTS = articles1.A + articles2.A + articles3.A
import extras
for _a in ARTS:
  for _X in (extras.X, extras.X2):
    if _a["id"] in _X:
        _pos, _para, _evs, _ppl = _X[_a["id"]]
        if _a["paras"][-1] == "Reuter":
            _a["paras"].insert(len(_a["paras"]) - 1, _para)
        else:
            _a["paras"].append(_para)
        _a["events"] = _a["events"] + _evs
        _a["people"] = _a["people"] + _ppl
NBSP = "\u00a0"
DUMPS = {"dump-1.txt": ["BA5", "BA18"], "dump-2.txt": ["BA6", "BA11"], "dump-3.txt": ["BA13", "BA20"]}
NBSP_SEP = {"BA18", "BA11", "BA20"}  # paragraphs separated by a U+00A0 line

def body_text(a):
    return a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n"

def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a["id"] in NBSP_SEP else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    by = {a["id"]: a for a in ARTS}
    files = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            open(os.path.join(OUT, fn), "w", encoding="utf-8").write(body_text(a))
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]), "date_publish": a["date_publish"],
                   "authors": a["authors"], "url": a["url"], "source_domain": a["source_domain"],
                   "language": "en", "description": a["description"]}
            open(os.path.join(OUT, fn), "w", encoding="utf-8").write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")
        else:
            continue
        files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        txt = "\n\n\n\n".join(dump_block(by[i]) for i in ids) + "\n"
        open(os.path.join(OUT, dn), "w", encoding="utf-8").write(txt)
        for i in ids:
            files[i] = dn
    arts = []
    for a in ARTS:
        evs = []
        for s, t, ty, req, evid, sym in a["events"]:
            e = {"source": s, "target": t, "types": ty.split("/"), "required": bool(req), "evidence": evid}
            if sym:
                e["symmetric"] = True
            evs.append(e)
        e0, e1, why = a["published"]
        arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                     "published": {"earliest": e0, "latest": e1, "why": why},
                     "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
                     "events": evs})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set BA: 20 articles written for evaluation (Middle East theme: Israel, Palestinians, Lebanon, Syria, Iraq, Iran, Yemen), retelling real events of 1987-1989 (Reuters wire style), 2016-2018 (Western broadsheet/wire style) and 2021-2022 (Al Jazeera style) in new words. Hand annotation of publication dates, people and political events between actors, PLOVER event types, ISO 3166 alpha-3 actor codes or UNO/EUR/IGO/NGO/MNC/WST. 'required': false marks borderline events (background, implied, alleged) that are neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    open(GOLD, "w", encoding="utf-8").write(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    print("built", len(arts), "articles")

if __name__ == "__main__":
    main()
