"""Validate setAI against setAI.gold.json."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAI")
GOLD = os.path.join(ROOT, "setAI.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
gold = json.load(open(GOLD, encoding="utf-8"))
assert gold["format"] == "dyad-gold/1"
texts, heads = {}, {}
for fn in sorted(os.listdir(OUT)):
    p = os.path.join(OUT, fn)
    raw = open(p, encoding="utf-8").read()
    if fn.startswith("dump-"):
        blocks = re.split(r"\n\n\n\n", raw.strip("\n"))
        ids = gold["dumps"].get(fn, [])
        if len(blocks) != len(ids):
            errs.append(f"{fn}: {len(blocks)} blocks vs {len(ids)} ids")
        for b, i in zip(blocks, ids):
            lines = b.split("\n")
            if lines[2] != "TT" or lines[0] != lines[4]:
                errs.append(f"{fn}/{i}: bad dump header")
            heads[i] = lines[0]; texts[i] = b
    elif fn.endswith(".json"):
        o = json.loads(raw)
        for k in ("title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"):
            if k not in o: errs.append(f"{fn}: missing {k}")
        i = fn[:-5]; heads[i] = o["title"]; texts[i] = o["title"] + "\n" + o["maintext"]
    elif fn.endswith(".txt"):
        i = fn[:-4]; heads[i] = raw.split("\n", 1)[0]; texts[i] = raw
ids = [a["id"] for a in gold["articles"]]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
if sorted(ids) != sorted(texts): errs.append(f"id/file mismatch {sorted(set(ids) ^ set(texts))}")
code = re.compile(r"^[A-Z]{3}$")
def codes(x): return x if isinstance(x, list) else [x]
nreq = nopt = npeople = 0
for a in gold["articles"]:
    i = a["id"]; t = texts.get(i, "")
    if heads.get(i) != a["headline"]: errs.append(f"{i}: headline mismatch")
    body = t[len(a["headline"]):]
    words = len(body.split())
    if not 250 <= words <= 600: errs.append(f"{i}: {words} words")
    pub = a["published"]
    if not (pub["earliest"] <= pub["latest"]): errs.append(f"{i}: bad date window")
    for p in a["people"]:
        npeople += 1
        if not code.match(p["country"]): errs.append(f"{i}: person code {p}")
        if p["name"] not in t: errs.append(f"{i}: person not in text {p['name']}")
    r = 0
    for e in a["events"]:
        for c in codes(e["source"]) + codes(e["target"]):
            if not code.match(c): errs.append(f"{i}: bad code {c}")
        for ty in e["types"]:
            if ty not in TYPES: errs.append(f"{i}: bad type {ty}")
        if e["evidence"] not in t: errs.append(f"{i}: evidence not found: {e['evidence']!r}")
        if e["required"]: r += 1; nreq += 1
        else: nopt += 1
    if not 7 <= r <= 14: errs.append(f"{i}: {r} required events")
    print(i, a["file"], words, "words", r, "req", len(a["events"]) - r, "opt")
print(f"articles {len(ids)} required {nreq} optional {nopt} people {npeople}")
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
