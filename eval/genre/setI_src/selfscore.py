#!/usr/bin/env python3
"""Sanity check: score a prediction built from the gold itself with ../../shared/tools/score.py."""
import json, os, subprocess, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(ROOT, "setI.gold.json"), encoding="utf-8"))
lines = []
for a in gold["articles"]:
    evs = []
    for e in a["events"]:
        if not e["required"]:
            continue
        s = e["source"] if isinstance(e["source"], str) else e["source"][0]
        t = e["target"] if isinstance(e["target"], str) else e["target"][0]
        evs.append({"type": e["types"][0], "source": {"code": s}, "target": {"code": t}})
    lines.append(json.dumps({"headline": a["headline"], "paragraphs": [],
                             "published": {"date": a["published"]["earliest"]},
                             "people": a["people"], "events": evs}))
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    f.write("\n".join(lines) + "\n")
subprocess.run(["python3", "/work/shared/tools/score.py", os.path.join(ROOT, "setI.gold.json"), "--pred", f.name])
os.unlink(f.name)
