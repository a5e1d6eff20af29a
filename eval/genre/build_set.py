#!/usr/bin/env python3
"""Shared builder of the genre sets whose writers used one layout (Y, Z, AA, AB,
AD, AL): each set's `setX_src/build.py` passes its articles (the `ARTS` lists of
its `arts*.py`) and the opening of its gold's "about" text (up to "(Reuters")."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP_SEP = "\n\n\u00a0\n\n"


def paras(a):
    body = a["body"].strip()
    sep = "\n\n" if "\n\n" in body else "\n"
    return [p.strip() for p in body.split(sep) if p.strip()]


def codes(v):
    v = v.split("|")
    return v[0] if len(v) == 1 else v


def build(name, arts, about_head):
    """Write set NAME's article files (../setNAME) and gold (../setNAME.gold.json)."""
    out_dir = os.path.join(HERE, f"set{name}")
    gold_path = os.path.join(HERE, f"set{name}.gold.json")
    os.makedirs(out_dir, exist_ok=True)
    dumps = {}
    gold_arts = []
    for a in arts:
        ps = paras(a)
        if a["fmt"] == "txt":
            fn = a["id"] + ".txt"
            with open(os.path.join(out_dir, fn), "w", encoding="utf-8") as f:
                f.write(a["headline"] + "\n\n" + "\n\n".join(ps) + "\n")
        elif a["fmt"] == "json":
            fn = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": a["headline"], "maintext": "\n".join(ps),
                   "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
                   "source_domain": m["source_domain"], "language": "en",
                   "description": m["description"]}
            with open(os.path.join(out_dir, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
        else:
            fn = a["dump"]
            sep = NBSP_SEP if a.get("nbsp") else "\n\n"
            block = a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(ps)
            dumps.setdefault(fn, []).append((a["id"], block))
        ev = []
        for (s, t, ty, req, evid, sym) in a["events"]:
            e = {"source": codes(s), "target": codes(t), "types": ty.split("/"),
                 "required": bool(req), "evidence": evid}
            if sym:
                e["symmetric"] = True
            ev.append(e)
        e0, e1, why = a["pub"]
        gold_arts.append({
            "id": a["id"], "file": fn, "headline": a["headline"],
            "paragraphs": len(ps),
            "first_paragraph_prefix": ps[0][:50], "last_paragraph_prefix": ps[-1][:50],
            "published": {"earliest": e0, "latest": e1, "why": why},
            "people": [{"name": n, "country": c, "role": r} for (n, c, r) in a["people"]],
            "events": ev})
    for fn, blocks in sorted(dumps.items()):
        with open(os.path.join(out_dir, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(b for _, b in blocks) + "\n")
    gold = {
        "format": "dyad-gold/1",
        "about": (f"{about_head} (Reuters 1987-1989, US/UK wire and broadsheet "
                  "2016-2018, Al Jazeera 2021-2022) retelling well-known public events in original wording, "
                  "as plain text, news-please JSON and page dumps, with a hand annotation of publication "
                  "dates, people and political events. Events use PLOVER event types. Actors are ISO 3166 "
                  "alpha-3 country codes, or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC) or CAMEO's WST. "
                  "'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event "
                  "type an annotator would accept. 'required': false marks background, implicit or borderline "
                  "events that are neither rewarded nor punished."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target "
                     "code and event type are acceptable. Symmetric events ('symmetric': true) match either "
                     "direction. Scoring takes a maximum one-to-one matching between emitted events and required "
                     "gold events; an emitted event matching no gold event (required or optional) is a false "
                     "positive. People match on normalised name and country."),
        "dumps": {fn: [i for i, _ in blocks] for fn, blocks in sorted(dumps.items())},
        "articles": gold_arts,
    }
    with open(gold_path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(arts)} articles, {len(dumps)} dumps, gold {gold_path}")

