#!/usr/bin/env python3
"""Validate setK files and setK.gold.json (reads the built files, not the sources)."""
import json, os, re, sys, datetime

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(BASE, "setK")
GOLD = os.path.join(BASE, "setK.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errors = []

def err(msg):
    errors.append(msg)

def parse_txt(path):
    t = open(path, encoding="utf-8").read()
    head, _, body = t.partition("\n\n")
    return head.strip(), body

def parse_json(path):
    d = json.load(open(path, encoding="utf-8"))
    for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
        if k not in d:
            err(f"{path}: missing key {k}")
    if d.get("language") != "en":
        err(f"{path}: language")
    if d["date_publish"] is not None:
        datetime.datetime.strptime(d["date_publish"], "%Y-%m-%d %H:%M:%S")
    return d["title"], d["maintext"], d

def parse_dump(path):
    t = open(path, encoding="utf-8").read()
    blocks = re.split(r"\n\n\n\n(?=\S)", t.rstrip("\n"))
    out = []
    for b in blocks:
        lines = b.split("\n")
        if not (lines[1] == "" and lines[2] == "TT" and lines[3] == "" and lines[4] == lines[0] and lines[5] == ""):
            err(f"{path}: bad block header {lines[:6]}")
        out.append((lines[0], "\n".join(lines[6:])))
    return out

gold = json.load(open(GOLD, encoding="utf-8"))
assert gold["format"] == "dyad-gold/1"
texts = {}  # id -> (headline, body)
ids = [a["id"] for a in gold["articles"]]
if len(ids) != len(set(ids)):
    err("duplicate ids")
if sorted(ids, key=lambda x: int(x[1:])) != [f"K{i}" for i in range(1, 21)]:
    err(f"ids {ids}")
heads = [a["headline"] for a in gold["articles"]]
if len(heads) != len(set(heads)):
    err("duplicate headlines")
fmt_count = {"txt": 0, "json": 0}
dump_files = {}
for a in gold["articles"]:
    fn = a["file"]
    p = os.path.join(OUT, fn)
    if not os.path.exists(p):
        err(f"{a['id']}: missing file {fn}"); continue
    if fn.startswith("dump-"):
        if fn not in dump_files:
            dump_files[fn] = parse_dump(p)
        blocks = dump_files[fn]
        pos = gold["dumps"][fn].index(a["id"])
        texts[a["id"]] = blocks[pos]
    elif fn.endswith(".json"):
        fmt_count["json"] += 1
        h, body, d = parse_json(p)
        texts[a["id"]] = (h, body)
    else:
        fmt_count["txt"] += 1
        texts[a["id"]] = parse_txt(p)
for fn, ids_ in gold["dumps"].items():
    if len(dump_files.get(fn, [])) != len(ids_):
        err(f"{fn}: {len(dump_files.get(fn, []))} blocks vs {len(ids_)} ids")
if fmt_count != {"txt": 7, "json": 7} or len(gold["dumps"]) != 3:
    err(f"format mix {fmt_count} dumps {len(gold['dumps'])}")

code_re = re.compile(r"^[A-Z]{3}$")
def codes(v):
    return [v] if isinstance(v, str) else list(v)

tot_req = tot_opt = tot_pp = 0
for a in gold["articles"]:
    aid = a["id"]
    h, body = texts[aid]
    if h != a["headline"]:
        err(f"{aid}: headline mismatch {h!r} vs {a['headline']!r}")
    full = h + "\n" + body
    words = len(body.replace("\u00a0", " ").split())
    if not 250 <= words <= 600:
        err(f"{aid}: {words} words")
    pub = a["published"]
    d1 = datetime.date.fromisoformat(pub["earliest"]); d2 = datetime.date.fromisoformat(pub["latest"])
    if d1 > d2 or not pub.get("why"):
        err(f"{aid}: published")
    for pp in a["people"]:
        if not code_re.match(pp["country"]) or not pp["name"] or not pp.get("role"):
            err(f"{aid}: person {pp}")
        if pp["name"] not in full and pp["name"].split()[-1] not in full:
            err(f"{aid}: person not in text {pp['name']}")
    nreq = 0
    for e in a["events"]:
        for c in codes(e["source"]) + codes(e["target"]):
            if not code_re.match(c):
                err(f"{aid}: bad code {c}")
        if not e["types"] or set(e["types"]) - TYPES:
            err(f"{aid}: bad types {e['types']}")
        if e["evidence"] not in body:
            err(f"{aid}: evidence not found: {e['evidence']!r}")
        if not isinstance(e["required"], bool):
            err(f"{aid}: required not bool")
        nreq += e["required"]
    nopt = len(a["events"]) - nreq
    tot_req += nreq; tot_opt += nopt; tot_pp += len(a["people"])
    print(f"{aid:4} {a['file']:11} words={words:3} req={nreq:2} opt={nopt:2} people={len(a['people'])}  {a['headline'][:70]}")
print(f"TOTAL articles={len(gold['articles'])} required={tot_req} optional={tot_opt} people={tot_pp}")
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
