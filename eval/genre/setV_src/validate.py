#!/usr/bin/env python3
"""Validate setV files and gold independently of the build script."""
import json, re, sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = f"{ROOT}/setV"
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []

def err(m):
    errs.append(m)

def words(t):
    return len(re.findall(r"\S+", t))

gold = json.load(open(f"{ROOT}/setV.gold.json", encoding="utf-8"))
assert gold["format"] == "dyad-gold/1"
arts = gold["articles"]
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): err("duplicate ids")
if ids != [f"V{i}" for i in range(1, 21)]: err(f"ids {ids}")
if len({a["headline"] for a in arts}) != len(arts): err("duplicate headlines")

# parse files
texts = {}   # id -> (headline, paragraphs)
dump_heads = {}
for fn in sorted(os.listdir(DIR)):
    p = f"{DIR}/{fn}"
    raw = open(p, encoding="utf-8").read()
    if fn.endswith(".json"):
        o = json.loads(raw)
        for k in ("title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"):
            if k not in o: err(f"{fn}: missing {k}")
        if o["language"] != "en": err(f"{fn}: language")
        if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
            err(f"{fn}: date_publish format")
        texts[fn] = [(o["title"], o["maintext"].split("\n"))]
    elif fn.startswith("dump-"):
        arts_raw = raw.rstrip("\n").split("\n\n\n\n")
        lst = []
        for chunk in arts_raw:
            lines = chunk.split("\n")
            h = lines[0]
            if lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != h or lines[5] != "":
                err(f"{fn}: bad dump header for {h!r}")
            body = "\n".join(lines[6:])
            paras = [x.strip() for x in re.split(r"\n(?:[ \u00a0]*\n)+|\n", body) if x.strip() and x.strip() != "\u00a0"]
            paras = [x for x in paras if x.replace("\u00a0", "").strip()]
            lst.append((h, paras))
        texts[fn] = lst
        if "\n\n\n\n\n" in raw: err(f"{fn}: more than three blank lines")
    elif fn.endswith(".txt"):
        parts = raw.rstrip("\n").split("\n\n")
        texts[fn] = [(parts[0], parts[1:])]
        if any("\n" in x for x in parts): err(f"{fn}: stray newline in paragraph")
    else:
        err(f"unexpected file {fn}")

fmt_count = {"txt": 0, "json": 0, "dump": 0}
for fn in texts:
    if fn.startswith("dump-"): fmt_count["dump"] += len(texts[fn])
    elif fn.endswith(".json"): fmt_count["json"] += 1
    else: fmt_count["txt"] += 1
if fmt_count != {"txt": 7, "json": 7, "dump": 6}: err(f"format mix {fmt_count}")
nulls = sum(1 for fn in texts if fn.endswith(".json") and json.load(open(f"{DIR}/{fn}"))["date_publish"] is None)
if not 1 <= nulls <= 2: err(f"null date_publish count {nulls}")

for fn, ids_ in gold["dumps"].items():
    heads = [h for h, _ in texts.get(fn, [])]
    want = [a["headline"] for a in arts if a["id"] in ids_]
    if heads != [next(a["headline"] for a in arts if a["id"] == i) for i in ids_]:
        err(f"dump map {fn}: {heads} vs {ids_}")

req_total = opt_total = people_total = 0
for a in arts:
    fn = a["file"]
    cand = [x for x in texts.get(fn, []) if x[0] == a["headline"]]
    if len(cand) != 1:
        err(f"{a['id']}: headline not found in {fn}"); continue
    h, paras = cand[0]
    text = "\n".join(paras)
    nw = words(text)
    if not 250 <= nw <= 600: err(f"{a['id']}: {nw} words")
    pub = a["published"]
    for k in ("earliest", "latest"):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", pub[k]): err(f"{a['id']}: published {k}")
    if pub["earliest"] > pub["latest"]: err(f"{a['id']}: published window")
    for p in a["people"]:
        people_total += 1
        if not re.fullmatch(r"[A-Z]{3}", p["country"]): err(f"{a['id']}: person code {p}")
        last = p["name"].split()[-1]
        if last not in text and p["name"] not in text: err(f"{a['id']}: person not in text {p['name']}")
    nreq = 0
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side]
            for c in ([v] if isinstance(v, str) else v):
                if not re.fullmatch(r"[A-Z]{3}", c): err(f"{a['id']}: bad code {c}")
        if not e["types"] or set(e["types"]) - TYPES: err(f"{a['id']}: bad types {e['types']}")
        if e["evidence"] not in text: err(f"{a['id']}: evidence not found: {e['evidence']!r}")
        if e["required"]: nreq += 1; req_total += 1
        else: opt_total += 1
    if not 7 <= nreq <= 15: err(f"{a['id']}: {nreq} required events")
    print(f"{a['id']:4} {fn:12} words {nw:3} req {nreq:2} opt {len(a['events'])-nreq:2} people {len(a['people']):2}  {a['headline'][:70]}")

print(f"articles {len(arts)} required {req_total} optional {opt_total} people {people_total}")
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
