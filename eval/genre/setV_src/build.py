#!/usr/bin/env python3
"""Build setV articles and gold from reuters.py, modern.py, aj.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ARTS
import reuters, modern, aj  # noqa: F401 (register articles)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = f"{ROOT}/setV"
DUMPS = {"dump-1.txt": ["V3", "V9"], "dump-2.txt": ["V6", "V16"], "dump-3.txt": ["V12", "V19"]}
NBSP_SEP = {"V9": "\n\n\u00a0\n\n", "V19": "\n\u00a0\n"}

def main():
    os.makedirs(OUT, exist_ok=True)
    by = {a["id"]: a for a in ARTS}
    assert len(by) == len(ARTS) == 20, len(ARTS)
    files = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = f"{a['id']}.txt"
            open(f"{OUT}/{fn}", "w", encoding="utf-8").write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
            files[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = f"{a['id']}.json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m.get("date_publish"), "authors": m.get("authors", []),
                   "url": m.get("url"), "source_domain": m.get("source_domain"),
                   "language": "en", "description": m.get("description")}
            json.dump(obj, open(f"{OUT}/{fn}", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
            files[a["id"]] = fn
    for fn, ids in DUMPS.items():
        chunks = []
        for i in ids:
            a = by[i]
            assert a["fmt"] == "dump"
            sep = NBSP_SEP.get(i, "\n\n")
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
            files[i] = fn
        open(f"{OUT}/{fn}", "w", encoding="utf-8").write("\n\n\n\n".join(chunks) + "\n")
    gold = {
        "format": "dyad-gold/1",
        "about": ("Held-out evaluation set V: 20 newly written articles retelling well-known public events "
                  "(Reuters 1987-1989, CNN/AP/Washington Post/NPR/Guardian 2016-2018, Al Jazeera 2021-2022), "
                  "in plain text, news-please JSON and page dumps without captions. Hand annotation of "
                  "publication dates, people, and political events between actors. Events use PLOVER event types. "
                  "Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) "
                  "or CAMEO's WST for 'the West'; rebels and militias are coded by the country they belong to "
                  "(Eritrean rebels of 1988: ERI or ETH accepted). 'source' and 'target' are a code or a list of "
                  "acceptable codes; 'types' lists every event type an annotator would accept. 'required': false "
                  "marks events that a good coder may or may not emit (background, implicit or alleged): they are "
                  "neither rewarded nor punished. Every evidence string is an exact substring of the article."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code and "
                     "event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring "
                     "takes a maximum one-to-one matching between emitted events and required gold events: true "
                     "positives are its size; a required gold event left unmatched is a false negative; an emitted "
                     "event that matches no gold event at all (required or optional) is a false positive; an emitted "
                     "event that matches gold events but is left out of the matching (a repeat, or an optional event) "
                     "is neither rewarded nor punished. People match on normalised name and country."),
        "dumps": DUMPS,
        "articles": [],
    }
    for a in sorted(ARTS, key=lambda x: int(x["id"][1:])):
        gold["articles"].append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                                 "published": a["published"], "people": a["people"], "events": a["events"]})
    json.dump(gold, open(f"{ROOT}/setV.gold.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("built", len(ARTS), "articles")

if __name__ == "__main__":
    main()
