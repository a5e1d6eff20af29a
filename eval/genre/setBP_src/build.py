import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBP")
GOLD = os.path.join(ROOT, "setBP.gold.json")
import arts_a, arts_b, arts_c
ARTS = arts_a.ARTS + arts_b.ARTS + arts_c.ARTS
NB = "\u00a0"

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_arts = []
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": a["date"], "authors": a["authors"], "url": a["url"],
                   "source_domain": a["domain"], "language": "en", "description": a["desc"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            fn = a["dump"]
            dumps.setdefault(fn, []).append(a)
        pub = a["published"]
        gold_arts.append({
            "id": a["id"], "file": fn, "headline": a["headline"],
            "paragraphs": len(a["paras"]),
            "first_paragraph_prefix": a["paras"][0][:50],
            "last_paragraph_prefix": a["paras"][-1][:50],
            "published": {"earliest": pub[0], "latest": pub[1], "why": pub[2]},
            "people": a["people"], "events": a["events"]})
    for fn, arts in dumps.items():
        chunks = []
        for a in arts:
            if a["nbsp"]:
                # alternate separators: mostly U+00A0 lines, some blank lines
                body = a["paras"][0]
                for i, p in enumerate(a["paras"][1:]):
                    sep = "\n" + NB + "\n" if i % 3 != 2 else "\n\n"
                    body += sep + p
            else:
                body = "\n\n".join(a["paras"])
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + body)
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(chunks) + "\n")
    gold = {
        "format": "dyad-gold/1",
        "about": "Hand annotation of set BP: 20 newly written West Africa / Sahel articles (Reuters 1987-1989, broadsheet/wire 2016-2018, Al Jazeera 2021-2022) retelling real events in new words, in plain text, news-please JSON and page-dump form (dumps have no captions). Articles, publication windows, people, and the political events between actors. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United Nations, EUR for the European Union, IGO for other intergovernmental bodies, NGO, MNC), or CAMEO's region code WST for 'the West'. Armed groups and opposition bodies are coded by the country they belong to. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": {fn: [a["id"] for a in arts] for fn, arts in sorted(dumps.items())},
        "articles": gold_arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(gold_arts), "articles")

if __name__ == "__main__":
    main()
