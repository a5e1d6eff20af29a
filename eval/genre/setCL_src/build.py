"""Build set CL articles and gold file. Run: python3 build.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arts_a import ARTS as A
from arts_b import ARTS as B
from arts_c import ARTS as C

ARTS = A + B + C
ROOT = os.path.dirname(HERE)            # .../genre
OUT = os.path.join(ROOT, "setCL")
GOLD = os.path.join(ROOT, "setCL.gold.json")
NBSP = "\u00a0"
MONTHS = ["", "January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

TXT = ["CL%d" % i for i in range(1, 8)]
JSN = ["CL%d" % i for i in range(8, 15)]
DUMPS = {"dump-1.txt": ["CL15", "CL16"], "dump-2.txt": ["CL17", "CL18"], "dump-3.txt": ["CL19", "CL20"]}
NBSP_SEP = {"CL16", "CL19"}


def body(a):
    return a["paras"] + ["Reuter"]


def main():
    os.makedirs(OUT, exist_ok=True)
    by = {a["id"]: a for a in ARTS}
    files = {}
    for i in TXT:
        a = by[i]
        txt = a["headline"] + "\n\n" + "\n\n".join(body(a)) + "\n"
        open(os.path.join(OUT, i + ".txt"), "w", encoding="utf-8").write(txt)
        files[i] = i + ".txt"
    for i in JSN:
        a = by[i]
        first = a["paras"][0].split(" - ", 1)[1]
        desc = first.split(", ")[0] if len(first) > 200 else first
        obj = {
            "title": a["headline"],
            "maintext": "\n".join(body(a)),
            "date_publish": (a["date"] + " " + a["time"]) if a.get("time") else None,
            "authors": [],
            "url": None,
            "source_domain": "reuters.com",
            "language": "en",
            "description": desc,
        }
        open(os.path.join(OUT, i + ".json"), "w", encoding="utf-8").write(
            json.dumps(obj, ensure_ascii=False, indent=1) + "\n")
        files[i] = i + ".json"
    for fn, ids in DUMPS.items():
        chunks = []
        for i in ids:
            a = by[i]
            sep = "\n" + NBSP + "\n" if i in NBSP_SEP else "\n\n"
            chunks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(body(a)))
            files[i] = fn
        open(os.path.join(OUT, fn), "w", encoding="utf-8").write("\n\n\n\n".join(chunks) + "\n")

    gold = {
        "format": "dyad-gold/1",
        "about": ("Held-out set CL: 20 Reuters-style wire items of 1987-early 1988 on Latin America and the "
                  "Caribbean (Nicaragua and the Contras, the Central American peace plan, Panama, Haiti, Chile, "
                  "Argentina, Suriname, Colombia, El Salvador, Cuba, Mexican debt), written anew for evaluation, "
                  "with a hand annotation of publication dates, people and PLOVER events. Actors are ISO 3166 "
                  "alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. 'source' and 'target' are a code or a list of "
                  "acceptable codes; 'types' lists every acceptable PLOVER type; 'required': false marks "
                  "borderline events (background, implicit, vague) that are neither rewarded nor punished."),
        "matching": ("An emitted event matches a gold event of the same article when its source code, target code "
                     "and event type are acceptable. Symmetric events ('symmetric': true) match either direction. "
                     "Scoring takes a maximum one-to-one matching between emitted events and required gold events: "
                     "true positives are its size; a required gold event left unmatched is a false negative; an "
                     "emitted event that matches no gold event at all (required or optional) is a false positive; "
                     "an emitted event that matches gold events but is left out of the matching (a repeat, or an "
                     "optional event) is neither rewarded nor punished. People match on normalised name and country."),
        "dumps": DUMPS,
        "articles": [],
    }
    for a in ARTS:
        y, m, d = a["date"].split("-")
        dl = a["paras"][0].split(" - ", 1)[0]
        gold["articles"].append({
            "id": a["id"],
            "file": files[a["id"]],
            "headline": a["headline"],
            "published": {"earliest": a["date"], "latest": a["date"],
                          "why": "Reuters wire item of %s; dateline '%s' (%s %d, %s), the day of the reported events"
                                 % (y, dl, MONTHS[int(m)], int(d), y)},
            "people": a["people"],
            "events": a["events"],
        })
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("built", len(ARTS), "articles")


if __name__ == "__main__":
    main()
