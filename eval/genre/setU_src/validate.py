#!/usr/bin/env python3
"""Validate set U by re-reading the written files (not the build data)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "..", "setU")
GOLD = os.path.join(HERE, "..", "setU.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
NBSP = "\u00a0"
errs = []
def err(m): errs.append(m)

def parse_dump(path):
    text = open(path, encoding="utf-8").read()
    blocks = text.split("\n\n\n\n")
    arts = []
    for b in blocks:
        lines = b.split("\n")
        if not (lines[1] == "" and lines[2] == "TT" and lines[3] == "" and lines[4] == lines[0] and lines[5] == ""):
            err(f"{path}: bad block header {lines[:6]}")
            continue
        body = "\n".join(lines[6:])
        paras = [p for p in re.split(r"\n\n(?:" + NBSP + r"\n\n)?", body.strip("\n")) if p.strip() and p != NBSP]
        for p in paras:
            if "\n" in p or NBSP in p:
                err(f"{path}: bad paragraph split near {p[:40]!r}")
        arts.append((lines[0], paras))
    return arts

def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    if gold.get("format") != "dyad-gold/1":
        err("format")
    files = sorted(os.listdir(SET))
    texts = {}          # headline -> (file, paragraphs)
    for f in files:
        p = os.path.join(SET, f)
        if f.startswith("dump-"):
            arts = parse_dump(p)
            if len(arts) != 2:
                err(f"{f}: {len(arts)} articles")
            got = [h for h, _ in arts]
            for h, paras in arts:
                texts[h] = (f, paras)
        elif f.endswith(".json"):
            o = json.load(open(p, encoding="utf-8"))
            keys = {"title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"}
            if set(o) != keys:
                err(f"{f}: keys {set(o) ^ keys}")
            if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
                err(f"{f}: date_publish")
            if o["language"] != "en":
                err(f"{f}: language")
            texts[o["title"]] = (f, o["maintext"].split("\n"))
        elif f.endswith(".txt"):
            t = open(p, encoding="utf-8").read()
            head, _, body = t.partition("\n\n")
            texts[head] = (f, [x for x in body.strip("\n").split("\n\n")])
        else:
            err(f"unexpected file {f}")
    ids = [a["id"] for a in gold["articles"]]
    if len(ids) != len(set(ids)) or len(ids) != 20:
        err(f"ids {ids}")
    dumps = gold["dumps"]
    nreq = nopt = npeople = 0
    code = re.compile(r"^[A-Z]{3}$")
    for a in gold["articles"]:
        h = a["headline"]
        if h not in texts:
            err(f"{a['id']}: headline not found in files: {h}")
            continue
        f, paras = texts[h]
        if f != a["file"]:
            err(f"{a['id']}: file {a['file']} vs {f}")
        if f.startswith("dump-") and a["id"] not in dumps.get(f, []):
            err(f"{a['id']}: not listed in dumps[{f}]")
        words = sum(len(p.split()) for p in paras)
        if not 250 <= words <= 600:
            err(f"{a['id']}: {words} words")
        pub = a["published"]
        if not (re.fullmatch(r"\d{4}-\d\d-\d\d", pub["earliest"]) and re.fullmatch(r"\d{4}-\d\d-\d\d", pub["latest"]) and pub["earliest"] <= pub["latest"] and pub.get("why")):
            err(f"{a['id']}: published {pub}")
        full = "\n".join(paras)
        for pp in a["people"]:
            npeople += 1
            if not code.match(pp["country"]):
                err(f"{a['id']}: person code {pp}")
            if pp["name"] not in full:
                err(f"{a['id']}: person name not in text: {pp['name']}")
            if not pp.get("role"):
                err(f"{a['id']}: no role {pp}")
        names = [pp["name"] for pp in a["people"]]
        if len(names) != len(set(names)):
            err(f"{a['id']}: duplicate people")
        nr = 0
        for e in a["events"]:
            for k in ("source", "target"):
                v = e[k]
                vs = [v] if isinstance(v, str) else v
                if not vs or not all(isinstance(x, str) and code.match(x) for x in vs):
                    err(f"{a['id']}: bad {k} {v}")
            if not e["types"] or not set(e["types"]) <= TYPES:
                err(f"{a['id']}: bad types {e['types']}")
            if not isinstance(e["required"], bool):
                err(f"{a['id']}: required not bool")
            if not any(e["evidence"] in p for p in paras):
                err(f"{a['id']}: evidence not in a paragraph: {e['evidence']!r}")
            if e["required"]:
                nr += 1; nreq += 1
            else:
                nopt += 1
        print(f"{a['id']:4} {a['file']:12} words {words:3}  req {nr:2}  opt {len(a['events'])-nr:2}  people {len(a['people']):2}")
    listed = {i for v in dumps.values() for i in v}
    for f, v in dumps.items():
        if f not in files:
            err(f"dump {f} missing")
    print(f"articles {len(ids)}  required {nreq}  optional {nopt}  people {npeople}")
    fmts = {}
    for a in gold["articles"]:
        k = "dump" if a["file"].startswith("dump") else a["file"].rsplit(".", 1)[1]
        fmts[k] = fmts.get(k, 0) + 1
    print("formats", fmts)
    if fmts != {"txt": 7, "json": 7, "dump": 6}:
        err(f"format mix {fmts}")
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
