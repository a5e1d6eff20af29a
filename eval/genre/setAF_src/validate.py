import os, json, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAF")
GOLD = os.path.join(ROOT, "setAF.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
g = json.load(open(GOLD, encoding="utf-8"))
assert g["format"] == "dyad-gold/1"

def split_dump(text):
    blocks = text.split("\n\n\n\n")
    res = []
    for b in blocks:
        lines = b.strip("\n").split("\n")
        assert lines[2] == "TT" and lines[0] == lines[4], lines[:5]
        body = "\n".join(lines[6:])
        res.append((lines[0], body))
    return res

texts = {}
for fn in sorted(os.listdir(OUT)):
    p = os.path.join(OUT, fn)
    raw = open(p, encoding="utf-8").read()
    if fn.endswith(".json"):
        o = json.loads(raw)
        for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
            if k not in o: errs.append(f"{fn}: missing {k}")
        texts[fn] = [(o["title"], o["maintext"])]
    elif fn.startswith("dump-"):
        texts[fn] = split_dump(raw)
    else:
        h, _, body = raw.partition("\n\n")
        texts[fn] = [(h, body)]

ids = set(); nreq = nopt = npeople = 0
for a in g["articles"]:
    if a["id"] in ids: errs.append("dup id " + a["id"])
    ids.add(a["id"])
    cands = [b for h, b in texts.get(a["file"], []) if h == a["headline"]]
    if len(cands) != 1:
        errs.append(f"{a['id']}: headline not found exactly once in {a['file']}"); continue
    body = cands[0]
    full = a["headline"] + "\n" + body
    words = len(body.split())
    if not 250 <= words <= 600: errs.append(f"{a['id']}: {words} words")
    for p in a["people"]:
        npeople += 1
        if not re.fullmatch(r"[A-Z]{3}", p["country"]): errs.append(f"{a['id']}: bad country {p}")
        if p["name"].split()[-1] not in full: errs.append(f"{a['id']}: person not in text {p['name']}")
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side] if isinstance(e[side], list) else [e[side]]
            for c in v:
                if not re.fullmatch(r"[A-Z]{3}", c): errs.append(f"{a['id']}: bad code {c}")
        for t in e["types"]:
            if t not in TYPES: errs.append(f"{a['id']}: bad type {t}")
        if e["evidence"] not in full: errs.append(f"{a['id']}: evidence not found: {e['evidence']}")
        if e["required"]: nreq += 1
        else: nopt += 1
dumps_ok = all(f in texts for f in g["dumps"])
if not dumps_ok: errs.append("dump file missing")
if len(ids) != 20: errs.append(f"{len(ids)} articles")
for e in errs: print("ERR", e)
print(f"articles={len(ids)} required={nreq} optional={nopt} people={npeople}")
sys.exit(1 if errs else 0)
