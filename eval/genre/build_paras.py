#!/usr/bin/env python3
"""Shared builder of the genre sets whose writers used one layout (AW, AY):
articles are dicts with `paras`, `meta` (news-please fields), `published`
(earliest, latest, why) and `people` triples; each set's `setX_src/build.py`
passes its articles, its dumps and the opening of its gold's "about" text (up to
", retelling real events")."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ABOUT_TAIL = (", retelling real events of 1987-1989 (Reuters style), 2016-2018 (AP/CNN/Washington "
              "Post/Guardian style) and 2021-2022 (Al Jazeera style), in three formats: plain text, "
              "news-please JSON and page dumps holding two articles each. Events use PLOVER event "
              "types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO for "
              "the United Nations, EUR for the European Union, IGO for other intergovernmental bodies, "
              "NGO for non-governmental organisations), or CAMEO's region code WST for 'the West'. "
              "'source' and 'target' are a code or a list of acceptable codes; 'types' lists every "
              "event type an annotator would accept. 'required': false marks events that a good coder "
              "may or may not emit (background, implicit or alleged): they are neither rewarded nor "
              "punished. Any emitted event that matches no entry counts against precision.")
MATCHING = ("An emitted event matches a gold event of the same article when its source code, target "
            "code and event type are acceptable. Symmetric events ('symmetric': true) match either "
            "direction. Scoring takes a maximum one-to-one matching between emitted events and "
            "required gold events: true positives are its size; a required gold event left unmatched "
            "is a false negative; an emitted event that matches no gold event at all (required or "
            "optional) is a false positive; an emitted event that matches gold events but is left out"
            " of the matching (a repeat, or an optional event) is neither rewarded nor punished. "
            "People match on normalised name and country.")


def build(name, arts, dumps, nbsp_arts, about_head):
    """Write set NAME's article files (../setNAME) and gold (../setNAME.gold.json)."""
    out_dir = os.path.join(HERE, f"set{name}")
    os.makedirs(out_dir, exist_ok=True)
    byid = {a["id"]: a for a in arts}
    files = {}
    for a in arts:
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(out_dir, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
            files[a["id"]] = fn
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
                   "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["source_domain"], "language": "en", "description": m["description"]}
            with open(os.path.join(out_dir, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
            files[a["id"]] = fn
    for dn, ids in dumps.items():
        chunks = []
        for i in ids:
            a = byid[i]
            assert a["fmt"] == "dump", i
            sep = "\n\u00a0\n" if i in nbsp_arts else "\n\n"
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
            files[i] = dn
        with open(os.path.join(out_dir, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(chunks) + "\n")
    gold = {"format": "dyad-gold/1", "about": about_head + ABOUT_TAIL, "matching": MATCHING,
            "dumps": dumps, "articles": []}
    for n in range(1, len(arts) + 1):
        a = byid["%s%d" % (name, n)]
        e, l, why = a["published"]
        gold["articles"].append({
            "id": a["id"], "file": files[a["id"]], "headline": a["headline"],
            "published": {"earliest": e, "latest": l, "why": why},
            "people": [{"name": p[0], "country": p[1], "role": p[2]} for p in a["people"]],
            "events": a["events"],
        })
    with open(os.path.join(HERE, f"set{name}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(arts), "articles")
