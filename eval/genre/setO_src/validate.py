#!/usr/bin/env python3
"""Validate set O: parse article files independently and check the gold against them."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
SET = os.path.join(BASE, "setO")
GOLD = os.path.join(BASE, "setO.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
NBSP = "\u00a0"
errs = []

def err(m):
    errs.append(m)

def parse_txt(p):
    t = open(p, encoding="utf-8").read()
    head, _, rest = t.partition("\n\n")
    return head.strip(), [x.strip() for x in rest.split("\n\n") if x.strip()]

def parse_json(p):
    d = json.load(open(p, encoding="utf-8"))
    for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
        if k not in d:
            err(f"{p}: missing key {k}")
    if d.get("language") != "en":
        err(f"{p}: language")
    if d["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", d["date_publish"]):
        err(f"{p}: date_publish format")
    return d["title"], [x for x in d["maintext"].split("\n") if x.strip()]

def parse_dump(p):
    t = open(p, encoding="utf-8").read()
    out = []
    for block in re.split(r"\n\n\n\n", t):
        parts = block.split("\n\n")
        h1, tt, h2 = parts[0], parts[1], parts[2]
        if tt != "TT" or h1 != h2:
            err(f"{p}: bad article header {h1[:40]!r}")
        paras = [x.strip() for x in parts[3:] if x.strip() and x.strip(NBSP + " \n") != ""]
        out.append((h1, paras))
    return out

gold = json.load(open(GOLD, encoding="utf-8"))
if gold.get("format") != "dyad-gold/1":
    err("format")
texts = {}
dump_heads = {}
for fn in sorted(os.listdir(SET)):
    p = os.path.join(SET, fn)
    if fn.startswith("dump-"):
        dump_heads[fn] = []
        for h, paras in parse_dump(p):
            texts[(fn, h)] = (h, paras)
            dump_heads[fn].append(h)
    elif fn.endswith(".json"):
        h, paras = parse_json(p); texts[(fn, h)] = (h, paras)
    elif fn.endswith(".txt"):
        h, paras = parse_txt(p); texts[(fn, h)] = (h, paras)
    else:
        err(f"unexpected file {fn}")

ids = [a["id"] for a in gold["articles"]]
if len(ids) != len(set(ids)) or len(ids) != 20:
    err(f"ids not unique or not 20: {ids}")
fmt = {"txt": 0, "json": 0, "dump": 0}
req = opt = npeople = 0
code_re = re.compile(r"^[A-Z]{3}$")
for a in gold["articles"]:
    key = (a["file"], a["headline"])
    if key not in texts:
        err(f"{a['id']}: headline not found in {a['file']}: {a['headline']!r}")
        continue
    h, paras = texts[key]
    fmt["dump" if a["file"].startswith("dump-") else a["file"].split(".")[-1]] += 1
    text = "\n".join([h] + paras)
    nw = len(" ".join(paras).split())
    if not 250 <= nw <= 600:
        err(f"{a['id']}: {nw} words")
    if a.get("paragraphs") not in (None, len(paras)):
        err(f"{a['id']}: paragraphs {a['paragraphs']} != {len(paras)}")
    pub = a["published"]
    if not (re.fullmatch(r"\d{4}-\d\d-\d\d", pub["earliest"]) and re.fullmatch(r"\d{4}-\d\d-\d\d", pub["latest"]) and pub["earliest"] <= pub["latest"]):
        err(f"{a['id']}: published window")
    for pp in a["people"]:
        npeople += 1
        if not code_re.match(pp["country"]):
            err(f"{a['id']}: person code {pp}")
        if pp["name"] not in text and pp["name"].split()[-1] not in text:
            err(f"{a['id']}: person {pp['name']} not in text")
    r = 0
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side]
            for c in ([v] if isinstance(v, str) else v):
                if not code_re.match(c):
                    err(f"{a['id']}: bad code {c!r}")
        if not e["types"] or not set(e["types"]) <= TYPES:
            err(f"{a['id']}: bad types {e['types']}")
        if not isinstance(e["required"], bool):
            err(f"{a['id']}: required not bool")
        if e["evidence"] not in text:
            err(f"{a['id']}: evidence not in text: {e['evidence']!r}")
        r += e["required"]
        req += e["required"]; opt += not e["required"]
    if not 7 <= r <= 12:
        err(f"{a['id']}: {r} required events")
for d, lst in gold["dumps"].items():
    heads = [g["headline"] for g in gold["articles"] if g["id"] in lst]
    if dump_heads.get(d) != heads:
        err(f"dump {d}: headlines/order mismatch")
if fmt != {"txt": 7, "json": 7, "dump": 6}:
    err(f"format mix {fmt}")
print(f"articles {len(ids)}; formats {fmt}; events required {req}, optional {opt}; people {npeople}")
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
