import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "setBK")
GOLD = os.path.join(os.path.dirname(HERE), "setBK.gold.json")
ARTICLES = []

def E(src, tgt, types, ev, req=True, sym=False):
    s = src.split("|") if "|" in src else src
    t = tgt.split("|") if "|" in tgt else tgt
    d = {"source": s, "target": t, "types": types.split(), "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

def P(name, country, role):
    return {"name": name, "country": country, "role": role}

def add(id, fmt, headline, body, published, people, events, meta=None, nbsp=False):
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    ARTICLES.append(dict(id=id, fmt=fmt, headline=headline, paras=paras, published=published,
                         people=people, events=events, meta=meta or {}, nbsp=nbsp))

def pub(e, l=None, why=""):
    return {"earliest": e, "latest": l or e, "why": why}
