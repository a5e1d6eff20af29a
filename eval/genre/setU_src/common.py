def E(src, tgt, types, evidence, req=True, sym=False):
    if isinstance(types, str):
        types = types.split()
    d = {"source": src, "target": tgt, "types": types, "required": req, "evidence": evidence}
    if sym:
        d["symmetric"] = True
    return d

def P(name, country, role):
    return {"name": name, "country": country, "role": role}
