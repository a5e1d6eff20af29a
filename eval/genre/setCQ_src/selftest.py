# Feed the gold's own required events to the scorer as a prediction; should score perfectly.
import json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "setCQ.gold.json")
SCORE = os.path.join(HERE, "..", "..", "..", "shared", "tools", "score.py")
g = json.load(open(GOLD, encoding="utf-8"))
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
    for a in g["articles"]:
        ev = []
        for e in a["events"]:
            if not e["required"]: continue
            s = e["source"] if isinstance(e["source"], str) else e["source"][0]
            t = e["target"] if isinstance(e["target"], str) else e["target"][0]
            ev.append({"type": e["types"][0], "source": {"code": s}, "target": {"code": t}})
        f.write(json.dumps({"headline": a["headline"], "published": {"date": a["published"]["earliest"]},
                            "people": a["people"], "events": ev, "paragraphs": []}) + "\n")
    p = f.name
subprocess.run([sys.executable, SCORE, GOLD, "--pred", p])
os.unlink(p)
