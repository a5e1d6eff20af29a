#!/usr/bin/env python3
"""Sanity check: build a perfect prediction from the gold and run the shared scorer on it."""
import json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "setAC.gold.json")
SCORER = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(HERE))), "shared", "tools", "score.py")
g = json.load(open(GOLD, encoding="utf-8"))
first = lambda v: v if isinstance(v, str) else v[0]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    for a in g["articles"]:
        rec = {"headline": a["headline"], "published": {"date": a["published"]["earliest"]},
               "people": a["people"],
               "events": [{"source": first(e["source"]), "target": first(e["target"]), "type": e["types"][0]}
                          for e in a["events"] if e["required"]]}
        f.write(json.dumps(rec) + "\n")
    tmp = f.name
subprocess.run([sys.executable, SCORER, GOLD, "--pred", tmp])
os.unlink(tmp)
