#!/usr/bin/env python3
"""Build set BW: article files in ../setBW and gold in ../setBW.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ARTICLES

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBW")
GOLD = os.path.join(ROOT, "setBW.gold.json")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

def body_paras(a):
    return a["paras"] + ["Reuter"]

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_arts = []
    for a in ARTICLES:
        paras = body_paras(a)
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(paras) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            dp = None if a.get("time") is None else f"{a['date']} {a['time']}"
            first = a["paras"][0].split(" - ", 1)[1]
            obj = {"title": a["headline"], "maintext": "\n".join(paras), "date_publish": dp,
                   "authors": a.get("authors", []), "url": None, "source_domain": "reuters.com",
                   "language": "en", "description": first}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
        else:
            fn = a["dump"]
            sep = "\n\n\u00a0\n\n" if a.get("nbsp") else "\n\n"
            block = a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(paras)
            dumps.setdefault(fn, []).append((a["id"], block))
        y, m, d = a["date"].split("-")
        why = f"dateline '{MONTHS[int(m)-1]} {int(d)}' of a Reuters wire item from {y}"
        evs = []
        for e in a["events"]:
            src, tgt, types, req, evd = e[:5]
            rec = {"source": src, "target": tgt, "types": types, "required": req, "evidence": evd}
            if len(e) > 5 and e[5]:
                rec["symmetric"] = True
            evs.append(rec)
        gold_arts.append({"id": a["id"], "file": fn, "headline": a["headline"],
                          "published": {"earliest": a["date"], "latest": a["date"], "why": why},
                          "people": a["people"], "events": evs})
    for fn, blocks in dumps.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(b for _, b in blocks) + "\n")
    gold = {
        "format": "dyad-gold/1",
        "about": "Hand annotation of set BW: 20 invented-wording Reuters-style wire items of 1987 on oil and the Gulf "
                 "(OPEC quotas, the tanker war, mines, naval deployments, pipelines), in plain text, news-please JSON "
                 "and page dumps. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's "
                 "non-state codes (UNO for the United Nations, EUR for the European Union, IGO for other intergovernmental "
                 "bodies such as OPEC, the Arab League, the GCC and NATO), or CAMEO's region code WST for 'the West'. "
                 "'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an "
                 "annotator would accept. 'required': false marks events that a good coder may or may not emit "
                 "(background, implicit or alleged): they are neither rewarded nor punished.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event "
                    "type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a "
                    "maximum one-to-one matching between emitted events and required gold events: true positives are its "
                    "size; a required gold event left unmatched is a false negative; an emitted event that matches no gold "
                    "event at all (required or optional) is a false positive; an emitted event that matches gold events but "
                    "is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People "
                    "match on normalised name and country.",
        "dumps": {fn: [i for i, _ in blocks] for fn, blocks in sorted(dumps.items())},
        "articles": gold_arts,
    }
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(gold_arts), "articles")

if __name__ == "__main__":
    main()
