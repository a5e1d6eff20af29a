"""Build setAT articles and setAT.gold.json from the data_*.py modules."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "setAT")
GOLD = os.path.join(HERE, "..", "setAT.gold.json")
import data_reuters, data_modern, data_aj

ARTS = {a["id"]: a for m in (data_reuters, data_modern, data_aj) for a in m.ARTICLES}
DUMPS = {"dump-1.txt": ["AT15", "AT16"], "dump-2.txt": ["AT17", "AT18"], "dump-3.txt": ["AT19", "AT20"]}
NBSP = "\u00a0"

def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    files = {}
    for aid, a in ARTS.items():
        if a["fmt"] == "txt":
            fn = aid + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
            files[aid] = fn
        elif a["fmt"] == "json":
            fn = aid + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["source_domain"], "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
            files[aid] = fn
    for fn, ids in DUMPS.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(dump_block(ARTS[i]) for i in ids) + "\n")
        for i in ids:
            files[i] = fn
    arts = []
    for n in range(1, 21):
        aid = "AT%d" % n
        a = ARTS[aid]
        evs = []
        for src, tgt, types, req, ev, sym in a["events"]:
            e = {"source": src, "target": tgt, "types": types.split("|"), "required": req, "evidence": ev}
            if sym:
                e["symmetric"] = True
            evs.append(e)
        e, l, why = a["published"]
        arts.append({"id": aid, "file": files[aid], "headline": a["headline"],
                     "paragraphs": len(a["paras"]),
                     "first_paragraph_prefix": a["paras"][0][:50],
                     "last_paragraph_prefix": a["paras"][-1][:50],
                     "published": {"earliest": e, "latest": l, "why": why},
                     "people": [{"name": p[0], "country": p[1], "role": p[2]} for p in a["people"]],
                     "events": evs})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set AT: 20 articles written for evaluation (Russia, Ukraine, Belarus, the Caucasus and Central Asia; Reuters 1987-1989, wire/broadsheet 2016-2018, Al Jazeera 2021-2022), annotated by hand. Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. Soviet-era all-Union actors are coded RUS, republic-level actors by their present-day country. 'required': false marks borderline events (background, implicit or alleged), neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events match either direction. Maximum one-to-one matching against required events: matched = true positives, unmatched required = false negatives, emitted events matching no gold event = false positives; events matching only optional gold or repeats are ignored. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
