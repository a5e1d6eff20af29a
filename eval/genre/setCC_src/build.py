"""Build setCC articles and setCC.gold.json from arts1/2/3.py. Paths relative to this script."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setCC")
GOLD = os.path.join(GENRE, "setCC.gold.json")
import arts1, arts2, arts3

NB = "\u00a0"

def paras(body):
    return [p.strip() for p in body.strip().split("\n") if p.strip()]

def ev(e):
    src, tgt, types, req, evid = e[:5]
    sym = e[5] if len(e) > 5 else False
    srcs = list(src) if isinstance(src, tuple) else [src]
    out = []
    for s in srcs:
        d = {"source": s, "target": tgt, "types": types, "required": req, "evidence": evid}
        if sym:
            d["symmetric"] = True
        out.append(d)
    return out

def main():
    os.makedirs(OUT, exist_ok=True)
    arts = arts1.ARTS + arts2.ARTS + arts3.ARTS
    for a in arts3.ARTS:
        a.update(arts3.ANN[a["id"]])
    dumps = {}
    gold_arts = []
    for a in arts:
        ps = paras(a["body"])
        a["paras"] = ps
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(ps) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(ps),
                   "date_publish": m["date_publish"], "authors": m["authors"],
                   "url": m["url"], "source_domain": m["source_domain"],
                   "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            fn = a["dump"]
            sep = "\n\n" + NB + "\n\n" if a.get("nbsp") else "\n\n"
            block = a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(ps) + "\n"
            dumps.setdefault(fn, []).append((a["id"], block))
        e, l, why = a["published"]
        events = []
        for x in a["events"]:
            events.extend(ev(x))
        gold_arts.append({
            "id": a["id"], "file": fn, "headline": a["headline"],
            "paragraphs": len(ps),
            "first_paragraph_prefix": ps[0][:50], "last_paragraph_prefix": ps[-1][:50],
            "published": {"earliest": e, "latest": l, "why": why},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": events})
    for fn, blocks in dumps.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n".join(b for _, b in blocks))
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of held-out set CC: 20 articles written for evaluation (2016-2017 news on the Middle East, Africa and Asia), imitating CNN/NPR/Washington Post/Guardian/NYT articles in plain text, news-please JSON and page-dump formats. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United Nations, EUR for the European Union, IGO for other intergovernmental bodies, NGO for non-governmental organisations), or CAMEO's region code WST for 'the West'. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": {fn: [i for i, _ in blocks] for fn, blocks in sorted(dumps.items())},
            "articles": gold_arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(gold_arts), "articles")

if __name__ == "__main__":
    main()
