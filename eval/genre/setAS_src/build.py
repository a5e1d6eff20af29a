import os, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAS")
GOLD = os.path.join(ROOT, "setAS.gold.json")
import arts1, arts2, arts3
ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS

def paras(a):
    return [p.strip() for p in a["body"].strip().split("\n\n")]

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_arts = []
    for a in ARTS:
        ps = paras(a)
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(ps) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = dict(title=a["headline"], maintext="\n".join(ps), date_publish=m["date"],
                       authors=m["authors"], url=m["url"], source_domain=m["source_domain"],
                       language="en", description=m["description"])
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
        else:
            fn = a["dump"]
            sep = "\n\n\u00a0\n\n" if a.get("nbsp") else "\n\n"
            block = a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(ps)
            dumps.setdefault(fn, []).append((a["id"], block))
        g = dict(id=a["id"], file=fn, headline=a["headline"],
                 published=dict(earliest=a["pub"][0], latest=a["pub"][1], why=a["pub"][2]),
                 people=[dict(name=n, country=c, role=r) for n, c, r in a["people"]],
                 events=[])
        for e in a["events"]:
            d = dict(source=e["source"], target=e["target"], types=e["types"], required=e["required"], evidence=e["evidence"])
            if e["symmetric"]:
                d["symmetric"] = True
            g["events"].append(d)
        gold_arts.append(g)
    for fn, blocks in sorted(dumps.items()):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(b for _, b in blocks) + "\n")
    gold = {
        "format": "dyad-gold/1",
        "about": "Hand annotation of held-out set AS (Western/Central Europe and the EU): 20 articles written for evaluation, retelling real events of 1987-1989 (Reuters style), 2016-2018 (wire/broadsheet style) and 2021-2022 (Al Jazeera style) in new words. Files are in ./setAS: plain text, news-please JSON and page dumps. Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every type an annotator would accept. 'required': false marks background, implicit or borderline events, neither rewarded nor punished.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": {fn: [i for i, _ in blocks] for fn, blocks in sorted(dumps.items())},
        "articles": gold_arts,
    }
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(gold_arts), "articles")

if __name__ == "__main__":
    main()
