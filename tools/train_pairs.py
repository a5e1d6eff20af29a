#!/usr/bin/env python3
"""Train Dyad's pair model (data/coder/pairs.tsv) from the genre sets' golds.

usage (from the repo root, after `cargo build --release`):
    python3 tools/train_pairs.py --sets D E F G H I J K L M N O P Q R S T U V W X Y

For each set, `dyad code eval/genre/setX --pair-features` prints every
candidate actor pair of every sentence that the rules left uncoded, with its
features (crates/dyad-coder/src/pairs.rs). A candidate is labelled with the
first type of a gold event of its article whose evidence lies in the
candidate's sentence and whose source and target (either way round when the
event is symmetric) are the pair; otherwise "NONE". The coder's table of
hand-written sentences (--table) is learnt from the same way, each row an
article, so the model also sees the phrasings the rules deliberately leave
uncoded. A multinomial logistic
regression is fitted by stochastic gradient descent with a fixed seed, so the
same sets and binary give the same file. Pure Python, no packages.

The held-out set (the newest, see eval/genre/README.md) must not be among
--sets: it measures what the model adds on text nobody tuned on.
"""
import argparse, json, math, random, re, subprocess, sys, unicodedata
from collections import Counter, defaultdict

TYPES = ("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
         "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT").split()
CLASSES = ["NONE"] + TYPES


def norm(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def codes(v):
    return {v} if isinstance(v, str) else set(v or [])


def label(pair, gold_events):
    sent = pair["sentence"]
    for ge in gold_events:
        ev = ge["evidence"]
        if ev not in sent and sent not in ev:
            continue
        gs, gt = codes(ge["source"]), codes(ge["target"])
        s, t = pair["source"], pair["target"]
        if (s in gs and t in gt) or (ge.get("symmetric") and s in gt and t in gs):
            return ge["types"][0]
    return "NONE"


def labelled(dyad, args, by_headline, stdin=None):
    """The candidates `dyad code ARGS --pair-features` prints, each with the
    class index of its label from its article's gold events."""
    out = subprocess.run([dyad, "-q", "code", *args, "--pair-features"], input=stdin,
                         capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines():
        pair = json.loads(line)
        y = label(pair, by_headline.get(norm(pair["headline"]), []))
        rows.append((pair["features"], CLASSES.index(y)))
    return rows


def examples(dyad, letter):
    gold = json.load(open(f"eval/genre/set{letter}.gold.json", encoding="utf-8"))
    by_headline = {norm(a["headline"]): a["events"] for a in gold["articles"]}
    return labelled(dyad, [f"eval/genre/set{letter}"], by_headline)


def table_examples(dyad, path):
    """Candidates from the coder's table of hand-written sentences
    (crates/dyad-coder/tests/cases/events.tsv), each coded as a one-paragraph
    article, labelled with the row's expected events ("-" is none)."""
    rows, expected = [], {}
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#") or "\t" not in line:
            continue
        sentence, want = line.split("\t", 1)
        title = f"Coder table line {n}"
        rows.append(json.dumps({"title": title, "maintext": sentence}))
        events = []
        for item in want.split(";") if want.strip() != "-" else []:
            pair, types = item.strip().split(" ", 1)
            types = re.split(r"[!~ ]", types)[0].split("|")
            symmetric = "<>" in pair
            src, tgt = pair.split("<>" if symmetric else ">")
            events.append({"source": src, "target": tgt, "types": types, "symmetric": symmetric,
                           "evidence": sentence})
        expected[norm(title)] = events
    return labelled(dyad, ["-", "--format", "jsonl"], expected, stdin="\n".join(rows) + "\n")


def softmax(z):
    m = max(z)
    e = [math.exp(v - m) for v in z]
    total = sum(e)
    return [v / total for v in e]


def train(rows, epochs, rate, l2, seed):
    weights = defaultdict(lambda: [0.0] * len(CLASSES))
    order = list(range(len(rows)))
    rnd = random.Random(seed)
    for epoch in range(epochs):
        rnd.shuffle(order)
        eta = rate / (1 + epoch)
        for i in order:
            feats, y = rows[i]
            z = [0.0] * len(CLASSES)
            for f in feats:
                w = weights[f]
                for k in range(len(CLASSES)):
                    z[k] += w[k]
            p = softmax(z)
            for k in range(len(CLASSES)):
                g = p[k] - (1.0 if k == y else 0.0)
                for f in feats:
                    w = weights[f]
                    w[k] -= eta * (g + l2 * w[k])
    return weights


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", required=True)
    ap.add_argument("--table", default="crates/dyad-coder/tests/cases/events.tsv",
                    help="the coder's sentence table, also learnt from ('' for none)")
    ap.add_argument("--dyad", default="target/release/dyad")
    ap.add_argument("--out", default="data/coder/pairs.tsv")
    ap.add_argument("--threshold", type=float, default=0.6)
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--rate", type=float, default=0.2)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rows = [r for letter in a.sets for r in examples(a.dyad, letter)]
    if a.table:
        rows += table_examples(a.dyad, a.table)
    counts = Counter(f for feats, _ in rows for f in feats)
    rows = [([f for f in feats if counts[f] >= a.min_count], y) for feats, y in rows]
    positives = sum(1 for _, y in rows if y)
    weights = train(rows, a.epochs, a.rate, a.l2, a.seed)
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# Dyad's pair model: written by tools/train_pairs.py; do not edit.\n")
        out.write(f"# sets {' '.join(a.sets)} and table {a.table or 'none'}; {len(rows)} candidate pairs, {positives} events; "
                  f"epochs {a.epochs}, rate {a.rate}, l2 {a.l2}, min count {a.min_count}, seed {a.seed}\n")
        out.write("# feature<TAB>class:weight,... (classes numbered from 0 as listed)\n")
        out.write(f"threshold\t{a.threshold}\n")
        out.write("classes\t" + "\t".join(CLASSES) + "\n")
        for f in sorted(weights):
            parts = [f"{k}:{w:.4f}" for k, w in enumerate(weights[f]) if abs(w) >= 0.0005]
            if parts:
                out.write(f"{f}\t{','.join(parts)}\n")
    print(f"{len(rows)} pairs ({positives} events) from sets {' '.join(a.sets)} and table {a.table or 'none'} -> {a.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
