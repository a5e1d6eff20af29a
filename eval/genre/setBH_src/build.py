import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBH")
GOLD = os.path.join(ROOT, "setBH.gold.json")
import arts1, arts2, arts3, arts4
ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS + arts4.ARTS
DUMPS = {"dump-1.txt": ["BH3", "BH10"], "dump-2.txt": ["BH6", "BH13"], "dump-3.txt": ["BH17", "BH20"]}
NBSP = "\u00a0"

def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    byid = {a["id"]: a for a in ARTS}
    where = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
            where[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["source_domain"], "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
            where[a["id"]] = fn
    for fn, ids in DUMPS.items():
        text = "\n\n\n\n".join(dump_block(byid[i]) for i in ids) + "\n"
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write(text)
        for i in ids:
            where[i] = fn
    arts = []
    for a in sorted(ARTS, key=lambda x: int(x["id"][2:])):
        e, l, why = a["published"]
        arts.append({"id": a["id"], "file": where[a["id"]], "headline": a["headline"],
                     "published": {"earliest": e, "latest": l, "why": why},
                     "people": a["people"], "events": a["events"]})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set BH: 20 newly written articles on maritime, territorial and border disputes (islands, fishing rights, river waters, border clashes and closures, and their mediation), retelling real events of 1987-1989 (Reuters style), 2016-2018 (CNN/Washington Post/Guardian style) and 2021-2022 (Al Jazeera style), in three formats: plain text, news-please JSON and page dumps holding two articles each. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(arts), "articles")

if __name__ == "__main__":
    main()
