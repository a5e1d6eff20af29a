ARTS = []

def E(src, tgt, types, evidence, req=True, sym=False):
    if isinstance(types, str):
        types = types.split()
    e = {"source": src, "target": tgt, "types": types, "required": req, "evidence": evidence}
    if sym:
        e["symmetric"] = True
    return e

def P(name, country, role):
    return {"name": name, "country": country, "role": role}

def art(**kw):
    ARTS.append(kw)
