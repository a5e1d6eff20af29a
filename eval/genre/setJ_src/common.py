"""Shared helpers for building set J."""


def E(source, target, types, required, evidence, symmetric=False, **extra):
    ev = {"source": source, "target": target, "types": types.split(),
          "required": required, "evidence": evidence}
    if symmetric:
        ev["symmetric"] = True
    ev.update(extra)
    return ev


def A(id, fmt, headline, paras, published, people, events, meta=None, nbsp=False):
    return {"id": id, "fmt": fmt, "headline": headline, "paras": paras,
            "published": {"earliest": published[0], "latest": published[1], "why": published[2]},
            "people": [{"name": n, "country": c, "role": r} for n, c, r in people],
            "events": events, "meta": meta or {}, "nbsp": nbsp}
