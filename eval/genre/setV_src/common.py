# shared helpers for setV articles
ARTS = []

def E(src, tgt, types, req, ev, sym=False):
    d = {"source": src.split("|") if "|" in src else src,
         "target": tgt.split("|") if "|" in tgt else tgt,
         "types": types.split(), "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

def P(name, country, role):
    return {"name": name, "country": country, "role": role}

def A(id, fmt, headline, body, published, people, events, meta=None, nbsp=False):
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    ARTS.append(dict(id=id, fmt=fmt, headline=headline, paras=paras,
                     published=dict(zip(("earliest", "latest", "why"), published)),
                     people=people, events=events, meta=meta or {}, nbsp=nbsp))
