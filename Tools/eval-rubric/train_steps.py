#!/usr/bin/env python3
"""Train the learned step correction (issue 11) on the blind labels of real shop text.

Standard library and numpy only.

    python3 Tools/eval-rubric/train_steps.py             # CV, then train and export
    python3 Tools/eval-rubric/train_steps.py --score "回复" --buyer "买家消息" --rules greet,close
    python3 Tools/eval-rubric/train_steps.py --cv-only

What it learns: for each of the eight steps, a logistic regression that reads the rules' own
verdicts (all eight, as features: stacking), the character 1-3-grams of the reply (NFKC,
lower case) and, as separate features, those of the buyer's messages before it. Presence only
(each n-gram counts once). L1 (proximal gradient) keeps few weights. The verdict is
`bias + sum(weights of the features present) > 0`; weights are exported as integers (×1000),
so the Swift side sums integers and is exactly deterministic.

Training data: sample.tsv (labels-a/-b) and sample2.tsv (labels2-c/-d), only where both
labellers agree on a step. sample3.tsv is never read here.

Output: Sources/KefuRubric/Model/step_model.weights (n-grams of at most 3 characters and their
integer weights, never a line of the data) and its embedded copy
Sources/KefuRubric/Model/EmbeddedStepModel.swift.
"""

import argparse
import json
import os
import sys
import unicodedata

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate_real as ev  # noqa: E402

HERE = ev.HERE
REPO = ev.REPO
STEPS = ev.STEPS
SCALE = 1000
MODEL_DIR = os.path.join(REPO, "Sources", "KefuRubric", "Model")


def norm(text):
    """As kefu's TextNormalizer: NFKC one character at a time, Latin letters lower-cased."""
    out = []
    for ch in text:
        for c in unicodedata.normalize("NFKC", ch):
            out.append(c.lower() if ord(c) < 0x250 else c)
    return "".join(out)


def grams(text):
    t = norm(text)
    out = set()
    for n in (1, 2, 3):
        for i in range(len(t) - n + 1):
            g = t[i:i + n]
            if any(c in " \t\n\r" for c in g):
                continue
            out.add(g)
    return out


def features(reply, buyer, rule_steps):
    f = {"r" + g for g in grams(reply)}
    if buyer:
        f |= {"b" + g for g in grams("\n".join(buyer))}
    f |= {"s" + s for s in rule_steps}
    return f


def load_items(realdata, kefu):
    items = []  # (group, source, features, gold{step: bool}, rule_steps)
    for sample, la, lb in (("sample.tsv", "labels-a.tsv", "labels-b.tsv"),
                           ("sample2.tsv", "labels2-c.tsv", "labels2-d.tsv")):
        smp = ev.load_sample(os.path.join(HERE, "real", sample))
        gold = ev.agreed(ev.load_labels(os.path.join(HERE, "real", la)),
                         ev.load_labels(os.path.join(HERE, "real", lb)))
        keys = [k for k in gold if (k[0], k[1]) in smp]
        out = ev.run_items(kefu, realdata, keys)
        buyers = {}
        for s, line in {(k[0], k[1]) for k in keys if k[0] == "taobao_sessions.jsonl"}:
            turns = json.loads(ev.read_lines(os.path.join(realdata, s))[line - 1])["turns"]
            b = []
            for i, t in enumerate(turns):
                if t["role"] == "buyer":
                    b.append(ev.clean(t["text"]))
                else:
                    buyers[(s, line, i)] = b
                    b = []
        for k in keys:
            text, _, v = out[k]
            rule = list(v["steps"])
            items.append(((sample, k[0], k[1]), k[0], (text, buyers.get(k, [])),
                          gold[k]["steps"], rule))
    return items


def train(X, y, lam, iters=200, lr=1.0):
    """L1 logistic regression by proximal gradient (ISTA); X dense 0/1, returns (w, b)."""
    n, d = X.shape
    w = np.zeros(d, dtype=np.float32)
    y = y.astype(np.float32)
    b = np.float32(0.0)
    for _ in range(iters):
        z = X @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        g = p - y
        gw = X.T @ g / n
        gb = g.mean()
        w = (w - lr * gw).astype(np.float32)
        w = np.sign(w) * np.maximum(np.abs(w) - lr * lam, 0.0)
        b = np.float32(b - lr * gb)
    return w, b


def fit_step(items, step, vocab_min, lam):
    rows = [(it[2], it[3][step]) for it in items if step in it[3]]
    counts = {}
    for f, _ in rows:
        for g in f:
            counts[g] = counts.get(g, 0) + 1
    vocab = sorted(g for g, c in counts.items() if c >= vocab_min or g[0] == "s")
    index = {g: i for i, g in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab)), dtype=np.float32)
    for r, (f, _) in enumerate(rows):
        for g in f:
            if g in index:
                X[r, index[g]] = 1.0
    y = np.array([1.0 if lab else 0.0 for _, lab in rows])
    w, b = train(X, y, lam)
    weights = {vocab[i]: int(round(w[i] * SCALE)) for i in range(len(vocab)) if int(round(w[i] * SCALE)) != 0}
    return weights, int(round(b * SCALE))


def predict(model, f):
    out = set()
    for step, (weights, bias) in model.items():
        total = bias + sum(weights.get(g, 0) for g in f)
        if total > 0:
            out.add(step)
    return out


def fit(items, vocab_min, lam):
    return {s: fit_step(items, s, vocab_min, lam) for s in STEPS}


