"""Validate set AK: files parse, headlines match, evidence is verbatim, codes well formed."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setAK")
GOLD = os.path.join(GENRE, "setAK.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
CODE = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errs = []

def err(m):
    errs.append(m)

def aslist(x):
    return x if isinstance(x, list) else [x]

def article_texts():
    """Return {headline: (file, title_line, body_text)} read back from the files."""
    out = {}
    for fn in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, fn)
        raw = open(p, encoding="utf-8").read()
        if fn.startswith("dump-"):
            blocks = [b for b in raw.split("\n\n\n\n") if b.strip()]
            for b in blocks:
                lines = b.split("\n")
                if len(lines) < 7 or lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != lines[0]:
                    err(f"{fn}: bad dump block starting {lines[0][:40]!r}")
                body = "\n".join(lines[6:])
                if "\n\n\n" in body.replace("\n\n\u00a0\n\n", "\n\n"):
                    err(f"{fn}: triple newline inside article {lines[0][:40]!r}")
                out[lines[0]] = (fn, lines[0], body)
        elif fn.endswith(".json"):
            try:
                o = json.loads(raw)
            except Exception as e:
                err(f"{fn}: JSON error {e}"); continue
            for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
                if k not in o:
                    err(f"{fn}: missing key {k}")
            if o.get("language") != "en":
                err(f"{fn}: language")
            dp = o.get("date_publish")
            if dp is not None and not re.match(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", dp):
                err(f"{fn}: date_publish format {dp}")
            out[o["title"]] = (fn, o["title"], o["maintext"])
        elif fn.endswith(".txt"):
            head, sep, body = raw.partition("\n\n")
            if not sep:
                err(f"{fn}: no blank line after headline")
            out[head] = (fn, head, body)
    return out

def main():
    try:
        gold = json.load(open(GOLD, encoding="utf-8"))
    except Exception as e:
        print("gold does not parse:", e); sys.exit(1)
    if gold.get("format") != "dyad-gold/1":
        err("format")
    texts = article_texts()
    ids = [a["id"] for a in gold["articles"]]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if len(ids) != 20:
        err(f"{len(ids)} articles, want 20")
    heads = [a["headline"] for a in gold["articles"]]
    if len(heads) != len(set(heads)):
        err("duplicate headlines")
    dumped = {i for v in gold["dumps"].values() for i in v}
    nreq = nopt = npeople = 0
    fmts = {"txt": 0, "json": 0, "dump": 0}
    for a in gold["articles"]:
        aid = a["id"]
        if a["headline"] not in texts:
            err(f"{aid}: headline not found in files: {a['headline']!r}"); continue
        fn, head, body = texts[a["headline"]]
        if fn != a["file"]:
            err(f"{aid}: file {a['file']} but headline found in {fn}")
        kind = "dump" if fn.startswith("dump-") else ("json" if fn.endswith(".json") else "txt")
        fmts[kind] += 1
        if kind == "dump" and aid not in gold["dumps"].get(fn, []):
            err(f"{aid}: not listed in dumps[{fn}]")
        if kind != "dump" and aid in dumped:
            err(f"{aid}: listed in dumps but file {fn}")
        full = head + "\n" + body
        words = len(body.split())
        if not 250 <= words <= 600:
            err(f"{aid}: {words} words")
        pub = a["published"]
        if not (DATE.match(pub["earliest"]) and DATE.match(pub["latest"]) and pub["earliest"] <= pub["latest"] and pub.get("why")):
            err(f"{aid}: bad published {pub}")
        names = set()
        for p in a["people"]:
            npeople += 1
            if not CODE.match(p["country"]):
                err(f"{aid}: person code {p}")
            if p["name"] not in full:
                err(f"{aid}: person not in text {p['name']}")
            if p["name"] in names:
                err(f"{aid}: duplicate person {p['name']}")
            names.add(p["name"])
        r = 0
        for e in a["events"]:
            for c in aslist(e["source"]) + aslist(e["target"]):
                if not CODE.match(c):
                    err(f"{aid}: bad code {c}")
            if not e["types"] or not set(e["types"]) <= TYPES:
                err(f"{aid}: bad types {e['types']}")
            if not isinstance(e["required"], bool):
                err(f"{aid}: required not bool")
            if e["evidence"] not in full:
                err(f"{aid}: evidence not verbatim: {e['evidence'][:70]!r}")
            r += e["required"]
            nreq += e["required"]; nopt += not e["required"]
        print(f"{aid:5} {fn:12} words={words:3} required={r:2} optional={len(a['events'])-r:2} people={len(a['people'])}")
    print("formats", fmts, "required", nreq, "optional", nopt, "people", npeople)
    if fmts != {"txt": 7, "json": 7, "dump": 6}:
        err(f"format mix {fmts}")
    for d, v in gold["dumps"].items():
        if len(v) != 2:
            err(f"{d}: {len(v)} articles")
    if errs:
        print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
