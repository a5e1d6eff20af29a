"""Build set AV: article files in ../setAV and the gold file ../setAV.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from part1 import ARTICLES as A1
from part2 import ARTICLES as A2
from part3 import ARTICLES as A3
from part4 import ARTICLES as A4

ARTS = A1 + A2 + A3 + A4
OUT = os.path.join(HERE, "..", "setAV")
GOLD = os.path.join(HERE, "..", "setAV.gold.json")
DUMPS = {"dump-1.txt": ["AV5", "AV11"], "dump-2.txt": ["AV6", "AV19"], "dump-3.txt": ["AV12", "AV20"]}

def dump_block(a):
    sep = "\n\n\u00a0\n\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])

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
            files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(dump_block(byid[i]) for i in ids) + "\n")
        for i in ids:
            files[i] = dn
    gold = {
        "format": "dyad-gold/1",
        "about": ("Held-out set AV: 20 newly written articles on real events in South-East Asia, South Asia and the "
                  "Pacific (Reuters 1987-1989, wire/broadsheet 2016-2018, Al Jazeera 2021-2022), hand annotated. "
                  "Actors are ISO 3166 alpha-3 codes or PLOVER non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. "
                  "'source' and 'target' are a code or a list of acceptable codes; 'types' lists every PLOVER event type an "
                  "annotator would accept. 'required': false marks background, implicit or borderline events that are "
                  "neither rewarded nor punished. Evidence strings are exact substrings of the article text."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code and "
                     "event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes "
                     "a maximum one-to-one matching between emitted events and required gold events; unmatched required "
                     "events are false negatives; emitted events matching no gold event are false positives. People match "
                     "on normalised name and country."),
        "dumps": DUMPS,
        "articles": [],
    }
    for a in sorted(ARTS, key=lambda x: int(x["id"][2:])):
        e, l, why = a["published"]
        gold["articles"].append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                                 "published": {"earliest": e, "latest": l, "why": why},
                                 "people": a["people"], "events": a["events"]})
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(ARTS), "articles")

if __name__ == "__main__":
    main()
