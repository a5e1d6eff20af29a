#!/usr/bin/env python3
"""Build setBR articles and setBR.gold.json from arts_*.py (paths relative to this script)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import arts_a, arts_b, arts_c
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBR")
GOLD = os.path.join(ROOT, "setBR.gold.json")
ARTS = arts_a.ARTS + arts_b.ARTS + arts_c.ARTS
DUMPS = {"dump-1.txt": ["BR5", "BR12"], "dump-2.txt": ["BR6", "BR13"], "dump-3.txt": ["BR19", "BR20"]}
NBSP = "\u00a0"

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
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": a["date_publish"], "authors": a["authors"], "url": a["url"],
                   "source_domain": a["source_domain"], "language": "en", "description": a["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
            files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        parts = []
        for i in ids:
            a = byid[i]
            sep = "\n\n" + NBSP + "\n\n" if a.get("nbsp") else "\n\n"
            parts.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
            files[i] = dn
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(parts) + "\n")
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of the held-out set setBR (20 articles, South Asia theme: India, Pakistan, "
                     "Bangladesh, Sri Lanka, Nepal, the Maldives, Afghanistan; Reuters 1987-1989, broadsheet/wire 2016-2018, "
                     "Al Jazeera 2021-2022), written fresh and annotated by hand: publication date windows, people, and the "
                     "political events between actors. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country "
                     "codes, or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. 'source' and 'target' are "
                     "a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. "
                     "'required': false marks events that a good coder may or may not emit (background, implicit or alleged).",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event "
                        "type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a "
                        "maximum one-to-one matching between emitted events and required gold events; unmatched required gold "
                        "events are false negatives; emitted events matching no gold event are false positives; emitted events "
                        "matching only optional or already-matched gold events are neither rewarded nor punished. People match "
                        "on normalised name and country.",
            "dumps": DUMPS, "articles": []}
    for a in ARTS:
        e, l, w = a["published"]
        gold["articles"].append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                                 "published": {"earliest": e, "latest": l, "why": w},
                                 "people": a["people"], "events": a["events"]})
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(ARTS), "articles")

if __name__ == "__main__":
    main()
