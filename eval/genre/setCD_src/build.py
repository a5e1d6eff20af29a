"""Build setCD articles and setCD.gold.json from arts1/arts2 (paths relative to this script)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arts1 import ARTS as A1
from arts2 import ARTS as A2

GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setCD")
GOLD = os.path.join(GENRE, "setCD.gold.json")
ARTS = A1 + A2
BY = {a["id"]: a for a in ARTS}
NBSP = "\u00a0"

TXT = ["CD%d" % i for i in range(1, 8)]
JSN = ["CD%d" % i for i in range(8, 15)]
DUMPS = {"dump-1.txt": ["CD15", "CD16"], "dump-2.txt": ["CD17", "CD18"], "dump-3.txt": ["CD19", "CD20"]}
NBSP_ARTS = {"CD15", "CD18", "CD19"}      # paragraphs separated by a U+00A0 line
NULL_DATE = {"CD10", "CD13"}
TIMES = ["09:14:00", "11:32:00", "14:05:00", "16:48:00", "07:55:00", "19:20:00", "12:41:00"]
AUTHORS = {"CD8": ["Reuters"], "CD9": [], "CD11": ["Reuters"], "CD12": [], "CD14": ["Reuters"]}

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))
files = {}
for i in TXT:
    a = BY[i]
    p = os.path.join(OUT, i + ".txt")
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
    files[i] = i + ".txt"
for k, i in enumerate(JSN):
    a = BY[i]
    obj = {"title": a["headline"], "maintext": "\n".join(a["paras"]),
           "date_publish": None if i in NULL_DATE else a["date"] + " " + TIMES[k % len(TIMES)],
           "authors": AUTHORS.get(i, []), "url": None, "source_domain": "reuters.com",
           "language": "en", "description": a["paras"][0]}
    with open(os.path.join(OUT, i + ".json"), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
    files[i] = i + ".json"
for d, ids in DUMPS.items():
    chunks = []
    for i in ids:
        a = BY[i]
        sep = "\n\n" + NBSP + "\n\n" if i in NBSP_ARTS else "\n\n"
        chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
    with open(os.path.join(OUT, d), "w", encoding="utf-8") as fh:
        fh.write("\n\n\n\n".join(chunks) + "\n")
    for i in ids:
        files[i] = d

MONTHS = "Jan Feb March April May June July Aug Sept Oct Nov Dec".split()
arts = []
for a in ARTS:
    first = a["paras"][0]
    dl = first.split(" - ")[0]
    why = "Reuters 1987 wire item; dateline '%s' with year %s" % (dl, a["date"][:4])
    if a["id"] in JSN and a["id"] not in NULL_DATE:
        why += "; date_publish " + a["date"]
    arts.append({"id": a["id"], "file": files[a["id"]], "headline": a["headline"],
                 "paragraphs": len(a["paras"]),
                 "first_paragraph_prefix": first[:50], "last_paragraph_prefix": a["paras"][-1][:50],
                 "published": {"earliest": a["date"], "latest": a["date"], "why": why},
                 "people": a["people"], "events": a["events"]})
gold = {"format": "dyad-gold/1",
        "about": "Hand annotation of setCD: 20 invented Reuters-style wire items (1987, early 1988) on Europe and East-West relations, "
                 "retelling real events in new words. Files in setCD/: CD1-CD7 plain text, CD8-CD14 news-please JSON, "
                 "three page dumps of two articles each. Events use PLOVER event types; actors are ISO 3166 alpha-3 codes "
                 "(Soviet actors RUS; East German actors DDR or DEU; Czechoslovak CZE or CSK; IRA coded GBR or IRL) or UNO/EUR/IGO/NGO/MNC/WST. "
                 "'source' and 'target' are a code or a list of acceptable codes; 'types' lists every type an annotator would accept. "
                 "'required': false marks borderline events (background, implicit or hedged): neither rewarded nor punished.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. "
                    "Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events "
                    "and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event "
                    "that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left "
                    "out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": DUMPS, "articles": arts}
with open(GOLD, "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=1)
print("built", len(arts), "articles")
