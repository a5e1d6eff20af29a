import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "setAU")
GOLD = os.path.join(HERE, "..", "setAU.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
gold = json.load(open(GOLD, encoding="utf-8"))
assert gold["format"] == "dyad-gold/1"

def split_dump(text):
    blocks = text.rstrip("\n").split("\n\n\n\n")
    res = {}
    for b in blocks:
        lines = b.split("\n")
        h = lines[0]
        if lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != h or lines[5] != "":
            errs.append("bad dump block header: " + h)
        body = "\n".join(lines[6:])
        paras = [p for p in re.split(r"\n(?:\n\u00a0\n)?\n?", body) if p.strip() and p != "\u00a0"]
        res[h] = paras
    return res

texts = {}  # id -> (headline, paras)
ids = [a["id"] for a in gold["articles"]]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
if len(ids) != 20: errs.append("expected 20 articles")
dumpcache = {}
for a in gold["articles"]:
    fn = os.path.join(OUT, a["file"])
    raw = open(fn, encoding="utf-8").read()
    if a["file"].endswith(".json"):
        o = json.loads(raw)
        for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
            if k not in o: errs.append(f"{a['id']}: json missing {k}")
        h, paras = o["title"], o["maintext"].split("\n")
    elif a["file"].startswith("dump-"):
        if fn not in dumpcache: dumpcache[fn] = split_dump(raw)
        h = a["headline"]
        if h not in dumpcache[fn]:
            errs.append(f"{a['id']}: headline not in dump"); continue
        paras = dumpcache[fn][h]
        if a["id"] not in gold["dumps"][a["file"]]: errs.append(f"{a['id']}: dumps map")
    else:
        parts = raw.rstrip("\n").split("\n\n")
        h, paras = parts[0], parts[1:]
    if h != a["headline"]: errs.append(f"{a['id']}: headline mismatch")
    if len(paras) != a["paragraphs"]: errs.append(f"{a['id']}: paragraph count {len(paras)} != {a['paragraphs']}")
    body = "\n".join(paras)
    words = len(body.split())
    if not 250 <= words <= 600: errs.append(f"{a['id']}: {words} words")
    full = h + "\n" + body
    for p in a["people"]:
        if not re.fullmatch(r"[A-Z]{3}", p["country"]): errs.append(f"{a['id']}: bad person code {p}")
        if p["name"] not in full and p["role"] != "author": errs.append(f"{a['id']}: person not in text {p['name']}")
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side] if isinstance(e[side], list) else [e[side]]
            for c in v:
                if not re.fullmatch(r"[A-Z]{3}", c): errs.append(f"{a['id']}: bad code {c}")
        for t in e["types"]:
            if t not in TYPES: errs.append(f"{a['id']}: bad type {t}")
        if e["evidence"] not in full: errs.append(f"{a['id']}: evidence not found: {e['evidence']!r}")
    pe = a["published"]
    if not (re.fullmatch(r"\d{4}-\d\d-\d\d", pe["earliest"]) and pe["earliest"] <= pe["latest"]): errs.append(f"{a['id']}: published")
    print(a["id"], a["file"], words, "words", sum(e["required"] for e in a["events"]), "req", sum(not e["required"] for e in a["events"]), "opt")
for dn, dids in gold["dumps"].items():
    if not os.path.exists(os.path.join(OUT, dn)): errs.append("missing " + dn)
req = sum(e["required"] for a in gold["articles"] for e in a["events"])
opt = sum(not e["required"] for a in gold["articles"] for e in a["events"])
ppl = sum(len(a["people"]) for a in gold["articles"])
print("required", req, "optional", opt, "people", ppl)
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
