#!/usr/bin/env python3
"""Build set BF: article files in ../setBF and gold in ../setBF.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBF")
GOLD = os.path.join(ROOT, "setBF.gold.json")
sys.path.insert(0, HERE)
import data1, data2, data3
ARTS = {a["id"]: a for a in data1.A + data2.A + data3.A}
NB = "\u00a0"
TXT = ["BF1", "BF2", "BF3", "BF7", "BF8", "BF14", "BF15"]
JS = ["BF4", "BF5", "BF6", "BF9", "BF10", "BF16", "BF17"]
DUMPS = {"dump-1.txt": ["BF11", "BF18"], "dump-2.txt": ["BF12", "BF19"], "dump-3.txt": ["BF13", "BF20"]}
NBSP_ARTS = {"BF18", "BF12", "BF20"}
META = {
 "BF4": dict(date="1988-07-12 09:14:00", authors=[], url=None, dom="reuters.com", desc="Gunmen attack the City of Poros cruise ship off Aegina; Greece points to Abu Nidal."),
 "BF5": dict(date=None, authors=[], url=None, dom="reuters.com", desc="Israel hands five Soviet hijackers back to Moscow."),
 "BF6": dict(date="1989-09-20 11:40:00", authors=[], url=None, dom="reuters.com", desc="UTA DC-10 destroyed over Niger; France suspects a bomb."),
 "BF9": dict(date="2016-04-25 19:32:00", authors=["Paula Newton", "Euan McKirdy"], url="https://edition.cnn.com/2016/04/25/asia/philippines-canadian-hostage-ridsdel/index.html", dom="edition.cnn.com", desc="Canada's prime minister says Ottawa will not pay ransom after Abu Sayyaf kills John Ridsdel."),
 "BF10": dict(date="2016-06-30 14:05:00", authors=["Kareem Shaheen"], url="https://www.theguardian.com/world/2016/jun/30/istanbul-airport-attackers-russia-uzbekistan-kyrgyzstan", dom="www.theguardian.com", desc="Turkish official names nationalities of Ataturk airport bombers as 13 are detained."),
 "BF16": dict(date="2022-09-05 16:20:00", authors=["Al Jazeera Staff"], url="https://www.aljazeera.com/news/2022/9/5/russia-demands-taliban-tighten-security-after-kabul-embassy-blast", dom="www.aljazeera.com", desc="Moscow calls on the Taliban to boost security after two embassy staff are killed."),
 "BF17": dict(date="2022-10-30 18:45:00", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2022/10/30/somalia-president-vows-total-war-al-shabab-mogadishu-bombs", dom="www.aljazeera.com", desc="Twin car bombs at Zobe junction kill at least 100."),
}

def codes(x):
    return x if isinstance(x, list) else x

def main():
    os.makedirs(OUT, exist_ok=True)
    files = {}
    for i in TXT:
        a = ARTS[i]
        fn = i + ".txt"
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        files[i] = fn
    for i in JS:
        a, m = ARTS[i], META[i]
        fn = i + ".json"
        obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]), "date_publish": m["date"],
               "authors": m["authors"], "url": m["url"], "source_domain": m["dom"], "language": "en",
               "description": m["desc"]}
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
        files[i] = fn
    for fn, ids in DUMPS.items():
        blocks = []
        for i in ids:
            a = ARTS[i]
            sep = "\n\n" + NB + "\n\n" if i in NBSP_ARTS else "\n\n"
            blocks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(blocks) + "\n")
        for i in ids:
            files[i] = fn
    arts = []
    for n in range(1, 21):
        i = "BF%d" % n
        a = ARTS[i]
        evs = []
        for e in a["events"]:
            src, tgt, types, req, ev = e[:5]
            d = {"source": src, "target": tgt, "types": types.split("|"), "required": bool(req), "evidence": ev}
            if len(e) > 5 and e[5]:
                d["symmetric"] = True
            evs.append(d)
        e0, e1, why = a["published"]
        arts.append({"id": i, "file": files[i], "headline": a["headline"],
                     "published": {"earliest": e0, "latest": e1, "why": why},
                     "people": [{"name": p[0], "country": p[1], "role": p[2]} for p in a["people"]],
                     "events": evs})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set BF: 20 newly written articles on terrorism and counter-terrorism (Reuters 1987-1989, modern broadsheet/wire 2016-2018, Al Jazeera 2021-2022), retelling real public events in new words, hand-annotated with publication windows, people and PLOVER events between ISO alpha-3 / UNO / EUR / IGO / WST actors. Militant groups are coded by the country they belong to or operate from; a list of codes marks any acceptable one. 'required': false marks background, implied or alleged events.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events; optional events are neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(arts), "articles")

if __name__ == "__main__":
    main()
