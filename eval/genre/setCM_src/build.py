#!/usr/bin/env python3
"""Build set CM articles and gold from articles.py. Paths relative to this script."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ARTICLES
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setCM")
GOLD = os.path.join(ROOT, "setCM.gold.json")
os.makedirs(OUT, exist_ok=True)

def desc(p):
    s = p.split(" - ", 1)[-1]
    return s.split(". ")[0].rstrip(".") + "."

dumps = {}
for a in ARTICLES:
    if a["fmt"] == "txt":
        a["file"] = a["id"] + ".txt"
        with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
            f.write(a["headline"] + "\n\n" + "\n\n".join(a["paragraphs"]) + "\n")
    elif a["fmt"] == "json":
        a["file"] = a["id"] + ".json"
        obj = {"title": a["headline"], "maintext": "\n".join(a["paragraphs"]),
               "date_publish": a["date_publish"], "authors": [], "url": None,
               "source_domain": "reuters.com", "language": "en",
               "description": desc(a["paragraphs"][0])}
        with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
    else:
        a["file"] = a["dump"]
        sep = "\n\n\u00a0\n\n" if a["nbsp"] else "\n\n"
        block = a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paragraphs"])
        dumps.setdefault(a["dump"], []).append((a["id"], block))

for name, blocks in dumps.items():
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n\n\n\n".join(b for _, b in blocks) + "\n")

gold = {
    "format": "dyad-gold/1",
    "about": "Held-out set CM: 20 Reuters-style wire items (1987, one from January 1988) on Asia and the "
             "Pacific, written fresh and hand-annotated. Events use PLOVER event types. Actors are ISO 3166 "
             "alpha-3 country codes (Soviet actors RUS), or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC), "
             "or CAMEO's region code WST. 'source' and 'target' are a code or a list of acceptable codes; "
             "'types' lists every event type an annotator would accept. 'required': false marks events that a "
             "good coder may or may not emit (background, implicit, alleged or planned): they are neither "
             "rewarded nor punished. Any emitted event that matches no entry counts against precision.",
    "matching": "An emitted event matches a gold event of the same article when its source code, target code and "
                "event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring "
                "takes a maximum one-to-one matching between emitted events and required gold events: true "
                "positives are its size; a required gold event left unmatched is a false negative; an emitted "
                "event that matches no gold event at all (required or optional) is a false positive; an emitted "
                "event that matches gold events but is left out of the matching (a repeat, or an optional event) "
                "is neither rewarded nor punished. People match on normalised name and country.",
    "dumps": {k: [i for i, _ in v] for k, v in dumps.items()},
    "articles": [],
}
for a in ARTICLES:
    gold["articles"].append({
        "id": a["id"], "file": a["file"], "headline": a["headline"],
        "paragraphs": len(a["paragraphs"]),
        "first_paragraph_prefix": a["paragraphs"][0][:50],
        "last_paragraph_prefix": a["paragraphs"][-1][:50],
        "published": {"earliest": a["date"], "latest": a["date"], "why": a["why"]},
        "people": a["people"], "events": a["events"]})
with open(GOLD, "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
print("built", len(ARTICLES), "articles")
