#!/usr/bin/env python3
"""Validate set X: parse the article files as written and check the gold against them."""
import json, os, re, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SET = os.path.join(ROOT, "setX")
GOLD = os.path.join(ROOT, "setX.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
def err(m): errs.append(m)

def parse_dump(path):
    raw = open(path, encoding="utf-8").read()
    out = []
    for block in re.split(r"\n\n\n\n(?=\S)", raw.strip("\n")):
        lines = block.split("\n")
        if len(lines) < 5 or lines[2] != "TT" or lines[0] != lines[4] or lines[1] or lines[3]:
            err(f"{path}: bad article header: {lines[:5]}")
            continue
        body = [l for l in lines[5:] if l.strip() and l != "\u00a0"]
        out.append((lines[0], body))
    return out

gold = json.load(open(GOLD, encoding="utf-8"))
assert gold["format"] == "dyad-gold/1"
ids = [a["id"] for a in gold["articles"]]
if len(set(ids)) != len(ids): err("duplicate ids")
if sorted(ids, key=lambda x: int(x[1:])) != [f"X{i}" for i in range(1, 21)]: err("ids not X1..X20")
texts = {}
for fn in sorted(os.listdir(SET)):
    p = os.path.join(SET, fn)
    if fn.endswith(".json"):
        o = json.load(open(p, encoding="utf-8"))
        for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
            if k not in o: err(f"{fn}: missing {k}")
        if o["date_publish"] is not None:
            datetime.datetime.strptime(o["date_publish"], "%Y-%m-%d %H:%M:%S")
        texts[fn] = [(o["title"], o["maintext"].split("\n"))]
    elif fn.startswith("dump-"):
        texts[fn] = parse_dump(p)
    else:
        raw = open(p, encoding="utf-8").read()
        parts = raw.strip("\n").split("\n\n")
        texts[fn] = [(parts[0], parts[1:])]
dump_ids = {i for v in gold["dumps"].values() for i in v}
counts = dict(req=0, opt=0, people=0)
for a in gold["articles"]:
    fn = a["file"]
    arts = texts.get(fn)
    if arts is None:
        err(f"{a['id']}: file {fn} missing"); continue
    if fn.startswith("dump-"):
        if a["id"] not in gold["dumps"].get(fn, []): err(f"{a['id']} not listed in dumps[{fn}]")
        pos = gold["dumps"][fn].index(a["id"])
        head, body = arts[pos]
    else:
        head, body = arts[0]
    if head != a["headline"]: err(f"{a['id']}: headline mismatch {head!r} vs {a['headline']!r}")
    words = sum(len(p.split()) for p in body)
    if not 250 <= words <= 600: err(f"{a['id']}: {words} words")
    pub = a["published"]
    for k in ("earliest", "latest"):
        datetime.date.fromisoformat(pub[k])
    if pub["earliest"] > pub["latest"]: err(f"{a['id']}: bad date window")
    for pp in a["people"]:
        counts["people"] += 1
        if not re.fullmatch(r"[A-Z]{3}", pp["country"]): err(f"{a['id']}: bad person code {pp}")
        if pp["name"] not in "\n".join(body): err(f"{a['id']}: person not in text {pp['name']}")
    nreq = 0
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side]
            for c in ([v] if isinstance(v, str) else v):
                if not re.fullmatch(r"[A-Z]{3}", c): err(f"{a['id']}: bad code {c}")
        if not e["types"] or set(e["types"]) - TYPES: err(f"{a['id']}: bad types {e['types']}")
        if not any(e["evidence"] in p for p in body): err(f"{a['id']}: evidence not found: {e['evidence']!r}")
        if e["required"]: nreq += 1; counts["req"] += 1
        else: counts["opt"] += 1
    print(f"{a['id']:4} {fn:12} words {words:3} people {len(a['people']):2} events req {nreq:2} opt {len(a['events'])-nreq:2}  {a['headline'][:60]}")
for fn in texts:
    if fn.startswith("dump-") and len(texts[fn]) != len(gold["dumps"].get(fn, [])): err(f"{fn}: article count mismatch")
print(counts)
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
