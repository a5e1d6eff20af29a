def E(s, t, ty, ev, req=True, sym=False):
    d = {"source": s, "target": t, "types": ty.split(), "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

def P(name, country, role):
    return {"name": name, "country": country, "role": role}
