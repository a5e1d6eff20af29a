import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import ARTS
import arts1, arts2, arts3  # noqa: F401  (register articles)

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBI")
GOLD = os.path.join(ROOT, "setBI.gold.json")
DUMPS = {"dump-1.txt": ["BI5", "BI12"], "dump-2.txt": ["BI6", "BI19"], "dump-3.txt": ["BI13", "BI20"]}
NBSP_ARTICLES = {"BI12", "BI19", "BI20"}  # paragraphs separated by a line holding only U+00A0

def paras(a):
    return [l.strip() for l in a["body"].split("\n") if l.strip()]

def main():
    os.makedirs(OUT, exist_ok=True)
    by_id = {a["id"]: a for a in ARTS}
    files = {}
    for a in ARTS:
        p = paras(a)
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(p) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(p), "date_publish": m["date_publish"],
                   "authors": m["authors"], "url": m["url"], "source_domain": m["source_domain"],
                   "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            fn = None
        files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        chunks = []
        for i in ids:
            a = by_id[i]
            sep = "\n\n\u00a0\n\n" if i in NBSP_ARTICLES else "\n\n"
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(paras(a)))
            files[i] = dn
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(chunks) + "\n")
    arts = []
    for a in sorted(ARTS, key=lambda x: int(x["id"][2:])):
        e, l, w = a["published"]
        arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                     "published": {"earliest": e, "latest": l, "why": w},
                     "people": a["people"], "events": a["events"]})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set BI: 20 newly written articles on elections and transfers of power (inaugurations, contested results, election observers, boycotts, foreign congratulations and condemnations), retelling real events of 1987-1989 (Reuters style), 2016-2018 (CNN/NPR/Washington Post/Guardian style) and 2021-2022 (Al Jazeera style), in three formats: plain text, news-please JSON and page dumps holding two articles each. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(arts), "articles")

if __name__ == "__main__":
    main()
