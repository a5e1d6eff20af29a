#!/usr/bin/env python3
"""Build setCI articles and setCI.gold.json from the a*.py sources."""
import os, sys, json, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setCI")
GOLD = os.path.join(GENRE, "setCI.gold.json")
sys.path.insert(0, HERE)
arts = []
for n in range(1, 9):
    arts += importlib.import_module("a%d" % n).A
os.makedirs(OUT, exist_ok=True)
def paras(a):
    return [p.strip() for p in a["text"].strip().split("\n\n") if p.strip()]
DUMPS = {"dump-1.txt": ["CI15", "CI16"], "dump-2.txt": ["CI17", "CI18"], "dump-3.txt": ["CI19", "CI20"]}
byid = {a["id"]: a for a in arts}
for a in arts:
    ps = paras(a)
    if a["fmt"] == "txt":
        a["file"] = a["id"] + ".txt"
        open(os.path.join(OUT, a["file"]), "w", encoding="utf-8").write(a["headline"] + "\n\n" + "\n\n".join(ps) + "\n")
    elif a["fmt"] == "json":
        a["file"] = a["id"] + ".json"
        obj = {"title": a["headline"], "maintext": "\n".join(ps),
               "date_publish": (a["date"] + " " + a.get("time", "09:30:00")) if a["date"] else None,
               "authors": a.get("authors", []), "url": a.get("url"), "source_domain": a.get("domain"),
               "language": "en", "description": a.get("desc")}
        json.dump(obj, open(os.path.join(OUT, a["file"]), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for fn, ids in DUMPS.items():
    blocks = []
    for i in ids:
        a = byid[i]; a["file"] = fn
        sep = "\n\u00a0\n" if a.get("nbsp") else "\n\n"
        blocks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(paras(a)))
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write("\n\n\n\n".join(blocks) + "\n")
gold = {"format": "dyad-gold/1",
 "about": "Hand annotation of setCI: 20 invented-wording articles on real 2018 US domestic politics (shutdowns, Mueller inquiry, courts vs. administration, states vs. Washington, protests, party fights), in the style of 2016-2018 US news. Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or PLOVER non-state codes. Domestic events are coded USA->USA. 'required': false marks borderline events (background, implied, vague), neither rewarded nor punished.",
 "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events match either direction. Maximum one-to-one matching between emitted events and required gold events; unmatched required gold events are false negatives; emitted events matching no gold event are false positives. People match on normalised name and country.",
 "dumps": DUMPS, "articles": []}
for a in arts:
    evs = []
    for t in a["events"]:
        e = {"source": t[0], "target": t[1], "types": t[2], "required": bool(t[3]), "evidence": t[4]}
        if len(t) > 5 and t[-1] == 1:
            e["symmetric"] = True
        evs.append(e)
    gold["articles"].append({"id": a["id"], "file": a["file"], "headline": a["headline"],
        "published": {"earliest": a["pub"][0], "latest": a["pub"][1], "why": a["pub"][2]},
        "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
        "events": evs})
json.dump(gold, open(GOLD, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("built", len(arts), "articles")
