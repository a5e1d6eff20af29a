#!/usr/bin/env python3
"""Check the genre sets' gold files against their articles.

usage: python3 eval/genre/validate.py [SET ...]   (default: every set*.gold.json)

For each set: the gold parses, ids are unique, every article's file exists and
holds its headline, every event's evidence is an exact substring of the
article's text, codes are three capital letters and types are PLOVER types.
Exits 1 naming each problem (set, article id, what).
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
            "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
CODE = re.compile(r"^[A-Z]{3}$")


def article_text(path):
    """The text an article's evidence must lie in: a news-please JSON's title
    and maintext, else the whole file (plain text or a page dump)."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith(".json"):
        doc = json.loads(raw)
        return (doc.get("title") or "") + "\n" + (doc.get("maintext") or "")
    return raw


def codes(v):
    return [v] if isinstance(v, str) else list(v or [])


def problems(name):
    gold_path = os.path.join(HERE, f"set{name}.gold.json")
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    ids = [a["id"] for a in gold["articles"]]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        yield f"id {dup} repeated"
    for a in gold["articles"]:
        where = f"{a['id']} ({a.get('file')})"
        path = os.path.join(HERE, f"set{name}", a.get("file") or "")
        if not os.path.isfile(path):
            yield f"{where}: no such file"
            continue
        text = article_text(path)
        if a["headline"] not in text:
            yield f"{where}: headline not in the file"
        for n, e in enumerate(a.get("events", []), 1):
            if e["evidence"] not in text:
                yield f"{where} event {n}: evidence not in the text: {e['evidence'][:60]!r}"
            for c in codes(e["source"]) + codes(e["target"]):
                if not CODE.match(c):
                    yield f"{where} event {n}: bad code {c!r}"
            for t in e["types"]:
                if t not in TYPES:
                    yield f"{where} event {n}: bad type {t!r}"
        for p in a.get("people", []):
            if not CODE.match(p.get("country") or ""):
                yield f"{where}: person {p.get('name')!r} has bad country {p.get('country')!r}"


def main():
    names = sys.argv[1:] or sorted(
        os.path.basename(p)[3:-len(".gold.json")] for p in glob.glob(os.path.join(HERE, "set*.gold.json")))
    bad = 0
    for name in names:
        found = list(problems(name))
        for p in found:
            print(f"set{name}: {p}")
        bad += len(found)
    print(f"{len(names)} sets, {bad} problems", file=sys.stderr)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
