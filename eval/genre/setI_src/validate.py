#!/usr/bin/env python3
"""Validate set I (or the set named by the first argument, laid out the same way: set J):
files parse, headlines match, evidence is verbatim, codes well formed."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LETTER = sys.argv[1] if len(sys.argv) > 1 else "I"
OUT = os.path.join(ROOT, f"set{LETTER}")
GOLD = os.path.join(ROOT, f"set{LETTER}.gold.json")
NBSP = "\u00a0"
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
            "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
CODE = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errors = []


def err(msg):
    errors.append(msg)


def parse_txt(path):
    text = open(path, encoding="utf-8").read()
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    return blocks[0], blocks[1:]


def parse_json(path):
    o = json.load(open(path, encoding="utf-8"))
    for k in ("title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"):
        if k not in o:
            err(f"{path}: missing key {k}")
    if o.get("language") != "en":
        err(f"{path}: language not en")
    if o.get("date_publish") is not None and not re.match(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", o["date_publish"]):
        err(f"{path}: bad date_publish {o['date_publish']}")
    if not isinstance(o.get("authors"), list):
        err(f"{path}: authors not a list")
    return o["title"], [p for p in o["maintext"].split("\n") if p.strip()]


def parse_dump(path):
    text = open(path, encoding="utf-8").read()
    out = []
    for chunk in re.split(r"\n\n\n\n", text.strip("\n")):
        lines = chunk.split("\n")
        blocks = [b.strip() for b in re.split(r"\n\n(?:\u00a0\n\n)?", chunk) if b.strip() and b.strip() != NBSP]
        if len(blocks) < 4 or blocks[1] != "TT" or blocks[0] != blocks[2]:
            err(f"{path}: bad article block starting {lines[0][:40]!r}")
            continue
        out.append((blocks[0], blocks[3:]))
    return out


def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    if gold.get("format") != "dyad-gold/1":
        err("format")
    arts = gold["articles"]
    ids = [a["id"] for a in arts]
    if len(ids) != len(set(ids)):
        err(f"duplicate ids: {[i for i, c in Counter(ids).items() if c > 1]}")
    if sorted(ids, key=lambda s: int(s[1:])) != [f"{LETTER}{n}" for n in range(1, 21)]:
        err(f"ids are not {LETTER}1..{LETTER}20: {ids}")
    heads = [a["headline"] for a in arts]
    if len(heads) != len(set(heads)):
        err("duplicate headlines")
    # parse every file in the set
    parsed = {}
    for fn in sorted(os.listdir(OUT)):
        path = os.path.join(OUT, fn)
        try:
            if fn.startswith("dump-"):
                parsed[fn] = parse_dump(path)
            elif fn.endswith(".json"):
                parsed[fn] = [parse_json(path)]
            elif fn.endswith(".txt"):
                parsed[fn] = [parse_txt(path)]
            else:
                err(f"unexpected file {fn}")
        except Exception as e:  # noqa
            err(f"{fn}: does not parse: {e}")
    fmt = Counter("dump" if f.startswith("dump-") else f.rsplit(".", 1)[1] for f in parsed)
    if fmt != Counter({"txt": 7, "json": 7, "dump": 3}):
        err(f"format mix {dict(fmt)}")
    # dumps map
    for fn, dids in gold["dumps"].items():
        got = [h for h, _ in parsed.get(fn, [])]
        want = [next(a["headline"] for a in arts if a["id"] == i) for i in dids]
        if got != want:
            err(f"dump {fn}: headlines {got} != {want}")
    nreq = nopt = npeople = 0
    for a in arts:
        fn = a["file"]
        if fn not in parsed:
            err(f"{a['id']}: file {fn} missing")
            continue
        match = [(h, ps) for h, ps in parsed[fn] if h == a["headline"]]
        if len(match) != 1:
            err(f"{a['id']}: headline not found exactly once in {fn}")
            continue
        h, ps = match[0]
        text = h + "\n" + "\n".join(ps)
        words = len(" ".join(ps).split())
        if not 250 <= words <= 600:
            err(f"{a['id']}: {words} words")
        pub = a["published"]
        if not (DATE.match(pub["earliest"]) and DATE.match(pub["latest"]) and pub["earliest"] <= pub["latest"] and pub.get("why")):
            err(f"{a['id']}: bad published {pub}")
        names = set()
        for p in a["people"]:
            npeople += 1
            if not CODE.match(p["country"] or ""):
                err(f"{a['id']}: person {p['name']} bad country {p['country']}")
            if p["name"] not in text:
                err(f"{a['id']}: person {p['name']!r} not in text")
            if p["name"] in names:
                err(f"{a['id']}: person {p['name']} twice")
            names.add(p["name"])
        r = 0
        for e in a["events"]:
            for side in ("source", "target"):
                v = e[side]
                vs = [v] if isinstance(v, str) else v
                if not vs or any(not isinstance(c, str) or not CODE.match(c) for c in vs):
                    err(f"{a['id']}: bad {side} {v}")
            if not e["types"] or any(t not in TYPES for t in e["types"]):
                err(f"{a['id']}: bad types {e['types']}")
            if not isinstance(e["required"], bool):
                err(f"{a['id']}: required not bool")
            if e["evidence"] not in text:
                err(f"{a['id']}: evidence not verbatim: {e['evidence']!r}")
            if e["required"]:
                r += 1
            else:
                nopt += 1
        nreq += r
        if not 7 <= r <= 12:
            print(f"note: {a['id']} has {r} required events ({words} words)")
        else:
            print(f"{a['id']}: {r} required, {len(a['events']) - r} optional, {len(a['people'])} people, {words} words")
    print(f"articles {len(arts)}; required events {nreq}; optional {nopt}; people {npeople}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
