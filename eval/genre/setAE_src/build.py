#!/usr/bin/env python3
"""Build set AE: article files in ../setAE and the gold file ../setAE.gold.json."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setAE")
GOLD = os.path.join(ROOT, "setAE.gold.json")
SEEDS_GOLD_REL = None  # matching text kept inline below
sys.path.insert(0, HERE)
import arts1, arts2, arts3  # noqa: E402

ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
DUMPS = {"dump-1.txt": ["AE2", "AE11"], "dump-2.txt": ["AE5", "AE16"], "dump-3.txt": ["AE13", "AE19"]}
NBSP_SEP = "\n\n\u00a0\n\n"

MATCHING = ("An emitted event matches a gold event of the same article when its source code, target code and "
            "event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes "
            "a maximum one-to-one matching between emitted events and required gold events: true positives are its "
            "size; a required gold event left unmatched is a false negative; an emitted event that matches no gold "
            "event at all (required or optional) is a false positive; an emitted event that matches gold events but "
            "is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People "
            "match on normalised name and country.")
ABOUT = ("Held-out set AE (South and Central Asia): 20 articles written anew about real events, imitating Reuters "
         "wire copy of 1987-1989, CNN/AP/Washington Post/NPR/Guardian copy of 2016-2018 and Al Jazeera copy of "
         "2021-2022; 7 plain text files, 7 news-please JSON files and 3 page dumps of 2 articles each. Hand "
         "annotation of headlines, publication date windows, people and the political events between actors. "
         "Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes "
         "(UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. 'source' and 'target' are a code or a list of acceptable codes; "
         "'types' lists every event type an annotator would accept. 'required': false marks events that a good "
         "coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished.")


def paras(a):
    return [p.strip() for p in a["body"].strip().split("\n\n") if p.strip()]


def codes(s):
    c = s.split("|")
    return c[0] if len(c) == 1 else c


def article_file(a):
    if a["fmt"] == "txt":
        return a["id"] + ".txt"
    if a["fmt"] == "json":
        return a["id"] + ".json"
    for f, ids in DUMPS.items():
        if a["id"] in ids:
            return f
    raise SystemExit("no dump for " + a["id"])


def dump_block(a):
    sep = NBSP_SEP if a.get("nbsp") else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(paras(a)) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    byid = {a["id"]: a for a in ARTS}
    for a in ARTS:
        p = paras(a)
        if a["fmt"] == "txt":
            with open(os.path.join(OUT, a["id"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(p) + "\n")
        elif a["fmt"] == "json":
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(p), "date_publish": m["date"],
                   "authors": m["authors"], "url": m["url"], "source_domain": m["domain"],
                   "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, a["id"] + ".json"), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
    for fname, ids in DUMPS.items():
        text = "\n\n\n".join(dump_block(byid[i]) for i in ids)
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            f.write(text)
    gold_arts = []
    for a in ARTS:
        p = paras(a)
        evs = []
        for (s, t, ty, req, ev, sym) in a["events"]:
            e = {"source": codes(s), "target": codes(t), "types": ty.replace("|", "/").split("/"),
                 "required": req, "evidence": ev}
            if sym:
                e["symmetric"] = True
            evs.append(e)
        gold_arts.append({
            "id": a["id"], "file": article_file(a), "headline": a["headline"],
            "paragraphs": len(p), "first_paragraph_prefix": p[0][:50], "last_paragraph_prefix": p[-1][:50],
            "published": {"earliest": a["published"][0], "latest": a["published"][1], "why": a["published"][2]},
            "people": [{"name": n, "country": c, "role": r} for (n, c, r) in a["people"]],
            "events": evs})
    gold = {"format": "dyad-gold/1", "about": ABOUT, "matching": MATCHING, "dumps": DUMPS, "articles": gold_arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(ARTS), "articles")


if __name__ == "__main__":
    main()
