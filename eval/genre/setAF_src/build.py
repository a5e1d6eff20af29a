import os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAF")
GOLD = os.path.join(ROOT, "setAF.gold.json")
import arts1, arts2, arts3
ARTS = arts1.A + arts2.A + arts3.A
NB = "\u00a0"

def dump_block(a):
    lines = [a["headline"], "", "TT", "", a["headline"], ""]
    sep = "\n\n" + NB + "\n\n" if a.get("nbsp") else "\n\n"
    return "\n".join(lines) + "\n" + sep.join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
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
        else:
            a["file"] = a["dump"]
            dumps.setdefault(a["dump"], []).append(a)
    for name, arts in sorted(dumps.items()):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(dump_block(a) for a in arts) + "\n")
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set AF (international diplomacy: UN, arms control, trade disputes, sanctions, summits, aid). 20 articles written for evaluation, retelling real public events of 1987-1989 (Reuters style), 2016-2018 (AP/Post/Guardian/CNN/NPR style) and 2021-2022 (Al Jazeera style); hand annotation of articles, publication dates, people and political events. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": {k: [a["id"] for a in v] for k, v in sorted(dumps.items())},
            "articles": []}
    for a in ARTS:
        e, l, why = a["published"]
        gold["articles"].append({
            "id": a["id"], "file": a["file"], "headline": a["headline"],
            "paragraphs": len(a["paras"]),
            "first_paragraph_prefix": a["paras"][0][:50],
            "last_paragraph_prefix": a["paras"][-1][:50],
            "published": {"earliest": e, "latest": l, "why": why},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": a["events"]})
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(ARTS), "articles")

if __name__ == "__main__":
    main()
