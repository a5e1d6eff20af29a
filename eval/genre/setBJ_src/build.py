#!/usr/bin/env python3
"""Build set BJ: articles into ../setBJ/, gold into ../setBJ.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arts_a import ARTS as A
from arts_b import ARTS as B
from arts_c import ARTS as C

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBJ")
GOLD = os.path.join(ROOT, "setBJ.gold.json")
ARTS = A + B + C
DUMPS = {"dump-1.txt": ["BJ5", "BJ12"], "dump-2.txt": ["BJ6", "BJ19"], "dump-3.txt": ["BJ13", "BJ20"]}
NBSP = "\u00a0"


def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    byid = {a["id"]: a for a in ARTS}
    files = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
            files[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m.get("date_publish"), "authors": m.get("authors", []),
                   "url": m.get("url"), "source_domain": m.get("source_domain"),
                   "language": m.get("language", "en"), "description": m.get("description")}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
            files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        text = "\n\n\n".join(dump_block(byid[i]) for i in ids)
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write(text)
        for i in ids:
            files[i] = dn
    arts = []
    for a in sorted(ARTS, key=lambda x: int(x["id"][2:])):
        evs = []
        for (s, t, types, ev, req, sym) in a["events"]:
            e = {"source": s if isinstance(s, str) or len(s) > 1 else s[0],
                 "target": t if isinstance(t, str) or len(t) > 1 else t[0],
                 "types": types, "required": req, "evidence": ev}
            if sym:
                e["symmetric"] = True
            evs.append(e)
        arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                     "published": a["published"], "people": a["people"], "events": evs})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set BJ: 20 articles written for evaluation on the theme of justice and accountability between states (extraditions, spy arrests and swaps, international courts and tribunals, sanctions on named officials, detained foreigners); Reuters 1987-1989, broadsheet/wire 2016-2018 and Al Jazeera 2021-2022 styles. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United Nations and its courts, EUR for the European Union, IGO for other intergovernmental bodies such as the ICC and the African Union, NGO for non-governmental organisations), or CAMEO's region code WST for 'the West'. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(arts), "articles")


if __name__ == "__main__":
    main()
