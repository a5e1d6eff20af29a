#!/usr/bin/env python3
"""Validate setAN files against setAN.gold.json."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAN")
GOLD = os.path.join(ROOT, "setAN.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
def err(m): errs.append(m)

gold = json.load(open(GOLD, encoding="utf-8"))
assert gold["format"] == "dyad-gold/1"
texts = {}   # id -> (headline, body text)
# txt / json
for fn in sorted(os.listdir(OUT)):
    p = os.path.join(OUT, fn)
    raw = open(p, encoding="utf-8").read()
    if fn.endswith(".json"):
        o = json.loads(raw)
        for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
            if k not in o: err(f"{fn}: missing key {k}")
        if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
            err(f"{fn}: bad date_publish")
        texts[fn[:-5]] = (o["title"], o["maintext"])
    elif fn.startswith("dump-"):
        blocks = raw.split("\n\n\n\n")
        ids = gold["dumps"].get(fn)
        if ids is None or len(blocks) != len(ids): err(f"{fn}: {len(blocks)} blocks vs gold {ids}")
        for b, i in zip(blocks, ids or []):
            lines = b.split("\n")
            if not (lines[1] == "" and lines[2] == "TT" and lines[3] == "" and lines[4] == lines[0] and lines[5] == ""):
                err(f"{fn}/{i}: bad dump header")
            texts[i] = (lines[0], "\n".join(lines[6:]))
    elif fn.endswith(".txt"):
        head, _, body = raw.partition("\n\n")
        texts[fn[:-4]] = (head, body)
    else:
        err(f"unexpected file {fn}")
ids = [a["id"] for a in gold["articles"]]
if len(ids) != len(set(ids)): err("duplicate ids")
if len(ids) != 20: err(f"{len(ids)} articles")
nreq = nopt = npp = 0
for a in gold["articles"]:
    i = a["id"]
    if i not in texts: err(f"{i}: no text"); continue
    head, body = texts[i]
    if head != a["headline"]: err(f"{i}: headline mismatch")
    full = head + "\n" + body
    w = len(body.replace("\u00a0", " ").split())
    if not 250 <= w <= 600: err(f"{i}: {w} words")
    pb = a["published"]
    if not (re.fullmatch(r"\d{4}-\d\d-\d\d", pb["earliest"]) and pb["earliest"] <= pb["latest"]): err(f"{i}: bad published")
    for p in a["people"]:
        npp += 1
        if not re.fullmatch(r"[A-Z]{3}", p["country"]): err(f"{i}: bad country {p}")
        if p["name"] not in full: err(f"{i}: person not in text {p['name']}")
    r = 0
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side]
            for c in ([v] if isinstance(v, str) else v):
                if not re.fullmatch(r"[A-Z]{3}", c): err(f"{i}: bad code {c}")
        for t in e["types"]:
            if t not in TYPES: err(f"{i}: bad type {t}")
        if e["evidence"] not in full: err(f"{i}: evidence not found: {e['evidence']}")
        if e["required"]: r += 1; nreq += 1
        else: nopt += 1
    if not 7 <= r <= 14: err(f"{i}: {r} required events")
    print(f"{i} {a['file']:12} words={w:4} req={r:2} opt={len(a['events'])-r:2} people={len(a['people'])}")
print(f"articles={len(ids)} required={nreq} optional={nopt} people={npp}")
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
