#!/usr/bin/env python3
"""Validate set P from the files on disk: parse, headlines, evidence substrings, ids, codes, lengths."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setP")
GOLD = os.path.join(ROOT, "setP.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []


def err(m):
    errs.append(m)


def parse_dump(path):
    text = open(path, encoding="utf-8").read()
    out = []
    for block in text.split("\n\n\n\n"):
        lines = block.strip("\n").split("\n")
        if len(lines) < 5 or lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != lines[0]:
            err(f"{path}: bad block start {lines[:5]}")
            continue
        paras = [p for p in "\n".join(lines[5:]).split("\n\n") if p.strip() and p != "\u00a0"]
        out.append((lines[0], paras))
    return out


def load_articles():
    arts = {}  # headline -> (file, paragraphs)
    for fn in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, fn)
        if fn.endswith(".json"):
            try:
                o = json.load(open(p, encoding="utf-8"))
            except Exception as e:
                err(f"{fn}: JSON parse error {e}"); continue
            keys = {"title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"}
            if set(o) != keys:
                err(f"{fn}: keys {sorted(o)}")
            if o["language"] != "en":
                err(f"{fn}: language")
            if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
                err(f"{fn}: date_publish format")
            arts[o["title"]] = (fn, o["maintext"].split("\n"))
        elif fn.startswith("dump-"):
            blocks = parse_dump(p)
            if len(blocks) != 2:
                err(f"{fn}: {len(blocks)} articles, want 2")
            for h, paras in blocks:
                arts[h] = (fn, paras)
        elif fn.endswith(".txt"):
            t = open(p, encoding="utf-8").read()
            h, _, body = t.partition("\n\n")
            arts[h] = (fn, [x for x in body.strip("\n").split("\n\n")])
        else:
            err(f"unexpected file {fn}")
    return arts


def main():
    arts = load_articles()
    gold = json.load(open(GOLD, encoding="utf-8"))
    if gold.get("format") != "dyad-gold/1":
        err("format")
    ids = [a["id"] for a in gold["articles"]]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if sorted(ids, key=lambda x: int(x[1:])) != [f"P{i}" for i in range(1, 21)]:
        err(f"ids {ids}")
    heads = [a["headline"] for a in gold["articles"]]
    if len(set(heads)) != len(heads):
        err("duplicate headlines")
    if set(heads) != set(arts):
        err(f"headline mismatch: gold-only {set(heads) - set(arts)} files-only {set(arts) - set(heads)}")
    for name, lst in gold["dumps"].items():
        for i in lst:
            a = next(x for x in gold["articles"] if x["id"] == i)
            if a["file"] != name:
                err(f"{i}: dump file mismatch")
    nreq = nopt = npeople = 0
    code_re = re.compile(r"^[A-Z]{3}$")
    for a in gold["articles"]:
        fn, paras = arts.get(a["headline"], (None, None))
        if fn is None:
            continue
        if fn != a["file"]:
            err(f"{a['id']}: file {a['file']} but headline found in {fn}")
        words = len(" ".join(paras).split())
        if not 250 <= words <= 600:
            err(f"{a['id']}: {words} words")
        pub = a["published"]
        if not (re.fullmatch(r"\d{4}-\d\d-\d\d", pub["earliest"]) and re.fullmatch(r"\d{4}-\d\d-\d\d", pub["latest"]) and pub["earliest"] <= pub["latest"] and pub["why"]):
            err(f"{a['id']}: published {pub}")
        full = "\n".join(paras)
        for p in a["people"]:
            npeople += 1
            if not code_re.match(p["country"]):
                err(f"{a['id']}: person code {p}")
            if p["name"] not in full:
                err(f"{a['id']}: person name not in text: {p['name']}")
        nr = 0
        for e in a["events"]:
            for side in ("source", "target"):
                v = e[side]
                for c in ([v] if isinstance(v, str) else v):
                    if not code_re.match(c):
                        err(f"{a['id']}: bad code {c}")
            if not e["types"] or set(e["types"]) - TYPES:
                err(f"{a['id']}: bad types {e['types']}")
            if not isinstance(e["required"], bool):
                err(f"{a['id']}: required not bool")
            if not any(e["evidence"] in p for p in paras):
                err(f"{a['id']}: evidence not found in one paragraph: {e['evidence']!r}")
            nr += e["required"]
            nreq += e["required"]; nopt += not e["required"]
        print(f"{a['id']:4} {fn:12} words {words:3}  required {nr:2}  optional {len(a['events']) - nr:2}  people {len(a['people'])}")
    print(f"articles {len(gold['articles'])}  required {nreq}  optional {nopt}  people {npeople}")
    if errs:
        print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
