import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setAM")
GOLD = os.path.join(GENRE, "setAM.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
g = json.load(open(GOLD, encoding="utf-8"))
assert g["format"] == "dyad-gold/1"

def dump_articles(path):
    raw = open(path, encoding="utf-8").read()
    out = {}
    for blk in re.split(r"\n\n\n\n", raw.strip("\n")):
        lines = blk.split("\n")
        head = lines[0]
        if lines[2] != "TT" or lines[4] != head:
            errs.append(f"{path}: bad dump block header {head!r}")
        paras = [p for p in blk.split("\n\n")[3:] if p.strip("\u00a0\n ")]
        out[head] = paras
    return out

texts = {}
ids = set()
for a in g["articles"]:
    if a["id"] in ids: errs.append("dup id " + a["id"])
    ids.add(a["id"])
    p = os.path.join(OUT, a["file"])
    if a["file"].endswith(".json"):
        o = json.load(open(p, encoding="utf-8"))
        for k in ["title","maintext","date_publish","authors","url","source_domain","language","description"]:
            if k not in o: errs.append(f"{a['id']}: missing key {k}")
        if o["title"] != a["headline"]: errs.append(a["id"] + ": headline mismatch")
        paras = o["maintext"].split("\n")
    elif a["file"].startswith("dump-"):
        d = dump_articles(p)
        if a["headline"] not in d: errs.append(a["id"] + ": headline not in dump"); continue
        paras = d[a["headline"]]
        if a["id"] not in g["dumps"][a["file"]]: errs.append(a["id"] + ": not listed in dumps")
    else:
        raw = open(p, encoding="utf-8").read()
        head, body = raw.split("\n\n", 1)
        if head != a["headline"]: errs.append(a["id"] + ": headline mismatch")
        paras = body.strip("\n").split("\n\n")
    if len(paras) != a["paragraphs"]: errs.append(f"{a['id']}: paragraphs {len(paras)} != {a['paragraphs']}")
    if not paras[0].startswith(a["first_paragraph_prefix"]): errs.append(a["id"] + ": first prefix")
    if not paras[-1].startswith(a["last_paragraph_prefix"]): errs.append(a["id"] + ": last prefix")
    text = "\n".join(paras)
    wc = len(text.split())
    if not 250 <= wc <= 600: errs.append(f"{a['id']}: {wc} words")
    for k in ["earliest", "latest"]:
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", a["published"][k]): errs.append(a["id"] + ": date " + k)
    for pp in a["people"]:
        if not re.fullmatch(r"[A-Z]{3}", pp["country"]): errs.append(f"{a['id']}: person code {pp}")
        if pp["name"] not in text: errs.append(f"{a['id']}: person not in text {pp['name']}")
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side] if isinstance(e[side], list) else [e[side]]
            for c in v:
                if not re.fullmatch(r"[A-Z]{3}", c): errs.append(f"{a['id']}: code {c}")
        for t in e["types"]:
            if t not in TYPES: errs.append(f"{a['id']}: type {t}")
        if e["evidence"] not in text: errs.append(f"{a['id']}: evidence not found: {e['evidence']!r}")
    texts[a["id"]] = wc
for dn, lst in g["dumps"].items():
    for i in lst:
        if i not in ids: errs.append(f"dump {dn} lists unknown {i}")
files = sorted(os.listdir(OUT))
print("files:", files)
print("words:", texts)
req = sum(e["required"] for a in g["articles"] for e in a["events"])
opt = sum(not e["required"] for a in g["articles"] for e in a["events"])
ppl = sum(len(a["people"]) for a in g["articles"])
print(f"articles {len(g['articles'])} required {req} optional {opt} people {ppl}")
print("per-article required:", {a['id']: sum(e['required'] for e in a['events']) for a in g['articles']})
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
