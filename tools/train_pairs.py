#!/usr/bin/env python3
"""Train Dyad's pair model (data/coder/pairs.tsv) from the genre sets' golds.

usage (from the repo root, after `cargo build --release`; needs numpy):
    python3 tools/train_pairs.py --sets D E F ... CC   (the sets listed in data/coder/README.md)

For each set, `dyad code eval/genre/setX --pair-features` prints every
candidate actor pair of every sentence, with its features
(crates/dyad-coder/src/pairs.rs); a pair the rules coded carries their
types (`cab=TYPE` for its direction, `cba=TYPE` for the other). A candidate
is labelled with the first type of a gold event of its article whose
evidence lies in the candidate's sentence and whose source and target
(either way round when the event is symmetric) are the pair, unless the
rules already coded one of that event's types for it; otherwise "NONE".
The coder's table of hand-written sentences (--table) is learnt from the
same way, each row an article, so the model also sees the phrasings the
rules deliberately leave uncoded.

The model is a small neural network: each feature has a vector of --hidden
numbers, a candidate's vectors are summed with a bias, cut at zero (ReLU),
and a linear layer gives one score per class, turned into probabilities by
softmax. It is fitted by minibatch gradient descent (Adagrad) from a fixed
seed, so the same sets, binary and numpy give the same file. --members
networks are trained from successive seeds and their class scores averaged,
which is one network with their hidden units side by side (what the file
holds); the average is steadier than any one of them (docs/coder.md, step
10, says why three and why the threshold 0.5).

The held-out set (the newest, see eval/genre/README.md) must not be among
--sets: it measures what the model adds on text nobody tuned on.
"""
import argparse, json, re, subprocess, sys, unicodedata
from collections import Counter

import numpy as np

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
            # Types the rules coded for the pair (either way round when the
            # event is symmetric): the event is theirs, not the model's.
            ruled = {f[4:] for f in pair["features"]
                     if f.startswith("cab=") or (ge.get("symmetric") and f.startswith("cba="))}
            if ruled & set(ge["types"]):
                continue
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


def train(rows, hidden, epochs, rate, batch, seed):
    """Fit the network by minibatch Adagrad; rows are (feature indices, class)."""
    rng = np.random.default_rng(seed)
    n_features, n_classes = 1 + max(int(ix.max()) for ix, _ in rows), len(CLASSES)
    emb = rng.normal(0.0, 0.05, (n_features, hidden))
    bias = np.zeros(hidden)
    out = rng.normal(0.0, 0.1, (hidden, n_classes))
    out_bias = np.zeros(n_classes)
    params = [out, out_bias, bias]
    sums = [np.full(p.shape, 1e-8) for p in params]
    emb_sum = np.full(emb.shape, 1e-8)
    for _ in range(epochs):
        order = rng.permutation(len(rows))
        for start in range(0, len(rows), batch):
            chosen = [rows[i] for i in order[start:start + batch]]
            lens = np.array([len(ix) for ix, _ in chosen])
            flat = np.concatenate([ix for ix, _ in chosen])
            offsets = np.concatenate([[0], np.cumsum(lens)[:-1]])
            pre = np.add.reduceat(emb[flat], offsets, axis=0) + bias
            h = np.maximum(pre, 0.0)
            z = h @ out + out_bias
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(chosen)), [y for _, y in chosen]] -= 1.0
            d = p / len(chosen)
            dh = (d @ out.T) * (pre > 0)
            grads = [h.T @ d, d.sum(axis=0), dh.sum(axis=0)]
            for param, s, g in zip(params, sums, grads):
                s += g * g
                param -= rate * g / np.sqrt(s)
            uniq, inverse = np.unique(flat, return_inverse=True)
            g = np.zeros((len(uniq), hidden))
            np.add.at(g, inverse, np.repeat(dh, lens, axis=0))
            emb_sum[uniq] += g * g
            emb[uniq] -= rate * g / np.sqrt(emb_sum[uniq])
    return emb, bias, out, out_bias


def numbers(v):
    """Thousandths, comma-separated: the file stays small and exact."""
    return ",".join(str(int(round(x * 1000))) for x in v)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", required=True)
    ap.add_argument("--table", default="crates/dyad-coder/tests/cases/events.tsv",
                    help="the coder's sentence table, also learnt from ('' for none)")
    ap.add_argument("--dyad", default="target/release/dyad")
    ap.add_argument("--out", default="data/coder/pairs.tsv")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--hidden", type=int, default=16)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--rate", type=float, default=0.05)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--members", type=int, default=3,
                    help="networks trained from successive seeds whose scores are averaged")
    a = ap.parse_args()
    rows = [r for letter in a.sets for r in examples(a.dyad, letter)]
    if a.table:
        rows += table_examples(a.dyad, a.table)
    counts = Counter(f for feats, _ in rows for f in feats)
    vocab = sorted(f for f, c in counts.items() if c >= a.min_count)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [(np.array([index[f] for f in feats if f in index], dtype=np.int64), y) for feats, y in rows]
    rows = [(ix, y) for ix, y in rows if len(ix)]
    positives = sum(1 for _, y in rows if y)
    # Members trained from seeds seed, seed+1, ... average their class scores
    # (logits): exactly one network whose hidden layer is theirs side by side.
    members = [train(rows, a.hidden, a.epochs, a.rate, a.batch, a.seed + m) for m in range(a.members)]
    emb = np.hstack([m[0] for m in members])
    bias = np.concatenate([m[1] for m in members])
    out = np.vstack([m[2] for m in members]) / a.members
    out_bias = sum(m[3] for m in members) / a.members
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# Dyad's pair model: written by tools/train_pairs.py; do not edit.\n")
        f.write(f"# sets {' '.join(a.sets)} and table {a.table or 'none'}; {len(rows)} candidate pairs, {positives} events; "
                f"hidden {a.hidden}, epochs {a.epochs}, rate {a.rate}, batch {a.batch}, min count {a.min_count}, seed {a.seed}"
                f"{f', members {a.members}' if a.members > 1 else ''}\n")
        f.write("# numbers are thousandths; hidden: the hidden layer's bias; out: one line per class "
                "(numbered from 0 as listed), its bias then one weight per hidden unit; then feature<TAB>vector\n")
        f.write(f"threshold\t{a.threshold}\n")
        f.write("classes\t" + "\t".join(CLASSES) + "\n")
        f.write(f"hidden\t{numbers(bias)}\n")
        for k in range(len(CLASSES)):
            f.write(f"out\t{k}\t{numbers([out_bias[k], *out[:, k]])}\n")
        for feature, i in index.items():
            f.write(f"{feature}\t{numbers(emb[i])}\n")
    print(f"{len(rows)} pairs ({positives} events) from sets {' '.join(a.sets)} and table {a.table or 'none'} -> {a.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
