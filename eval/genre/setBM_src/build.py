"""Build set BM: article files in ../setBM and gold in ../setBM.gold.json."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, GOLD
import arts1, arts2, arts3

ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
DUMPS = {"dump-1.txt": ["BM5", "BM12"], "dump-2.txt": ["BM6", "BM13"], "dump-3.txt": ["BM19", "BM20"]}
NBSP = "\u00a0"

ABOUT = ("Held-out set BM: 20 newly written articles on Turkey, Egypt, the Gulf monarchies and North Africa "
         "(Libya, Tunisia, Algeria, Morocco) with their neighbours and the great powers, retelling real events of "
         "1987-1989 (Reuters style), 2016-2018 (Washington Post/Guardian/CNN style) and 2021-2022 (Al Jazeera style), "
         "in three formats: plain text, news-please JSON and page dumps holding two articles each. Events use PLOVER "
         "event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) "
         "or CAMEO's WST. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type "
         "an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, "
         "implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts "
         "against precision.")
MATCHING = ("An emitted event matches a gold event of the same article when its source code, target code and event type "
            "are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum "
            "one-to-one matching between emitted events and required gold events: true positives are its size; a "
            "required gold event left unmatched is a false negative; an emitted event that matches no gold event at all "
            "(required or optional) is a false positive; an emitted event that matches gold events but is left out of "
            "the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised "
            "name and country.")


def dump_block(a):
    sep = ("\n" + NBSP + "\n") if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])


def main():
    os.makedirs(OUT, exist_ok=True)
    by_id = {a["id"]: a for a in ARTS}
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
                   "source_domain": a["domain"], "language": "en", "description": a["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
                f.write("\n")
            files[a["id"]] = fn
    for fn, ids in DUMPS.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(dump_block(by_id[i]) for i in ids) + "\n")
        for i in ids:
            files[i] = fn
    arts = []
    for n in range(1, 21):
        a = by_id["BM%d" % n]
        arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                     "published": a["published"], "people": a["people"], "events": a["events"]})
    gold = {"format": "dyad-gold/1", "about": ABOUT, "matching": MATCHING, "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(arts), "articles")


if __name__ == "__main__":
    main()
