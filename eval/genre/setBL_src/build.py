# -*- coding: utf-8 -*-
"""Build set BL: articles in ../setBL, gold in ../setBL.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBL")
GOLD = os.path.join(ROOT, "setBL.gold.json")
import arts1, arts2, arts3, arts4, arts5
ARTS = {a["id"]: a for m in (arts1, arts2, arts3, arts4, arts5) for a in m.A}
assert len(ARTS) == 20

IMF_ARTS = {"BL1", "BL8", "BL9", "BL15"}
for aid in IMF_ARTS:
    for e in ARTS[aid]["events"]:
        for k in ("source", "target"):
            if e[k] == "IGO":
                e[k] = ["IGO", "UNO"]

TXT = ["BL1", "BL2", "BL7", "BL8", "BL9", "BL14", "BL15"]
JSN = ["BL3", "BL4", "BL10", "BL11", "BL16", "BL17", "BL18"]
DUMPS = {"dump-1.txt": ["BL5", "BL12"], "dump-2.txt": ["BL6", "BL19"], "dump-3.txt": ["BL13", "BL20"]}
NBSP_SEP = {"BL12", "BL13", "BL19"}

META = {
 "BL3": dict(date_publish="1989-07-23 18:40:00", authors=[], url=None, source_domain="reuters.com",
             description="Mexico and its bank creditors agree in principle on the first Brady plan debt reduction."),
 "BL4": dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
             description="Ecuador stops paying interest to foreign banks after earthquake cuts oil pipeline."),
 "BL10": dict(date_publish="2017-03-15 17:05:00", authors=["Lucian Kim"], url="https://www.npr.org/2017/03/15/ukraine-halts-cargo-traffic-separatist-east",
             source_domain="www.npr.org", description="Ukraine formally halts cargo traffic with separatist-held Donetsk and Luhansk."),
 "BL11": dict(date_publish="2017-01-02 09:30:00", authors=["Andrew Roth"], url="https://www.washingtonpost.com/world/turkmenistan-cuts-gas-to-iran-unpaid-bills/2017/01/02/",
             source_domain="www.washingtonpost.com", description="Turkmenistan halts gas exports to Iran, saying Tehran owes nearly $2 billion."),
 "BL16": dict(date_publish="2022-05-21 14:12:00", authors=["Al Jazeera Staff"], url="https://www.aljazeera.com/economy/2022/5/21/russia-halts-gas-supplies-to-finland",
             source_domain="www.aljazeera.com", description="Gazprom suspends deliveries to Finland over rouble payment dispute."),
 "BL17": dict(date_publish=None, authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/economy/2022/5/14/india-bans-wheat-exports-heatwave",
             source_domain="www.aljazeera.com", description="India halts wheat exports, citing food security; G7 warns of worsening crisis."),
 "BL18": dict(date_publish="2022-04-18 20:25:00", authors=["Al Jazeera Staff"], url="https://www.aljazeera.com/news/2022/4/18/libya-oil-output-slumps-as-protesters-shut-fields",
             source_domain="www.aljazeera.com", description="Libya's NOC declares force majeure as protesters shut oilfields and Zueitina terminal."),
}

def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def article_text(a):
    return "\n\n".join(a["paras"])

def dump_block(a):
    sep = "\n\n\u00a0\n\n" if a["id"] in NBSP_SEP else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]) + "\n"

def main():
    os.makedirs(OUT, exist_ok=True)
    files = {}
    for aid in TXT:
        a = ARTS[aid]; fn = aid + ".txt"
        write(os.path.join(OUT, fn), a["headline"] + "\n\n" + article_text(a) + "\n")
        files[aid] = fn
    for aid in JSN:
        a = ARTS[aid]; fn = aid + ".json"; m = META[aid]
        obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]), "date_publish": m["date_publish"],
               "authors": m["authors"], "url": m["url"], "source_domain": m["source_domain"],
               "language": "en", "description": m["description"]}
        write(os.path.join(OUT, fn), json.dumps(obj, ensure_ascii=False, indent=1) + "\n")
        files[aid] = fn
    for fn, ids in DUMPS.items():
        write(os.path.join(OUT, fn), "\n\n\n".join(dump_block(ARTS[i]) for i in ids))
        for i in ids: files[i] = fn
    arts = []
    for n in range(1, 21):
        aid = "BL%d" % n; a = ARTS[aid]
        e, l, why = a["published"]
        arts.append({"id": aid, "file": files[aid], "headline": a["headline"],
                     "published": {"earliest": e, "latest": l, "why": why},
                     "people": a["people"], "events": a["events"]})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set BL (trade, energy and economic pressure): 20 articles written for evaluation, retelling real public events of 1987-1989 (Reuters style), 2016-2018 (wire/broadsheet) and 2021-2022 (Al Jazeera style), with a hand annotation of publication dates, people and PLOVER events between actors. Actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST; 'source'/'target' may list acceptable codes; 'types' lists every acceptable PLOVER type. 'required': false marks background, implied or vague events that are neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    write(GOLD, json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    print("built", len(arts), "articles")

if __name__ == "__main__":
    main()
