"""Build set AY: article files in ../setAY and the gold file ../setAY.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setAY")
GOLD = os.path.join(GENRE, "setAY.gold.json")
import arts1, arts2, arts3

ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
BYID = {a["id"]: a for a in ARTS}
DUMPS = {"dump-1.txt": ["AY5", "AY12"], "dump-2.txt": ["AY6", "AY16"], "dump-3.txt": ["AY9", "AY19"]}
NBSP_ARTS = {"AY12", "AY19"}  # paragraphs separated by a line holding only U+00A0


def body_text(a):
    return "\n\n".join(a["paras"])


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {}
    for a in ARTS:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + body_text(a) + "\n")
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
    gold = {
        "format": "dyad-gold/1",
        "about": ("Held-out set AY: 20 newly written articles on wars, insurgencies and ceasefires (offensives, air strikes, "
                  "shellings, hostage-takings, peace talks and truces), retelling real events of 1987-1989 (Reuters style), "
                  "2016-2018 (AP/CNN/Washington Post/Guardian style) and 2021-2022 (Al Jazeera style), in three formats: "
                  "plain text, news-please JSON and page dumps holding two articles each. Events use PLOVER event types. "
                  "Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for the United Nations, "
                  "EUR for the European Union, IGO for other intergovernmental bodies, NGO for non-governmental "
                  "organisations), or CAMEO's region code WST for 'the West'. 'source' and 'target' are a code or a "
                  "list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': "
                  "false marks events that a good coder may or may not emit (background, implicit or alleged): they "
                  "are neither rewarded nor punished. Any emitted event that matches no entry counts against precision."),
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
    for n in range(1, 21):
        a = BYID["AY%d" % n]
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
