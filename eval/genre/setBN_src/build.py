import os, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setBN")
GOLD = os.path.join(ROOT, "setBN.gold.json")
import arts_a, arts_b, arts_c
ARTS = arts_a.ARTS + arts_b.ARTS + arts_c.ARTS
NBSP_DUMP_ARTS = {"BN9", "BN16", "BN19"}
os.makedirs(OUT, exist_ok=True)

def body_text(a, sep="\n\n"):
    return sep.join(a["paras"])

dumps = {}
for a in ARTS:
    if a["fmt"] == "txt":
        a["file"] = a["id"] + ".txt"
        with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
            f.write(a["headline"] + "\n\n" + body_text(a) + "\n")
    elif a["fmt"] == "json":
        a["file"] = a["id"] + ".json"
        m = a["meta"]
        obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
               "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
               "source_domain": m["source_domain"], "language": "en", "description": m["description"]}
        with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
    else:
        a["file"] = a["dump"]
        dumps.setdefault(a["dump"], []).append(a)

for name, arts in sorted(dumps.items()):
    chunks = []
    for a in arts:
        sep = "\n\u00a0\n" if a["id"] in NBSP_DUMP_ARTS else "\n\n"
        chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n\n\n\n".join(chunks) + "\n")

gold = {"format": "dyad-gold/1",
 "about": "Hand annotation of held-out set BN (20 invented retellings of real great-power events: US, USSR/Russia, China and allies; Reuters 1987-89, US/UK outlets 2016-18, Al Jazeera 2021-22). Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. 'required': false marks background, implicit or borderline events that are neither rewarded nor punished.",
 "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events match either direction. Maximum one-to-one matching between emitted and required gold events; unmatched required events are false negatives; emitted events matching no gold event are false positives; repeats or optional matches are neutral. People match on normalised name and country.",
 "dumps": {k: [a["id"] for a in v] for k, v in sorted(dumps.items())},
 "articles": []}
for a in ARTS:
    e, l, why = a["pub"]
    gold["articles"].append({"id": a["id"], "file": a["file"], "headline": a["headline"],
        "paragraphs": len(a["paras"]),
        "published": {"earliest": e, "latest": l, "why": why},
        "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
        "events": a["events"]})
with open(GOLD, "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
print("built", len(ARTS), "articles")
