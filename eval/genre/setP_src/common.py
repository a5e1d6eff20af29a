"""Shared helpers for the set P build."""


def ev(src, tgt, types, req, evidence, sym=False):
    """One gold event. src/tgt: code or 'A|B' list; types: 'X/Y'."""
    def c(v):
        parts = v.split("|")
        return parts[0] if len(parts) == 1 else parts
    e = {"source": c(src), "target": c(tgt), "types": types.split("/"),
         "required": bool(req), "evidence": evidence}
    if sym:
        e["symmetric"] = True
    return e


def pp(name, country, role):
    return {"name": name, "country": country, "role": role}
