#!/usr/bin/env python3
"""Build setK articles and gold from reuters.py, modern.py, aj.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reuters, modern, aj

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(BASE, "setK")
GOLD = os.path.join(BASE, "setK.gold.json")
DUMPS = {"dump-1.txt": ["K15", "K16"], "dump-2.txt": ["K17", "K18"], "dump-3.txt": ["K19", "K20"]}
NBSP = "\u00a0"


def all_articles():
    arts = reuters.ARTICLES + modern.ARTICLES + aj.ARTICLES
    return sorted(arts, key=lambda a: int(a["id"][1:]))


def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    arts = all_articles()
    byid = {a["id"]: a for a in arts}
    files = {}
    for a in arts:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]), "date_publish": m["date_publish"],
                   "authors": m["authors"], "url": m["url"], "source_domain": m["source_domain"],
                   "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
        else:
            fn = None
        files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        blocks = [dump_block(byid[i]).rstrip("\n") for i in ids]
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(blocks) + "\n")
        for i in ids:
            assert byid[i]["fmt"] == "dump"
            files[i] = dn
    gold = {
        "format": "dyad-gold/1",
        "about": ("Held-out set K: 20 newly written articles imitating Reuters 1987-1989 wire copy, "
                  "2016-2018 CNN/AP/Washington Post/NPR/Guardian reporting and 2021-2022 Al Jazeera reporting, "
                  "retelling well-known public events in original wording (quotes and minor details invented). "
                  "7 plain text files, 7 news-please JSON files and 3 page dumps of 2 articles each. "
                  "Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. "
                  "'source' and 'target' are a code or a list of acceptable codes; 'types' lists every acceptable type. "
                  "'required': false marks background, implicit, repeated or borderline events, neither rewarded nor punished. "
                  "Evidence strings are exact substrings of the article text."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code and "
                     "event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes "
                     "a maximum one-to-one matching between emitted events and required gold events; unmatched required "
                     "events are false negatives; emitted events matching no gold event are false positives; emitted events "
                     "matching only optional or already-matched gold events are neutral. People match on normalised name and country."),
        "dumps": DUMPS,
        "articles": [],
    }
    for a in arts:
        gold["articles"].append({
            "id": a["id"], "file": files[a["id"]], "headline": a["headline"],
            "published": a["published"], "people": a["people"], "events": a["events"],
        })
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(arts), "articles")


if __name__ == "__main__":
    main()
