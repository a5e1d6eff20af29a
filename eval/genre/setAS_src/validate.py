import os, json, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAS")
GOLD = os.path.join(ROOT, "setAS.gold.json")
CODE = re.compile(r"^[A-Z]{3}$")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
gold = json.load(open(GOLD, encoding="utf-8"))
assert gold["format"] == "dyad-gold/1"

def dump_articles(path):
    txt = open(path, encoding="utf-8").read()
    blocks = re.split(r"\n\n\n\n", txt.strip("\n"))
    res = {}
    for b in blocks:
        lines = b.split("\n")
        if not (lines[1] == "" and lines[2] == "TT" and lines[3] == "" and lines[4] == lines[0] and lines[5] == ""):
            errs.append(f"bad dump block header in {path}: {lines[:6]}")
        res[lines[0]] = b
    return res

texts = {}
for fn in sorted(os.listdir(OUT)):
    p = os.path.join(OUT, fn)
    if fn.endswith(".json"):
        o = json.load(open(p, encoding="utf-8"))
        for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
            if k not in o: errs.append(f"{fn}: missing {k}")
        texts[fn] = {o["title"]: o["title"] + "\n" + o["maintext"]}
    elif fn.startswith("dump-"):
        texts[fn] = dump_articles(p)
    else:
        t = open(p, encoding="utf-8").read()
        head = t.split("\n", 1)[0]
        if t.split("\n")[1] != "": errs.append(f"{fn}: no blank after headline")
        texts[fn] = {head: t}

ids = [a["id"] for a in gold["articles"]]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
if len(ids) != 20: errs.append(f"{len(ids)} articles")
for fn, lst in gold["dumps"].items():
    for i in lst:
        a = next(x for x in gold["articles"] if x["id"] == i)
        if a["file"] != fn: errs.append(f"{i}: dump mismatch")
nreq = nopt = npp = 0
for a in gold["articles"]:
    f = a["file"]
    if f not in texts: errs.append(f"{a['id']}: file {f} missing"); continue
    if a["headline"] not in texts[f]: errs.append(f"{a['id']}: headline not found in {f}"); continue
    body = texts[f][a["headline"]]
    words = len(body.split())
    if not 250 <= words <= 600: errs.append(f"{a['id']}: {words} words")
    pub = a["published"]
    if not (re.match(r"^\d{4}-\d\d-\d\d$", pub["earliest"]) and pub["earliest"] <= pub["latest"]): errs.append(f"{a['id']}: bad published")
    for p in a["people"]:
        npp += 1
        if not CODE.match(p["country"]): errs.append(f"{a['id']}: bad person code {p}")
        if p["name"] not in body: errs.append(f"{a['id']}: person not in text {p['name']}")
    for e in a["events"]:
        if e["required"]: nreq += 1
        else: nopt += 1
        for side in ("source", "target"):
            v = e[side] if isinstance(e[side], list) else [e[side]]
            for c in v:
                if not CODE.match(c): errs.append(f"{a['id']}: bad code {c}")
        for t in e["types"]:
            if t not in TYPES: errs.append(f"{a['id']}: bad type {t}")
        if e["evidence"] not in body: errs.append(f"{a['id']}: evidence not found: {e['evidence']}")
    r = sum(e["required"] for e in a["events"])
    print(a["id"], f, words, "words", r, "req", len(a["events"]) - r, "opt", len(a["people"]), "people")
print("articles", len(ids), "required", nreq, "optional", nopt, "people", npp)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
