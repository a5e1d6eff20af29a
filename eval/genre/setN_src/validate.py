#!/usr/bin/env python3
"""Validate set N: files parse, headlines match, evidence strings are exact substrings,
ids unique, codes are 3 uppercase letters. Paths relative to this script."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
OUT = os.path.join(BASE, "setN")
GOLD = os.path.join(BASE, "setN.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
            "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
CODE = re.compile(r"^[A-Z]{3}$")
errors = []
def err(m): errors.append(m)

def read_txt(path):
    t = open(path, encoding="utf-8").read()
    head, _, body = t.partition("\n\n")
    return head.strip(), body

def read_json(path):
    o = json.load(open(path, encoding="utf-8"))
    for k in ("title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"):
        if k not in o:
            err(f"{path}: missing key {k}")
    if o.get("language") != "en": err(f"{path}: language")
    dp = o.get("date_publish")
    if dp is not None and not re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", dp): err(f"{path}: date_publish {dp}")
    return o["title"], o["maintext"]

def read_dump(path):
    t = open(path, encoding="utf-8").read()
    parts = t.rstrip("\n").split("\n\n\n\n")
    out = []
    for p in parts:
        lines = p.split("\n")
        if len(lines) < 6 or lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != lines[0] or lines[5] != "":
            err(f"{path}: bad article header near {lines[0][:40]!r}")
        out.append((lines[0], "\n".join(lines[6:])))
    return out

gold = json.load(open(GOLD, encoding="utf-8"))
if gold.get("format") != "dyad-gold/1": err("format")
ids = [a["id"] for a in gold["articles"]]
if len(ids) != len(set(ids)): err("duplicate ids")
dump_texts = {}
for name, dids in gold["dumps"].items():
    arts = read_dump(os.path.join(OUT, name))
    if len(arts) != len(dids): err(f"{name}: {len(arts)} articles, gold lists {len(dids)}")
    for i, (h, b) in zip(dids, arts):
        dump_texts[i] = (h, b)
fmt = {"txt": 0, "json": 0, "dump": 0}
req = opt = ppl = 0
for a in gold["articles"]:
    f = os.path.join(OUT, a["file"])
    if not os.path.exists(f): err(f"{a['id']}: missing file {f}"); continue
    if a["file"].startswith("dump-"):
        h, body = dump_texts[a["id"]]; fmt["dump"] += 1
    elif a["file"].endswith(".json"):
        h, body = read_json(f); fmt["json"] += 1
    else:
        h, body = read_txt(f); fmt["txt"] += 1
    if h != a["headline"]: err(f"{a['id']}: headline mismatch {h!r} vs {a['headline']!r}")
    text = h + "\n" + body
    words = len(body.split())
    if not 250 <= words <= 600: err(f"{a['id']}: {words} words")
    pub = a["published"]
    if not (pub["earliest"] <= pub["latest"]) or not pub.get("why"): err(f"{a['id']}: published")
    names = set()
    for p in a["people"]:
        ppl += 1
        if not CODE.match(p["country"]): err(f"{a['id']}: person code {p}")
        if p["name"] not in text: err(f"{a['id']}: person not in text {p['name']}")
        if p["name"] in names: err(f"{a['id']}: duplicate person {p['name']}")
        names.add(p["name"])
    nreq = 0
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side]
            for c in ([v] if isinstance(v, str) else v):
                if not CODE.match(c): err(f"{a['id']}: bad code {c}")
        for t in e["types"]:
            if t not in TYPES: err(f"{a['id']}: bad type {t}")
        if e["evidence"] not in text: err(f"{a['id']}: evidence not found: {e['evidence']!r}")
        if not isinstance(e["required"], bool): err(f"{a['id']}: required not bool")
        nreq += e["required"]
    req += nreq; opt += len(a["events"]) - nreq
    print(f"{a['id']:4} {a['file']:12} words {words:3} required {nreq:2} optional {len(a['events'])-nreq:2} people {len(a['people'])}")
print(f"formats {fmt}; articles {len(ids)}; required {req}; optional {opt}; people {ppl}")
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
