#!/usr/bin/env python3
"""Build set T: articles in ../setT/ and gold in ../setT.gold.json from the spec_*.txt files."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "setT")
GOLD = os.path.join(HERE, "..", "setT.gold.json")
NBSP = "\u00a0"

TXT = ["T1", "T3", "T7", "T9", "T14", "T16", "T18"]
JSN = ["T2", "T4", "T8", "T10", "T12", "T17", "T19"]
DUMPS = {"dump-1.txt": ["T5", "T6"], "dump-2.txt": ["T11", "T13"], "dump-3.txt": ["T15", "T20"]}
NBSP_ARTS = {"T11", "T20"}

JSON_META = {
    "T2": dict(date_publish="1987-03-28 00:00:00", authors=[], url=None, source_domain="reuters.com"),
    "T4": dict(date_publish=None, authors=[], url="https://www.reuters.com/archive/1989/02/28/venezuela-rights-suspended-troops-riots", source_domain="reuters.com"),
    "T8": dict(date_publish="2016-10-17 07:48:00", authors=["Associated Press"], url="https://apnews.com/article/iraq-mosul-offensive-launched-islamic-state-2016", source_domain="apnews.com"),
    "T10": dict(date_publish="2017-12-11 05:16:00", authors=["Guardian staff and agencies"], url="https://www.theguardian.com/australia-news/2017/dec/11/china-lodges-protest-turnbull-foreign-interference-laws", source_domain="www.theguardian.com"),
    "T12": dict(date_publish="2018-11-13 19:42:00", authors=["Washington Post staff"], url="https://www.washingtonpost.com/world/middle_east/gaza-militants-fire-rockets-israel-strikes-hamas/2018/11/13/", source_domain="www.washingtonpost.com"),
    "T17": dict(date_publish="2022-10-10 14:25:00", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2022/10/10/russia-pounds-ukrainian-cities-after-crimea-bridge-blast", source_domain="www.aljazeera.com"),
    "T19": dict(date_publish="2022-10-02 19:05:00", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2022/10/2/burkina-faso-damiba-resigns-after-second-coup", source_domain="www.aljazeera.com"),
}

def parse_spec(path):
    arts = []
    for block in re.split(r"^=== ", open(path, encoding="utf-8").read(), flags=re.M)[1:]:
        lines = block.split("\n")
        a = {"id": lines[0].strip()}
        sections = re.split(r"^--- (text|people|events)\s*$", "\n".join(lines[1:]), flags=re.M)
        head = sections[0]
        for l in head.strip().split("\n"):
            k, v = l.split(": ", 1)
            if k == "headline":
                a["headline"] = v.strip()
            elif k == "published":
                e, la, why = [x.strip() for x in v.split(" | ", 2)]
                a["published"] = {"earliest": e, "latest": la, "why": why}
        secs = dict(zip(sections[1::2], sections[2::2]))
        a["paragraphs"] = [p.strip() for p in secs["text"].strip().split("\n\n") if p.strip()]
        a["people"] = []
        for l in secs["people"].strip().split("\n"):
            if not l.strip():
                continue
            n, c, r = [x.strip() for x in l.split(" | ")]
            a["people"].append({"name": n, "country": c, "role": None if r == "null" else r})
        a["events"] = []
        for l in secs["events"].strip().split("\n"):
            if not l.strip():
                continue
            st, types, flags, ev = [x.strip() for x in l.split(" | ", 3)]
            s, t = st.split(">")
            def cv(x):
                xs = x.split(",")
                return xs[0] if len(xs) == 1 else xs
            e = {"source": cv(s), "target": cv(t), "types": types.split(),
                 "required": flags.split()[0] == "req", "evidence": ev}
            if "sym" in flags.split():
                e["symmetric"] = True
            a["events"].append(e)
        arts.append(a)
    return arts

def main():
    arts = []
    for f in ["spec_reuters.txt", "spec_modern.txt", "spec_aj.txt"]:
        arts += parse_spec(os.path.join(HERE, f))
    by = {a["id"]: a for a in arts}
    os.makedirs(OUT, exist_ok=True)
    files = {}
    for i in TXT:
        a = by[i]
        with open(os.path.join(OUT, f"{i}.txt"), "w", encoding="utf-8") as fh:
            fh.write(a["headline"] + "\n\n" + "\n\n".join(a["paragraphs"]) + "\n")
        files[i] = f"{i}.txt"
    for i in JSN:
        a = by[i]
        m = JSON_META[i]
        first = a["paragraphs"][0]
        desc = re.split(r"(?<=[.!?])\s", first, 1)[0]
        if i in ("T2", "T4"):
            desc = re.sub(r"^[A-Z ]+, [A-Z][a-z]+ \d+ - ", "", desc)
        obj = {"title": a["headline"], "maintext": "\n".join(a["paragraphs"]),
               "date_publish": m["date_publish"], "authors": m["authors"], "url": m["url"],
               "source_domain": m["source_domain"], "language": "en", "description": desc}
        with open(os.path.join(OUT, f"{i}.json"), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        files[i] = f"{i}.json"
    for dn, ids in DUMPS.items():
        chunks = []
        for i in ids:
            a = by[i]
            sep = "\n\n" + NBSP + "\n\n" if i in NBSP_ARTS else "\n\n"
            chunks.append(f"{a['headline']}\n\nTT\n\n{a['headline']}\n\n" + sep.join(a["paragraphs"]))
            files[i] = dn
        with open(os.path.join(OUT, dn), "w", encoding="utf-8") as fh:
            fh.write("\n\n\n\n".join(chunks) + "\n")
    gold = {
        "format": "dyad-gold/1",
        "about": "Set T: a held-out evaluation set of 20 news articles written for this purpose (retellings of well-known public events of 1987-1989, 2016-2018 and 2021-2022 in Reuters, US/UK wire and broadsheet, and Al Jazeera styles), in three input formats: plain text, news-please JSON and page dumps. Hand annotation of headlines, publication dates, people and the political events between actors. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes (Soviet actors RUS, West German DEU, Polisario ESH, Hamas PSE, armed groups by the country they operate in and belong to, the PKK TUR), or PLOVER's non-state codes (UNO, EUR, IGO for other intergovernmental bodies such as NATO, the AU, ECOWAS, the IMF and the ICC, NGO, MNC), or CAMEO's WST for 'the West'. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit, alleged or hypothetical): they are neither rewarded nor punished.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": DUMPS,
        "articles": [],
    }
    for a in sorted(arts, key=lambda x: int(x["id"][1:])):
        gold["articles"].append({
            "id": a["id"], "file": files[a["id"]], "headline": a["headline"],
            "paragraphs": len(a["paragraphs"]),
            "first_paragraph_prefix": " ".join(a["paragraphs"][0].split()[:8]),
            "last_paragraph_prefix": " ".join(a["paragraphs"][-1].split()[:8]),
            "published": a["published"], "people": a["people"], "events": a["events"]})
    with open(GOLD, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"built {len(arts)} articles")

if __name__ == "__main__":
    main()
