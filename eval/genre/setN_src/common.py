"""Helpers shared by the article modules of set N."""

def E(src, tgt, types, req, evidence, sym=False):
    """One gold event. src/tgt: code or 'A|B' for a list of acceptable codes; types 'A/B'."""
    def c(x):
        parts = x.split("|")
        return parts[0] if len(parts) == 1 else parts
    ev = {"source": c(src), "target": c(tgt), "types": types.split("/"),
          "required": bool(req), "evidence": evidence}
    if sym:
        ev["symmetric"] = True
    return ev

def P(name, country, role):
    return {"name": name, "country": country, "role": role}

def art(id, fmt, headline, paras, published, people, events, meta=None):
    return {"id": id, "fmt": fmt, "headline": headline, "paras": paras,
            "published": {"earliest": published[0], "latest": published[1], "why": published[2]},
            "people": people, "events": events, "meta": meta or {}}
