import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setCS")
GOLD = os.path.join(ROOT, "setCS.gold.json")
import arts1, arts2, arts3, arts4
ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS + arts4.ARTS
from extras import EXTRAS
for _a in ARTS:
    if _a['id'] in EXTRAS:
        _p, _pe, _ev = EXTRAS[_a['id']]
        _a['paras'] = _a['paras'] + _p
        _a['people'] = _a['people'] + _pe
        _a['events'] = _a['events'] + _ev

def text_of(a):
    """Body text as it appears in the file (used by validate)."""
    return a["headline"] + "\n" + "\n".join(a["paras"])

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
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": a["date_publish"], "authors": a["authors"],
                   "url": a["url"], "source_domain": "www.aljazeera.com",
                   "language": "en", "description": a["description"]}
            with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
        else:
            a["file"] = a["dump"]
            dumps.setdefault(a["dump"], []).append(a)
    for name, arts in dumps.items():
        blocks = []
        for a in arts:
            sep = "\n\n\u00a0\n\n" if a["nbsp"] else "\n\n"
            blocks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(blocks) + "\n")
    gold = {
        "format": "dyad-gold/1",
        "about": "Held-out set CS: 20 Al Jazeera-style articles (2021-2022) on Europe, Russia and the Americas, written fresh and hand-annotated. Events use PLOVER types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. 'source'/'target' may list acceptable codes; 'types' lists every acceptable type. 'required': false marks background, implicit or alleged events, neither rewarded nor punished.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": {k: [a["id"] for a in v] for k, v in dumps.items()},
        "articles": [],
    }
    for a in ARTS:
        e, l, why = a["published"]
        gold["articles"].append({"id": a["id"], "file": a["file"], "headline": a["headline"],
            "paragraphs": len(a["paras"]),
            "published": {"earliest": e, "latest": l, "why": why},
            "people": a["people"], "events": a["events"]})
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
