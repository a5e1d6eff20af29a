#!/usr/bin/env python3
"""Validate set W: files parse, headlines match, evidence is an exact substring, codes well formed."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D = os.path.join(ROOT, "setW")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
def err(m): errs.append(m)

def parse_txt(p):
    t = open(p, encoding="utf-8").read()
    head, _, body = t.partition("\n\n")
    paras = [x.strip() for x in body.split("\n\n") if x.strip()]
    return {head.strip(): paras}

def parse_json(p):
    o = json.load(open(p, encoding="utf-8"))
    for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
        if k not in o: err(f"{p}: missing key {k}")
    if o.get("language") != "en": err(f"{p}: language")
    dp = o.get("date_publish")
    if dp is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", dp): err(f"{p}: date_publish {dp}")
    return {o["title"]: [x for x in o["maintext"].split("\n") if x.strip()]}

def parse_dump(p):
    t = open(p, encoding="utf-8").read().rstrip("\n")
    out = {}
    for blk in t.split("\n\n\n\n"):
        lines = blk.split("\n")
        h = lines[0]
        if lines[1:5] != ["", "TT", "", h] or lines[5] != "":
            err(f"{p}: bad article header for {h!r}")
        paras = [x.strip() for x in "\n".join(lines[6:]).split("\n\n") if x.strip() and x.strip("\u00a0 ") != ""]
        out[h] = paras
    return out

files = sorted(os.listdir(D))
texts = {}
for fn in files:
    p = os.path.join(D, fn)
    try:
        if fn.startswith("dump-"): got = parse_dump(p)
        elif fn.endswith(".json"): got = parse_json(p)
        else: got = parse_txt(p)
    except Exception as e:
        err(f"{fn}: does not parse: {e}"); continue
    for h, paras in got.items():
        texts[(fn, h)] = paras

g = json.load(open(os.path.join(ROOT, "setW.gold.json"), encoding="utf-8"))
if g.get("format") != "dyad-gold/1": err("format")
ids = [a["id"] for a in g["articles"]]
if len(ids) != len(set(ids)): err("duplicate ids")
if sorted(ids, key=lambda x: int(x[1:])) != [f"W{i}" for i in range(1, 21)]: err("ids not W1..W20")
if len({a["headline"] for a in g["articles"]}) != len(ids): err("duplicate headlines")
used_keys = set()
for dn, dids in g["dumps"].items():
    for i in dids:
        a = next(x for x in g["articles"] if x["id"] == i)
        if a["file"] != dn: err(f"{i}: dump mismatch")
code_re = re.compile(r"^[A-Z]{3}$")
nreq = nopt = npp = 0; words = {}
for a in g["articles"]:
    key = (a["file"], a["headline"])
    if key not in texts: err(f"{a['id']}: headline not found in {a['file']}: {a['headline']!r}"); continue
    used_keys.add(key)
    paras = texts[key]
    text = "\n".join(paras)
    words[a["id"]] = len(text.split())
    if not 250 <= words[a["id"]] <= 600: err(f"{a['id']}: {words[a['id']]} words")
    if a.get("paragraphs") != len(paras): err(f"{a['id']}: paragraph count {a.get('paragraphs')} vs {len(paras)}")
    pub = a["published"]
    for k in ("earliest", "latest"):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", pub.get(k) or ""): err(f"{a['id']}: published {k}")
    if pub["earliest"] > pub["latest"]: err(f"{a['id']}: published window")
    for pp in a["people"]:
        npp += 1
        if not code_re.match(pp["country"] or ""): err(f"{a['id']}: person code {pp}")
        last = pp["name"].split()[-1]
        if last not in text: err(f"{a['id']}: person not in text {pp['name']}")
    nr = 0
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side]; vs = [v] if isinstance(v, str) else v
            if not vs: err(f"{a['id']}: empty {side}")
            for c in vs:
                if not code_re.match(c): err(f"{a['id']}: bad code {c}")
        if not e["types"] or not set(e["types"]) <= TYPES: err(f"{a['id']}: bad types {e['types']}")
        if not isinstance(e["required"], bool): err(f"{a['id']}: required not bool")
        if e["evidence"] not in text: err(f"{a['id']}: evidence not in text: {e['evidence']!r}")
        if e["required"]: nr += 1; nreq += 1
        else: nopt += 1
    if not 5 <= nr <= 14: err(f"{a['id']}: {nr} required events")
    print(f"{a['id']:4} {a['file']:11} words {words[a['id']]:3} req {nr:2} opt {len(a['events'])-nr:2} people {len(a['people'])}")
for k in texts:
    if k not in used_keys: err(f"article in files not in gold: {k}")
print(f"articles {len(ids)} required {nreq} optional {nopt} people {npp}")
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
