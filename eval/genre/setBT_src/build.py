"""Build setBT articles and setBT.gold.json from arts1-3."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arts1 import ARTS as A1
from arts2 import ARTS as A2
from arts3 import ARTS as A3

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBT")
GOLD = os.path.join(ROOT, "setBT.gold.json")
ARTS = A1 + A2 + A3
NB = "\u00a0"


def dump_block(a):
    sep = "\n\n" + NB + "\n\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            a["file"] = a["id"] + ".txt"
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        elif a["fmt"] == "json":
            a["file"] = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["source_domain"], "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
        else:
            a["file"] = a["dump"]
            dumps.setdefault(a["dump"], []).append(a)
    dmap = {}
    for name in sorted(dumps):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(dump_block(a).rstrip("\n") for a in dumps[name]) + "\n")
        dmap[name] = [a["id"] for a in dumps[name]]
    gold = {
        "format": "dyad-gold/1",
        "about": ("Hand annotation of setBT: 20 held-out articles (Balkans, Central Europe, Baltic states; "
                  "Reuters 1987-89, broadsheet/wire 2016-18, Al Jazeera 2021-22) written for evaluation. "
                  "Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes (Kosovo as XKX, "
                  "KSV accepted; Yugoslav-era actors YUG or the republic's code), or PLOVER's non-state codes "
                  "(UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. 'source' and 'target' are a code or a list of "
                  "acceptable codes; 'types' lists every event type an annotator would accept. 'required': false "
                  "marks events a good coder may or may not emit (background, implicit or alleged): they are "
                  "neither rewarded nor punished. Any emitted event that matches no entry counts against precision."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code "
                     "and event type are acceptable. Symmetric events ('symmetric': true) match either direction. "
                     "Scoring takes a maximum one-to-one matching between emitted events and required gold events: "
                     "true positives are its size; a required gold event left unmatched is a false negative; an "
                     "emitted event that matches no gold event at all (required or optional) is a false positive; an "
                     "emitted event that matches gold events but is left out of the matching (a repeat, or an optional "
                     "event) is neither rewarded nor punished. People match on normalised name and country."),
        "dumps": dmap,
        "articles": [],
    }
    for a in ARTS:
        e, l, why = a["published"]
        gold["articles"].append({
            "id": a["id"], "file": a["file"], "headline": a["headline"],
            "published": {"earliest": e, "latest": l, "why": why},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": a["events"],
        })
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(ARTS), "articles")


if __name__ == "__main__":
    main()
