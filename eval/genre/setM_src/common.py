"""Small helpers shared by the article modules."""

def _codes(s):
    parts = s.split("|")
    return parts[0] if len(parts) == 1 else parts

def E(src, tgt, types, req, evidence, sym=0):
    e = {"source": _codes(src), "target": _codes(tgt), "types": types.split(),
         "required": bool(req), "evidence": evidence}
    if sym:
        e["symmetric"] = True
    return e

def A(id, fmt, headline, paras, pub, people, ev, meta=None, nbsp=False):
    return {"id": id, "fmt": fmt, "headline": headline, "paras": paras,
            "pub": pub, "people": people, "ev": ev, "meta": meta or {}, "nbsp": nbsp}
