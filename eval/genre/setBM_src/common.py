"""Shared helpers for set BM."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)              # .../genre
OUT = os.path.join(ROOT, "setBM")
GOLD = os.path.join(ROOT, "setBM.gold.json")


def E(src, tgt, types, evidence, req=True, sym=False):
    if isinstance(types, str):
        types = types.split()
    e = {"source": src, "target": tgt, "types": types, "required": req,
         "evidence": evidence}
    if sym:
        e["symmetric"] = True
    return e


def P(name, country, role):
    return {"name": name, "country": country, "role": role}
