import os, json, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "setBG")
GOLD = os.path.join(HERE, "..", "setBG.gold.json")
import data1, data2, data3
ARTS = data1.ARTS + data2.ARTS + data3.ARTS
DUMPS = {"dump-1.txt": ["BG3", "BG6"], "dump-2.txt": ["BG9", "BG12"], "dump-3.txt": ["BG17", "BG20"]}
NBSP_ARTS = {"BG6", "BG12", "BG20"}

def paras(body):
    return [p.strip() for p in re.split(r"\n\s*\n|\n", body.strip()) if p.strip()]

def codes(s):
    parts = s.split("/")
    return parts[0] if len(parts) == 1 else parts

def parse_events(txt):
    evs = []
    for line in txt.strip().splitlines():
        head, ev = line.split(" | ", 1)
        src, tgt, types, flag = head.split()
        e = {"source": codes(src), "target": codes(tgt), "types": types.split(","),
             "required": flag.startswith("R"), "evidence": ev.strip()}
        if flag.endswith("S"):
            e["symmetric"] = True
        evs.append(e)
    return evs

def main():
    os.makedirs(OUT, exist_ok=True)
    by = {a["id"]: a for a in ARTS}
    gold_arts = []
    for a in ARTS:
        ps = paras(a["body"])
        a["_paras"] = ps
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(ps) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            obj = {"title": a["headline"], "maintext": "\n".join(ps), "date_publish": a["date_publish"],
                   "authors": a["authors"], "url": a["url"], "source_domain": a["domain"],
                   "language": "en", "description": a["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            fn = [d for d, ids in DUMPS.items() if a["id"] in ids][0]
        a["_file"] = fn
    for d, ids in DUMPS.items():
        chunks = []
        for i in ids:
            a = by[i]
            sep = "\n\n\u00a0\n\n" if i in NBSP_ARTS else "\n\n"
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["_paras"]))
        with open(os.path.join(OUT, d), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(chunks) + "\n")
    for a in ARTS:
        e, l, why = a["pub"]
        gold_arts.append({
            "id": a["id"], "file": a["_file"], "headline": a["headline"],
            "published": {"earliest": e, "latest": l, "why": why},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
            "events": parse_events(a["events"]),
        })
    gold = {"format": "dyad-gold/1",
            "about": "Hand annotation of held-out set BG (nuclear and missile diplomacy: tests, inspections, arms-control talks, treaties, sanctions and threats over weapons programmes): 20 articles written for evaluation (6 Reuters-style 1987-1989, 7 broadsheet/wire 2016-2018, 7 Al Jazeera-style 2021-2022) in plain text, news-please JSON and page dumps. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United Nations, EUR for the European Union, IGO for other intergovernmental bodies such as NATO, the IAEA or the NSG), or CAMEO's region code WST for 'the West'. Soviet actors are coded RUS. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Evidence strings are exact substrings of the article text.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
            "dumps": DUMPS, "articles": gold_arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(gold_arts), "articles")

if __name__ == "__main__":
    main()
