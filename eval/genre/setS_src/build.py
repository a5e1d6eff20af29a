#!/usr/bin/env python3
"""Build set S (articles + gold) from part1-3.txt. Usage: python3 build.py"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "setS")
GOLD = os.path.join(HERE, "..", "setS.gold.json")
NBSP = "\u00a0"

def codes(s):
    parts = [p.strip() for p in s.split(",") if p.strip()]
    return parts[0] if len(parts) == 1 else parts

def parse():
    arts = []
    for fn in ("part1.txt", "part2.txt", "part3.txt"):
        txt = open(os.path.join(HERE, fn), encoding="utf-8").read()
        for block in re.split(r"^=== (S\d+)\n", txt, flags=re.M)[1:]:
            pass
        chunks = re.split(r"^=== (S\d+)\n", txt, flags=re.M)
        for i in range(1, len(chunks), 2):
            aid, body = chunks[i], chunks[i + 1]
            body = body.rsplit("\n===", 1)[0]
            head, rest = body.split("--- text\n", 1)
            text, rest = rest.split("--- people\n", 1)
            people, events = rest.split("--- events\n", 1)
            a = {"id": aid}
            for line in head.strip().splitlines():
                k, v = line.split(": ", 1)
                a[k] = v
            a["paragraphs"] = [p for p in text.strip().split("\n") if p.strip()]
            a["people"] = []
            for line in people.strip().splitlines():
                n, c, r = [x.strip() for x in line.split("|")]
                a["people"].append({"name": n, "country": c, "role": r or None})
            a["events"] = []
            for line in events.strip().splitlines():
                if not line.strip():
                    continue
                st, ty, flags, ev = [x.strip() for x in line.split(" | ", 3)]
                s, t = [x.strip() for x in st.split(">")]
                e = {"source": codes(s), "target": codes(t), "types": codes(ty) if False else [x.strip() for x in ty.split(",")],
                     "required": flags.split()[0] == "R", "evidence": ev}
                if "S" in flags.split()[1:]:
                    e["symmetric"] = True
                a["events"].append(e)
            arts.append(a)
    return arts

def main():
    arts = parse()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    dumps = {}
    gold_arts = []
    for a in arts:
        fmt = a["fmt"].split()
        kind = fmt[0]
        paras = a["paragraphs"]
        if kind == "txt":
            fname = a["id"] + ".txt"
            open(os.path.join(OUT, fname), "w", encoding="utf-8").write(a["headline"] + "\n\n" + "\n\n".join(paras) + "\n")
        elif kind == "json":
            fname = a["id"] + ".json"
            meta = json.loads(a["meta"])
            rec = {"title": a["headline"], "maintext": "\n".join(paras), "date_publish": meta["date_publish"],
                   "authors": meta["authors"], "url": meta["url"], "source_domain": meta["source_domain"],
                   "language": "en", "description": meta["description"]}
            json.dump(rec, open(os.path.join(OUT, fname), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        else:
            fname = kind + ".txt"
            sep = "\n\n" + NBSP + "\n\n" if "nbsp" in fmt else "\n\n"
            piece = a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(paras) + "\n"
            dumps.setdefault(fname, []).append((a["id"], piece))
        earliest, latest, why = [x.strip() for x in a["pub"].split("|", 2)]
        gold_arts.append({"id": a["id"], "file": fname, "headline": a["headline"],
                          "first_paragraph_prefix": paras[0][:50],
                          "published": {"earliest": earliest, "latest": latest, "why": why},
                          "people": a["people"], "events": a["events"]})
    for fname, pieces in sorted(dumps.items()):
        open(os.path.join(OUT, fname), "w", encoding="utf-8").write("\n\n\n".join(p for _, p in pieces))
    gold = {
        "format": "dyad-gold/1",
        "about": "Held-out evaluation set S: 20 news articles written for this set (Reuters wire 1987-1989, US/UK wire and broadsheet 2016-2018, Al Jazeera 2021-2022), retelling well-known public events in new wording, with a hand annotation: publication dates, people, and the political events between actors. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United Nations, EUR for the European Union, IGO for other intergovernmental bodies, NGO, MNC), or CAMEO's region code WST for 'the West'; an actor is coded by the country it belongs to (rebels, opposition, police and protesters of a country get that country's code). 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision. Files: 7 plain text, 7 news-please JSON, 3 page dumps of 2 articles each.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": {f: [i for i, _ in p] for f, p in sorted(dumps.items())},
        "articles": gold_arts,
    }
    json.dump(gold, open(GOLD, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("built", len(gold_arts), "articles")

if __name__ == "__main__":
    main()
