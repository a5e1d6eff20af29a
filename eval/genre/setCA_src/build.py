"""Build setCA articles and setCA.gold.json from a1..a4.py."""
import os, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setCA")
GOLD = os.path.join(ROOT, "setCA.gold.json")
sys.path.insert(0, HERE)
import a1, a2, a3, a4
ARTS = a1.ARTS + a2.ARTS + a3.ARTS + a4.ARTS
TIMES = ["09:14:00", "17:42:00", "12:05:00", "20:31:00", "06:58:00", "15:20:00", "11:47:00"]

def paras(a):
    return [p.strip() for p in a["body"].strip().split("\n\n") if p.strip()]

def codes(v):
    return v if isinstance(v, list) else [v]

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_arts = []
    ji = 0
    for a in ARTS:
        ps = paras(a)
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(ps) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            dp = None if a["date"] is None else a["date"] + " " + TIMES[ji % len(TIMES)]
            ji += 1
            obj = {"title": a["headline"], "maintext": "\n".join(ps), "date_publish": dp,
                   "authors": a["authors"], "url": a["url"], "source_domain": a["domain"],
                   "language": "en", "description": a["desc"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
        else:
            fn = a["dump"]
            sep = "\n\n\u00a0\n\n" if a.get("nbsp") else "\n\n"
            block = a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(ps)
            dumps.setdefault(fn, []).append((a["id"], block))
        ev = []
        for e in a["events"]:
            src, tgt, types, req, evid = e[:5]
            d = {"source": src, "target": tgt, "types": types.split("|"), "required": bool(req), "evidence": evid}
            if len(e) > 5 and e[5]:
                d["symmetric"] = True
            ev.append(d)
        gold_arts.append({
            "id": a["id"], "file": fn, "headline": a["headline"],
            "published": {"earliest": a.get("earliest", a["date"]), "latest": a.get("latest", a["date"]), "why": a["why"]},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": ev})
    for fn, items in sorted(dumps.items()):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(b for _, b in items) + "\n")
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of held-out set CA: 20 invented-wording news articles (2016-2017, U.S. foreign policy and foreign reactions) in setCA/: 7 plain text, 7 news-please JSON, 3 page dumps with 2 articles each. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or UNO/EUR/IGO/NGO/MNC, or WST for 'the West'. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events a good coder may or may not emit (background, implicit or alleged): neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": {fn: [i for i, _ in items] for fn, items in sorted(dumps.items())},
            "articles": gold_arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(gold_arts), "articles")

if __name__ == "__main__":
    main()
