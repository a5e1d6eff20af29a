import os, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setCB")
GOLD = os.path.join(ROOT, "setCB.gold.json")
import data1, data2, data3
ARTS = data1.A + data2.A + data3.A

def paras(a):
    return [p.strip() for p in a["text"].strip().split("\n\n") if p.strip()]

def build():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_articles = []
    for a in ARTS:
        ps = paras(a)
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(ps) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            obj = {"title": a["headline"], "maintext": "\n".join(ps), "date_publish": a.get("date"),
                   "authors": a["authors"], "url": a["url"], "source_domain": a["domain"],
                   "language": "en", "description": a["desc"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            fn = a["dump"]
            sep = "\n\n\u00a0\n\n" if a.get("nbsp") else "\n\n"
            block = a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(ps)
            dumps.setdefault(fn, []).append((a["id"], block))
        ev = []
        for e in a["events"]:
            src, tgt, types, req, evid = e[:5]
            d = {"source": src, "target": tgt, "types": types.split(), "required": req, "evidence": evid}
            if len(e) > 5:
                d.update(e[5])
            ev.append(d)
        e_, l_, why = a["published"]
        gold_articles.append({"id": a["id"], "file": fn, "headline": a["headline"],
            "published": {"earliest": e_, "latest": l_, "why": why},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": ev})
    for fn, blocks in sorted(dumps.items()):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(b for _, b in blocks) + "\n")
    gold = {"format": "dyad-gold/1",
        "about": "Hand annotation of held-out set CB: 20 invented-wording news articles (2016-2017) on Europe and Russia: Brexit, EU disputes, elections, Russia-West relations, Ukraine, terrorism responses. 7 plain text, 7 news-please JSON, 3 page dumps of 2 articles each. Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. 'required': false marks background, implicit or borderline events that are neither rewarded nor punished.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": {fn: [i for i, _ in blocks] for fn, blocks in sorted(dumps.items())},
        "articles": gold_articles}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    build()
    print("built", len(ARTS))
