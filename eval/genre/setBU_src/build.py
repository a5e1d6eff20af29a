#!/usr/bin/env python3
"""Build set BU: article files in ../setBU and gold in ../setBU.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBU")
GOLD = os.path.join(ROOT, "setBU.gold.json")
import arts1, arts2, arts3
ARTS = arts1.A + arts2.A + arts3.A
BYID = {a["id"]: a for a in ARTS}
DUMPS = {"dump-1.txt": ["BU6", "BU9"], "dump-2.txt": ["BU12", "BU19"], "dump-3.txt": ["BU13", "BU20"]}
NBSP = {"BU12", "BU19", "BU20"}  # paragraphs separated by a U+00A0 line

def reuters(a):
    return a["paras"][-1] == "Reuter"

def write_txt(a):
    body = a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n"
    fn = a["id"] + ".txt"
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write(body)
    return fn

def write_json(a):
    d = a.get("date")
    if d and len(d) == 10:
        d += " 12:00:00"
    first = a["paras"][0]
    desc = first.split(" - ", 1)[-1]
    if len(desc) > 220:
        desc = desc[:desc.rfind(" ", 0, 200)] + " ..."
    obj = {
        "title": a["headline"],
        "maintext": "\n".join(a["paras"]),
        "date_publish": d,
        "authors": a.get("authors", []),
        "url": a.get("url"),
        "source_domain": a.get("domain", "reuters.com" if reuters(a) else None),
        "language": "en",
        "description": desc,
    }
    fn = a["id"] + ".json"
    json.dump(obj, open(os.path.join(OUT, fn), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    return fn

def dump_block(a):
    sep = "\n\n\u00a0\n\n" if a["id"] in NBSP else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    files = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            files[a["id"]] = write_txt(a)
        elif a["fmt"] == "json":
            files[a["id"]] = write_json(a)
    for fn, ids in DUMPS.items():
        text = "\n\n\n\n".join(dump_block(BYID[i]) for i in ids) + "\n"
        open(os.path.join(OUT, fn), "w", encoding="utf-8").write(text)
        for i in ids:
            assert BYID[i]["fmt"] == "dump", i
            files[i] = fn
    arts = []
    for a in sorted(ARTS, key=lambda x: int(x["id"][2:])):
        e, l, why = a["pub"]
        arts.append({
            "id": a["id"], "file": files[a["id"]], "headline": a["headline"],
            "published": {"earliest": e, "latest": l, "why": why},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": a["events"],
        })
    gold = {
        "format": "dyad-gold/1",
        "about": "Hand annotation of set BU: 20 newly written articles (ids BU1-BU20) on international organisations at work (UN Security Council and General Assembly votes and vetoes, peacekeeping, NATO, EU, AU, ECOWAS, ASEAN, OAS, Arab League, WHO), in three eras: Reuters wire 1987-1989, broadsheet/wire 2016-2018, Al Jazeera 2021-2022. Formats: plain text, news-please JSON, and page dumps of two articles each. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United Nations and its agencies, EUR for the European Union, IGO for other intergovernmental bodies such as NATO, AU, ECOWAS, ASEAN, OAS, Arab League, NGO for non-governmental groups, MNC for companies), or CAMEO's region code WST for 'the West'. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": DUMPS,
        "articles": arts,
    }
    json.dump(gold, open(GOLD, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("built", len(arts), "articles")

if __name__ == "__main__":
    main()
