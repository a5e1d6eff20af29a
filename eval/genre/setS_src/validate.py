#!/usr/bin/env python3
"""Validate set S: files parse, headlines match, evidence is an exact substring, ids unique, codes ok."""
import json, os, re, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "..", "setS")
GOLD = os.path.join(HERE, "..", "setS.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
def err(m): errs.append(m)

def read_files():
    """Return {headline: (file, text)} parsed from the files themselves."""
    out = {}
    for f in sorted(os.listdir(SET)):
        p = os.path.join(SET, f)
        raw = open(p, encoding="utf-8").read()
        if f.startswith("dump-"):
            for piece in raw.split("\n\n\n\n"):
                lines = piece.split("\n")
                if len(lines) < 6 or lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != lines[0]:
                    err(f"{f}: bad dump article layout near {lines[:1]}")
                    continue
                body = "\n".join(lines[6:])
                paras = [x for x in re.split(r"\n\n(?:\u00a0\n\n)?", body.strip("\n")) if x.strip()]
                out[lines[0]] = (f, "\n".join(paras), paras)
        elif f.endswith(".json"):
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as e:
                err(f"{f}: JSON error {e}"); continue
            for k in ("title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"):
                if k not in rec: err(f"{f}: missing key {k}")
            if rec.get("language") != "en": err(f"{f}: language")
            dp = rec.get("date_publish")
            if dp is not None:
                datetime.datetime.strptime(dp, "%Y-%m-%d %H:%M:%S")
            out[rec["title"]] = (f, rec["maintext"], rec["maintext"].split("\n"))
        elif f.endswith(".txt"):
            head, body = raw.split("\n\n", 1)
            paras = [x for x in body.strip().split("\n\n")]
            if any("\n" in x for x in paras): err(f"{f}: paragraph with inner newline")
            out[head] = (f, "\n".join(paras), paras)
        else:
            err(f"unexpected file {f}")
    return out

def main():
    try:
        gold = json.load(open(GOLD, encoding="utf-8"))
    except Exception as e:
        sys.exit(f"gold does not parse: {e}")
    if gold.get("format") != "dyad-gold/1": err("format")
    files = read_files()
    ids = [a["id"] for a in gold["articles"]]
    if len(ids) != len(set(ids)): err("duplicate ids")
    if len(ids) != 20: err(f"{len(ids)} articles")
    heads = [a["headline"] for a in gold["articles"]]
    if len(heads) != len(set(heads)): err("duplicate headlines")
    if set(heads) != set(files): err(f"headline mismatch: {set(heads) ^ set(files)}")
    for f, lst in gold["dumps"].items():
        for i in lst:
            a = next(x for x in gold["articles"] if x["id"] == i)
            if a["file"] != f: err(f"{i}: dump file mismatch")
    nreq = nopt = npp = 0
    kinds = {"txt": 0, "json": 0, "dump": 0}
    code_re = re.compile(r"^[A-Z]{3}$")
    for a in gold["articles"]:
        h = a["headline"]
        if h not in files: continue
        f, text, paras = files[h]
        if f != a["file"]: err(f"{a['id']}: file {f} != {a['file']}")
        kinds["dump" if f.startswith("dump") else f.rsplit(".", 1)[1]] += 1
        words = len(text.split())
        if not 250 <= words <= 600: err(f"{a['id']}: {words} words")
        pub = a["published"]
        e, l = (datetime.date.fromisoformat(pub["earliest"]), datetime.date.fromisoformat(pub["latest"]))
        if e > l: err(f"{a['id']}: date window")
        for p in a["people"]:
            npp += 1
            if not code_re.match(p["country"]): err(f"{a['id']}: person code {p}")
            if p["name"] not in text: err(f"{a['id']}: person name not in text: {p['name']}")
        for ev in a["events"]:
            for side in ("source", "target"):
                v = ev[side]; vs = [v] if isinstance(v, str) else v
                for c in vs:
                    if not code_re.match(c): err(f"{a['id']}: bad code {c}")
            for t in ev["types"]:
                if t not in TYPES: err(f"{a['id']}: bad type {t}")
            if ev["evidence"] not in text: err(f"{a['id']}: evidence not found: {ev['evidence']!r}")
            if not isinstance(ev["required"], bool): err(f"{a['id']}: required not bool")
            if ev["required"]: nreq += 1
            else: nopt += 1
        r = sum(1 for ev in a["events"] if ev["required"])
        print(f"{a['id']:4} {f:12} words={words:3} paras={len(paras):2} req={r:2} opt={len(a['events'])-r:2} people={len(a['people'])}")
    print(f"formats {kinds}; required {nreq}, optional {nopt}, people {npp}")
    if errs:
        print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
