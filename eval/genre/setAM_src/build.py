import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setAM")
GOLD = os.path.join(GENRE, "setAM.gold.json")
import sys; sys.path.insert(0, HERE)
import arts1, arts2, arts3

ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
DUMPS = {"dump-1.txt": ["AM5", "AM11"], "dump-2.txt": ["AM6", "AM12"], "dump-3.txt": ["AM13", "AM20"]}
NBSP = "\u00a0"

def main():
    os.makedirs(OUT, exist_ok=True)
    by = {a["id"]: a for a in ARTS}
    files = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
            files[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": a["date_publish"], "authors": a["authors"], "url": a["url"],
                   "source_domain": a["source_domain"], "language": "en", "description": a["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
            files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        blocks = []
        for i in ids:
            a = by[i]
            sep = "\n\n" + NBSP + "\n\n" if a["nbsp"] else "\n\n"
            blocks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
            files[i] = dn
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(blocks) + "\n")
    arts = []
    for a in sorted(ARTS, key=lambda x: int(x["id"][2:])):
        e, l, w = a["published"]
        arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                     "paragraphs": len(a["paras"]),
                     "first_paragraph_prefix": a["paras"][0][:50],
                     "last_paragraph_prefix": a["paras"][-1][:50],
                     "published": {"earliest": e, "latest": l, "why": w},
                     "people": a["people"], "events": a["events"]})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set AM (South and Central Asia): 20 newly written articles (Reuters 1987-1989, US/UK wire and broadsheet 2016-2018, Al Jazeera 2021-2022) retelling well-known public events in original wording, as plain text, news-please JSON and page dumps, with a hand annotation of publication dates, people and the political events between actors. Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks background, implicit or alleged events that are neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
