"""Helpers for the setK article definitions."""


def E(src, tgt, types, req, ev, sym=False):
    def c(x):
        return x.split("|") if "|" in x else x
    e = {"source": c(src), "target": c(tgt), "types": types.split(), "required": bool(req), "evidence": ev}
    if sym:
        e["symmetric"] = True
    return e


def P(name, country, role):
    return {"name": name, "country": country, "role": role}
