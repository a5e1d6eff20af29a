#!/usr/bin/env python3
"""Validate set AC: files parse, headlines match, evidence is verbatim, ids unique, codes well-formed."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAC")
GOLD = os.path.join(ROOT, "setAC.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
            "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
CODE = re.compile(r"^[A-Z]{3}$")


def split_dump(text):
    arts = {}
    for block in re.split(r"\n\n\n\n+", text.strip("\n")):
        lines = block.split("\n")
        head = lines[0]
        assert lines[1] == "" and lines[2] == "TT" and lines[3] == "" and lines[4] == head, head
        body = "\n".join(lines[6:])
        arts[head] = body
    return arts


def main():
    errs = []
    gold = json.load(open(GOLD, encoding="utf-8"))
    assert gold["format"] == "dyad-gold/1"
    ids = [a["id"] for a in gold["articles"]]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    texts, words = {}, {}
    dumpcache = {}
    for a in gold["articles"]:
        fn = a["file"]
        path = os.path.join(OUT, fn)
        raw = open(path, encoding="utf-8").read()
        if fn.endswith(".json"):
            o = json.loads(raw)
            for k in ("title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"):
                if k not in o:
                    errs.append(f"{fn}: missing {k}")
            if o["title"] != a["headline"]:
                errs.append(f"{fn}: title mismatch")
            text = o["title"] + "\n" + o["maintext"]
        elif fn.startswith("dump-"):
            if fn not in dumpcache:
                dumpcache[fn] = split_dump(raw)
            if a["headline"] not in dumpcache[fn]:
                errs.append(f"{a['id']}: headline not in {fn}")
                continue
            if a["id"] not in gold["dumps"].get(fn, []):
                errs.append(f"{a['id']}: not listed in dumps[{fn}]")
            text = a["headline"] + "\n" + dumpcache[fn][a["headline"]]
        else:
            first = raw.split("\n", 1)[0]
            if first != a["headline"]:
                errs.append(f"{fn}: headline mismatch")
            text = raw
        texts[a["id"]] = text
        words[a["id"]] = len(text.split())
        for p in a["people"]:
            for c in [p["country"]]:
                if not isinstance(c, str) or not CODE.match(c):
                    errs.append(f"{a['id']}: bad person code {c}")
            if p["name"] not in text:
                errs.append(f"{a['id']}: person {p['name']} not in text")
        for e in a["events"]:
            for side in ("source", "target"):
                cs = e[side] if isinstance(e[side], list) else [e[side]]
                for c in cs:
                    if not CODE.match(c):
                        errs.append(f"{a['id']}: bad code {c}")
            for t in e["types"]:
                if t not in TYPES:
                    errs.append(f"{a['id']}: bad type {t}")
            if e["evidence"] not in text:
                errs.append(f"{a['id']}: evidence not found: {e['evidence']!r}")
        for k in ("earliest", "latest"):
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", a["published"][k]):
                errs.append(f"{a['id']}: bad date")
    # dump membership
    for fn, lst in gold["dumps"].items():
        if len(lst) != len(dumpcache.get(fn, {})):
            errs.append(f"{fn}: count mismatch")
    req = sum(e["required"] for a in gold["articles"] for e in a["events"])
    opt = sum(not e["required"] for a in gold["articles"] for e in a["events"])
    ppl = sum(len(a["people"]) for a in gold["articles"])
    for a in gold["articles"]:
        r = sum(e["required"] for e in a["events"])
        print(f"{a['id']:5} {a['file']:12} words={words.get(a['id'])} req={r} opt={len(a['events'])-r} people={len(a['people'])}")
        if not (250 <= words.get(a["id"], 0) <= 620):
            errs.append(f"{a['id']}: length {words.get(a['id'])}")
    print(f"articles={len(ids)} required={req} optional={opt} people={ppl}")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
