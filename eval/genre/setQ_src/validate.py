#!/usr/bin/env python3
"""Validate set Q: files parse, headlines match, evidence is an exact substring, ids unique, codes valid."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "setQ")
GOLD = os.path.join(HERE, "..", "setQ.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
def err(m): errs.append(m)

def parse_dump(path):
    raw = open(path, encoding="utf-8").read()
    arts = []
    for block in re.split(r"\n\n\n\n", raw.strip("\n")):
        lines = block.split("\n")
        if len(lines) < 6 or lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != lines[0] or lines[5] != "":
            err(f"{path}: bad article block header: {lines[:6]!r}"); continue
        body = "\n".join(lines[6:])
        ps = [p for p in re.split(r"\n\n(?:\u00a0\n\n)?", body) if p.strip() and p.strip("\u00a0")]
        if any("\n" in p for p in ps): err(f"{path}: paragraph with inner newline")
        arts.append((lines[0], ps))
    return arts

gold = json.load(open(GOLD, encoding="utf-8"))
assert gold["format"] == "dyad-gold/1"
ids = [a["id"] for a in gold["articles"]]
if len(ids) != len(set(ids)): err("duplicate ids")
if ids != [f"Q{i}" for i in range(1, 21)]: err(f"ids {ids}")
texts = {}
for a in gold["articles"]:
    fn = os.path.join(OUT, a["file"])
    if a["file"].endswith(".json"):
        o = json.load(open(fn, encoding="utf-8"))
        for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
            if k not in o: err(f"{a['id']}: json lacks {k}")
        if o["title"] != a["headline"]: err(f"{a['id']}: title mismatch")
        if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]): err(f"{a['id']}: date format")
        if o["date_publish"] and o["date_publish"][:10] != a["published"]["earliest"]: err(f"{a['id']}: date_publish vs gold")
        texts[a["id"]] = (o["title"], o["maintext"].split("\n"))
    elif a["file"].startswith("dump-"):
        found = [x for x in parse_dump(fn) if x[0] == a["headline"]]
        if len(found) != 1: err(f"{a['id']}: headline not found once in {a['file']}")
        else: texts[a["id"]] = found[0]
        if a["id"] not in gold["dumps"].get(a["file"], []): err(f"{a['id']}: not listed in dumps")
    else:
        raw = open(fn, encoding="utf-8").read()
        head, _, body = raw.partition("\n\n")
        if head != a["headline"]: err(f"{a['id']}: txt headline mismatch")
        texts[a["id"]] = (head, [p for p in body.strip().split("\n\n")])
# dumps listing consistent
for dn, dids in gold["dumps"].items():
    hs = [h for h, _ in parse_dump(os.path.join(OUT, dn))]
    want = [next(a["headline"] for a in gold["articles"] if a["id"] == i) for i in dids]
    if hs != want: err(f"{dn}: headlines {hs} != {want}")
files = sorted(os.listdir(OUT))
nt = sum(f.endswith(".txt") and not f.startswith("dump") for f in files)
nj = sum(f.endswith(".json") for f in files); nd = sum(f.startswith("dump-") for f in files)
if (nt, nj, nd) != (7, 7, 3): err(f"file mix {nt} txt {nj} json {nd} dumps")
code = re.compile(r"^[A-Z]{3}$")
tot_req = tot_opt = tot_pp = 0
for a in gold["articles"]:
    head, ps = texts.get(a["id"], ("", []))
    full = "\n".join(ps)
    words = len(full.split())
    if not 250 <= words <= 600: err(f"{a['id']}: {words} words")
    if a.get("paragraphs") != len(ps): err(f"{a['id']}: paragraphs {a.get('paragraphs')} vs {len(ps)}")
    if a["published"]["earliest"] > a["published"]["latest"]: err(f"{a['id']}: date window")
    for p in a["people"]:
        if not code.match(p["country"]): err(f"{a['id']}: person code {p}")
        if p["name"] not in full: err(f"{a['id']}: person name not in text: {p['name']}")
        tot_pp += 1
    req = 0
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side]; vs = [v] if isinstance(v, str) else v
            if not vs or not all(isinstance(c, str) and code.match(c) for c in vs): err(f"{a['id']}: bad {side} {v}")
        if not e["types"] or not set(e["types"]) <= TYPES: err(f"{a['id']}: bad types {e['types']}")
        if not isinstance(e["required"], bool): err(f"{a['id']}: required not bool")
        if e["evidence"] not in full: err(f"{a['id']}: evidence not in text: {e['evidence']!r}")
        req += e["required"]; tot_req += e["required"]; tot_opt += not e["required"]
    if not 7 <= req <= 12: err(f"{a['id']}: {req} required events")
    print(f"{a['id']:4} {a['file']:11} words {words:3} paras {len(ps):2} required {req:2} optional {len(a['events'])-req:2} people {len(a['people'])}")
print(f"total required {tot_req} optional {tot_opt} people {tot_pp}")
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
