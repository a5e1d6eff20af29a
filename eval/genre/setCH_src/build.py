#!/usr/bin/env python3
"""Build set CH: article files in ../setCH and gold in ../setCH.gold.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "setCH")
GOLD = os.path.join(ROOT, "setCH.gold.json")
import arts1, arts2, arts3, arts4
ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS + arts4.ARTS
NBSP = "\u00a0"

TXT = [f"CH{i}" for i in range(1, 8)]
JSN = [f"CH{i}" for i in range(8, 15)]
DUMPS = {"dump-1.txt": ["CH15", "CH16"], "dump-2.txt": ["CH17", "CH18"], "dump-3.txt": ["CH19", "CH20"]}
NULLDATE = {"CH10", "CH13"}
META = {  # source_domain, authors, time
 "CH8": ("www.nytimes.com", ["Mark Landler"], "17:41:00", "https://www.nytimes.com/2018/05/25/world/asia/trump-kim-summit-canceled-letter.html"),
 "CH9": ("www.cnn.com", ["Barbara Starr", "Ryan Browne"], "03:12:00", "https://www.cnn.com/2018/06/19/politics/us-south-korea-suspend-drills/index.html"),
 "CH10": ("www.npr.org", ["Bill Chappell"], None, "https://www.npr.org/2018/07/27/north-korea-returns-remains-us-war-dead"),
 "CH11": ("www.washingtonpost.com", ["John Hudson", "Josh Dawsey"], "09:05:00", "https://www.washingtonpost.com/world/national-security/trump-scraps-pompeo-north-korea-trip/2018/08/25/"),
 "CH12": ("www.theguardian.com", ["Benjamin Haas"], "06:30:00", "https://www.theguardian.com/world/2018/sep/19/kim-moon-pyongyang-summit-missile-site"),
 "CH13": ("www.theguardian.com", ["Patrick Wintour"], None, "https://www.theguardian.com/world/2018/aug/07/eu-blocking-statute-iran-sanctions-return"),
 "CH14": ("www.cnn.com", ["Kevin Liptak"], "11:20:00", "https://www.cnn.com/2018/07/23/politics/trump-rouhani-all-caps-tweet/index.html"),
}

def paras(a):
    t = a["text"].strip("\n").split("\n\n")
    assert t[0] == a["headline"], (a["id"], t[0])
    return [p.strip() for p in t[1:] if p.strip()]

def words(a):
    return sum(len(p.split()) for p in paras(a))

def main():
    os.makedirs(OUT, exist_ok=True)
    by = {a["id"]: a for a in ARTS}
    filemap = {}
    for i in TXT:
        a = by[i]
        with open(os.path.join(OUT, i + ".txt"), "w", encoding="utf-8") as f:
            f.write(a["headline"] + "\n\n" + "\n\n".join(paras(a)) + "\n")
        filemap[i] = i + ".txt"
    for i in JSN:
        a = by[i]; dom, auth, tm, url = META[i]
        ps = paras(a)
        d = a["date"].split("..")[0]
        obj = {"title": a["headline"], "maintext": "\n".join(ps),
               "date_publish": None if i in NULLDATE else f"{d} {tm}",
               "authors": auth, "url": url, "source_domain": dom, "language": "en",
               "description": ps[0]}
        with open(os.path.join(OUT, i + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
        filemap[i] = i + ".json"
    for k, (dn, ids) in enumerate(DUMPS.items()):
        blocks = []
        for j, i in enumerate(ids):
            a = by[i]; ps = paras(a)
            sep = "\n\n" + NBSP + "\n\n" if (k + j) % 2 == 0 else "\n\n"
            blocks.append(a["headline"] + "\n\nTT\n\n" + a["headline"] + "\n\n" + sep.join(ps))
            filemap[i] = dn
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as f:
            f.write("\n\n\n\n".join(blocks) + "\n")
    arts = []
    for a in ARTS:
        ps = paras(a)
        e, l = (a["date"].split("..") + [a["date"]])[:2] if ".." in a["date"] else (a["date"], a["date"])
        ev = []
        for (s, t, ty, req, evd, sym) in a["events"]:
            x = {"source": s, "target": t, "types": ty.split(), "required": req, "evidence": evd}
            if sym: x["symmetric"] = True
            ev.append(x)
        arts.append({"id": a["id"], "file": filemap[a["id"]], "headline": a["headline"],
                     "paragraphs": len(ps), "first_paragraph_prefix": ps[0][:50],
                     "last_paragraph_prefix": ps[-1][:50],
                     "published": {"earliest": e, "latest": l, "why": a["why"]},
                     "people": [{"name": n, "country": c, "role": r} for n, c, r in a["people"]],
                     "events": ev})
    gold = {"format": "dyad-gold/1",
            "about": "Held-out set CH: 20 articles written for evaluation (own wording, retelling real 2018 events: "
                     "Trump administration trade wars, Korea diplomacy, Iran sanctions, Khashoggi, migrant caravan, Syria, Russia sanctions), "
                     "in the style of 2016-2018 US/UK newspaper and broadcaster sites. 7 plain text, 7 news-please JSON, 3 page dumps "
                     "of 2 articles each (no captions). Events use PLOVER event types; actors are ISO 3166 alpha-3 codes or "
                     "UNO/EUR/IGO/NGO/MNC/WST. 'required': false marks borderline events (background, implied, vague), neither "
                     "rewarded nor punished. Evidence strings are exact substrings of the article text.",
            "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type "
                        "are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one "
                        "matching between emitted events and required gold events; unmatched required events are false negatives; "
                        "emitted events matching no gold event (required or optional) are false positives. People match on normalised name and country.",
            "dumps": DUMPS, "articles": arts}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    for a in ARTS:
        print(a["id"], words(a), "words", sum(1 for x in a["events"] if x[3]), "req", sum(1 for x in a["events"] if not x[3]), "opt")

if __name__ == "__main__":
    main()
