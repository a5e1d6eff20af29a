def E(src, tgt, types, req, ev, sym=False):
    s = src.split("|") if "|" in src else src
    t = tgt.split("|") if "|" in tgt else tgt
    d = {"source": s, "target": t, "types": types.split(), "required": bool(req), "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

def P(name, country, role):
    return {"name": name, "country": country, "role": role}
