def E(src, tgt, types, evidence, req=True, sym=False):
    s = src.split('|') if '|' in src else src
    t = tgt.split('|') if '|' in tgt else tgt
    e = {"source": s, "target": t, "types": types.split(), "required": req}
    if sym:
        e["symmetric"] = True
    e["evidence"] = evidence
    return e

def P(name, country, role):
    return {"name": name, "country": country, "role": role}
