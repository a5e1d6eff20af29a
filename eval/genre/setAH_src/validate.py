#!/usr/bin/env python3
"""Validate set AH: files parse, headlines match, evidence strings are exact substrings, codes valid."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAH")
GOLD = os.path.join(ROOT, "setAH.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
            "SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []


def err(m):
    errs.append(m)


def split_dump(text):
    arts = [b.strip("\n") for b in re.split(r"\n\n\n\n+", text) if b.strip()]
    out = []
    for b in arts:
        lines = b.split("\n")
        h = lines[0]
        if lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != h:
            err("bad dump block header: " + h)
        out.append((h, "\n".join(lines[6:])))
    return out


def main():
    g = json.load(open(GOLD, encoding="utf-8"))
    if g.get("format") != "dyad-gold/1":
        err("format")
    ids = [a["id"] for a in g["articles"]]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    texts = {}
    for fn in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, fn)
        raw = open(p, encoding="utf-8").read()
        if fn.endswith(".json"):
            o = json.loads(raw)
            for k in ("title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"):
                if k not in o:
                    err(f"{fn}: missing {k}")
            texts[fn] = [(o["title"], o["maintext"])]
        elif fn.startswith("dump-"):
            texts[fn] = split_dump(raw)
        else:
            h, _, body = raw.partition("\n\n")
            texts[fn] = [(h, body)]
    for fn, ids_ in g["dumps"].items():
        if [h for h, _ in texts[fn]] != [next(a["headline"] for a in g["articles"] if a["id"] == i) for i in ids_]:
            err(f"dump order/headlines mismatch in {fn}")
    code_re = re.compile(r"^[A-Z]{3}$")
    nreq = nopt = npeople = 0
    for a in g["articles"]:
        cand = [b for h, b in texts.get(a["file"], []) if h == a["headline"]]
        if len(cand) != 1:
            err(f"{a['id']}: headline not found in {a['file']}")
            continue
        body = cand[0]
        nw = len(body.split())
        if not 250 <= nw <= 600:
            err(f"{a['id']}: {nw} words")
        for p in a["people"]:
            npeople += 1
            if not code_re.match(p["country"]):
                err(f"{a['id']}: bad person code {p}")
            if p["name"] not in body and p["name"] not in a["headline"]:
                err(f"{a['id']}: person not in text {p['name']}")
        for e in a["events"]:
            for side in ("source", "target"):
                v = e[side] if isinstance(e[side], list) else [e[side]]
                for c in v:
                    if not code_re.match(c):
                        err(f"{a['id']}: bad code {c}")
            for t in e["types"]:
                if t not in TYPES:
                    err(f"{a['id']}: bad type {t}")
            if e["evidence"] not in body:
                err(f"{a['id']}: evidence not found: {e['evidence']}")
            if e["required"]:
                nreq += 1
            else:
                nopt += 1
        for k in ("earliest", "latest"):
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", a["published"][k]):
                err(f"{a['id']}: bad date")
        if a["published"]["earliest"] > a["published"]["latest"]:
            err(f"{a['id']}: date window inverted")
        print(a["id"], a["file"], nw, "words", sum(e["required"] for e in a["events"]), "req",
              sum(not e["required"] for e in a["events"]), "opt")
    print(f"articles={len(g['articles'])} required={nreq} optional={nopt} people={npeople}")
    for m in errs:
        print("ERROR", m)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
