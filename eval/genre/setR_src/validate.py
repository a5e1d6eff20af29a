#!/usr/bin/env python3
"""Validate set R: parse every article file from disk and check the gold against it."""
import json, os, re, sys, datetime
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(BASE, "setR")
GOLD = os.path.join(BASE, "setR.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
NBSP = "\u00a0"
errs = []

def err(m):
    errs.append(m)

def parse_txt(path):
    t = open(path, encoding="utf-8").read()
    head, _, body = t.partition("\n\n")
    paras = [p for p in body.split("\n\n") if p.strip()]
    return [(head.strip(), paras)]

def parse_json(path):
    o = json.load(open(path, encoding="utf-8"))
    for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
        if k not in o:
            err(f"{path}: missing key {k}")
    if o.get("date_publish") is not None:
        datetime.datetime.strptime(o["date_publish"], "%Y-%m-%d %H:%M:%S")
    if o.get("language") != "en":
        err(f"{path}: language")
    if not isinstance(o.get("authors"), list):
        err(f"{path}: authors not a list")
    return [(o["title"], o["maintext"].split("\n"))]

def parse_dump(path):
    t = open(path, encoding="utf-8").read()
    out = []
    for block in t.rstrip("\n").split("\n\n\n\n"):
        lines = block.split("\n")
        if len(lines) < 5 or lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != lines[0]:
            err(f"{path}: bad block header {lines[:5]}")
        body = "\n".join(lines[6:])
        paras = [p for p in body.split("\n\n") if p.strip() and p.strip(NBSP + " ")]
        out.append((lines[0], paras))
    return out

def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    if gold.get("format") != "dyad-gold/1":
        err("format")
    parsed = {}
    for fn in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, fn)
        if fn.startswith("dump-"):
            parsed[fn] = parse_dump(p)
        elif fn.endswith(".json"):
            parsed[fn] = parse_json(p)
        elif fn.endswith(".txt"):
            parsed[fn] = parse_txt(p)
        else:
            err(f"unexpected file {fn}")
    ids = [a["id"] for a in gold["articles"]]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if sorted(ids, key=lambda s: int(s[1:])) != [f"R{i}" for i in range(1, 21)]:
        err(f"ids {ids}")
    heads = [a["headline"] for a in gold["articles"]]
    if len(set(heads)) != len(heads):
        err("duplicate headlines")
    fmt = {"txt": 0, "json": 0, "dump": 0}
    nreq = nopt = npeople = 0
    for fn, dids in gold["dumps"].items():
        got = [h for h, _ in parsed.get(fn, [])]
        want = [next(a["headline"] for a in gold["articles"] if a["id"] == i) for i in dids]
        if got != want:
            err(f"dump {fn}: headlines {got} != {want}")
    for a in gold["articles"]:
        fn = a["file"]
        kind = "dump" if fn.startswith("dump-") else fn.rsplit(".", 1)[1]
        fmt[kind] += 1
        arts = [x for x in parsed.get(fn, []) if x[0] == a["headline"]]
        if len(arts) != 1:
            err(f"{a['id']}: headline not found exactly once in {fn}")
            continue
        head, paras = arts[0]
        text = "\n".join(paras)
        if a["paragraphs"] != len(paras):
            err(f"{a['id']}: paragraphs {a['paragraphs']} != {len(paras)}")
        if not paras[0].startswith(a["first_paragraph_prefix"]) or not paras[-1].startswith(a["last_paragraph_prefix"]):
            err(f"{a['id']}: paragraph prefixes")
        wc = len(re.findall(r"\S+", head + " " + text))
        if not 250 <= wc <= 600:
            err(f"{a['id']}: {wc} words")
        pub = a["published"]
        for k in ("earliest", "latest"):
            datetime.date.fromisoformat(pub[k])
        if pub["earliest"] > pub["latest"] or not pub.get("why"):
            err(f"{a['id']}: published window")
        for p in a["people"]:
            if set(p) != {"name", "country", "role"} or not re.fullmatch(r"[A-Z]{3}", p["country"]):
                err(f"{a['id']}: person {p}")
            if p["name"] not in text and p["name"] not in head:
                err(f"{a['id']}: person name not in text: {p['name']}")
        npeople += len(a["people"])
        r = 0
        for e in a["events"]:
            for side in ("source", "target"):
                v = e[side]
                vs = [v] if isinstance(v, str) else v
                if not vs or not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c) for c in vs):
                    err(f"{a['id']}: bad {side} {v}")
            if not e["types"] or not set(e["types"]) <= TYPES:
                err(f"{a['id']}: bad types {e['types']}")
            if not isinstance(e["required"], bool):
                err(f"{a['id']}: required not bool")
            if e["evidence"] not in text:
                err(f"{a['id']}: evidence not in text: {e['evidence']!r}")
            if "symmetric" in e and e["symmetric"] is not True:
                err(f"{a['id']}: symmetric")
            r += e["required"]
        nreq += r
        nopt += len(a["events"]) - r
        print(f"{a['id']:4} {fn:11} words {wc:3}  req {r:2} opt {len(a['events'])-r:2} people {len(a['people'])}")
    print("formats", fmt, "required", nreq, "optional", nopt, "people", npeople)
    if fmt != {"txt": 7, "json": 7, "dump": 6}:
        err(f"format mix {fmt}")
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
