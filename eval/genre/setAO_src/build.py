import os, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
GENRE = os.path.dirname(HERE)
OUT = os.path.join(GENRE, "setAO")
GOLD = os.path.join(GENRE, "setAO.gold.json")
import arts1, arts2, arts3
A = {}
for m in (arts1, arts2, arts3):
    A.update(m.A)

TXT = ["AO1", "AO2", "AO7", "AO8", "AO9", "AO14", "AO15"]
JSN = {
 "AO3": ("1988-10-20 17:42:00", ["Reuters"], None, "reuters.com", "Washington retaliates against Brazil over pharmaceutical patents."),
 "AO4": (None, ["Reuters"], None, "reuters.com", "Brazil halts interest payments on commercial bank debt."),
 "AO10": ("2018-03-02 14:15:00", ["Associated Press"], "https://apnews.com/article/gazprom-naftogaz-contracts-stockholm-ruling", "apnews.com", "Gazprom says it will end contracts with Naftogaz after arbitration loss."),
 "AO11": ("2018-07-11 08:05:00", ["Kevin Liptak"], "https://www.cnn.com/2018/07/11/politics/trump-germany-russia-captive-nato/index.html", "cnn.com", "Trump attacks Germany over Nord Stream 2 at NATO summit."),
 "AO12": ("2018-07-31 16:30:00", ["Merrit Kennedy"], "https://www.npr.org/2018/07/31/rwanda-agoa-secondhand-clothes", "npr.org", "Trump suspends Rwanda's AGOA apparel benefits over used-clothing tariffs."),
 "AO16": ("2021-10-28 13:20:00", ["Al Jazeera and news agencies"], "https://www.aljazeera.com/news/2021/10/28/france-detains-british-trawler-fishing-row", "aljazeera.com", "Paris seizes a UK scallop dredger as the licence dispute deepens."),
 "AO17": ("2021-10-27 09:10:00", ["Al Jazeera and news agencies"], "https://www.aljazeera.com/economy/2021/10/27/saudi-arabia-pakistan-deposit-oil-financing", "aljazeera.com", "Riyadh offers Islamabad a $4.2bn package of deposits and deferred oil payments."),
}
DUMPS = {"dump-1.txt": ["AO5", "AO13"], "dump-2.txt": ["AO6", "AO18"], "dump-3.txt": ["AO19", "AO20"]}
NBSP = {"AO13", "AO18", "AO20"}

def paras(aid):
    return [p.strip() for p in A[aid]["body"].split("\n\n") if p.strip()]

os.makedirs(OUT, exist_ok=True)
files = {}
for aid in TXT:
    fn = aid + ".txt"
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        f.write(A[aid]["headline"] + "\n\n" + "\n\n".join(paras(aid)) + "\n")
    files[aid] = fn
for aid, (dp, au, url, dom, desc) in JSN.items():
    fn = aid + ".json"
    obj = {"title": A[aid]["headline"], "maintext": "\n".join(paras(aid)), "date_publish": dp,
           "authors": au, "url": url, "source_domain": dom, "language": "en", "description": desc}
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
    files[aid] = fn
for fn, ids in DUMPS.items():
    chunks = []
    for aid in ids:
        sep = "\n\n\u00a0\n\n" if aid in NBSP else "\n\n"
        h = A[aid]["headline"]
        chunks.append(h + "\n\nTT\n\n" + h + "\n\n" + sep.join(paras(aid)))
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        f.write("\n\n\n\n".join(chunks) + "\n")
    for aid in ids:
        files[aid] = fn

arts = []
for i in range(1, 21):
    aid = "AO%d" % i
    a = A[aid]
    e, l, why = a["published"]
    arts.append({"id": aid, "file": files[aid], "headline": a["headline"],
                 "published": {"earliest": e, "latest": l, "why": why},
                 "people": a["people"], "events": a["events"]})
gold = {"format": "dyad-gold/1",
        "about": "Held-out set AO: 20 newly written articles on economic diplomacy between states (trade disputes, sanctions, aid, debt, energy and pipelines, fishing rights), retelling real events of 1987-1989 (Reuters style), 2016-2018 (AP/CNN/NPR/Guardian/Washington Post style) and 2021-2022 (Al Jazeera style), in plain text, news-please JSON and page-dump formats. Hand annotation of publication dates, people and political events. Events use PLOVER event types. Actors are ISO 3166 alpha-3 country codes, or PLOVER's non-state codes (UNO, EUR, IGO, NGO, MNC), or CAMEO's WST for 'the West'. 'source' and 'target' are a code or a list of acceptable codes; 'types' lists every event type an annotator would accept. 'required': false marks events that a good coder may or may not emit (background, implicit or alleged): they are neither rewarded nor punished. Any emitted event that matches no entry counts against precision.",
        "matching": "An emitted event matches a gold event of the same article when its source code, target code and event type are acceptable. Symmetric events ('symmetric': true) match either direction. Scoring takes a maximum one-to-one matching between emitted events and required gold events: true positives are its size; a required gold event left unmatched is a false negative; an emitted event that matches no gold event at all (required or optional) is a false positive; an emitted event that matches gold events but is left out of the matching (a repeat, or an optional event) is neither rewarded nor punished. People match on normalised name and country.",
        "dumps": DUMPS, "articles": arts}
with open(GOLD, "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
print("built", len(arts), "articles")
