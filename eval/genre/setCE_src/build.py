#!/usr/bin/env python3
"""Build setCE articles and gold from articles.py. Paths are relative to this script."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ARTICLES
ROOT = os.path.dirname(HERE)              # .../genre
OUT = os.path.join(ROOT, "setCE")
GOLD = os.path.join(ROOT, "setCE.gold.json")
NBSP = "\u00a0"
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

def body(a):
    return a["paras"] + ["Reuter"]

def write_txt(a):
    text = a["headline"] + "\n\n" + "\n\n".join(body(a)) + "\n"
    open(os.path.join(OUT, a["id"] + ".txt"), "w", encoding="utf-8").write(text)
    return a["id"] + ".txt"

def write_json(a):
    first = a["paras"][0]
    desc = first.split(" - ", 1)[1] if " - " in first else first
    obj = {
        "title": a["headline"],
        "maintext": "\n".join(body(a)),
        "date_publish": (a["date"] + " " + a["time"]) if a.get("time") else None,
        "authors": [],
        "url": None,
        "source_domain": "reuters.com",
        "language": "en",
        "description": desc,
    }
    json.dump(obj, open(os.path.join(OUT, a["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    return a["id"] + ".json"

def dump_block(a):
    sep = ("\n\n" + NBSP + "\n\n") if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(body(a))

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps, files = {}, {}
    for a in ARTICLES:
        if a["fmt"] == "txt":
            files[a["id"]] = write_txt(a)
        elif a["fmt"] == "json":
            files[a["id"]] = write_json(a)
        else:
            name = a["fmt"] + ".txt"
            dumps.setdefault(name, []).append(a)
            files[a["id"]] = name
    for name, arts in dumps.items():
        text = "\n\n\n\n".join(dump_block(a) for a in arts) + "\n"
        open(os.path.join(OUT, name), "w", encoding="utf-8").write(text)
    gold_articles = []
    for a in ARTICLES:
        y, m, d = a["date"].split("-")
        why = f"Reuters 1987 wire item; dateline '{MONTHS[int(m)-1]} {int(d)}', year {y} known"
        if a["fmt"] == "json" and a.get("time"):
            why += "; date_publish " + a["date"]
        evs = []
        for e in a["events"]:
            src, tgt, types, req, ev = e[:5]
            g = {"source": src, "target": tgt, "types": types, "required": req, "evidence": ev}
            if len(e) > 5 and e[5]:
                g["symmetric"] = True
            evs.append(g)
        gold_articles.append({
            "id": a["id"], "file": files[a["id"]], "headline": a["headline"],
            "published": {"earliest": a["date"], "latest": a["date"], "why": why},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": evs,
        })
    gold = {
        "format": "dyad-gold/1",
        "about": "Held-out set CE: 20 invented-wording Reuters-style wire items of 1987 on the Middle East and Africa "
                 "(Lebanon, Israel, Iran-Iraq land war, Chad-Libya, Ethiopia, Sudan, South Africa sanctions), hand annotated. "
                 "Events use PLOVER types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/WST. 'required': false marks "
                 "background, implicit or alleged events that are neither rewarded nor punished.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type "
                    "are acceptable. Symmetric events match either direction. Maximum one-to-one matching against required events; "
                    "unmatched required = FN; emitted matching no gold event = FP; matches only to optional/repeats are ignored. "
                    "People match on normalised name and country.",
        "dumps": {name: [a["id"] for a in arts] for name, arts in sorted(dumps.items())},
        "articles": gold_articles,
    }
    json.dump(gold, open(GOLD, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("built", len(ARTICLES), "articles")

if __name__ == "__main__":
    main()
