#!/usr/bin/env python3
"""Build setL articles and setL.gold.json from arts_a/b/c.py. Rebuild: python3 build.py"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arts_a, arts_b, arts_c
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(BASE, "setL")
ARTS = {}
for m in (arts_a, arts_b, arts_c):
    ARTS.update(m.A)
NBSP = "\u00a0"

def split(text):
    blocks = [b.strip() for b in text.strip().split("\n\n")]
    return blocks[0], blocks[1:]

def dump_article(head, paras, nbsp):
    sep = "\n\n" + NBSP + "\n\n" if nbsp else "\n\n"
    return head + "\n\nTT\n\n" + head + "\n\n" + sep.join(paras)

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_arts = []
    for i in range(1, 21):
        aid = f"L{i}"
        a = ARTS[aid]
        head, paras = split(a["text"])
        if a["fmt"] == "txt":
            fn = f"{aid}.txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(head + "\n\n" + "\n\n".join(paras) + "\n")
        elif a["fmt"] == "json":
            fn = f"{aid}.json"
            obj = {"title": head, "maintext": "\n".join(paras), "date_publish": a["date_publish"],
                   "authors": a["authors"], "url": a["url"], "source_domain": a["source_domain"],
                   "language": "en", "description": a["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
                f.write("\n")
        else:
            fn = a["dump"]
            dumps.setdefault(fn, []).append((aid, dump_article(head, paras, a["nbsp"])))
        e0, e1, why = a["published"]
        events = []
        for ev in a["events"]:
            src, tgt, types, req, evid = ev[:5]
            d = {"source": src, "target": tgt, "types": types.split(), "required": bool(req), "evidence": evid}
            if len(ev) > 5 and ev[5]:
                d["symmetric"] = True
            events.append(d)
        gold_arts.append({"id": aid, "file": fn, "headline": head,
                          "published": {"earliest": e0, "latest": e1, "why": why},
                          "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
                          "events": events})
    for fn, items in sorted(dumps.items()):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(t for _, t in items) + "\n")
    gold = {"format": "dyad-gold/1",
            "about": ("Held-out evaluation set L: 20 newly written articles (Reuters 1987-1990 style, 2016-2018 wire/broadsheet "
                      "style, Al Jazeera 2021-2022 style) retelling well-known public events in original wording, with a hand "
                      "annotation of their publication dates, people, and the political events between actors. Events use PLOVER "
                      "event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United "
                      "Nations, EUR for the European Union, IGO for other intergovernmental bodies, MNC for companies), or CAMEO's "
                      "region code WST for 'the West'. Soviet actors are coded RUS. 'source' and 'target' are a code or a list of "
                      "acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events "
                      "that a good coder may or may not emit (background, repeats, implicit or alleged): they are neither rewarded "
                      "nor punished. Any emitted event that matches no entry counts against precision."),
            "matching": ("An emitted event matches a gold event of the same article when its source code, target code and event "
                         "type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a "
                         "maximum one-to-one matching between emitted events and required gold events: true positives are its "
                         "size; a required gold event left unmatched is a false negative; an emitted event that matches no gold "
                         "event at all (required or optional) is a false positive; an emitted event that matches gold events but "
                         "is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People "
                         "match on normalised name and country."),
            "dumps": {fn: [aid for aid, _ in items] for fn, items in sorted(dumps.items())},
            "articles": gold_arts}
    with open(os.path.join(BASE, "setL.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(gold_arts), "articles")

if __name__ == "__main__":
    main()
