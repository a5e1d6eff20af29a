"""Build setAI articles and setAI.gold.json from arts1-3.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arts1 import A as A1
from arts2 import A as A2
from arts3 import A as A3
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAI")
GOLD = os.path.join(ROOT, "setAI.gold.json")
ARTS = A1 + A2 + A3
NBSP = "\u00a0"

def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]) + "\n"

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_arts = []
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": a["date"], "authors": a["authors"], "url": a["url"],
                   "source_domain": a["domain"], "language": "en", "description": a["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            fn = a["dump"]
            dumps.setdefault(fn, []).append(a)
        e, l, w = a["published"]
        gold_arts.append({"id": a["id"], "file": fn, "headline": a["headline"],
                          "published": {"earliest": e, "latest": l, "why": w},
                          "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
                          "events": a["events"]})
    for fn, arts in sorted(dumps.items()):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n".join(dump_block(a) for a in arts))
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set AI (theme: Sub-Saharan Africa): 20 articles written for evaluation, retelling real events of 1987-1989 (Reuters wire style), 2016-2018 (AP/Washington Post/Guardian/NPR style) and 2021-2022 (Al Jazeera style); 7 plain text files, 7 news-please JSON files and 3 page dumps of 2 articles. Hand annotation of publication dates, people and the political events between actors. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC), or CAMEO's WST. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks background, implicit or alleged events: neither rewarded nor punished. Transkei (a South African homeland in 1987) is coded ZAF; the SPLA in 1988 is coded SDN (SSD also accepted).",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": {fn: [a["id"] for a in arts] for fn, arts in sorted(dumps.items())},
            "articles": gold_arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(gold_arts), "articles")

if __name__ == "__main__":
    main()