def micro(items, pred):
    """Per source: (tp, fp, fn) over agreed steps."""
    res = {}
    for it, said in zip(items, pred):
        c = res.setdefault(it[1], [0, 0, 0])
        for s, present in it[3].items():
            if present and s in said:
                c[0] += 1
            elif s in said:
                c[1] += 1
            elif present:
                c[2] += 1
    return {k: ev.prf(*v)[2] for k, v in res.items()}, res


def fold_of(group, k):
    h = 0
    for ch in repr(group):
        h = (h * 131 + ord(ch)) % 1000003
    return h % k


def cv(items, vocab_min, lam, k=5):
    pred = [None] * len(items)
    for fold in range(k):
        tr = [it for it in items if fold_of(it[0], k) != fold]
        model = fit(tr, vocab_min, lam)
        for i, it in enumerate(items):
            if fold_of(it[0], k) == fold:
                pred[i] = predict(model, it[2])
    return micro(items, pred)


def export(model, vocab_min, lam):
    lines = [
        "# 八步接待的学习修正（issue 11）：每步一组权重，由 Tools/eval-rubric/train_steps.py 训练生成，勿手改。",
        "# 格式：[步骤] 开始一步；bias 与权重都是整数（×1000）；特征以 r（回复）、b（买家消息）、s（规则判定的步骤）开头，",
        "# r/b 之后是至多 3 个字的字串（NFKC、小写）。特征之和加 bias 大于 0 即判这一步。",
        f"# 超参数：最少出现 {vocab_min} 次，L1 {lam}。",
    ]
    for s in STEPS:
        weights, bias = model[s]
        lines.append("")
        lines.append(f"[{s}]")
        lines.append(f"bias\t{bias}")
        for g in sorted(weights):
            assert g[0] == "s" or len(g) - 1 <= 3
            lines.append(f"{g}\t{weights[g]}")
    text = "\n".join(lines) + "\n"
    with open(os.path.join(MODEL_DIR, "step_model.weights"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(MODEL_DIR, "EmbeddedStepModel.swift"), "w", encoding="utf-8") as f:
        f.write(embedded_swift(text))


def embedded_swift(text):
    return (
        "// swift-format-ignore-file\n"
        "// Generated from Sources/KefuRubric/Model/step_model.weights — do not edit by hand. After\n"
        "// changing it run: KEFU_UPDATE_WORDS=1 swift test --filter StepModelTests\n\n"
        "/// The learned step correction's weights, embedded so the single binary needs nothing beside it.\n"
        "enum EmbeddedStepModel {\n"
        "  static let text = #\"\"\"\n" + text + "\"\"\"#\n}\n")


def load_weights(path):
    model, step = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                step = line[1:-1]
                model[step] = ({}, 0)
                continue
            feature, weight = line.split("\t")
            if feature == "bias":
                model[step] = (model[step][0], int(weight))
            else:
                model[step][0][feature] = int(weight)
    return model


def totals(model, reply, buyer, rules):
    f = features(reply, buyer, rules)
    return [model[s][1] + sum(model[s][0].get(g, 0) for g in f) for s in STEPS]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--realdata", default=os.path.join(REPO, "..", "shared", "realdata"))
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--cache", default="/tmp/kefu-train-steps.json")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--score", metavar="REPLY", help="print the exported model's eight totals for REPLY")
    ap.add_argument("--buyer", action="append", default=[], help="with --score: a buyer message")
    ap.add_argument("--rules", default="", help="with --score: the rules' steps, comma-separated")
    args = ap.parse_args()
    if args.score is not None:
        model = load_weights(os.path.join(MODEL_DIR, "step_model.weights"))
        rules = [s for s in args.rules.split(",") if s]
        print(" ".join(str(t) for t in totals(model, args.score, args.buyer, rules)))
        return 0
    if os.environ.get("KEFU_STEP_MODEL") == "1":
        sys.exit("run without KEFU_STEP_MODEL=1: the stacked features are the rules' verdicts alone")
    if os.path.exists(args.cache):
        with open(args.cache) as f:
            raw = json.load(f)
        items = [(tuple(g), s, tuple(t), dict(gold), rule) for g, s, t, gold, rule in raw]
    else:
        items = load_items(os.path.abspath(args.realdata), ev.find_kefu(args.no_build))
        with open(args.cache, "w") as f:
            json.dump(items, f)
    # The cache holds the texts: it stays in /tmp, never in the project.
    items = [(g, s, features(t[0], t[1], rule), gold, rule) for g, s, t, gold, rule in items]
    print(f"{len(items)} replies")
    base, _ = micro(items, [set(it[4]) for it in items])
    print("rules alone: " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(base.items())))
    best = None
    for vocab_min in (3,):
        for lam in (0.0003, 0.001):
            f, _ = cv(items, vocab_min, lam)
            worst = min(f[k] - base[k] for k in f)
            print(f"cv min={vocab_min} l1={lam}: " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(f.items()))
                  + f"  (worst gain {worst:+.3f})", flush=True)
            if best is None or worst > best[0]:
                best = (worst, vocab_min, lam)
    print(f"chosen: min={best[1]} l1={best[2]}")
    if args.cv_only:
        return 0
    model = fit(items, best[1], best[2])
    export(model, best[1], best[2])
    print("weights: " + ", ".join(f"{s} {len(model[s][0])}" for s in STEPS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
