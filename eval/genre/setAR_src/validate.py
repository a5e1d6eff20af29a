"""Validate setAR files against setAR.gold.json (reads the built files, not the data modules)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SET = os.path.join(ROOT, "setAR")
GOLD = os.path.join(ROOT, "setAR.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []


def err(m):
    errs.append(m)


def load_texts():
    """Return {(file, headline): full_text} for every article in the set."""
    out = {}
    for fn in sorted(os.listdir(SET)):
        p = os.path.join(SET, fn)
        raw = open(p, encoding="utf-8").read()
        if fn.endswith(".json"):
            o = json.loads(raw)
            for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
                if k not in o:
                    err(f"{fn}: missing key {k}")
            if o["language"] != "en":
                err(f"{fn}: language")
            if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
                err(f"{fn}: bad date_publish")
            out[(fn, o["title"])] = o["title"] + "\n" + o["maintext"]
        elif fn.startswith("dump-"):
            for chunk in raw.rstrip("\n").split("\n\n\n\n"):
                lines = chunk.split("\n")
                if not (lines[1] == "" and lines[2] == "TT" and lines[3] == "" and lines[4] == lines[0] and lines[5] == ""):
                    err(f"{fn}: bad article header in chunk starting {lines[0][:40]!r}")
                if "\n\n\n" in chunk:
                    err(f"{fn}: triple newline inside article {lines[0][:40]!r}")
                out[(fn, lines[0])] = chunk
        else:
            lines = raw.split("\n")
            if lines[1] != "":
                err(f"{fn}: no blank line after headline")
            out[(fn, lines[0])] = raw
    return out


def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    if gold.get("format") != "dyad-gold/1":
        err("format")
    texts = load_texts()
    ids = [a["id"] for a in gold["articles"]]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if len(ids) != 20:
        err(f"expected 20 articles, got {len(ids)}")
    for d, lst in gold["dumps"].items():
        for i in lst:
            a = next(x for x in gold["articles"] if x["id"] == i)
            if a["file"] != d:
                err(f"{i}: dump mismatch")
    used = set()
    nreq = nopt = npeople = 0
    code = re.compile(r"^[A-Z]{3}$")
    for a in gold["articles"]:
        key = (a["file"], a["headline"])
        if key not in texts:
            err(f"{a['id']}: headline/file not found: {key}")
            continue
        used.add(key)
        text = texts[key]
        body = text.split("\n", 1)[1]
        words = len(body.split())
        if not 250 <= words <= 600:
            err(f"{a['id']}: body has {words} words")
        pub = a["published"]
        if not (re.fullmatch(r"\d{4}-\d\d-\d\d", pub["earliest"]) and re.fullmatch(r"\d{4}-\d\d-\d\d", pub["latest"]) and pub["earliest"] <= pub["latest"]):
            err(f"{a['id']}: published")
        for p in a["people"]:
            npeople += 1
            if not code.match(p["country"]):
                err(f"{a['id']}: person code {p}")
            last = p["name"].split()[-1]
            if last not in text:
                err(f"{a['id']}: person not in text {p['name']}")
        nr = 0
        for e in a["events"]:
            for side in ("source", "target"):
                v = e[side] if isinstance(e[side], list) else [e[side]]
                for c in v:
                    if not code.match(c):
                        err(f"{a['id']}: bad code {c}")
            if not e["types"] or not set(e["types"]) <= TYPES:
                err(f"{a['id']}: bad types {e['types']}")
            if e["evidence"] not in text:
                err(f"{a['id']}: evidence not found: {e['evidence']!r}")
            if e["required"]:
                nreq += 1
                nr += 1
            else:
                nopt += 1
        print(f"{a['id']:5} {a['file']:11} words={words:3} required={nr:2} optional={len(a['events'])-nr:2} people={len(a['people'])}")
    for k in texts:
        if k not in used:
            err(f"article in files but not in gold: {k}")
    print(f"articles={len(ids)} required={nreq} optional={nopt} people={npeople}")
    for m in errs:
        print("ERROR", m)
    if errs:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
