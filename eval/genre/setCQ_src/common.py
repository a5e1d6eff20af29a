ARTS = []
def E(src, tgt, types, req, ev, sym=False):
    d = {"source": src, "target": tgt, "types": types.split() if isinstance(types, str) else types,
         "required": bool(req), "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d
def A(id, headline, paras, published, people, events, meta=None):
    ARTS.append(dict(id=id, headline=headline, paras=[p.strip() for p in paras.strip().split("\n\n")],
                     published=dict(zip(["earliest", "latest", "why"], published)),
                     people=[dict(zip(["name", "country", "role"], p)) for p in people],
                     events=events, meta=meta or {}))
