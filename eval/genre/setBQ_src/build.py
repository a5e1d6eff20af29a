#!/usr/bin/env python3
"""Build set BQ articles and gold from arts1/2/3.py. Paths relative to this script."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "setBQ")
GOLD = os.path.join(os.path.dirname(HERE), "setBQ.gold.json")
import arts1, arts2, arts3
ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
NBSP = "\u00a0"

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            text = a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n"
            a["file"] = a["id"] + ".txt"
            open(os.path.join(OUT, a["file"]), "w", encoding="utf-8").write(text)
        elif a["fmt"] == "json":
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["source_domain"], "language": "en", "description": m["description"]}
            a["file"] = a["id"] + ".json"
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
        else:
            sep = "\n" + NBSP + "\n" if a["nbsp"] else "\n\n"
            block = a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])
            dumps.setdefault(a["dump"], []).append((a["id"], block))
            a["file"] = a["dump"]
    for name, items in dumps.items():
        text = "\n\n\n\n".join(b for _, b in items) + "\n"
        open(os.path.join(OUT, name), "w", encoding="utf-8").write(text)
    gold = {
        "format": "dyad-gold/1",
        "about": "Hand annotation of set BQ: 20 newly written articles (East Africa and the Horn of Africa; Reuters 1987-1989, "
                 "wire/broadsheet 2016-2018, Al Jazeera 2021-2022) in plain text, news-please JSON and page-dump formats. "
                 "Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes "
                 "(UNO for the United Nations, EUR for the European Union, IGO for other intergovernmental bodies, NGO, MNC), "
                 "or CAMEO's region code WST for 'the West'. Rebels and domestic groups are coded by their country. "
                 "'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator "
                 "would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or "
                 "alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type "
                    "are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum "
                    "one-to-one matching between emitted events and required gold events: true positives are its size; a required "
                    "gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required "
                    "or optional) is a false positive; an emitted event that matches gold events but is left out of the matching "
                    "(a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": {k: [i for i, _ in v] for k, v in sorted(dumps.items())},
        "articles": [],
    }
    for a in ARTS:
        e, l, why = a["published"]
        gold["articles"].append({
            "id": a["id"], "file": a["file"], "headline": a["headline"],
            "paragraphs": len(a["paras"]),
            "first_paragraph_prefix": a["paras"][0][:50],
            "last_paragraph_prefix": a["paras"][-1][:50],
            "published": {"earliest": e, "latest": l, "why": why},
            "people": a["people"], "events": a["events"]})
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(ARTS), "articles")

if __name__ == "__main__":
    main()
