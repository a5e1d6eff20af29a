#!/usr/bin/env python3
"""Build set AH: articles in ../setAH and gold in ../setAH.gold.json (paths relative to this script)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAH")
GOLD = os.path.join(ROOT, "setAH.gold.json")
sys.path.insert(0, HERE)
import arts1, arts2, arts3  # noqa: E402

ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
NBSP_SEP = "\n\n\u00a0\n\n"


def paras(a):
    return [p.strip() for p in a["body"].strip().split("\n\n") if p.strip()]


def code(v):
    v = v.split("|")
    return v[0] if len(v) == 1 else v


def main():
    os.makedirs(OUT, exist_ok=True)
    dumps, gold = {}, []
    for a in ARTS:
        ps = paras(a)
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(ps) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(ps),
                   "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["source_domain"], "language": "en",
                   "description": m["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
        else:
            fn = a["dump"]
            sep = NBSP_SEP if a.get("nbsp") else "\n\n"
            block = a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(ps)
            dumps.setdefault(fn, []).append((a["id"], block))
        evs = []
        for (s, t, ty, req, evid, sym) in a["events"]:
            e = {"source": code(s), "target": code(t), "types": ty.split("/"),
                 "required": bool(req), "evidence": evid}
            if sym:
                e["symmetric"] = True
            evs.append(e)
        e0, e1, why = a["pub"]
        gold.append({"id": a["id"], "file": fn, "headline": a["headline"],
                     "paragraphs": len(ps),
                     "first_paragraph_prefix": ps[0][:50], "last_paragraph_prefix": ps[-1][:50],
                     "published": {"earliest": e0, "latest": e1, "why": why},
                     "people": [{"name": n, "country": c, "role": r} for (n, c, r) in a["people"]],
                     "events": evs})
    for fn, blocks in dumps.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(b for _, b in blocks) + "\n")
    doc = {"format": "dyad-gold/1",
           "about": ("Set AH: 20 held-out articles on Latin America and the Caribbean, written in own words after "
                     "real events: 6 Reuters 1987-1989, 7 wire/broadsheet 2016-2018, 7 Al Jazeera-style 2021-2022. "
                     "Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST "
                     "(the Holy See VAT, Taiwan TWN). 'source' and 'target' are a code or a list of acceptable codes; "
                     "'types' lists every type an annotator would accept. 'required': false marks borderline events "
                     "(background, implied, alleged): neither rewarded nor punished."),
           "matching": ("An emitted event matches a gold event of the same article when its source code, target "
                        "code and event type are acceptable. Symmetric events match either direction. Scoring takes "
                        "a maximum one-to-one matching between emitted events and required gold events; unmatched "
                        "required events are false negatives; emitted events matching no gold event are false "
                        "positives; repeats and optional matches are neutral. People match on normalised name and country."),
           "dumps": {fn: [i for i, _ in blocks] for fn, blocks in dumps.items()},
           "articles": gold}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", len(gold), "articles")


if __name__ == "__main__":
    main()
