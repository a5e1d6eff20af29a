"""Validate set AV: files parse, headlines match, evidence is an exact substring, ids unique, codes valid."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "setAV")
GOLD = os.path.join(HERE, "..", "setAV.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []

def parse_dump(text):
    arts = []
    for block in re.split(r"\n\n\n\n", text.strip("\n")):
        lines = block.split("\n")
        head = lines[0]
        assert lines[2] == "TT" and lines[4] == head, ("bad dump block", head)
        body = [p for p in "\n".join(lines[6:]).split("\n\n") if p.strip("\u00a0\n ")]
        arts.append((head, body))
    return arts

gold = json.load(open(GOLD, encoding="utf-8"))
texts = {}
dumped = {}
for dn, ids in gold["dumps"].items():
    arts = parse_dump(open(os.path.join(OUT, dn), encoding="utf-8").read())
    if len(arts) != len(ids):
        errs.append(f"{dn}: {len(arts)} blocks vs {len(ids)} ids")
    for i, (h, body) in zip(ids, arts):
        dumped[i] = (h, "\n".join(body))
ids = [a["id"] for a in gold["articles"]]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
code = re.compile(r"^[A-Z]{3}$")
req = opt = ppl = 0
fmts = {}
for a in gold["articles"]:
    fn = a["file"]
    fmts[fn.split(".")[-1] if not fn.startswith("dump") else "dump"] = fmts.get(fn.split(".")[-1] if not fn.startswith("dump") else "dump", 0) + 1
    path = os.path.join(OUT, fn)
    if fn.startswith("dump"):
        head, body = dumped[a["id"]]
    elif fn.endswith(".json"):
        o = json.load(open(path, encoding="utf-8"))
        for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
            if k not in o:
                errs.append(f"{fn}: missing key {k}")
        head, body = o["title"], o["maintext"]
    else:
        t = open(path, encoding="utf-8").read()
        head, _, body = t.partition("\n\n")
    if head != a["headline"]:
        errs.append(f"{a['id']}: headline mismatch {head!r}")
    words = len(body.split())
    if not 250 <= words <= 600:
        errs.append(f"{a['id']}: {words} words")
    full = head + "\n" + body
    for p in a["people"]:
        ppl += 1
        if not code.match(p["country"]):
            errs.append(f"{a['id']}: bad person code {p}")
        if p["name"] not in full:
            errs.append(f"{a['id']}: person name not in text {p['name']}")
    nreq = 0
    for e in a["events"]:
        for side in ("source", "target"):
            v = e[side] if isinstance(e[side], list) else [e[side]]
            for c in v:
                if not code.match(c):
                    errs.append(f"{a['id']}: bad code {c}")
        for t in e["types"]:
            if t not in TYPES:
                errs.append(f"{a['id']}: bad type {t}")
        if e["evidence"] not in full:
            errs.append(f"{a['id']}: evidence not found: {e['evidence']!r}")
        if e["required"]:
            nreq += 1
        else:
            opt += 1
    req += nreq
    print(f"{a['id']:5} {fn:12} words={words:4} required={nreq:2} events={len(a['events']):2} people={len(a['people'])}")
print("formats", fmts)
print(f"articles={len(ids)} required={req} optional={opt} people={ppl}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
