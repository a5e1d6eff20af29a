"""Validate setAP files against setAP.gold.json."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setAP")
GOLD = os.path.join(GENRE, "setAP.gold.json")
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
errs = []
def err(m): errs.append(m)

def load_articles():
    """Return {headline: text} for every article in the set's files."""
    out = {}
    for fn in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, fn)
        raw = open(p, encoding="utf-8").read()
        if fn.endswith(".json"):
            o = json.loads(raw)
            for k in ["title", "maintext", "date_publish", "authors", "url", "source_domain", "language", "description"]:
                if k not in o: err(f"{fn}: missing key {k}")
            if o["language"] != "en": err(f"{fn}: language")
            if o["date_publish"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", o["date_publish"]):
                err(f"{fn}: bad date")
            out[o["title"]] = (fn, o["title"] + "\n" + o["maintext"])
        elif fn.startswith("dump-"):
            for block in raw.strip("\n").split("\n\n\n\n"):
                lines = block.split("\n")
                h = lines[0]
                if lines[1] != "" or lines[2] != "TT" or lines[3] != "" or lines[4] != h:
                    err(f"{fn}: bad dump header for {h!r}")
                out[h] = (fn, block)
        else:
            h = raw.split("\n", 1)[0]
            if raw.split("\n")[1] != "": err(f"{fn}: no blank after headline")
            out[h] = (fn, raw)
    return out

def words(t): return len(t.split())

def main():
    arts = load_articles()
    gold = json.load(open(GOLD, encoding="utf-8"))
    for k in ["format", "about", "matching", "dumps", "articles"]:
        if k not in gold: err(f"gold missing {k}")
    ids = [a["id"] for a in gold["articles"]]
    if len(ids) != len(set(ids)): err("duplicate ids")
    if len(ids) != 20: err(f"{len(ids)} articles")
    req = opt = ppl = 0
    for a in gold["articles"]:
        h = a["headline"]
        if h not in arts: err(f"{a['id']}: headline not found in files: {h!r}"); continue
        fn, text = arts[h]
        if fn != a["file"]: err(f"{a['id']}: file {a['file']} != {fn}")
        n = words(text)
        if not 250 <= n <= 600: err(f"{a['id']}: {n} words")
        p = a["published"]
        for k in ["earliest", "latest", "why"]:
            if k not in p: err(f"{a['id']}: published.{k}")
        if p["earliest"] > p["latest"]: err(f"{a['id']}: date window")
        for pe in a["people"]:
            ppl += 1
            if not re.fullmatch(r"[A-Z]{3}", pe["country"]): err(f"{a['id']}: person code {pe}")
            last = pe["name"].split()[-1]
            if last not in text: err(f"{a['id']}: person {pe['name']} not in text")
        nreq = 0
        for e in a["events"]:
            for side in ["source", "target"]:
                v = e[side] if isinstance(e[side], list) else [e[side]]
                for c in v:
                    if not re.fullmatch(r"[A-Z]{3}", c): err(f"{a['id']}: code {c}")
            for t in e["types"]:
                if t not in TYPES: err(f"{a['id']}: type {t}")
            if e["evidence"] not in text: err(f"{a['id']}: evidence not found: {e['evidence']!r}")
            if e["required"]: req += 1; nreq += 1
            else: opt += 1
        print(f"{a['id']:5} {fn:12} words={n:4} req={nreq:2} events={len(a['events']):2}")
    for dn, dids in gold["dumps"].items():
        for i in dids:
            if i not in ids: err(f"dump {dn}: unknown id {i}")
    print(f"articles={len(ids)} required={req} optional={opt} people={ppl}")
    for e in errs: print("ERROR:", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
