#!/usr/bin/env python3
"""Validate set AJ against its gold file."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAJ")
GOLD = os.path.join(ROOT, "setAJ.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
NBSP = "\u00a0"
errs = []
def err(m): errs.append(m)

def parse_dump(path):
    text = open(path, encoding="utf-8").read()
    out = []
    for block in re.split(r"\n\n\n\n", text.strip("\n")):
        lines = block.split("\n")
        if len(lines) < 6 or lines[2] != "TT" or lines[0] != lines[4] or lines[1] or lines[3] or lines[5]:
            err(f"{path}: bad dump block header: {lines[:6]}")
            continue
        paras = [p for p in re.split(r"\n\n", "\n".join(lines[6:])) if p.strip(NBSP + " \n")]
        out.append((lines[0], paras))
    return out

gold = json.load(open(GOLD, encoding="utf-8"))
if gold.get("format") != "dyad-gold/1": err("format")
texts = {}
for fn in sorted(os.listdir(OUT)):
    p = os.path.join(OUT, fn)
    if fn.endswith(".txt") and fn.startswith("dump-"):
        texts[fn] = parse_dump(p)
    elif fn.endswith(".txt"):
        t = open(p, encoding="utf-8").read()
        head, _, body = t.partition("\n\n")
        texts[fn] = [(head, [x for x in body.strip("\n").split("\n\n")])]
    elif fn.endswith(".json"):
        o = json.load(open(p, encoding="utf-8"))
        for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
            if k not in o: err(f"{fn}: missing key {k}")
        if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
            err(f"{fn}: bad date_publish")
        if o["language"] != "en": err(f"{fn}: language")
        texts[fn] = [(o["title"], o["maintext"].split("\n"))]
    else:
        err(f"unexpected file {fn}")

ids = set(); heads = set(); nreq = nopt = npeople = 0
code = re.compile(r"^[A-Z]{3}$")
def codes(v): return v if isinstance(v, list) else [v]
for a in gold["articles"]:
    if a["id"] in ids: err(f"dup id {a['id']}")
    ids.add(a["id"])
    if a["headline"] in heads: err(f"dup headline {a['headline']}")
    heads.add(a["headline"])
    arts = texts.get(a["file"])
    if arts is None: err(f"{a['id']}: no file {a['file']}"); continue
    match = [ps for h, ps in arts if h == a["headline"]]
    if len(match) != 1: err(f"{a['id']}: headline not found in {a['file']}"); continue
    paras = match[0]
    body = "\n".join(paras)
    words = len(body.split())
    if not 250 <= words <= 600: err(f"{a['id']}: {words} words")
    pub = a["published"]
    for k in ("earliest", "latest", "why"):
        if k not in pub: err(f"{a['id']}: published.{k}")
    if not (re.fullmatch(r"\d{4}-\d\d-\d\d", pub["earliest"]) and pub["earliest"] <= pub["latest"]): err(f"{a['id']}: dates")
    for p in a["people"]:
        npeople += 1
        if not code.match(p["country"]): err(f"{a['id']}: person country {p}")
        if p["name"] not in body and p["name"].split()[-1] not in body: err(f"{a['id']}: person not in text {p['name']}")
    r = 0
    for e in a["events"]:
        for c in codes(e["source"]) + codes(e["target"]):
            if not code.match(c): err(f"{a['id']}: bad code {c}")
        if not e["types"] or not set(e["types"]) <= TYPES: err(f"{a['id']}: bad types {e['types']}")
        if not isinstance(e["required"], bool): err(f"{a['id']}: required")
        if e["evidence"] not in body: err(f"{a['id']}: evidence not found: {e['evidence']!r}")
        if e["required"]: r += 1; nreq += 1
        else: nopt += 1
    if not 7 <= r <= 14: print(f"note: {a['id']} has {r} required events")
    print(f"{a['id']:5} {a['file']:12} words={words:3} req={r:2} opt={len(a['events'])-r:2} people={len(a['people'])}")
# dumps map
for fn, lst in gold["dumps"].items():
    hs = [h for h, _ in texts.get(fn, [])]
    gh = [next(x["headline"] for x in gold["articles"] if x["id"] == i) for i in lst]
    if hs != gh: err(f"dump map mismatch {fn}")
all_heads = [h for v in texts.values() for h, _ in v]
if sorted(all_heads) != sorted(heads): err("articles in files vs gold differ")
print(f"articles={len(ids)} required={nreq} optional={nopt} people={npeople}")
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
