"""Build set AK: article files in ../setAK and gold in ../setAK.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setAK")
GOLD = os.path.join(GENRE, "setAK.gold.json")
import arts1, arts2, arts3

ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS
NBSP_SEP = "\n\n\u00a0\n\n"

def split(text):
    head, _, body = text.partition("\n\n")
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    return head.strip(), paras

def codes(s):
    c = s.split("/")
    return c[0] if len(c) == 1 else c

def main():
    os.makedirs(OUT, exist_ok=True)
    dumps = {}
    gold_arts = []
    for a in ARTS:
        head, paras = split(a["text"])
        if a["fmt"] == "txt":
            fname = a["id"] + ".txt"
            with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
                f.write(head + "\n\n" + "\n\n".join(paras) + "\n")
        elif a["fmt"] == "json":
            fname = a["id"] + ".json"
            m = a["meta"]
            obj = {"title": head, "maintext": "\n".join(paras), "date_publish": m["date_publish"],
                   "authors": m["authors"], "url": m["url"], "source_domain": m["source_domain"],
                   "language": "en", "description": m["description"]}
            with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
        else:
            fname = a["dump"]
            sep = NBSP_SEP if a.get("nbsp") else "\n\n"
            block = head + "\n\nTT\n\n" + head + "\n\n" + sep.join(paras)
            dumps.setdefault(fname, []).append((a["id"], block))
        ev = []
        for (s, t, types, flags, evid) in a["events"]:
            e = {"source": codes(s), "target": codes(t), "types": types.split(),
                 "required": "r" in flags, "evidence": evid}
            if "s" in flags:
                e["symmetric"] = True
            ev.append(e)
        e0, e1, why = a["published"]
        gold_arts.append({
            "id": a["id"], "file": fname, "headline": head, "paragraphs": len(paras),
            "first_paragraph_prefix": paras[0][:50], "last_paragraph_prefix": paras[-1][:50],
            "published": {"earliest": e0, "latest": e1, "why": why},
            "people": [{"name": n, "country": c, "role": r} for (n, c, r) in a["people"]],
            "events": ev})
    for fname, blocks in dumps.items():
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(b for _, b in blocks) + "\n")
    gold = {
        "format": "dyad-gold/1",
        "about": ("Set AK: 20 held-out articles on Europe, the Soviet Union/Russia, the Balkans and the Caucasus, "
                  "written in own words after real events: 6 Reuters 1987-1989, 7 wire/broadsheet 2016-2018, "
                  "7 Al Jazeera-style 2021-2022; 7 plain text, 7 news-please JSON, 3 page dumps of 2 articles. "
                  "Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. "
                  "'source' and 'target' are a code or a list of acceptable codes (East Germany DDR or DEU; "
                  "Yugoslav republics their own code or YUG; Soviet actors RUS, Soviet Baltic actors their republic or RUS). "
                  "'types' lists every type an annotator would accept. 'required': false marks borderline events "
                  "(background, implied, alleged): neither rewarded nor punished."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code and "
                     "event type are acceptable. Symmetric events match either direction. Scoring takes a maximum "
                     "one-to-one matching between emitted events and required gold events; unmatched required events "
                     "are false negatives; emitted events matching no gold event are false positives; repeats and "
                     "optional matches are neutral. People match on normalised name and country."),
        "dumps": {k: [i for i, _ in v] for k, v in sorted(dumps.items())},
        "articles": gold_arts,
    }
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(gold_arts), "articles;", "dumps", gold["dumps"])

if __name__ == "__main__":
    main()
