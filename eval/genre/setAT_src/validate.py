"""Validate setAT files against setAT.gold.json."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "setAT")
GOLD = os.path.join(HERE, "..", "setAT.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
def err(m): errs.append(m)

gold = json.load(open(GOLD, encoding="utf-8"))
assert gold["format"] == "dyad-gold/1"
texts = {}  # article id -> (headline, body text)
# dumps
dumped = {}
for fn, ids in gold["dumps"].items():
    raw = open(os.path.join(OUT, fn), encoding="utf-8").read()
    blocks = re.split(r"\n{4,}", raw.strip("\n"))
    if len(blocks) != len(ids):
        err(f"{fn}: {len(blocks)} blocks for {len(ids)} ids")
    for i, b in zip(ids, blocks):
        lines = b.split("\n")
        if not (lines[1] == "" and lines[2] == "TT" and lines[3] == "" and lines[4] == lines[0]):
            err(f"{fn}/{i}: bad dump header")
        texts[i] = (lines[0], b)
        dumped[i] = fn
for fn in sorted(os.listdir(OUT)):
    p = os.path.join(OUT, fn)
    if fn.endswith(".json"):
        o = json.load(open(p, encoding="utf-8"))
        for k in ("title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"):
            if k not in o: err(f"{fn}: missing {k}")
        if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
            err(f"{fn}: bad date")
        texts[fn[:-5]] = (o["title"], o["maintext"])
    elif fn.startswith("AT") and fn.endswith(".txt"):
        raw = open(p, encoding="utf-8").read()
        h, _, body = raw.partition("\n\n")
        texts[fn[:-4]] = (h, body)
ids = [a["id"] for a in gold["articles"]]
if len(ids) != len(set(ids)) or len(ids) != 20: err("ids not unique / not 20")
code = lambda c: isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c)
nreq = nopt = npeople = 0
for a in gold["articles"]:
    i = a["id"]
    if i not in texts: err(f"{i}: no text"); continue
    h, body = texts[i]
    if h != a["headline"]: err(f"{i}: headline mismatch {h!r} vs {a['headline']!r}")
    exp_file = dumped.get(i) or next(f for f in os.listdir(OUT) if f.split(".")[0] == i)
    if a["file"] != exp_file: err(f"{i}: file {a['file']} != {exp_file}")
    words = len(body.split())
    if not 250 <= words <= 600: err(f"{i}: {words} words")
    for p in a["people"]:
        npeople += 1
        if not code(p["country"]): err(f"{i}: bad person code {p}")
        if p["name"] not in body: err(f"{i}: person not in text {p['name']}")
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side]
            for c in (v if isinstance(v, list) else [v]):
                if not code(c): err(f"{i}: bad code {c}")
        for t in e["types"]:
            if t not in TYPES: err(f"{i}: bad type {t}")
        if e["evidence"] not in body: err(f"{i}: evidence not found: {e['evidence']!r}")
        if e["required"]: nreq += 1
        else: nopt += 1
    pb = a["published"]
    if not pb["earliest"] <= pb["latest"]: err(f"{i}: date window")
    print(i, a["file"], words, "words", sum(e["required"] for e in a["events"]), "req", sum(not e["required"] for e in a["events"]), "opt")
print(f"articles={len(ids)} required={nreq} optional={nopt} people={npeople}")
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
