"""Build setAR articles and setAR.gold.json from data1-3.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data1, data2, data3
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAR")
GOLD = os.path.join(ROOT, "setAR.gold.json")
NBSP = "\u00a0"
ARTS = data1.A + data2.A + data3.A
DUMP_ORDER = {"dump-1.txt": ["AR5", "AR12"], "dump-2.txt": ["AR6", "AR19"], "dump-3.txt": ["AR13", "AR20"]}


def main():
    os.makedirs(OUT, exist_ok=True)
    byid = {a["id"]: a for a in ARTS}
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
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
    for dname, ids in DUMP_ORDER.items():
        chunks = []
        for i in ids:
            a = byid[i]
            a["file"] = dname
            sep = "\n\n" + NBSP + "\n\n" if a["nbsp"] else "\n\n"
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
        with open(os.path.join(OUT, dname), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(chunks) + "\n")
    arts = []
    for a in ARTS:
        evs = []
        for e in a["events"]:
            d = {"source": e[0], "target": e[1], "types": e[2], "required": e[3], "evidence": e[4]}
            if len(e) > 5 and e[5]:
                d["symmetric"] = True
            evs.append(d)
        arts.append({"id": a["id"], "file": a["file"], "headline": a["headline"],
                     "paragraphs": len(a["paras"]),
                     "first_paragraph_prefix": a["paras"][0][:50],
                     "last_paragraph_prefix": a["paras"][-1][:50],
                     "published": {"earliest": a["published"][0], "latest": a["published"][1], "why": a["published"][2]},
                     "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
                     "events": evs})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set AR (Gulf and Levant): 20 articles written for evaluation, retelling real events of 1987-1989 (Reuters wire style), 2016-2018 (AP/Guardian/Washington Post style) and 2021-2022 (Al Jazeera style) in new words. Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or PLOVER non-state codes (UNO, EUR, IGO, NGO, MNC) or WST. 'source'/'target' is a code or a list of acceptable codes; 'types' lists every type an annotator would accept. 'required': false marks background, implied or borderline events: neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMP_ORDER, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(arts), "articles")


if __name__ == "__main__":
    main()
