#!/usr/bin/env python3
"""Validate setL files against setL.gold.json."""
import json, os, re, sys, datetime
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(BASE, "setL")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
def err(m): errs.append(m)

gold = json.load(open(os.path.join(BASE, "setL.gold.json"), encoding="utf-8"))
if gold.get("format") != "dyad-gold/1": err("format")
for k in ("about", "matching", "dumps", "articles"):
    if k not in gold: err("missing key " + k)

def article_texts():
    """(file) -> list of (headline, body_text)"""
    out = {}
    for fn in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, fn)
        raw = open(p, encoding="utf-8").read()
        if fn.endswith(".json"):
            o = json.loads(raw)
            need = {"title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"}
            if set(o) != need: err(f"{fn}: keys {sorted(o)}")
            if o["language"] != "en": err(f"{fn}: language")
            if o["date_publish"] is not None:
                datetime.datetime.strptime(o["date_publish"], "%Y-%m-%d %H:%M:%S")
            out[fn] = [(o["title"], o["maintext"])]
        elif fn.startswith("dump-"):
            segs = raw.rstrip("\n").split("\n\n\n\n")
            lst = []
            for s in segs:
                lines = s.split("\n")
                h = lines[0]
                if lines[1:5] != ["", "TT", "", h]: err(f"{fn}: bad TT block for {h!r}")
                body = "\n".join(lines[6:])
                if "\n\n\n" in s.replace("\u00a0", "X"): err(f"{fn}: triple newline inside article {h!r}")
                lst.append((h, body))
            out[fn] = lst
        else:
            lines = raw.split("\n")
            if lines[1] != "": err(f"{fn}: no blank after headline")
            out[fn] = [(lines[0], "\n".join(lines[2:]))]
    return out

texts = article_texts()
ids = [a["id"] for a in gold["articles"]]
if len(ids) != len(set(ids)): err("duplicate ids")
code = re.compile(r"^[A-Z]{3}$")
req = opt = people = 0
words_all = []
for a in gold["articles"]:
    fn = a["file"]
    cands = [b for h, b in texts.get(fn, []) if h == a["headline"]]
    if len(cands) != 1:
        err(f"{a['id']}: headline not found exactly once in {fn}"); continue
    body = cands[0]
    full = a["headline"] + "\n" + body
    nw = len(body.split())
    words_all.append((a["id"], nw))
    if not 250 <= nw <= 600: err(f"{a['id']}: {nw} words")
    p = a["published"]
    d0 = datetime.date.fromisoformat(p["earliest"]); d1 = datetime.date.fromisoformat(p["latest"])
    if d0 > d1 or not p.get("why"): err(f"{a['id']}: published")
    for pp in a["people"]:
        people += 1
        if not code.match(pp["country"]): err(f"{a['id']}: person code {pp}")
        if pp["name"] not in full: err(f"{a['id']}: person name not in text: {pp['name']}")
    nreq = 0
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side]
            for c in ([v] if isinstance(v, str) else v):
                if not code.match(c): err(f"{a['id']}: bad code {c}")
        if not e["types"] or not set(e["types"]) <= TYPES: err(f"{a['id']}: bad types {e['types']}")
        if e["evidence"] not in full: err(f"{a['id']}: evidence not in text: {e['evidence']!r}")
        if e["required"]: req += 1; nreq += 1
        else: opt += 1
    if not 7 <= nreq <= 12: err(f"{a['id']}: {nreq} required events")
# dumps mapping
for fn, lst in gold["dumps"].items():
    got = [aid for aid in lst]
    want = [a["id"] for a in gold["articles"] if a["file"] == fn]
    if got != want: err(f"dumps mapping {fn}: {got} vs {want}")
    if [h for h, _ in texts[fn]] != [a["headline"] for a in gold["articles"] if a["file"] == fn]: err(f"dump order {fn}")
fmts = {"txt": 0, "json": 0, "dump": 0}
for a in gold["articles"]:
    fmts["dump" if a["file"].startswith("dump-") else a["file"].rsplit(".", 1)[1]] += 1
print("formats", fmts, "dumps", len(gold["dumps"]))
print("articles", len(ids), "required", req, "optional", opt, "people", people)
print("words", words_all)
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
