"""Validate set AW against its gold file."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setAW")
GOLD = os.path.join(GENRE, "setAW.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []


def err(m):
    errs.append(m)


def parse_dump(path):
    txt = open(path, encoding="utf-8").read()
    parts = re.split(r"\n\n\n\n", txt.strip("\n"))
    arts = []
    for p in parts:
        lines = p.split("\n")
        if len(lines) < 6 or lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != lines[0]:
            err("bad dump article layout in %s: %r" % (path, lines[:5]))
            continue
        arts.append((lines[0], "\n".join(lines[6:])))
    return arts


gold = json.load(open(GOLD, encoding="utf-8"))
if gold.get("format") != "dyad-gold/1":
    err("format")
texts = {}
heads = {}
for fn in sorted(os.listdir(OUT)):
    p = os.path.join(OUT, fn)
    if fn.endswith(".json"):
        o = json.load(open(p, encoding="utf-8"))
        for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
            if k not in o:
                err("%s missing %s" % (fn, k))
        if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
            err("%s bad date" % fn)
        texts[fn] = [(o["title"], o["maintext"])]
    elif fn.startswith("dump-"):
        texts[fn] = parse_dump(p)
    elif fn.endswith(".txt"):
        t = open(p, encoding="utf-8").read()
        h, _, body = t.partition("\n\n")
        texts[fn] = [(h, body)]
ids = set()
req = opt = ppl = 0
words = {}
for a in gold["articles"]:
    if a["id"] in ids:
        err("dup id " + a["id"])
    ids.add(a["id"])
    cand = [b for h, b in texts.get(a["file"], []) if h == a["headline"]]
    if len(cand) != 1:
        err("%s: headline not found exactly once in %s" % (a["id"], a["file"]))
        continue
    body = cand[0]
    words[a["id"]] = len(body.split())
    for k in ["earliest", "latest", "why"]:
        if k not in a["published"]:
            err("%s published.%s" % (a["id"], k))
    for p in a["people"]:
        ppl += 1
        if not re.fullmatch(r"[A-Z]{3}", p["country"]):
            err("%s person code %s" % (a["id"], p["country"]))
        if p["name"] not in body:
            err("%s person not in text: %s" % (a["id"], p["name"]))
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side] if isinstance(e[side], list) else [e[side]]
            for c in v:
                if not re.fullmatch(r"[A-Z]{3}", c):
                    err("%s bad code %r" % (a["id"], c))
        for t in e["types"]:
            if t not in TYPES:
                err("%s bad type %s" % (a["id"], t))
        if e["evidence"] not in body and e["evidence"] not in a["headline"]:
            err("%s evidence not found: %s" % (a["id"], e["evidence"]))
        if e["required"]:
            req += 1
        else:
            opt += 1
for dn, dids in gold["dumps"].items():
    for i in dids:
        if i not in ids:
            err("dump id missing " + i)
if len(ids) != 20:
    err("expected 20 articles, got %d" % len(ids))
for e in errs:
    print("ERROR", e)
print("articles", len(ids), "required", req, "optional", opt, "people", ppl)
print("words", words)
sys.exit(1 if errs else 0)
