import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import arts_a, arts_b, arts_c, arts_d  # noqa: F401 (register articles)
from common import ARTICLES, OUT, GOLD

NBSP_SEP = "\n\n\u00a0\n\n"

def body_text(a, nbsp=False):
    return (NBSP_SEP if nbsp else "\n\n").join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_arts = []
    for a in ARTICLES:
        fmt = a["fmt"]
        if fmt == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + body_text(a) + "\n")
        elif fmt == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m.get("date_publish"), "authors": m.get("authors", []),
                   "url": m.get("url"), "source_domain": m.get("source_domain"),
                   "language": "en", "description": m.get("description")}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            fn = fmt + ".txt"
            dumps.setdefault(fn, []).append(a)
        gold_arts.append({"id": a["id"], "file": fn, "headline": a["headline"],
                          "published": a["published"], "people": a["people"], "events": a["events"]})
    for fn, arts in sorted(dumps.items()):
        chunks = []
        for a in arts:
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + body_text(a, a["nbsp"]))
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(chunks) + "\n")
    gold = {
        "format": "dyad-gold/1",
        "about": ("Held-out set BK: 20 newly written articles on migration, refugees and humanitarian aid "
                  "(Reuters 1987-1989, Western broadsheets/wires 2016-2018, Al Jazeera 2021-2022), retelling real "
                  "events in new words, as 7 plain-text files, 7 news-please JSON files and 3 page dumps of 2 articles. "
                  "Events use PLOVER types; actors are ISO 3166 alpha-3 codes (DDR/CSK for East Germany/Czechoslovakia, "
                  "RUS or SUN for the Soviet Union) or UNO/EUR/IGO/NGO/WST. 'source'/'target' may list acceptable codes; "
                  "'types' lists every acceptable type; 'required': false marks background, implied or alleged events."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code and event "
                     "type are acceptable. Symmetric events match either direction. Scoring takes a maximum one-to-one "
                     "matching between emitted events and required gold events; unmatched required events are false "
                     "negatives; emitted events matching no gold event are false positives; repeats and optional matches "
                     "are neutral. People match on normalised name and country."),
        "dumps": {fn: [a["id"] for a in arts] for fn, arts in sorted(dumps.items())},
        "articles": gold_arts,
    }
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(ARTICLES), "articles")

if __name__ == "__main__":
    main()
