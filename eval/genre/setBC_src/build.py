#!/usr/bin/env python3
"""Build setBC articles and setBC.gold.json from arts1-3.py."""
import os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBC")
GOLD = os.path.join(ROOT, "setBC.gold.json")
sys.path.insert(0, HERE)
import arts1, arts2, arts3
ARTS = arts1.A + arts2.A + arts3.A
DUMPS = {"dump-1.txt": ["BC6", "BC12"], "dump-2.txt": ["BC13", "BC18"], "dump-3.txt": ["BC19", "BC20"]}
NBSP_ARTS = {"BC12", "BC19"}
NB = "\u00a0"

def main():
    os.makedirs(OUT, exist_ok=True)
    by = {a["id"]: a for a in ARTS}
    files = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            open(os.path.join(OUT, fn), "w", encoding="utf-8").write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
            files[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]), "date_publish": a["date"],
                   "authors": a["authors"], "url": a["url"], "source_domain": a["domain"], "language": "en",
                   "description": a["desc"]}
            json.dump(obj, open(os.path.join(OUT, fn), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
            files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        blocks = []
        for i in ids:
            a = by[i]
            sep = "\n" + NB + "\n" if i in NBSP_ARTS else "\n\n"
            blocks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
            files[i] = dn
        open(os.path.join(OUT, dn), "w", encoding="utf-8").write("\n\n\n\n".join(blocks) + "\n")
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of held-out set BC (20 articles, Asia theme: Reuters 1987-1989, broadsheet/wire 2016-2018, Al Jazeera 2021-2022). Articles, publication dates, people, and political events between actors, using PLOVER event types. Actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every type an annotator would accept. 'required': false marks borderline events (background, implicit, alleged) that are neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": []}
    for n in range(1, 21):
        a = by["BC%d" % n]
        evs = []
        for (s, t, ty, req, ev, sym) in a["events"]:
            e = {"source": s, "target": t, "types": ty.split("|"), "required": req, "evidence": ev}
            if sym:
                e["symmetric"] = True
            evs.append(e)
        e0, e1, why = a["published"]
        gold["articles"].append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
            "published": {"earliest": e0, "latest": e1, "why": why},
            "people": [{"name": p[0], "country": p[1], "role": p[2]} for p in a["people"]],
            "events": evs})
    json.dump(gold, open(GOLD, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("built", len(ARTS), "articles")

if __name__ == "__main__":
    main()
