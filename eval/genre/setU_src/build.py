#!/usr/bin/env python3
"""Build set U: article files in ../setU and gold in ../setU.gold.json."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arts_reuters import ARTS as A1
from arts_modern import ARTS as A2
from arts_aj import ARTS as A3

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "setU")
GOLD = os.path.join(HERE, "..", "setU.gold.json")
ARTS = {a["id"]: a for a in A1 + A2 + A3}
DUMPS = {"dump-1.txt": ["U15", "U4"], "dump-2.txt": ["U6", "U10"], "dump-3.txt": ["U16", "U19"]}
NBSP_SEP = {"U15", "U10", "U19"}   # paragraphs separated by a line holding only U+00A0
NBSP = "\u00a0"

def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a["id"] in NBSP_SEP else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]) + "\n"

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    in_dump = {i: f for f, ids in DUMPS.items() for i in ids}
    for a in ARTS.values():
        if a["fmt"] == "txt":
            a["file"] = a["id"] + ".txt"
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as fh:
                fh.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        elif a["fmt"] == "json":
            a["file"] = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]), "date_publish": m["date_publish"],
                   "authors": m["authors"], "url": m["url"], "source_domain": m["source_domain"],
                   "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as fh:
                json.dump(obj, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        else:
            a["file"] = in_dump[a["id"]]
    for f, ids in DUMPS.items():
        with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
            fh.write("\n\n\n".join(dump_block(ARTS[i]) for i in ids))
    order = sorted(ARTS, key=lambda i: int(i[1:]))
    gold = {
        "format": "dyad-gold/1",
        "about": ("Held-out set U: 20 newly written news articles (Reuters 1987-1989, CNN/AP/Washington Post/Guardian "
                  "2016-2018, Al Jazeera 2021-2022) retelling well-known public events in new words, hand annotated with "
                  "publication date windows, people, and the political events between actors. Events use PLOVER event "
                  "types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United "
                  "Nations, EUR for the European Union, IGO for other intergovernmental bodies), or CAMEO's region code WST "
                  "for 'the West'. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every "
                  "event type an annotator would accept. 'required': false marks events that a good coder may or may not "
                  "emit (background, implicit, alleged or planned): they are neither rewarded nor punished. Any emitted "
                  "event that matches no entry counts against precision. Formats: 7 plain text files, 7 news-please JSON "
                  "files and 3 page dumps holding 2 articles each."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code and "
                     "event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring "
                     "takes a maximum one-to-one matching between emitted events and required gold events: true positives "
                     "are its size; a required gold event left unmatched is a false negative; an emitted event that matches "
                     "no gold event at all (required or optional) is a false positive; an emitted event that matches gold "
                     "events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor "
                     "punished. People match on normalised name and country."),
        "dumps": DUMPS,
        "articles": [],
    }
    for i in order:
        a = ARTS[i]
        e, l, why = a["published"]
        gold["articles"].append({"id": i, "file": a["file"], "headline": a["headline"],
                                 "published": {"earliest": e, "latest": l, "why": why},
                                 "people": a["people"], "events": a["events"]})
    with open(GOLD, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("built", len(order), "articles")

if __name__ == "__main__":
    main()
