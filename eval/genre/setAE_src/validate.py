#!/usr/bin/env python3
"""Validate set AE: files parse, headlines match, evidence is verbatim, codes well formed."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAE")
GOLD = os.path.join(ROOT, "setAE.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
            "SANCTION MOBILIZE COERCE ASSAULT".split())
errors = []


def err(m):
    errors.append(m)


def word_count(t):
    return len(re.findall(r"\S+", t))


def load_articles():
    """Return id -> (headline, body text) parsed from the files themselves."""
    gold = json.load(open(GOLD, encoding="utf-8"))
    texts = {}
    for a in gold["articles"]:
        path = os.path.join(OUT, a["file"])
        if not os.path.exists(path):
            err(f"{a['id']}: missing file {a['file']}")
            continue
        raw = open(path, encoding="utf-8").read()
        if a["file"].endswith(".json"):
            o = json.loads(raw)
            for k in ("title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"):
                if k not in o:
                    err(f"{a['id']}: json key {k} missing")
            if o.get("date_publish") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
                err(f"{a['id']}: bad date_publish")
            texts[a["id"]] = (o["title"], o["maintext"])
        elif a["file"].startswith("dump-"):
            blocks = raw.split("\n\n\n\n")
            ids = gold["dumps"][a["file"]]
            if len(blocks) != len(ids):
                err(f"{a['file']}: {len(blocks)} blocks for {len(ids)} ids")
                continue
            b = blocks[ids.index(a["id"])]
            lines = b.split("\n")
            if lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != lines[0]:
                err(f"{a['id']}: bad dump header")
            texts[a["id"]] = (lines[0], "\n".join(lines[6:]))
        else:
            head, _, body = raw.partition("\n\n")
            texts[a["id"]] = (head, body)
    return gold, texts


def main():
    gold, texts = load_articles()
    ids = [a["id"] for a in gold["articles"]]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if gold.get("format") != "dyad-gold/1":
        err("bad format tag")
    nreq = nopt = npeople = 0
    fmts = {"txt": 0, "json": 0, "dump": 0}
    for a in gold["articles"]:
        f = a["file"]
        fmts["dump" if f.startswith("dump-") else f.rsplit(".", 1)[1]] += 1
        if a["id"] not in texts:
            continue
        head, body = texts[a["id"]]
        if head != a["headline"]:
            err(f"{a['id']}: headline mismatch {head!r} vs {a['headline']!r}")
        wc = word_count(body)
        if not 250 <= wc <= 600:
            err(f"{a['id']}: {wc} words")
        pub = a["published"]
        if not (re.fullmatch(r"\d{4}-\d\d-\d\d", pub["earliest"]) and re.fullmatch(r"\d{4}-\d\d-\d\d", pub["latest"])
                and pub["earliest"] <= pub["latest"]):
            err(f"{a['id']}: bad published window")
        for p in a["people"]:
            npeople += 1
            if not re.fullmatch(r"[A-Z]{3}", p["country"]):
                err(f"{a['id']}: bad person code {p}")
            if p["name"] not in body and p["name"] not in head:
                err(f"{a['id']}: person not in text {p['name']}")
        r = 0
        for e in a["events"]:
            for side in ("source", "target"):
                v = e[side] if isinstance(e[side], list) else [e[side]]
                for c in v:
                    if not re.fullmatch(r"[A-Z]{3}", c):
                        err(f"{a['id']}: bad code {c}")
            for t in e["types"]:
                if t not in TYPES:
                    err(f"{a['id']}: bad type {t}")
            if e["evidence"] not in body:
                err(f"{a['id']}: evidence not found: {e['evidence']!r}")
            if e["required"]:
                r += 1
                nreq += 1
            else:
                nopt += 1
        if not 7 <= r <= 14:
            print(f"note: {a['id']} has {r} required events")
        print(f"{a['id']:5} {f:11} words={wc:3} req={r:2} opt={len(a['events'])-r:2} people={len(a['people'])}")
    print("formats", fmts, "articles", len(ids), "required", nreq, "optional", nopt, "people", npeople)
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
