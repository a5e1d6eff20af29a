"""Build setAP articles and setAP.gold.json from arts1-3."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setAP")
GOLD = os.path.join(GENRE, "setAP.gold.json")
import arts1, arts2, arts3
ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
DUMPS = {"dump-1.txt": ["AP5", "AP11"], "dump-2.txt": ["AP6", "AP17"], "dump-3.txt": ["AP13", "AP19"]}
NB = "\u00a0"

def article_text(a):
    """The text as the scorer/tool sees it (for evidence checks)."""
    return "\n\n".join([a["headline"]] + a["paras"])

def dump_block(a):
    sep = "\n" + NB + "\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    byid = {a["id"]: a for a in ARTS}
    files = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
            files[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]), "date_publish": m["date"],
                   "authors": m["authors"], "url": m["url"], "source_domain": m["domain"],
                   "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
            files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(dump_block(byid[i]) for i in ids) + "\n")
        for i in ids:
            files[i] = dn
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of held-out set AP (the Americas, relations between states): 20 articles written for this set "
                     "(Reuters 1987-1989, US/UK outlets 2016-2018, Al Jazeera 2021-2022), their publication dates, people and the "
                     "political events between actors. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or "
                     "PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. 'source' and 'target' are a code or a list "
                     "of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events "
                     "that a good coder may or may not emit (background, implicit or alleged).",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type "
                        "are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one "
                        "matching between emitted events and required gold events; unmatched required events are false negatives; "
                        "emitted events matching no gold event are false positives; repeats and optional matches are neither rewarded "
                        "nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": []}
    for a in sorted(ARTS, key=lambda x: int(x["id"][2:])):
        gold["articles"].append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                                 "published": a["published"], "people": a["people"], "events": arts1.expand(a["events"])})
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(ARTS), "articles")

if __name__ == "__main__":
    main()
