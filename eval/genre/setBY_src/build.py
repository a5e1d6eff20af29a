#!/usr/bin/env python3
"""Build set BY: article files in ../setBY and gold in ../setBY.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles_a import ARTS as A
from articles_b import ARTS as B

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBY")
GOLD = os.path.join(ROOT, "setBY.gold.json")
ARTS = A + B
NBSP = "\u00a0"

TXT = [f"BY{i}" for i in range(1, 8)]
JSN = [f"BY{i}" for i in range(8, 15)]
DUMPS = {"dump-1.txt": ["BY15", "BY16"], "dump-2.txt": ["BY17", "BY18"], "dump-3.txt": ["BY19", "BY20"]}
NBSP_ARTS = {"BY17", "BY18", "BY19"}  # paragraphs separated by NBSP lines
TIMES = {"BY8": "1987-10-27 19:12:00", "BY9": "1987-10-09 16:45:00", "BY10": "1987-10-13 11:20:00",
         "BY11": "1987-06-30 23:05:00", "BY12": None, "BY13": "1987-01-29 08:30:00", "BY14": None}

os.makedirs(OUT, exist_ok=True)
by_id = {a["id"]: a for a in ARTS}
files = {}
for i in TXT:
    a = by_id[i]
    text = a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n"
    open(os.path.join(OUT, f"{i}.txt"), "w", encoding="utf-8").write(text)
    files[i] = f"{i}.txt"
for i in JSN:
    a = by_id[i]
    obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]), "date_publish": TIMES[i],
           "authors": [], "url": None, "source_domain": "reuters.com", "language": "en",
           "description": a["paras"][0].split(" - ", 1)[1]}
    open(os.path.join(OUT, f"{i}.json"), "w", encoding="utf-8").write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
    files[i] = f"{i}.json"
for dump, ids in DUMPS.items():
    blocks = []
    for i in ids:
        a = by_id[i]
        sep = "\n\n" + NBSP + "\n\n" if i in NBSP_ARTS else "\n\n"
        blocks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
    open(os.path.join(OUT, dump), "w", encoding="utf-8").write("\n\n\n\n".join(blocks) + "\n")
    for i in ids:
        files[i] = dump

gold = {
    "format": "dyad-gold/1",
    "about": "Hand annotation of set BY: 20 invented Reuters-style 1987 wire items (politics and security: southern Africa, "
             "Central America, the Philippines, Korea, Lebanon hostages, Afghanistan, superpower arms talks), retold in new words. "
             "Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes (former codes DDR/CSK accepted where named), "
             "or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. Rebels and opposition are coded by their country "
             "(Contras -> NIC, ANC -> ZAF, UNITA -> AGO, FMLN -> SLV, NDF -> PHL). 'source' and 'target' are a code or a list of acceptable "
             "codes; 'types' lists every acceptable type. 'required': false marks background, implicit, future or alleged events, neither "
             "rewarded nor punished.",
    "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. "
                "Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted "
                "events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; "
                "an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that "
                "matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. "
                "People match on normalised name and country.",
    "dumps": DUMPS,
    "articles": [],
}
for a in ARTS:
    gold["articles"].append({
        "id": a["id"], "file": files[a["id"]], "headline": a["headline"],
        "published": {"earliest": a["date"], "latest": a["date"], "why": a["why"]},
        "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
        "events": a["events"],
    })
json.dump(gold, open(GOLD, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("built", len(ARTS), "articles")
