"""Build set BS: article files in ../setBS and gold in ../setBS.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arts1 import ARTS as A1
from arts2 import ARTS as A2

ARTS = A1 + A2
OUT = os.path.join(HERE, "..", "setBS")
GOLD = os.path.join(HERE, "..", "setBS.gold.json")
DUMPS = {"dump-1.txt": ["BS15", "BS16"], "dump-2.txt": ["BS17", "BS18"], "dump-3.txt": ["BS19", "BS20"]}
NBSP = "\u00a0"


def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a.get("nbsp") else "\n\n"
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
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["source_domain"], "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
            files[a["id"]] = fn
    for fn, ids in DUMPS.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(dump_block(byid[i]) for i in ids) + "\n")
        for i in ids:
            files[i] = fn
    arts = []
    for a in ARTS:
        arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                     "paragraphs": len(a["paras"]),
                     "first_paragraph_prefix": a["paras"][0][:50],
                     "last_paragraph_prefix": a["paras"][-1][:50],
                     "published": a["published"], "people": a["people"], "events": a["events"]})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set BS (South-East Asia and the Pacific): 20 articles written for evaluation, retelling real public events of 1987-1989 (Reuters wire style), 2016-2018 (broadsheet/wire style) and 2021-2022 (Al Jazeera style) in new words; hand annotation of headlines, publication dates, people and the political events between actors. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United Nations, EUR for the European Union, IGO for other intergovernmental bodies, NGO), or CAMEO's region code WST for 'the West'. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(arts), "articles")


if __name__ == "__main__":
    main()
