import os, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import ARTS
import arts_a, arts_b, arts_c
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setCR")
GOLD = os.path.join(ROOT, "setCR.gold.json")
NB = "\u00a0"

def dump_article(a):
    sep = "\n" + NB + "\n" if a["meta"].get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]) + "\n"

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps, gold_arts = {}, []
    for a in ARTS:
        m = a["meta"]; fmt = m.get("fmt", "txt")
        if fmt == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        elif fmt == "json":
            fn = a["id"] + ".json"
            obj = dict(title=a["headline"], maintext="\n".join(a["paras"]), date_publish=m["date"],
                       authors=m["authors"], url=m["url"], source_domain="www.aljazeera.com",
                       language="en", description=m["description"])
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
        else:
            fn = m["dump"]
            dumps.setdefault(fn, []).append(a)
        gold_arts.append(dict(id=a["id"], file=fn, headline=a["headline"], published=a["published"],
                              people=a["people"], events=a["events"]))
    for fn, arts in dumps.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n".join(dump_article(a) for a in arts))
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of set CR: 20 invented Al Jazeera-style articles (2021-2022) on real Middle East and North Africa events (May 2021 Gaza war, Sheikh Jarrah, Yemen truce, Iran nuclear talks, Lebanon's collapse and the port blast inquiry, Iraq's deadlock, Tunisia's Saied, Syria, Libya's rival governments, Jordan). 7 plain text, 7 news-please JSON, 3 page dumps of 2 articles. Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks background, implicit or alleged events that are neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": {fn: [a["id"] for a in arts] for fn, arts in sorted(dumps.items())},
            "articles": gold_arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
