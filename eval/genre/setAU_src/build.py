import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "setAU")
GOLD = os.path.join(HERE, "..", "setAU.gold.json")
import arts1, arts2, arts3

ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
DUMPS = {"dump-1.txt": ["AU5", "AU16"], "dump-2.txt": ["AU9", "AU19"], "dump-3.txt": ["AU13", "AU20"]}
NBSP = "\u00a0"

def dump_block(a):
    lines = [a["headline"], "", "TT", "", a["headline"], ""]
    sep = ["", NBSP, ""] if a.get("nbsp") else [""]
    body = []
    for i, p in enumerate(a["paras"]):
        if i:
            body += sep
        body.append(p)
    return "\n".join(lines + body)

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
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": a["date_publish"], "authors": a["authors"], "url": a["url"],
                   "source_domain": a["source_domain"], "language": "en", "description": a["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
            files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        text = "\n\n\n\n".join(dump_block(byid[i]) for i in ids) + "\n"
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write(text)
        for i in ids:
            files[i] = dn
    arts = []
    for a in sorted(ARTS, key=lambda a: int(a["id"][2:])):
        earliest, latest, why = a["pub"]
        arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                     "paragraphs": len(a["paras"]),
                     "first_paragraph_prefix": a["paras"][0][:50],
                     "last_paragraph_prefix": a["paras"][-1][:50],
                     "published": {"earliest": earliest, "latest": latest, "why": why},
                     "people": a["people"], "events": a["events"]})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set AU (China, Taiwan, the Koreas and Japan): 20 newly written articles (Reuters 1987-1989, US/UK wire and broadsheet 2016-2018, Al Jazeera 2021-2022) retelling well-known public events in original wording, as plain text, news-please JSON and page dumps, with a hand annotation of publication dates, people and political events. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes (Hong Kong actors accept HKG or CHN; Taiwan is TWN), or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks background, implicit or borderline events that are neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events; an emitted event matching no gold event (required or optional) is a false positive. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(arts), "articles")

if __name__ == "__main__":
    main()
