#!/usr/bin/env python3
"""Validate set AL: files parse, headlines match, evidence is an exact substring, ids unique, codes OK."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAL")
GOLD = os.path.join(ROOT, "setAL.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
            "SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []


def err(m):
    errs.append(m)


def load_article_texts():
    """Return {headline: (text, paragraphs, file)} for every article in the set's files."""
    out = {}
    for fn in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, fn)
        raw = open(p, encoding="utf-8").read()
        if fn.endswith(".json"):
            try:
                o = json.loads(raw)
            except json.JSONDecodeError as e:
                err(f"{fn}: bad JSON {e}")
                continue
            need = {"title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"}
            if set(o) != need:
                err(f"{fn}: keys {sorted(o)}")
            if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
                err(f"{fn}: bad date_publish")
            ps = o["maintext"].split("\n")
            out[o["title"]] = (o["title"] + "\n" + o["maintext"], ps, fn)
        elif fn.startswith("dump-"):
            for blk in raw.rstrip("\n").split("\n\n\n\n"):
                lines = blk.split("\n")
                h = lines[0]
                if lines[1:5] != ["", "TT", "", h]:
                    err(f"{fn}: bad TT block for {h!r}")
                body = "\n".join(lines[6:])
                ps = [x for x in re.split(r"\n\n(?:\u00a0\n\n)?", body) if x.strip()]
                if any("\n" in x for x in ps):
                    err(f"{fn}: paragraph with newline in {h!r}")
                out[h] = (blk, ps, fn)
        elif fn.endswith(".txt"):
            h, _, body = raw.partition("\n\n")
            ps = body.strip().split("\n\n")
            out[h] = (raw, ps, fn)
    return out


def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    texts = load_article_texts()
    ids = [a["id"] for a in gold["articles"]]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if ids != [f"AL{i}" for i in range(1, 21)]:
        err(f"ids {ids}")
    seen = set()
    nreq = nopt = npeople = 0
    fmts = {"txt": 0, "json": 0, "dump": 0}
    for a in gold["articles"]:
        h = a["headline"]
        if h not in texts:
            err(f"{a['id']}: headline not found in files: {h!r}")
            continue
        text, ps, fn = texts[h]
        seen.add(h)
        if fn != a["file"]:
            err(f"{a['id']}: file {a['file']} vs {fn}")
        fmts["dump" if fn.startswith("dump-") else fn.rsplit(".", 1)[1]] += 1
        if len(ps) != a["paragraphs"]:
            err(f"{a['id']}: paragraphs {len(ps)} vs {a['paragraphs']}")
        words = len(" ".join(ps).split())
        if not 250 <= words <= 600:
            err(f"{a['id']}: {words} words")
        pub = a["published"]
        if not (re.fullmatch(r"\d{4}-\d\d-\d\d", pub["earliest"]) and pub["earliest"] <= pub["latest"]):
            err(f"{a['id']}: bad published")
        for p in a["people"]:
            npeople += 1
            if not re.fullmatch(r"[A-Z]{3}", p["country"]):
                err(f"{a['id']}: person code {p}")
            if p["name"] not in text:
                err(f"{a['id']}: person not in text {p['name']}")
        r = 0
        for e in a["events"]:
            for side in ("source", "target"):
                v = e[side]
                for c in ([v] if isinstance(v, str) else v):
                    if not re.fullmatch(r"[A-Z]{3}", c):
                        err(f"{a['id']}: bad code {c}")
            if not e["types"] or not set(e["types"]) <= TYPES:
                err(f"{a['id']}: bad types {e['types']}")
            if e["evidence"] not in text:
                err(f"{a['id']}: evidence not in text: {e['evidence']!r}")
            if e["required"]:
                r += 1
                nreq += 1
            else:
                nopt += 1
        if not 7 <= r <= 14:
            err(f"{a['id']}: {r} required events")
        print(f"{a['id']:4} {fn:12} {words:4}w req {r:2} opt {len(a['events'])-r:2} people {len(a['people'])}  {h}")
    for h in texts:
        if h not in seen:
            err(f"article in files but not gold: {h!r}")
    for fn, lst in gold["dumps"].items():
        got = [a["id"] for a in gold["articles"] if a["file"] == fn]
        if got != lst:
            err(f"dumps map {fn}: {lst} vs {got}")
    print(f"formats {fmts}; articles {len(gold['articles'])}; required {nreq}, optional {nopt}; people {npeople}")
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
