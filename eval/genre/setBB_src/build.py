"""Build setBB articles and setBB.gold.json from articles_a.py / articles_b.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setBB")
GOLD = os.path.join(GENRE, "setBB.gold.json")
sys.path.insert(0, HERE)
import articles_a, articles_b
ARTS = articles_a.A + articles_b.A

def dump_block(a):
    sep = "\n\u00a0\n" if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])

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
                json.dump(obj, f, ensure_ascii=False, indent=1)
        else:
            a["file"] = a["dump"]
            dumps.setdefault(a["dump"], []).append(a)
    for name, arts in dumps.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(dump_block(a) for a in arts) + "\n")
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of held-out set BB (Europe, Russia and former Soviet states; Reuters 1987-1989, "
                     "broadsheet/wire 2016-2018, Al Jazeera 2021-2022): 20 invented retellings of real events, with "
                     "publication dates, people and political events between actors. Events use PLOVER event types. "
                     "Actors are ISO 3166 alpha-3 codes (historical YUG, CSK for Yugoslavia and Czechoslovakia; XKX/KSV for "
                     "Kosovo), or PLOVER's non-state codes (UNO, EUR, IGO), or CAMEO's WST for 'the West'. 'source' and "
                     "'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would "
                     "accept. 'required': false marks events that a good coder may or may not emit (background, implicit "
                     "or alleged): they are neither rewarded nor punished.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and "
                        "event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring "
                        "takes a maximum one-to-one matching between emitted events and required gold events: true "
                        "positives are its size; a required gold event left unmatched is a false negative; an emitted event "
                        "that matches no gold event at all (required or optional) is a false positive; an emitted event that "
                        "matches gold events but is left out of the matching (a repeat, or an optional event) is neither "
                        "rewarded nor punished. People match on normalised name and country.",
            "dumps": {name: [a["id"] for a in arts] for name, arts in sorted(dumps.items())},
            "articles": []}
    for a in ARTS:
        ev = []
        for s, t, types, req, evid, sym in a["events"]:
            e = {"source": s, "target": t, "types": types, "required": req, "evidence": evid}
            if sym:
                e["symmetric"] = True
            ev.append(e)
        e0, e1, why = a["published"]
        gold["articles"].append({
            "id": a["id"], "file": a["file"], "headline": a["headline"],
            "paragraphs": len(a["paras"]),
            "first_paragraph_prefix": a["paras"][0][:50], "last_paragraph_prefix": a["paras"][-1][:50],
            "published": {"earliest": e0, "latest": e1, "why": why},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": ev})
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(ARTS), "articles")

if __name__ == "__main__":
    main()
