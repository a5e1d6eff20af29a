"""Build setCN articles and setCN.gold.json from articles_a.py / articles_b.py."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setCN")
GOLD = os.path.join(ROOT, "setCN.gold.json")
import articles_a, articles_b

ARTS = articles_a.ARTS + articles_b.ARTS
TXT = ["CN%d" % i for i in range(1, 8)]
JSN = ["CN%d" % i for i in range(8, 15)]
DUMPS = {"dump-1.txt": ["CN15", "CN16"], "dump-2.txt": ["CN17", "CN18"], "dump-3.txt": ["CN19", "CN20"]}
NBSP_ARTS = {"CN16", "CN18", "CN19"}   # paragraphs separated by a U+00A0 line
NULL_DATE = {"CN13"}
MONTHS = "Jan Feb March April May June July Aug Sept Oct Nov Dec".split()


def main():
    os.makedirs(OUT, exist_ok=True)
    by = {a["id"]: a for a in ARTS}
    files = {}
    for i in TXT:
        a = by[i]
        fn = i + ".txt"
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write(a["headline"] + "\n\n" + "\n\n".join(a["paras"]) + "\n")
        files[i] = fn
    for n, i in enumerate(JSN):
        a = by[i]
        fn = i + ".json"
        hh = 6 + (n * 5) % 14
        obj = {
            "title": a["headline"],
            "maintext": "\n".join(a["paras"]),
            "date_publish": None if i in NULL_DATE else "%s %02d:%02d:00" % (a["date"], hh, (n * 17) % 60),
            "authors": [],
            "url": None,
            "source_domain": "reuters.com",
            "language": "en",
            "description": re.split(r"(?<!U\.S)(?<!U\.N)\.\s", a["paras"][0].split(" - ", 1)[1])[0].rstrip(".") + ".",
        }
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
        files[i] = fn
    for fn, ids in DUMPS.items():
        blocks = []
        for i in ids:
            a = by[i]
            sep = "\n\n\u00a0\n\n" if i in NBSP_ARTS else "\n\n"
            blocks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(a["paras"]))
            files[i] = fn
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(blocks) + "\n")
    gold_arts = []
    for a in ARTS:
        y, m, d = a["date"].split("-")
        why = "dateline '%s %d' of a Reuters wire item from %s" % (MONTHS[int(m) - 1], int(d), y)
        evs = []
        for (s, t, types, req, ev, sym) in a["events"]:
            e = {"source": s, "target": t, "types": types, "required": req, "evidence": ev}
            if sym:
                e["symmetric"] = True
            evs.append(e)
        gold_arts.append({
            "id": a["id"], "file": files[a["id"]], "headline": a["headline"],
            "paragraphs": len(a["paras"]),
            "published": {"earliest": a["date"], "latest": a["date"], "why": why},
            "people": [{"name": n, "country": c, "role": r} for (n, c, r) in a["people"]],
            "events": evs,
        })
    gold = {
        "format": "dyad-gold/1",
        "about": "Hand annotation of held-out set CN: 20 invented Reuters-style wire items (1987, one early 1988) on the Middle East and Africa, retelling real events in new words. Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST; Soviet actors are coded RUS, West German actors DEU, Palestinian actors PSE. 'required': false marks background, implied or vague events.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": DUMPS,
        "articles": gold_arts,
    }
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print("built", len(gold_arts), "articles")


if __name__ == "__main__":
    main()
