import os, re, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setAO")
gold = json.load(open(os.path.join(GENRE, "setAO.gold.json"), encoding="utf-8"))
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
def err(m): errs.append(m)

def article_texts(fn):
    """Return list of (headline, text) for a file."""
    p = os.path.join(OUT, fn)
    raw = open(p, encoding="utf-8").read()
    if fn.endswith(".json"):
        o = json.loads(raw)
        for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
            if k not in o: err(f"{fn}: missing key {k}")
        if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
            err(f"{fn}: bad date_publish")
        return [(o["title"], o["title"] + "\n" + o["maintext"])]
    if fn.startswith("dump-"):
        out = []
        for chunk in raw.split("\n\n\n\n"):
            lines = chunk.strip("\n").split("\n")
            h = lines[0]
            if lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != h:
                err(f"{fn}: bad dump header for {h!r}")
            out.append((h, chunk))
        return out
    h = raw.split("\n")[0]
    if raw.split("\n")[1] != "":
        err(f"{fn}: no blank line after headline")
    return [(h, raw)]

ids = set()
nreq = nopt = npeople = 0
dumpmap = gold["dumps"]
seen_in_dump = {}
for fn, lst in dumpmap.items():
    for aid in lst: seen_in_dump[aid] = fn
def code_ok(c):
    cs = c if isinstance(c, list) else [c]
    return all(isinstance(x, str) and re.fullmatch(r"[A-Z]{3}", x) for x in cs)
for a in gold["articles"]:
    aid = a["id"]
    if aid in ids: err(f"duplicate id {aid}")
    ids.add(aid)
    arts = article_texts(a["file"])
    match = [t for h, t in arts if h == a["headline"]]
    if len(match) != 1:
        err(f"{aid}: headline not found exactly once in {a['file']}"); continue
    text = match[0]
    body = text.replace("\u00a0", "")
    wc = len(body.split())
    if not 250 <= wc <= 620: err(f"{aid}: word count {wc}")
    if a["file"].startswith("dump-") and seen_in_dump.get(aid) != a["file"]:
        err(f"{aid}: dumps map mismatch")
    for k in ["earliest", "latest", "why"]:
        if k not in a["published"]: err(f"{aid}: published.{k} missing")
    if a["published"]["earliest"] > a["published"]["latest"]: err(f"{aid}: published window reversed")
    for p in a["people"]:
        npeople += 1
        if not re.fullmatch(r"[A-Z]{3}", p["country"]): err(f"{aid}: bad person country {p}")
        last = p["name"].split()[-1]
        if last not in text: err(f"{aid}: person {p['name']} not in text")
    r = 0
    for e in a["events"]:
        if not code_ok(e["source"]) or not code_ok(e["target"]): err(f"{aid}: bad code {e}")
        if not e["types"] or not set(e["types"]) <= TYPES: err(f"{aid}: bad types {e['types']}")
        if e["evidence"] not in text: err(f"{aid}: evidence not found: {e['evidence']!r}")
        if not isinstance(e["required"], bool): err(f"{aid}: required not bool")
        if e["required"]: r += 1; nreq += 1
        else: nopt += 1
    if not 7 <= r <= 14: err(f"{aid}: {r} required events")
    print(f"{aid:5} {a['file']:11} words={wc:4} req={r:2} opt={len(a['events'])-r:2} people={len(a['people'])}")
if ids != {f"AO{i}" for i in range(1, 21)}: err("ids not AO1..AO20")
# every file in OUT referenced
files = set(os.listdir(OUT)); used = {a["file"] for a in gold["articles"]}
if files != used: err(f"file mismatch {files ^ used}")
print(f"articles={len(ids)} required={nreq} optional={nopt} people={npeople}")
if errs:
    print("\n".join("ERROR " + m for m in errs)); sys.exit(1)
print("OK")
