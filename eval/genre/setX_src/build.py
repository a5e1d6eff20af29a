#!/usr/bin/env python3
"""Build set X: article files in ../setX and the gold file ../setX.gold.json."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reuters, modern, aj
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setX")
GOLD = os.path.join(ROOT, "setX.gold.json")
NBSP = "\u00a0"

def paras(a):
    return [p.strip() for p in a["text"].split("\n") if p.strip()]

def codes(s):
    v = s.split("|")
    return v[0] if len(v) == 1 else v

def main():
    arts = reuters.ARTS + modern.ARTS + aj.ARTS
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_arts = []
    for a in arts:
        ps = paras(a)
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(ps) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            obj = {"title": a["headline"], "maintext": "\n".join(ps), "date_publish": a["date_publish"],
                   "authors": a["authors"], "url": a["url"], "source_domain": a["domain"],
                   "language": "en", "description": a["desc"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
        else:
            fn = a["dump"]
            sep = "\n\n" + NBSP + "\n\n" if a.get("nbsp") else "\n\n"
            block = a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(ps)
            dumps.setdefault(fn, []).append((a["id"], block))
        ev = []
        for e in a["events"]:
            d = {"source": codes(e[0]), "target": codes(e[1]), "types": re.split(r"[/|]", e[2]),
                 "required": bool(e[3]), "evidence": e[4]}
            if len(e) > 5 and e[5] == "s":
                d["symmetric"] = True
            ev.append(d)
        gold_arts.append({"id": a["id"], "file": fn, "headline": a["headline"],
                          "published": {"earliest": a["date"][0], "latest": a["date"][1], "why": a["date"][2]},
                          "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
                          "events": ev})
    for fn, blocks in sorted(dumps.items()):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(b for _, b in blocks) + "\n")
    gold = {"format": "dyad-gold/1",
            "about": "Held-out evaluation set X: 20 newly written news articles (Reuters 1987-1989, US/UK wire and broadsheet 2016-2018, Al Jazeera 2021-2022) retelling well-known public events in original wording, with a hand annotation of publication dates, people and political events. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United Nations, EUR for the European Union, IGO for other intergovernmental bodies, NGO, MNC), or CAMEO's region code WST for 'the West'; Soviet actors are coded RUS. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": {fn: [i for i, _ in blocks] for fn, blocks in sorted(dumps.items())},
            "articles": gold_arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(gold_arts), "articles")

if __name__ == "__main__":
    main()
