#!/usr/bin/env python3
"""Build set Q: article files in ../setQ and the gold in ../setQ.gold.json."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arts1, arts2, arts3

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "setQ")
GOLD = os.path.join(HERE, "..", "setQ.gold.json")
ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
DUMPS = {"dump-1.txt": ["Q5", "Q12"], "dump-2.txt": ["Q6", "Q19"], "dump-3.txt": ["Q13", "Q20"]}
NBSP_ARTS = {"Q12", "Q19", "Q20"}   # dump articles whose paragraphs are separated by a U+00A0 line

def paras(a):
    return [p.strip() for p in a["text"].split("\n\n") if p.strip()]

def main():
    os.makedirs(OUT, exist_ok=True)
    byid = {a["id"]: a for a in ARTS}
    files = {}
    for a in ARTS:
        ps = paras(a)
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(ps) + "\n")
            files[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(ps), "date_publish": m["date_publish"],
                   "authors": m["authors"], "url": m["url"], "source_domain": m["source_domain"],
                   "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
            files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        blocks = []
        for i in ids:
            a = byid[i]
            sep = "\n\n\u00a0\n\n" if i in NBSP_ARTS else "\n\n"
            blocks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(paras(a)))
            files[i] = dn
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(blocks) + "\n")
    gold = {
        "format": "dyad-gold/1",
        "about": ("Set Q: a held-out evaluation set of 20 articles written for this purpose (retold, in new words, "
                  "from well-known public events): 6 Reuters-style wire stories 1987-1989, 7 modern wire/broadsheet "
                  "stories 2016-2018, 7 Al Jazeera-style stories 2021-2022; 7 plain text files, 7 news-please JSON files "
                  "and 3 page dumps of 2 articles each. Events use PLOVER event types. Actors are ISO 3166 alpha-3 "
                  "country codes, or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. 'source' and "
                  "'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would "
                  "accept. 'required': false marks events that a good coder may or may not emit (background, implicit, "
                  "alleged or vague): they are neither rewarded nor punished. Soviet actors are coded RUS; Georgian "
                  "actors of 1989 accept GEO or RUS. Evidence strings are exact substrings of the article text."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code and "
                     "event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring "
                     "takes a maximum one-to-one matching between emitted events and required gold events: true "
                     "positives are its size; a required gold event left unmatched is a false negative; an emitted event "
                     "that matches no gold event at all (required or optional) is a false positive; an emitted event that "
                     "matches gold events but is left out of the matching (a repeat, or an optional event) is neither "
                     "rewarded nor punished. People match on normalised name and country."),
        "dumps": DUMPS,
        "articles": [],
    }
    for a in ARTS:
        gold["articles"].append({
            "id": a["id"], "file": files[a["id"]], "headline": a["headline"],
            "paragraphs": len(paras(a)),
            "first_paragraph_prefix": paras(a)[0][:50], "last_paragraph_prefix": paras(a)[-1][:50],
            "published": {"earliest": a["date"], "latest": a["date"], "why": a["why"]},
            "people": a["people"], "events": a["events"],
        })
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(ARTS), "articles")

if __name__ == "__main__":
    main()
