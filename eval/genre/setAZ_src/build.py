#!/usr/bin/env python3
"""Build set AZ articles and gold from arts1..3."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAZ")
GOLD = os.path.join(ROOT, "setAZ.gold.json")
import arts1, arts2, arts3

ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
DUMPS = {"dump-1.txt": ["AZ5", "AZ11"], "dump-2.txt": ["AZ6", "AZ12"], "dump-3.txt": ["AZ13", "AZ18"]}
NBSP_SEP = {"AZ11", "AZ6"}  # articles whose paragraphs are separated by a U+00A0 line in the dump


def paras(a):
    return [p.strip() for p in a["text"].strip().split("\n\n") if p.strip()]


def code(c):
    parts = c.split()
    return parts[0] if len(parts) == 1 else parts


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    byid = {a["id"]: a for a in ARTS}
    files = {}
    for a in ARTS:
        ps = paras(a)
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
                fh.write(a["headline"] + "\n\n" + "\n\n".join(ps) + "\n")
            files[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(ps), "date_publish": m["date"],
                   "authors": m["authors"], "url": m["url"], "source_domain": m["domain"],
                   "language": "en", "description": m["desc"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
                json.dump(obj, fh, ensure_ascii=False, indent=2)
            files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        chunks = []
        for i in ids:
            a = byid[i]
            sep = "\n\n\u00a0\n\n" if i in NBSP_SEP else "\n\n"
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(paras(a)))
            files[i] = dn
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as fh:
            fh.write("\n\n\n\n".join(chunks) + "\n")
    arts = []
    for a in sorted(ARTS, key=lambda x: int(x["id"][2:])):
        ps = paras(a)
        evs = []
        for ev in a["events"]:
            d = {"source": code(ev["source"]), "target": code(ev["target"]), "types": ev["types"],
                 "required": ev["required"], "evidence": ev["evidence"]}
            if ev["sym"]:
                d["symmetric"] = True
            evs.append(d)
        arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                     "paragraphs": len(ps), "first_paragraph_prefix": ps[0][:50],
                     "last_paragraph_prefix": ps[-1][:50],
                     "published": {"earliest": a["published"][0], "latest": a["published"][1], "why": a["published"][2]},
                     "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
                     "events": evs})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set AZ: 20 articles written for evaluation (summit and bilateral diplomacy: state visits, treaties, ambassadors recalled or expelled, recognition disputes, mediation offers), retelling real events of 1987-1989 (Reuters wire style), 2016-2018 (broadsheet/wire style) and 2021-2022 (Al Jazeera style) in original wording. Hand annotation of articles, publication dates, people and political events between actors. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United Nations, EUR for the European Union, IGO for other intergovernmental bodies), or CAMEO's region code WST for 'the West'. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    for a in ARTS:
        print(a["id"], a["fmt"], len(" ".join(paras(a)).split()), "words",
              sum(e["required"] for e in a["events"]), "req", sum(not e["required"] for e in a["events"]), "opt")


if __name__ == "__main__":
    main()
