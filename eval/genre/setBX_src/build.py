#!/usr/bin/env python3
"""Build setBX articles and setBX.gold.json from articles_a.py / articles_b.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setBX")
GOLD = os.path.join(GENRE, "setBX.gold.json")
sys.path.insert(0, HERE)
from articles_a import A as A1
from articles_b import A as A2
ARTS = {a["id"]: a for a in A1 + A2}
TXT = [f"BX{i}" for i in range(1, 8)]
JSN = [f"BX{i}" for i in range(8, 15)]
DUMPS = {"dump-1.txt": ["BX15", "BX16"], "dump-2.txt": ["BX17", "BX18"], "dump-3.txt": ["BX19", "BX20"]}
NULL_DATE = {"BX10", "BX13"}
TIMES = ["06:12:00", "09:47:00", "11:03:00", "13:28:00", "15:55:00", "17:20:00", "19:41:00"]
NBSP = "\u00a0"

def main():
    os.makedirs(OUT, exist_ok=True)
    files = {}
    for i in TXT:
        a = ARTS[i]
        with open(os.path.join(OUT, i + ".txt"), "w", encoding="utf-8") as f:
            f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        files[i] = i + ".txt"
    for n, i in enumerate(JSN):
        a = ARTS[i]
        obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
               "date_publish": None if i in NULL_DATE else a["date"] + " " + TIMES[n % len(TIMES)],
               "authors": [], "url": None, "source_domain": "reuters.com", "language": "en",
               "description": a["paras"][0].split(" - ", 1)[1].split(". ")[0].rstrip(".") + "."}
        with open(os.path.join(OUT, i + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")
        files[i] = i + ".json"
    for name, ids in DUMPS.items():
        blocks = []
        for i in ids:
            a = ARTS[i]
            sep = "\n\n" + NBSP + "\n\n" if a.get("nbsp") else "\n\n"
            blocks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
            files[i] = name
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(blocks) + "\n")
    arts = []
    for k in range(1, 21):
        i = f"BX{k}"
        a = ARTS[i]
        evs = []
        for (s, t, ty, req, ev, sym) in a["events"]:
            e = {"source": s, "target": t, "types": ty.split(), "required": req, "evidence": ev}
            if sym:
                e["symmetric"] = True
            evs.append(e)
        arts.append({"id": i, "file": files[i], "headline": a["headline"],
                     "published": {"earliest": a["date"], "latest": a["date"],
                                   "why": "Reuters dateline '%s' in 1987; wire item filed the same day" % a["paras"][0].split(" - ")[0].split(", ", 1)[1]},
                     "people": [{"name": n, "country": c, "role": r} for (n, c, r) in a["people"]],
                     "events": evs})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set BX: 20 invented Reuters-style wire items of 1987 retelling real debt, money and aid events (Brazil's moratorium and creditor talks, IMF/World Bank/Paris Club, G7 and Louvre currency talks, aid pledges and cut-offs, grain sales and subsidies), hand-annotated. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes (historical DDR for East Germany; RUS for the Soviet Union), or UNO, EUR, IGO (IMF, World Bank, Paris Club, G7, aid groups), MNC (commercial creditor banks), WST. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events a good coder may or may not emit (background, implicit or alleged): neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(arts), "articles")

if __name__ == "__main__":
    main()
