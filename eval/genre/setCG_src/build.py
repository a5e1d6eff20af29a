"""Build set CG: article files in ../setCG and gold ../setCG.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arts1 import ARTS as A1
from arts2 import ARTS as A2

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setCG")
GOLD = os.path.join(ROOT, "setCG.gold.json")
ARTS = A1 + A2
from extras import EXTRA
for _a in ARTS:
    if _a["id"] in EXTRA:
        _paras, _evs, _ppl = EXTRA[_a["id"]]
        _a["paras"] = _a["paras"][:-1] + _paras + _a["paras"][-1:]
        _a["events"] = _a["events"] + _evs
        _a["people"] = _a["people"] + _ppl
NBSP = "\u00a0"

TXT = ["CG%d" % i for i in range(1, 8)]
JSN = ["CG%d" % i for i in range(8, 15)]
DUMPS = {"dump-1.txt": ["CG15", "CG16"], "dump-2.txt": ["CG17", "CG18"], "dump-3.txt": ["CG19", "CG20"]}
NBSP_ARTS = {"CG16", "CG19"}       # dump articles whose paragraphs are split by an NBSP line
TIMES = ["09:14:00", "11:32:00", "14:05:00", "16:48:00", "07:51:00", "18:20:00", "12:03:00"]


def body_text(a):
    return "\n\n".join(a["paras"])


def main():
    os.makedirs(OUT, exist_ok=True)
    by = {a["id"]: a for a in ARTS}
    files = {}
    for i in TXT:
        a = by[i]
        fn = i + ".txt"
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write(a["headline"] + "\n\n" + body_text(a) + "\n")
        files[i] = fn
    for k, i in enumerate(JSN):
        a = by[i]
        fn = i + ".json"
        obj = {
            "title": a["headline"],
            "maintext": "\n".join(a["paras"]),
            "date_publish": None if i in ("CG11", "CG13") else a["date"] + " " + TIMES[k % len(TIMES)],
            "authors": [],
            "url": None,
            "source_domain": "reuters.com",
            "language": "en",
            "description": a["paras"][0].split(" - ", 1)[1] if " - " in a["paras"][0] else a["paras"][0],
        }
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
        files[i] = fn
    for dn, ids in DUMPS.items():
        chunks = []
        for i in ids:
            a = by[i]
            sep = "\n\n" + NBSP + "\n\n" if i in NBSP_ARTS else "\n\n"
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(chunks) + "\n")
        for i in ids:
            files[i] = dn
    gold = {
        "format": "dyad-gold/1",
        "about": ("Set CG: 20 invented Reuters-style wire items (1987, early 1988) on economic and political "
                  "disputes between governments (commodity pacts, fishing, air travel, nuclear power, sanctions on "
                  "South Africa, Japan-U.S. trade, aid and arms sales), retelling real events in new words. "
                  "Hand annotation: publication dates, people, and political events coded with PLOVER types. "
                  "Actors are ISO 3166 alpha-3 codes (Soviet actors RUS, West Germany DEU, Zaire COD) or UNO/EUR/IGO/NGO/MNC/WST. "
                  "'required': false marks background, implied or borderline events."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code and "
                     "event type are acceptable. Symmetric events match either direction. Maximum one-to-one matching "
                     "with required gold events; unmatched required events are false negatives; emitted events matching "
                     "no gold event are false positives; events matching only optional or already-matched gold events are "
                     "neither rewarded nor punished. People match on normalised name and country."),
        "dumps": DUMPS,
        "articles": [],
    }
    for a in ARTS:
        gold["articles"].append({
            "id": a["id"],
            "file": files[a["id"]],
            "headline": a["headline"],
            "paragraphs": len(a["paras"]),
            "first_paragraph_prefix": a["paras"][0][:50],
            "last_paragraph_prefix": a["paras"][-1][:50],
            "published": {"earliest": a["date"], "latest": a["date"], "why": a["why"]},
            "people": a["people"],
            "events": a["events"],
        })
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(ARTS), "articles")


if __name__ == "__main__":
    main()
