import os, json, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBZ")
GOLD = os.path.join(ROOT, "setBZ.gold.json")
NB = "\u00a0"

def load_all():
    arts = []
    for i in range(1, 10):
        spec = importlib.util.spec_from_file_location("a%d" % i, os.path.join(HERE, "a%d.py" % i))
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        arts += m.ARTS
    return arts

def dump_block(a):
    sep = "\n\n" + NB + "\n\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]) + "\n"

def main():
    arts = load_all()
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_articles = []
    for a in arts:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": a["date"], "authors": a["authors"], "url": a["url"],
                   "source_domain": a["domain"], "language": "en", "description": a["desc"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
        else:
            fn = a["dump"]
            dumps.setdefault(fn, []).append(a)
        evs = []
        for e in a["events"]:
            s, t, ty, req, ev = e[:5]
            d = {"source": s, "target": t, "types": ty.split("|"), "required": bool(req), "evidence": ev}
            if len(e) > 5 and e[5]:
                d["symmetric"] = True
            evs.append(d)
        gold_articles.append({
            "id": a["id"], "file": fn, "headline": a["headline"],
            "paragraphs": len(a["paras"]),
            "first_paragraph_prefix": a["paras"][0][:50],
            "last_paragraph_prefix": a["paras"][-1][:50],
            "published": {"earliest": a["pub"][0], "latest": a["pub"][1], "why": a["pub"][2]},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": evs})
    for fn, lst in dumps.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n".join(dump_block(a) for a in lst))
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of setBZ: 20 invented retellings of real 2016-2017 U.S. politics and government news (Trump administration, Congress, courts, investigations, protests, states and cities against Washington, party disputes), in the style of CNN, NPR, the Washington Post, the Guardian and the New York Times. 7 plain text files, 7 news-please JSON files and 3 page dumps of 2 articles each. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. Domestic events are coded USA->USA. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": {fn: [a["id"] for a in lst] for fn, lst in sorted(dumps.items())},
            "articles": gold_articles}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(arts), "articles")

if __name__ == "__main__":
    main()
