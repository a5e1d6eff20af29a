# helper to declare articles
ARTS = []
def A(id, fmt, headline, body, published, people, events, meta=None):
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    evs = []
    for e in events:
        src, tgt, types, req, ev = e[:5]
        d = {"source": src, "target": tgt, "types": types.split(), "required": req, "evidence": ev}
        if len(e) > 5 and e[5]:
            d["symmetric"] = True
        evs.append(d)
    ppl = [{"name": n, "country": c, "role": r} for n, c, r in people]
    ARTS.append(dict(id=id, fmt=fmt, headline=headline, paras=paras, published=published,
                     people=ppl, events=evs, meta=meta or {}))
T, F = True, False
