#!/usr/bin/env python3
"""Validate set AQ against its gold file."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAQ")
GOLD = os.path.join(ROOT, "setAQ.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
gold = json.load(open(GOLD, encoding="utf-8"))
assert gold["format"] == "dyad-gold/1"
texts = {}  # id -> (headline, body)
for a in gold["articles"]:
    fn = os.path.join(OUT, a["file"])
    if a["file"].endswith(".json"):
        o = json.load(open(fn, encoding="utf-8"))
        for k in ("title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"):
            if k not in o: errs.append(f"{a['id']}: json missing {k}")
        if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
            errs.append(f"{a['id']}: bad date_publish")
        texts[a["id"]] = (o["title"], o["maintext"])
    elif a["file"].endswith(".txt") and not a["file"].startswith("dump"):
        t = open(fn, encoding="utf-8").read()
        h, body = t.split("\n\n", 1)
        texts[a["id"]] = (h, body)
for dname, ids in gold["dumps"].items():
    t = open(os.path.join(OUT, dname), encoding="utf-8").read().rstrip("\n")
    blocks = t.split("\n\n\n\n")
    if len(blocks) != len(ids): errs.append(f"{dname}: {len(blocks)} blocks for {ids}")
    for i, b in zip(ids, blocks):
        h, tt, h2, body = b.split("\n\n", 3)
        if tt != "TT" or h != h2: errs.append(f"{dname}/{i}: bad dump header")
        texts[i] = (h, body)
ids = [a["id"] for a in gold["articles"]]
if len(set(ids)) != len(ids) or len(ids) != 20: errs.append("ids not unique / not 20")
code = re.compile(r"^[A-Z]{3}$")
nreq = nopt = npeople = 0
for a in gold["articles"]:
    h, body = texts[a["id"]]
    if h != a["headline"]: errs.append(f"{a['id']}: headline mismatch")
    full = h + "\n" + body
    nw = len(body.split())
    if not 250 <= nw <= 600: errs.append(f"{a['id']}: {nw} words")
    for k in ("earliest", "latest", "why"):
        if k not in a["published"]: errs.append(f"{a['id']}: published.{k}")
    if a["published"]["earliest"] > a["published"]["latest"]: errs.append(f"{a['id']}: date window")
    for p in a["people"]:
        npeople += 1
        if not code.match(p["country"]): errs.append(f"{a['id']}: person code {p}")
        if p["name"] not in full: errs.append(f"{a['id']}: person not in text {p['name']}")
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side] if isinstance(e[side], list) else [e[side]]
            for c in v:
                if not code.match(c): errs.append(f"{a['id']}: bad code {c}")
        for t in e["types"]:
            if t not in TYPES: errs.append(f"{a['id']}: bad type {t}")
        if e["evidence"] not in full: errs.append(f"{a['id']}: evidence not found: {e['evidence']}")
        if e["required"]: nreq += 1
        else: nopt += 1
    r = sum(1 for e in a["events"] if e["required"])
    print(a["id"], a["file"], nw, "words", r, "req", len(a["events"]) - r, "opt")
print("required", nreq, "optional", nopt, "people", npeople)
print("\n".join(errs) if errs else "OK")
raise SystemExit(1 if errs else 0)
