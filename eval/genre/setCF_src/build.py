#!/usr/bin/env python3
"""Build set CF: article files in ../setCF and gold in ../setCF.gold.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
import sys; sys.path.insert(0, HERE)
from articles import ARTS
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setCF")
GOLD = os.path.join(ROOT, "setCF.gold.json")
os.makedirs(OUT, exist_ok=True)
NBSP = "\u00a0"
TXT = ["CF%d" % i for i in range(1, 8)]
JSN = ["CF%d" % i for i in range(8, 15)]
DUMPS = {"dump-1.txt": ["CF15", "CF16"], "dump-2.txt": ["CF17", "CF18"], "dump-3.txt": ["CF19", "CF20"]}
NBSP_ARTS = {"CF16", "CF18", "CF19"}   # dump articles whose paragraphs are separated by a U+00A0 line
NULL_DATE = {"CF10", "CF13"}
TIMES = ["04:12:00", "09:47:00", "13:05:00", "16:30:00", "18:22:00", "21:40:00", "07:55:00"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
by = {a["id"]: a for a in ARTS}
files = {}
for i, aid in enumerate(TXT):
    a = by[aid]; fn = aid + ".txt"
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
    files[aid] = fn
for i, aid in enumerate(JSN):
    a = by[aid]; fn = aid + ".json"
    obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
           "date_publish": None if aid in NULL_DATE else a["date"] + " " + TIMES[i % len(TIMES)],
           "authors": [] if i % 3 else ["Reuters"], "url": None, "source_domain": "reuters.com",
           "language": "en", "description": a["paras"][0].split(" - ", 1)[1]}
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
    files[aid] = fn
for fn, ids in DUMPS.items():
    chunks = []
    for aid in ids:
        a = by[aid]
        sep = "\n\n" + NBSP + "\n\n" if aid in NBSP_ARTS else "\n\n"
        chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        f.write("\n\n\n\n".join(chunks) + "\n")
    for aid in ids:
        files[aid] = fn

def why(a):
    y, m, d = a["date"].split("-")
    return "Reuters 1987 wire item; dateline '%s' with year %s known from the collection" % (
        a["paras"][0].split(" - ", 1)[0].split(", ")[-1], y)

arts = []
for a in ARTS:
    evs = []
    for e in a["events"]:
        src, tgt, types, req, ev = e[:5]
        g = {"source": src, "target": tgt, "types": types, "required": req, "evidence": ev}
        if len(e) > 5 and e[5]:
            g["symmetric"] = True
        evs.append(g)
    arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                 "published": {"earliest": a["date"], "latest": a["date"], "why": why(a)},
                 "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
                 "events": evs})
gold = {"format": "dyad-gold/1",
        "about": "Hand annotation of set CF: 20 held-out articles written in the style of the 1987 Reuters news wire (Asia and Latin America: Sri Lanka and the Indian peace force, Pakistan and Afghanistan, Fiji, Panama and the United States, Haiti, Chile, Argentina's army, Central America). 7 plain-text files, 7 news-please JSON files, 3 page dumps of 2 articles each. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes (Soviet actors RUS), or PLOVER's non-state codes (UNO, EUR, IGO for other intergovernmental bodies such as the Commonwealth), or CAMEO's region code WST. Rebels and opposition groups are coded by the country they belong to (Tamil Tigers LKA, Contras NIC, FMLN SLV, Afghan guerrillas AFG). 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": DUMPS, "articles": arts}
with open(GOLD, "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
print("built", len(arts), "articles")
