#!/usr/bin/env python3
"""Validate setM articles and setM.gold.json. Paths relative to this script (BASE = parent of setM_src)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
ART = os.path.join(BASE, "setM")
GOLD = os.path.join(BASE, "setM.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
            "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
NBSP = "\u00a0"
errs = []

def err(m):
    errs.append(m)

def parse_dump(path):
    """Return {headline: text} for a page dump."""
    raw = open(path, encoding="utf-8").read()
    out = {}
    for block in re.split(r"\n\n\n\n", raw.strip("\n")):
        lines = block.split("\n")
        head = lines[0]
        if lines[1:4] != ["", "TT", ""] or lines[4] != head or lines[5] != "":
            err(f"{path}: bad block header for {head!r}")
            continue
        paras = [p for p in block.split("\n\n")[3:] if p.strip(" \n" + NBSP)]
        out[head] = "\n\n".join([head] + paras)
    return out

def main():
    try:
        gold = json.load(open(GOLD, encoding="utf-8"))
    except Exception as e:
        sys.exit(f"gold does not parse: {e}")
    if gold.get("format") != "dyad-gold/1":
        err("format field")
    texts = {}   # file -> {headline: text}
    for fn in sorted(os.listdir(ART)):
        path = os.path.join(ART, fn)
        if fn.endswith(".json"):
            try:
                o = json.load(open(path, encoding="utf-8"))
            except Exception as e:
                err(f"{fn}: JSON does not parse: {e}"); continue
            for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
                if k not in o:
                    err(f"{fn}: missing key {k}")
            if o.get("language") != "en":
                err(f"{fn}: language")
            dp = o.get("date_publish")
            if dp is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", dp):
                err(f"{fn}: date_publish format {dp}")
            texts[fn] = {o["title"]: o["title"] + "\n\n" + o["maintext"]}
        elif fn.startswith("dump-"):
            texts[fn] = parse_dump(path)
        elif fn.endswith(".txt"):
            raw = open(path, encoding="utf-8").read()
            head = raw.split("\n", 1)[0]
            if raw.split("\n")[1] != "":
                err(f"{fn}: no blank line after headline")
            texts[fn] = {head: raw}
        else:
            err(f"unexpected file {fn}")
    ids = [a["id"] for a in gold["articles"]]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if len(ids) != 20:
        err(f"{len(ids)} articles")
    used = set()
    for dn, dids in gold.get("dumps", {}).items():
        if dn not in texts:
            err(f"dump {dn} missing")
        for i in dids:
            a = next((a for a in gold["articles"] if a["id"] == i), None)
            if not a or a["file"] != dn:
                err(f"dump list {dn}: {i} mismatch")
    code_re = re.compile(r"^[A-Z]{3}$")
    req = opt = npeople = 0
    for a in gold["articles"]:
        fn = a["file"]
        if fn not in texts:
            err(f"{a['id']}: file {fn} missing"); continue
        if a["headline"] not in texts[fn]:
            err(f"{a['id']}: headline not found in {fn}"); continue
        used.add((fn, a["headline"]))
        text = texts[fn][a["headline"]]
        words = len(text.split())
        if not 250 <= words <= 620:
            err(f"{a['id']}: {words} words")
        pub = a["published"]
        for k in ("earliest", "latest"):
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", pub.get(k) or ""):
                err(f"{a['id']}: published.{k}")
        if pub["earliest"] > pub["latest"]:
            err(f"{a['id']}: earliest > latest")
        names = set()
        for p in a["people"]:
            npeople += 1
            if not code_re.match(p["country"]):
                err(f"{a['id']}: person code {p}")
            if p["name"] not in text:
                err(f"{a['id']}: person name not in text: {p['name']}")
            if p["name"] in names:
                err(f"{a['id']}: duplicate person {p['name']}")
            names.add(p["name"])
        nreq = 0
        for e in a["events"]:
            for side in ("source", "target"):
                v = e[side]
                for c in ([v] if isinstance(v, str) else v):
                    if not code_re.match(c):
                        err(f"{a['id']}: bad code {c}")
            if not e["types"] or not set(e["types"]) <= TYPES:
                err(f"{a['id']}: bad types {e['types']}")
            if not isinstance(e["required"], bool):
                err(f"{a['id']}: required not bool")
            if e["evidence"] not in text:
                err(f"{a['id']}: evidence not in text: {e['evidence']!r}")
            nreq += e["required"]
        req += nreq; opt += len(a["events"]) - nreq
        if not 6 <= nreq <= 12:
            err(f"{a['id']}: {nreq} required events")
        print(f"{a['id']:4} {fn:12} words {words:3}  req {nreq:2}  opt {len(a['events'])-nreq:2}  people {len(a['people'])}")
    for fn, d in texts.items():
        for h in d:
            if (fn, h) not in used:
                err(f"{fn}: article {h!r} not in gold")
    print(f"total: {len(ids)} articles, {req} required, {opt} optional events, {npeople} people")
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
