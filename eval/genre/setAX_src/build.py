"""Build set AX: article files in ../setAX and the gold file ../setAX.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setAX")
GOLD = os.path.join(GENRE, "setAX.gold.json")
import arts1, arts2, arts3

ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
BYID = {a["id"]: a for a in ARTS}
DUMPS = {"dump-1.txt": ["AX3", "AX9"], "dump-2.txt": ["AX6", "AX15"], "dump-3.txt": ["AX16", "AX20"]}
NBSP_ARTS = {"AX9", "AX16"}  # paragraphs separated by a line holding only U+00A0

ABOUT = ("Held-out set AX: 20 newly written articles on domestic political crises (coups, disputed elections, mass "
         "protests and crackdowns, arrests of opposition leaders) and how other states and international bodies react, "
         "retelling real events of 1987-1989 (Reuters style), 2016-2018 (AP/Guardian/Washington Post style) and "
         "2021-2022 (Al Jazeera style), in three formats: plain text, news-please JSON and page dumps holding two "
         "articles each. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes (DDR for East "
         "Germany, with DEU also accepted), or PLOVER's non-state codes (UNO for the United Nations, EUR for the "
         "European Union, IGO for other intergovernmental bodies, NGO for non-governmental organisations), or CAMEO's "
         "region code WST for 'the West'. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists "
         "every event type an annotator would accept. 'required': false marks events that a good coder may or may not "
         "emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that "
         "matches no entry counts against precision.")
MATCHING = ("An emitted event matches a gold event of the same article when its source code, target code and event type "
            "are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum "
            "one-to-one matching between emitted events and required gold events: true positives are its size; a "
            "required gold event left unmatched is a false negative; an emitted event that matches no gold event at all "
            "(required or optional) is a false positive; an emitted event that matches gold events but is left out of "
            "the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised "
            "name and country.")


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
            files[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["source_domain"], "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
            files[a["id"]] = fn
    for dn, ids in DUMPS.items():
        chunks = []
        for i in ids:
            a = BYID[i]
            assert a["fmt"] == "dump", i
            sep = "\n\u00a0\n" if i in NBSP_ARTS else "\n\n"
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
            files[i] = dn
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(chunks) + "\n")
    gold = {"format": "dyad-gold/1", "about": ABOUT, "matching": MATCHING, "dumps": DUMPS, "articles": []}
    for n in range(1, 21):
        a = BYID["AX%d" % n]
        e, l, why = a["published"]
        gold["articles"].append({
            "id": a["id"], "file": files[a["id"]], "headline": a["headline"],
            "published": {"earliest": e, "latest": l, "why": why},
            "people": [{"name": p[0], "country": p[1], "role": p[2]} for p in a["people"]],
            "events": a["events"],
        })
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(ARTS), "articles")


if __name__ == "__main__":
    main()
