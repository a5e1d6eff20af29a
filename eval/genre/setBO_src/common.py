def E(src, tgt, types, req, ev, sym=False):
    d = {"source": src, "target": tgt, "types": types.split() if isinstance(types, str) else types,
         "required": bool(req), "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

def P(name, country, role):
    return {"name": name, "country": country, "role": role}
