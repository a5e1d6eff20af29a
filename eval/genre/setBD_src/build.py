import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arts_a import ARTS as A
from arts_b import ARTS as B
from arts_c import ARTS as C
ARTS = A + B + C
OUT = os.path.join(HERE, "..", "setBD")
GOLD = os.path.join(HERE, "..", "setBD.gold.json")
NB = "\u00a0"

def body_text(a):
    return "\n\n".join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            a["file"] = a["id"] + ".txt"
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + body_text(a) + "\n")
        elif a["fmt"] == "json":
            a["file"] = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m["date"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["domain"], "language": "en", "description": m["desc"]}
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            a["file"] = a["dump"]
            dumps.setdefault(a["dump"], []).append(a)
    dump_map = {}
    for name, arts in sorted(dumps.items()):
        chunks = []
        for a in arts:
            sep = "\n\n" + NB + "\n\n" if a.get("nbsp") else "\n\n"
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(chunks) + "\n")
        dump_map[name] = [a["id"] for a in arts]
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of held-out set BD (Africa theme): 20 articles written for evaluation (7 plain text, 7 news-please JSON, 3 page dumps of 2 articles each), retelling real events from Reuters 1987-1989, broadsheet/wire 2016-2018 and Al Jazeera 2021-2022 in original wording. Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. Armed groups are coded by the country they belong to (Polisario -> ESH, al-Shabab -> SOM, MFDC -> SEN, TPLF -> ETH). 'required': false marks background, implicit or borderline events.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": dump_map, "articles": []}
    for a in ARTS:
        e, l, w = a["published"]
        gold["articles"].append({"id": a["id"], "file": a["file"], "headline": a["headline"],
            "published": {"earliest": e, "latest": l, "why": w},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": a["events"]})
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
