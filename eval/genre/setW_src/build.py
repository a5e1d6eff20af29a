#!/usr/bin/env python3
"""Build set W: articles in ../setW and gold in ../setW.gold.json."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ARTS
import arts_reuters, arts_modern, arts_aj  # noqa: F401 (register articles)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "setW")
NBSP_ARTS = {"W6", "W15", "W20"}  # dump articles whose paragraphs are separated by a U+00A0 line
DUMPS = {"dump-1.txt": ["W6", "W11"], "dump-2.txt": ["W13", "W15"], "dump-3.txt": ["W18", "W20"]}

os.makedirs(OUT, exist_ok=True)
by_id = {a["id"]: a for a in ARTS}
assert len(by_id) == len(ARTS) == 20

def files_for(a):
    if a["fmt"] == "txt":
        return f"{a['id']}.txt"
    if a["fmt"] == "json":
        return f"{a['id']}.json"
    return a["fmt"] + ".txt"

for a in ARTS:
    if a["fmt"] == "txt":
        with open(os.path.join(OUT, files_for(a)), "w", encoding="utf-8") as f:
            f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
    elif a["fmt"] == "json":
        m = a["meta"]
        obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
               "date_publish": m.get("date_publish"), "authors": m.get("authors", []),
               "url": m.get("url"), "source_domain": m.get("source_domain"),
               "language": "en", "description": m.get("description")}
        with open(os.path.join(OUT, files_for(a)), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")

for dname, ids in DUMPS.items():
    blocks = []
    for i in ids:
        a = by_id[i]
        assert a["fmt"] + ".txt" == dname, (i, dname)
        sep = "\n\n\u00a0\n\n" if i in NBSP_ARTS else "\n\n"
        blocks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
    with open(os.path.join(OUT, dname), "w", encoding="utf-8") as f:
        f.write("\n\n\n\n".join(blocks) + "\n")

gold = {
    "format": "dyad-gold/1",
    "about": ("Set W: 20 held-out news articles written for evaluation (Reuters wire 1987-1989, "
              "CNN/AP/Washington Post/NPR/Guardian 2016-2018, Al Jazeera 2021-2022), retelling well-known "
              "public events in new words, with a hand annotation: publication date windows, people, and the "
              "political events between actors. Events use PLOVER event types. Actors are ISO 3166 alpha-3 "
              "country codes, or PLOVER's non-state codes (UNO for the United Nations, EUR for the European "
              "Union, IGO for other intergovernmental bodies such as NATO, NGO, MNC), or CAMEO's region code WST "
              "for 'the West'. Non-state armed groups are coded by the country they belong to. 'source' and "
              "'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator "
              "would accept. 'required': false marks events that a good coder may or may not emit (background, "
              "implicit, negated or alleged): they are neither rewarded nor punished. Any emitted event that "
              "matches no entry counts against precision. 'evidence' is an exact substring of the article text."),
    "matching": ("An emitted event matches a gold event of the same article when its source code, target code "
                 "and event type are acceptable. Symmetric events ('symmetric': true) match either direction. "
                 "Scoring takes a maximum one-to-one matching between emitted events and required gold events: "
                 "true positives are its size; a required gold event left unmatched is a false negative; an "
                 "emitted event that matches no gold event at all (required or optional) is a false positive; an "
                 "emitted event that matches gold events but is left out of the matching (a repeat, or an "
                 "optional event) is neither rewarded nor punished. People match on normalised name and country."),
    "dumps": DUMPS,
    "articles": [],
}
def idnum(a):
    return int(a["id"][1:])
for a in sorted(ARTS, key=idnum):
    gold["articles"].append({
        "id": a["id"], "file": files_for(a), "headline": a["headline"],
        "paragraphs": len(a["paras"]),
        "first_paragraph_prefix": a["paras"][0][:50],
        "last_paragraph_prefix": a["paras"][-1][:40],
        "published": a["published"], "people": a["people"], "events": a["events"],
    })
with open(os.path.join(ROOT, "setW.gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("built", len(ARTS), "articles")
