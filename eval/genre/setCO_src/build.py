"""Build set CO: articles in ../setCO and gold in ../setCO.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setCO")
GOLD = os.path.join(ROOT, "setCO.gold.json")
import arts1, arts2, arts3
ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
NBSP = "\u00a0"
DUMPS = {"dump-1.txt": ["CO15", "CO16"], "dump-2.txt": ["CO17", "CO18"], "dump-3.txt": ["CO19", "CO20"]}
NBSP_ARTS = {"CO15", "CO18", "CO19"}  # paragraphs separated by a line holding only U+00A0

def txt(a):
    return a["head"] + "\n\n" + "\n\n".join(a["paras"]) + "\n"

def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a["id"] in NBSP_ARTS else "\n\n"
    return a["head"] + "\n\nTT\n\n" + a["head"] + "\n\n" + sep.join(a["paras"])

def main():
    os.makedirs(OUT, exist_ok=True)
    byid = {a["id"]: a for a in ARTS}
    files = {}
    for a in ARTS:
        n = int(a["id"][2:])
        if n <= 7:
            fn = a["id"] + ".txt"
            open(os.path.join(OUT, fn), "w", encoding="utf-8").write(txt(a))
        elif n <= 14:
            fn = a["id"] + ".json"
            obj = {"title": a["head"], "maintext": "\n".join(a["paras"]), "date_publish": a["date"],
                   "authors": a["authors"], "url": a["url"], "source_domain": a["domain"],
                   "language": "en", "description": a["desc"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            fn = [d for d, ids in DUMPS.items() if a["id"] in ids][0]
        files[a["id"]] = fn
    for d, ids in DUMPS.items():
        open(os.path.join(OUT, d), "w", encoding="utf-8").write("\n\n\n\n".join(dump_block(byid[i]) for i in ids) + "\n")
    arts = []
    for a in ARTS:
        evs = []
        for (s, t, ty, req, ev, sym) in a["events"]:
            e = {"source": s, "target": t, "types": ty, "required": bool(req), "evidence": ev}
            if sym:
                e["symmetric"] = True
            evs.append(e)
        arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["head"],
                     "published": {"earliest": a["pub"][0], "latest": a["pub"][1], "why": a["pub"][2]},
                     "people": [{"name": n, "country": c, "role": r} for (n, c, r) in a["people"]],
                     "events": evs})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set CO: 20 newly written articles (2016-2018, US foreign policy: North Korea, trade war and tariffs on allies, Iran deal exit, NATO spending rows, Russia sanctions and the Skripal poisoning, the Paris climate accord), imitating CNN/NPR/Washington Post/Guardian/NYT/AP news. Hand annotation of publication windows, people and political events. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United Nations, EUR for the European Union, IGO for other intergovernmental bodies such as NATO, MNC for companies), or CAMEO's region code WST for 'the West'. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
