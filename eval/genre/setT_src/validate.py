#!/usr/bin/env python3
"""Validate set T: files parse, headlines match, evidence is an exact substring, ids unique, codes well formed."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETDIR = os.path.join(HERE, "..", "setT")
GOLD = os.path.join(HERE, "..", "setT.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
CODE = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errors = []
def err(m): errors.append(m)

def read_txt(path):
    s = open(path, encoding="utf-8").read()
    head, body = s.split("\n\n", 1)
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    return [(head.strip(), paras)]

def read_json(path):
    o = json.load(open(path, encoding="utf-8"))
    for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
        if k not in o: err(f"{path}: missing key {k}")
    if o.get("language") != "en": err(f"{path}: language")
    dp = o.get("date_publish")
    if dp is not None and not re.match(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", dp): err(f"{path}: date_publish {dp}")
    if not isinstance(o.get("authors"), list): err(f"{path}: authors not a list")
    return [(o["title"], [p for p in o["maintext"].split("\n") if p.strip()])]

def read_dump(path):
    s = open(path, encoding="utf-8").read().rstrip("\n")
    out = []
    for chunk in s.split("\n\n\n\n"):
        lines = chunk.split("\n")
        h = lines[0]
        if lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != h or lines[5] != "":
            err(f"{path}: bad article header for {h!r}")
        body = "\n".join(lines[6:])
        paras = [p for p in re.split(r"\n\n(?:\u00a0\n\n)?", body) if p.strip() and p.strip() != "\u00a0"]
        if "\n\n\n" in body: err(f"{path}: triple newline inside article {h!r}")
        out.append((h, paras))
    return out

gold = json.load(open(GOLD, encoding="utf-8"))
if gold.get("format") != "dyad-gold/1": err("format")
ids = [a["id"] for a in gold["articles"]]
if len(ids) != len(set(ids)): err("duplicate ids")
if sorted(ids, key=lambda x: int(x[1:])) != [f"T{i}" for i in range(1, 21)]: err(f"ids {ids}")
heads = [a["headline"] for a in gold["articles"]]
if len(heads) != len(set(heads)): err("duplicate headlines")

parsed = {}
for fn in sorted(os.listdir(SETDIR)):
    p = os.path.join(SETDIR, fn)
    try:
        if fn.startswith("dump-"): arts = read_dump(p)
        elif fn.endswith(".json"): arts = read_json(p)
        elif fn.endswith(".txt"): arts = read_txt(p)
        else: err(f"unexpected file {fn}"); continue
    except Exception as e:
        err(f"{fn}: does not parse: {e}"); continue
    parsed[fn] = arts

dump_ids = {}
for d, lst in gold["dumps"].items():
    for i in lst: dump_ids[i] = d
    if d not in parsed: err(f"dump {d} missing")
    elif [h for h, _ in parsed[d]] != [next(a["headline"] for a in gold["articles"] if a["id"] == i) for i in lst]:
        err(f"dump {d}: headlines/order do not match gold")

nreq = nopt = npeople = 0
seen_files = set()
for a in gold["articles"]:
    i, f = a["id"], a["file"]
    seen_files.add(f)
    if f.startswith("dump-") and dump_ids.get(i) != f: err(f"{i}: dump mismatch")
    cands = [x for x in parsed.get(f, []) if x[0] == a["headline"]]
    if len(cands) != 1: err(f"{i}: headline not found exactly once in {f}"); continue
    h, paras = cands[0]
    text = "\n".join([h] + paras)
    body = "\n".join(paras)
    words = len(body.split())
    if not 250 <= words <= 600: err(f"{i}: {words} words")
    if a.get("paragraphs") != len(paras): err(f"{i}: paragraphs {a.get('paragraphs')} vs {len(paras)}")
    pub = a["published"]
    if not (DATE.match(pub["earliest"]) and DATE.match(pub["latest"]) and pub["earliest"] <= pub["latest"] and pub.get("why")):
        err(f"{i}: published {pub}")
    for pp in a["people"]:
        npeople += 1
        if not CODE.match(pp["country"]): err(f"{i}: person code {pp}")
        if pp["name"] not in text: err(f"{i}: person name not in text: {pp['name']}")
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side]; vs = [v] if isinstance(v, str) else v
            if not vs or not all(isinstance(c, str) and CODE.match(c) for c in vs): err(f"{i}: bad {side} {v}")
        if not e["types"] or not set(e["types"]) <= TYPES: err(f"{i}: bad types {e['types']}")
        if not isinstance(e["required"], bool): err(f"{i}: required not bool")
        if e["evidence"] not in body: err(f"{i}: evidence not in text: {e['evidence']!r}")
        if "symmetric" in e and e["symmetric"] is not True: err(f"{i}: symmetric flag")
        nreq += e["required"]; nopt += not e["required"]
    r = sum(e["required"] for e in a["events"])
    if not 7 <= r <= 14: print(f"note {i}: {r} required events")
    print(f"{i:4} {f:11} {words:4}w {len(paras):2}p req {r:2} opt {len(a['events'])-r:2} people {len(a['people'])}")
for f in parsed:
    if f not in seen_files: err(f"file {f} not referenced by gold")
fmt = {"txt": sum(1 for f in parsed if f.startswith("T") and f.endswith(".txt")),
       "json": sum(1 for f in parsed if f.endswith(".json")), "dumps": sum(1 for f in parsed if f.startswith("dump-"))}
if fmt != {"txt": 7, "json": 7, "dumps": 3}: err(f"format mix {fmt}")
print(f"articles {len(ids)}; events required {nreq}, optional {nopt}; people {npeople}; files {fmt}")
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
