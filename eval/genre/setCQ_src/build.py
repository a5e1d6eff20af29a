import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import ARTS
import arts_a, arts_b, arts_c, arts_d, arts_e  # noqa: F401 (register articles)

OUT = os.path.join(HERE, "..", "setCQ")
GOLD = os.path.join(HERE, "..", "setCQ.gold.json")
TXT = [f"CQ{i}" for i in range(1, 8)]
JSN = [f"CQ{i}" for i in range(8, 15)]
DUMPS = {"dump-1.txt": ["CQ15", "CQ16"], "dump-2.txt": ["CQ17", "CQ18"], "dump-3.txt": ["CQ19", "CQ20"]}
NBSP = {"CQ16", "CQ17", "CQ20"}

def main():
    os.makedirs(OUT, exist_ok=True)
    by = {a["id"]: a for a in ARTS}
    files = {}
    for i in TXT:
        a = by[i]
        with open(os.path.join(OUT, i + ".txt"), "w", encoding="utf-8") as f:
            f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        files[i] = i + ".txt"
    for i in JSN:
        a = by[i]; m = a["meta"]
        obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
               "date_publish": m.get("date"), "authors": m.get("authors", []),
               "url": m.get("url"), "source_domain": m.get("domain"), "language": "en",
               "description": m.get("desc")}
        with open(os.path.join(OUT, i + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
        files[i] = i + ".json"
    for fn, ids in DUMPS.items():
        chunks = []
        for i in ids:
            a = by[i]
            sep = "\n\n\u00a0\n\n" if i in NBSP else "\n\n"
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
            files[i] = fn
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(chunks) + "\n")
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of set CQ: 20 invented articles in the style of CNN, NPR, the Washington Post, the Guardian, the New York Times and the AP (2017) on real US domestic political events "
                     "(travel ban litigation, health care repeal votes, sanctuary cities, the Comey firing and Russia investigations, DACA, state lawsuits, protests, party fights). "
                     "7 plain text, 7 news-please JSON, 3 page dumps of 2 articles. Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. "
                     "Domestic events are coded USA->USA. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. "
                     "'required': false marks background, implicit or alleged events that are neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are "
                        "acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one "
                        "matching between emitted events and required gold events: true positives are its size; a required gold event left "
                        "unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false "
                        "positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) "
                        "is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": []}
    for a in sorted(ARTS, key=lambda x: int(x["id"][2:])):
        gold["articles"].append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                                 "published": a["published"], "people": a["people"], "events": a["events"]})
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(ARTS), "articles")

if __name__ == "__main__":
    main()
