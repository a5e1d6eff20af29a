#!/usr/bin/env python3
"""Build set BO: article files in ../setBO and gold in ../setBO.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBO")
GOLD = os.path.join(ROOT, "setBO.gold.json")
import arts_reuters, arts_modern, arts_aj

ARTS = {a["id"]: a for m in (arts_reuters, arts_modern, arts_aj) for a in m.ARTS}
assert len(ARTS) == 20, len(ARTS)
DUMPS = {"dump-1.txt": ["BO15", "BO16"], "dump-2.txt": ["BO17", "BO18"], "dump-3.txt": ["BO19", "BO20"]}
TIMES = {"BO8": "1988-11-02 00:00:00", "BO9": None, "BO10": "2017-09-02 11:42:00", "BO11": "2017-01-20 17:05:00",
         "BO12": "2017-06-28 03:21:00", "BO13": "2021-10-27 09:14:00", "BO14": "2022-08-20 02:37:00"}
NBSP = "\u00a0"

def body(a):
    if a.get("nbsp"):
        return ("\n\n" + NBSP + "\n\n").join(a["paras"])
    return "\n\n".join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    files = {}
    for aid in sorted(ARTS, key=lambda x: int(x[2:])):
        a = ARTS[aid]
        if a["fmt"] == "txt":
            fn = aid + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
            files[aid] = fn
        elif a["fmt"] == "json":
            fn = aid + ".json"
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]), "date_publish": TIMES[aid],
                   "authors": a.get("authors", []), "url": a.get("url"), "source_domain": a["domain"],
                   "language": "en", "description": a.get("description")}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
            files[aid] = fn
    for dn, ids in DUMPS.items():
        parts = []
        for aid in ids:
            a = ARTS[aid]
            parts.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + body(a))
            files[aid] = dn
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(parts) + "\n")
    arts = []
    for aid in sorted(ARTS, key=lambda x: int(x[2:])):
        a = ARTS[aid]
        arts.append({"id": aid, "file": files[aid], "headline": a["headline"],
                     "paragraphs": len(a["paras"]),
                     "first_paragraph_prefix": a["paras"][0][:50],
                     "last_paragraph_prefix": a["paras"][-1][:50],
                     "published": {"earliest": a.get("earliest", a["date"]), "latest": a.get("latest", a["date"]), "why": a["why"]},
                     "people": a["people"], "events": a["events"]})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set BO: 20 articles written for evaluation (Latin America theme: domestic conflict and interstate relations), "
                     "retelling real public events of 1987-1989 (Reuters wire style), 2016-2018 (US/UK broadsheet and broadcaster style) "
                     "and 2021-2022 (Al Jazeera style) in new words. Hand annotation of articles, publication date windows, people and "
                     "political events. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes "
                     "(UNO for the United Nations, EUR for the European Union, IGO for other intergovernmental bodies, NGO), or CAMEO's WST. "
                     "'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. "
                     "'required': false marks events that a good coder may or may not emit (background, implicit or alleged). Evidence strings "
                     "are exact substrings of the article text.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are "
                        "acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching "
                        "between emitted events and required gold events: true positives are its size; a required gold event left unmatched "
                        "is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; "
                        "an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither "
                        "rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(arts), "articles")

if __name__ == "__main__":
    main()
