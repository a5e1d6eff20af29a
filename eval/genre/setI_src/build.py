#!/usr/bin/env python3
"""Build set I (or the set named by the first argument, laid out the same way: set J):
article files in ../setX/ and the gold in ../setX.gold.json, from the texts and
annotations in ../setX_src/ (reuters.py, modern.py, aj.py)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LETTER = sys.argv[1] if len(sys.argv) > 1 else "I"
sys.path.insert(0, os.path.join(ROOT, f"set{LETTER}_src"))
import reuters, modern, aj

OUT = os.path.join(ROOT, f"set{LETTER}")
GOLD = os.path.join(ROOT, f"set{LETTER}.gold.json")
NBSP = "\u00a0"

DUMPS = {f"dump-{k}.txt": [f"{LETTER}{2 * k + 13}", f"{LETTER}{2 * k + 14}"] for k in (1, 2, 3)}


def all_articles():
    arts = reuters.ARTICLES + modern.ARTICLES + aj.ARTICLES
    return sorted(arts, key=lambda a: int(a["id"][1:]))


def dump_block(a):
    sep = "\n\n" + NBSP + "\n\n" if a["nbsp"] else "\n\n"
    return a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"])


def main():
    os.makedirs(OUT, exist_ok=True)
    arts = all_articles()
    by_id = {a["id"]: a for a in arts}
    files = {}
    for a in arts:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
            files[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m.get("date_publish"), "authors": m.get("authors", []),
                   "url": m.get("url"), "source_domain": m.get("source_domain"),
                   "language": "en", "description": m.get("description")}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
                f.write("\n")
            files[a["id"]] = fn
    for fn, ids in DUMPS.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(dump_block(by_id[i]) for i in ids) + "\n")
        for i in ids:
            assert by_id[i]["fmt"] == "dump", i
            files[i] = fn
    gold = {
        "format": "dyad-gold/1",
        "about": (f"Held-out evaluation set {LETTER}: 20 newly written articles (retellings in original wording of "
                  "well-known public events) imitating Reuters wire copy of 1987-1989, CNN/AP/Washington Post/"
                  "NPR/Guardian copy of 2016-2018 and Al Jazeera copy of 2021-2022, in three input formats: plain "
                  "text (headline, blank line, paragraphs), news-please JSON, and page dumps holding two articles "
                  "each. Hand annotation of headlines, publication date windows, people and the political events "
                  "between actors. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or "
                  "PLOVER's non-state codes (UNO for the United Nations, EUR for the European Union, IGO for other "
                  "intergovernmental bodies such as NATO, ECOWAS, the AU, the CSTO, the IAEA or ICAO, MNC for "
                  "companies), or CAMEO's region code WST for 'the West'. Domestic events use the same country on "
                  "both sides. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every "
                  "event type an annotator would accept. 'required': false marks events that a good coder may or "
                  "may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any "
                  "emitted event that matches no entry counts against precision. 'evidence' is an exact substring "
                  "of the article text."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code "
                     "and event type are acceptable. Symmetric events ('symmetric': true) match either direction. "
                     "Scoring takes a maximum one-to-one matching between emitted events and required gold events: "
                     "true positives are its size; a required gold event left unmatched is a false negative; an "
                     "emitted event that matches no gold event at all (required or optional) is a false positive; an "
                     "emitted event that matches gold events but is left out of the matching (a repeat, or an "
                     "optional event) is neither rewarded nor punished. People match on normalised name and country."),
        "dumps": DUMPS,
        "articles": [],
    }
    for a in arts:
        gold["articles"].append({
            "id": a["id"], "file": files[a["id"]], "headline": a["headline"],
            "first_paragraph_prefix": " ".join(a["paras"][0].split()[:8]),
            "last_paragraph_prefix": " ".join(a["paras"][-1].split()[:6]),
            "published": a["published"], "people": a["people"], "events": a["events"],
        })
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", len(arts), "articles to", OUT, "and", GOLD)


if __name__ == "__main__":
    main()
