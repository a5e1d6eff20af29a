#!/usr/bin/env python3
"""Build set CJ: articles into ../setCJ and gold into ../setCJ.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setCJ")
GOLD = os.path.join(ROOT, "setCJ.gold.json")
import a1, a2, a3
ARTS = a1.ARTS + a2.ARTS + a3.ARTS
NBSP_SEP = "\n\n\u00a0\n\n"

def body(a, nbsp=False):
    return (NBSP_SEP if nbsp else "\n\n").join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            a["file"] = a["id"] + ".txt"
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + body(a) + "\n")
        elif a["fmt"] == "json":
            a["file"] = a["id"] + ".json"
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": a["date"], "authors": a["authors"], "url": a["url"],
                   "source_domain": "www.aljazeera.com", "language": "en",
                   "description": a["description"]}
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            a["file"] = a["dump"]
            dumps.setdefault(a["dump"], []).append(a)
    for name, arts in dumps.items():
        chunks = [a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + body(a, a.get("nbsp")) for a in arts]
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(chunks) + "\n")
    gold = {
        "format": "dyad-gold/1",
        "about": ("Hand annotation of set CJ: 20 invented Al Jazeera English-style articles (2021-2022) on the Middle East "
                  "(Israel and the Palestinians, Syria, Yemen, Iraq, Lebanon, the Iran nuclear talks, the Gulf and Turkey), "
                  "retelling real public events in new words: 7 plain text files, 7 news-please JSON files and 3 page dumps of 2 articles each. "
                  "Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes "
                  "(UNO for the United Nations, EUR for the European Union, IGO for other intergovernmental bodies, NGO, MNC), "
                  "or CAMEO's region code WST for 'the West'. 'source' and 'target' are a code or a list of acceptable codes; "
                  "'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may "
                  "not emit (background, implicit or alleged): they are neither rewarded nor punished."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code and event type are "
                     "acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching "
                     "between emitted events and required gold events: true positives are its size; a required gold event left unmatched is "
                     "a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an "
                     "emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither "
                     "rewarded nor punished. People match on normalised name and country."),
        "dumps": {k: [a["id"] for a in v] for k, v in dumps.items()},
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
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": a["events"],
        })
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(ARTS), "articles")

if __name__ == "__main__":
    main()
