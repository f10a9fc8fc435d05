#!/usr/bin/env python3
"""Score kefu on real shop text against two blind labellers (Tools/eval-rubric/real/).

Python 3 standard library only.

    python3 Tools/eval-rubric/evaluate_real.py --part tune            # tuning part
    python3 Tools/eval-rubric/evaluate_real.py --part heldout         # the untouched part
    python3 Tools/eval-rubric/evaluate_real.py --part tune --show-errors   # list misses (terminal only)
    KEFU=/path/to/kefu python3 Tools/eval-rubric/evaluate_real.py --part tune --no-build
    python3 Tools/eval-rubric/evaluate_real.py --part all --show-errors    # round 2: all of sample.tsv
    python3 Tools/eval-rubric/evaluate_real.py --sample2   # the second held-out sample, labels2-c/-d
    python3 Tools/eval-rubric/evaluate_real.py --sample3   # the third held-out sample, labels3-e/-f
    python3 Tools/eval-rubric/evaluate_real.py --tuning --show-errors   # round 4: samples 1-3 (tuning)
    python3 Tools/eval-rubric/evaluate_real.py --sample4   # the fourth sample, labels4-x/-y (run once)
    python3 Tools/eval-rubric/evaluate_real.py --tuning --show-errors   # round 5: samples 1-4 (tuning)
    python3 Tools/eval-rubric/evaluate_real.py --sample5   # the round-5 test, labels5-x/-y (no errors)
    python3 Tools/eval-rubric/evaluate_real.py --sample6   # run once before round 6 (no errors)
    python3 Tools/eval-rubric/evaluate_real.py --sample7   # the round-6 test (no errors)
    python3 Tools/eval-rubric/evaluate_real.py --sample10   # the round-7 test (no errors)
    KEFU_STEP_MODEL=0 python3 Tools/eval-rubric/evaluate_real.py --sample10   # the rules alone
    python3 Tools/eval-rubric/evaluate_real.py --sample12   # run once before round 8 (no errors)
    python3 Tools/eval-rubric/evaluate_real.py --tuning --show-errors   # round 8: samples 1-10, 12, 13
    python3 Tools/eval-rubric/evaluate_real.py --sample11   # the round-8 tests (no errors)
    python3 Tools/eval-rubric/evaluate_real.py --sample14
    python3 Tools/eval-rubric/evaluate_real.py --sample15   # run once before round 9 (no errors)
    python3 Tools/eval-rubric/evaluate_real.py --tuning --show-errors   # round 9: adds sample 15
    python3 Tools/eval-rubric/evaluate_real.py --sample16   # the round-9 test (no errors)
    python3 Tools/eval-rubric/evaluate_real.py --sample17   # run once before round 10 (no errors)
    python3 Tools/eval-rubric/evaluate_real.py --tuning --show-errors   # round 10: adds sample 17
    python3 Tools/eval-rubric/evaluate_real.py --sample18   # the round-10 test (no errors)

Inputs:
- `real/sample.tsv` (source, line, part): which lines of `../shared/realdata/` were sampled and
  whether they are for tuning (`tune`) or held out (`heldout`).
- `real/labels-a.tsv`, `real/labels-b.tsv` (source, line, turn, steps, rhetorical, upsell): the
  two labellers' readings, keyed by line number (and, for sessions, the 0-based turn index) —
  labels only, never the text. `--labels DIR` reads them from elsewhere.
- The text itself is read from the real-data folder (`--realdata DIR`, default
  `../shared/realdata` next to the repository); when it is missing the tool says so and stops.

A label is kept only where both labellers agree: per step (both mark it, or both leave it out),
and separately for rhetorical and upsell. Lines of `jd_seller.txt` and `taobao_seller.txt` are
checked one by one, each on its own (`kefu check --jsonl`, no buyer). Each sampled session of
`taobao_sessions.jsonl` is checked as one conversation with `kefu check --jsonl --with-buyer`:
every seller turn with the buyer messages since the previous seller turn.

`--sample3` likewise scores `real/sample3.tsv` (part `heldout3`) with `real/labels3-e.tsv` and
`real/labels3-f.tsv`. kefu's learned step correction is on unless `KEFU_STEP_MODEL=0` is set
(the environment passes on to kefu): run both to compare. (Samples 3 and 4 were first run while
it was off by default and `KEFU_STEP_MODEL=1` switched it on; see README.md.)

`--tuning` scores samples 1-10, 12, 13 and 15 together (sample.tsv with labels-a/-b, sample2.tsv
with labels2-c/-d, sample3.tsv with labels3-e/-f, the others with labelsN-x/-y): each was run
once and reported, and all are now the tuning data of round 9, so `--show-errors` is allowed with
it (terminal only). (Round 4 tuned on samples 1-3, round 5 on 1-4, round 6 on 1-6 and 8, round 7
on 1-9, round 8 on 1-10, 12 and 13.)

`--sample4` … `--sample18` score one sample alone: `real/sampleN.tsv` with `real/labelsN-x.tsv` and
`real/labelsN-y.tsv`. None of them lists errors on its own, nor takes `--part`. Samples 4 and 5
were the untouched tests of rounds 4 and 5; sample 6 was drawn with sample 7 and run once, as
it came out, with round 5's rubric before round 6 used it; sample 8 was drawn during round 6 and
run once with round 5's rubric too; sample 7 was the untouched test of round 6; sample 9 was drawn
with sample 10 and run once with round 6's rubric before round 7 used it; sample 10 was the
untouched test of round 7 and, once reported, became tuning data. Samples 12 and 13 were drawn
with samples 11 and 14 and run once with round 7's rubric before round 8 used them; samples 11
and 14 are round 8's untouched tests (`UNTOUCHED`), and stay untouched in round 9. Sample 15 was
drawn with sample 16 and run once with round 8's rubric before round 9 used it; sample 16 is
round 9's untouched test. Sample 17 was drawn with sample 18 (the last Taobao lines whose text
was in no sample) and run once with round 9's rubric before round 10 used it; sample 18 is round
10's untouched test.

`--sample2` scores the second held-out sample instead: `real/sample2.tsv` (part `heldout2`) with
`real/labels2-c.tsv` and `real/labels2-d.tsv` (same columns). It never shows errors.

Never write the real text into the project: `--show-errors` prints to the terminal only, and
only for sample.tsv or, with `--tuning`, the tuning samples (each was run once and reported, and is now
tuning data).
"""

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
STEPS = ["greet", "inquire", "recommend", "objection", "close", "confirm", "farewell", "ship"]
SOURCES = ["jd_seller.txt", "taobao_seller.txt", "taobao_sessions.jsonl"]
# The tuning samples and their labellers (`--tuning`): round 10 tunes on 1-10, 12, 13, 15 and 17
# (round 9 on 1-10, 12, 13 and 15, round 8 on 1-10, 12 and 13, round 7 on 1-9, round 6 on 1-6 and 8).
TUNING = [
    ("sample.tsv", "labels-a.tsv", "labels-b.tsv"),
    ("sample2.tsv", "labels2-c.tsv", "labels2-d.tsv"),
    ("sample3.tsv", "labels3-e.tsv", "labels3-f.tsv"),
    ("sample4.tsv", "labels4-x.tsv", "labels4-y.tsv"),
    ("sample5.tsv", "labels5-x.tsv", "labels5-y.tsv"),
    ("sample6.tsv", "labels6-x.tsv", "labels6-y.tsv"),
    ("sample7.tsv", "labels7-x.tsv", "labels7-y.tsv"),
    ("sample8.tsv", "labels8-x.tsv", "labels8-y.tsv"),
    ("sample9.tsv", "labels9-x.tsv", "labels9-y.tsv"),
    ("sample10.tsv", "labels10-x.tsv", "labels10-y.tsv"),
    ("sample12.tsv", "labels12-x.tsv", "labels12-y.tsv"),
    ("sample13.tsv", "labels13-x.tsv", "labels13-y.tsv"),
    ("sample15.tsv", "labels15-x.tsv", "labels15-y.tsv"),
    ("sample17.tsv", "labels17-x.tsv", "labels17-y.tsv"),
]
# Samples no round has tuned on: each is scored alone (never with its errors listed) and reported
# as it comes out. Samples 11 and 14 are round 8's tests, sample 16 round 9's, sample 18 round 10's.
UNTOUCHED = [
    ("sample11.tsv", "labels11-x.tsv", "labels11-y.tsv"),
    ("sample14.tsv", "labels14-x.tsv", "labels14-y.tsv"),
    ("sample16.tsv", "labels16-x.tsv", "labels16-y.tsv"),
    ("sample18.tsv", "labels18-x.tsv", "labels18-y.tsv"),
]
# Samples scored alone (`--sample4` … `--sample18`), none of them ever listing its errors on its
# own: 4, 5, 7 and 10 were the untouched tests of rounds 4 to 7, 11 and 14 are round 8's, 16 round
# 9's, 18 round 10's; 6, 8, 9, 12, 13, 15 and 17 were each run once with the rubric of the day before a round used them. Their files are those of
# `TUNING` and `UNTOUCHED`.
ALONE_NOTES = {
    "sample4": "run once as the round-4 test, now tuning data",
    "sample5": "run once as the round-5 test, now tuning data",
    "sample6": "run once before round 6, now tuning data",
    "sample7": "run once as the round-6 test, now tuning data",
    "sample8": "run once during round 6, now tuning data",
    "sample9": "run once before round 7, now tuning data",
    "sample10": "run once as the round-7 test, now tuning data",
    "sample11": "the round-8 test (JD and Taobao lines), untouched",
    "sample12": "run once before round 8, now tuning data",
    "sample13": "run once before round 8, now tuning data",
    "sample14": "the round-8 test (Taobao lines only), untouched",
    "sample15": "run once before round 9, now tuning data",
    "sample16": "the round-9 test (Taobao lines only), untouched",
    "sample17": "run once before round 10, now tuning data",
    "sample18": "the round-10 test (Taobao lines only), untouched",
}
ALONE = {
    name: next(files for files in TUNING + UNTOUCHED if files[0] == f"{name}.tsv") + (note,)
    for name, note in ALONE_NOTES.items()
}
SOURCE_NAMES = {
    "jd_seller.txt": "JD 售后（逐行）",
    "taobao_seller.txt": "淘宝售前（逐行）",
    "taobao_sessions.jsonl": "淘宝会话（带买家上下文）",
}


# ---------------------------------------------------------------- data

def read_tsv(path, want):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if not lines:
        sys.exit(f"{path}: empty")
    header = lines[0].split("\t")
    if header[: len(want)] != want:
        sys.exit(f"{path}: unexpected header {header!r}, want {want!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < len(want):
            sys.exit(f"{path}:{n}: {len(cols)} columns, want {len(want)}")
        rows.append((n, dict(zip(want, cols))))
    return rows


def load_sample(path, any_part=False):
    sample = {}
    for n, r in read_tsv(path, ["source", "line", "part"]):
        known = any_part and r["part"].strip() != ""
        if r["source"] not in SOURCES or not (known or r["part"] in ("tune", "heldout", "heldout2", "heldout3")):
            sys.exit(f"{path}:{n}: bad row {r!r}")
        sample[(r["source"], int(r["line"]))] = r["part"]
    return sample


def load_labels(path):
    labels = {}
    for n, r in read_tsv(path, ["source", "line", "turn", "steps", "rhetorical", "upsell"]):
        steps = [s.strip() for s in r["steps"].split(",") if s.strip() and s.strip() != "-"]
        for s in steps:
            if s not in STEPS:
                sys.exit(f"{path}:{n}: unknown step {s!r}")
        for k in ("rhetorical", "upsell"):
            if r[k].strip() not in ("0", "1"):
                sys.exit(f"{path}:{n}: {k} must be 0 or 1, got {r[k]!r}")
        turn = None if r["turn"].strip() == "-" else int(r["turn"])
        key = (r["source"], int(r["line"]), turn)
        # A row written twice: the last one counts (labellers append and may correct).
        labels[key] = {
            "steps": set(steps),
            "rhetorical": r["rhetorical"].strip() == "1",
            "upsell": r["upsell"].strip() == "1",
        }
    return labels


def agreed(a, b):
    """Per item: {step: bool} for the steps both agree on; rhetorical/upsell or None."""
    gold = {}
    for key in a.keys() & b.keys():
        la, lb = a[key], b[key]
        steps = {s: (s in la["steps"]) for s in STEPS if (s in la["steps"]) == (s in lb["steps"])}
        gold[key] = {
            "steps": steps,
            "rhetorical": la["rhetorical"] if la["rhetorical"] == lb["rhetorical"] else None,
            "upsell": la["upsell"] if la["upsell"] == lb["upsell"] else None,
        }
    return gold


def read_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read().split("\n")


def clean(text):
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


# ---------------------------------------------------------------- kefu

def find_kefu(no_build):
    if os.environ.get("KEFU"):
        return os.environ["KEFU"]
    if not no_build:
        subprocess.run(["swift", "build"], cwd=REPO, check=True, stdout=sys.stderr)
    path = os.path.join(REPO, ".build", "debug", "kefu")
    if not os.path.exists(path):
        sys.exit(f"no kefu binary at {path}")
    return path


def check(kefu, lines, with_buyer=False):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write("\n".join(lines) + "\n")
        name = f.name
    try:
        args = [kefu, "check", "--jsonl"] + (["--with-buyer"] if with_buyer else []) + [name]
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(name)
    results = [json.loads(x) for x in out.splitlines() if x.strip()]
    if len(results) != len(lines):
        sys.exit(f"kefu gave {len(results)} results for {len(lines)} lines")
    return results


def run_items(kefu, realdata, items):
    """items: keys (source, line, turn). Returns key -> (text, buyer, verdict)."""
    out = {}
    files = {}
    jobs = []
    for key in items:
        source, line, turn = key
        if source not in files:
            files[source] = read_lines(os.path.join(realdata, source))
        if source != "taobao_sessions.jsonl":
            text = clean(files[source][line - 1])
            jobs.append(("line", key, [text]))
    sessions = sorted({(s, l) for s, l, t in items if s == "taobao_sessions.jsonl"})
    for source, line in sessions:
        turns = json.loads(files[source][line - 1])["turns"]
        rows, keys, buyer = [], [], []
        for i, t in enumerate(turns):
            if t["role"] == "buyer":
                buyer.append(clean(t["text"]))
            else:
                rows.append("\t".join(buyer + [clean(t["text"])]) if buyer else "\t" + clean(t["text"]))
                keys.append(((source, line, i), " / ".join(buyer), clean(t["text"])))
                buyer = []
        jobs.append(("session", keys, rows))

    def work(job):
        kind, key, rows = job
        if kind == "line":
            v = check(kefu, rows)[0]
            return [(key, (rows[0], "", v))]
        vs = check(kefu, rows, with_buyer=True)
        return [(k, (text, buyer, v)) for (k, buyer, text), v in zip(key, vs)]

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for result in pool.map(work, jobs):
            for k, v in result:
                out[k] = v
    return out


# ---------------------------------------------------------------- scoring

def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(keys, gold, kefu):
    steps = {s: [0, 0, 0] for s in STEPS}
    binary = {k: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for k in ("rhetorical", "upsell")}
    for key in keys:
        g = gold[key]
        v = kefu[key][2]
        said = set(v["steps"])
        for s, present in g["steps"].items():
            if present and s in said:
                steps[s][0] += 1
            elif s in said:
                steps[s][1] += 1
            elif present:
                steps[s][2] += 1
        for k in ("rhetorical", "upsell"):
            if g[k] is None:
                continue
            got = bool(v[k])
            cell = ("tp" if got else "fn") if g[k] else ("fp" if got else "tn")
            binary[k][cell] += 1
    micro = [sum(steps[s][i] for s in STEPS) for i in range(3)]
    return steps, micro, binary


def report(title, keys, gold, kefu):
    steps, micro, binary = score(keys, gold, kefu)
    lines = [f"== {title}: {len(keys)} replies labelled by both"]
    lines.append(f"  {'step':10} {'gold':>5} {'kefu':>5} {'tp':>4} {'fp':>4} {'fn':>4}   P      R      F1")
    weak = []
    for s in STEPS:
        tp, fp, fn = steps[s]
        p, r, f = prf(tp, fp, fn)
        lines.append(f"  {s:10} {tp + fn:5} {tp + fp:5} {tp:4} {fp:4} {fn:4}   {p:.2f}   {r:.2f}   {f:.2f}")
        if tp + fn >= 10 and (p < 0.7 or r < 0.7):
            weak.append(s)
    p, r, f = prf(*micro)
    lines.append(f"  {'micro':10} {micro[0] + micro[2]:5} {micro[0] + micro[1]:5} {micro[0]:4} {micro[1]:4} {micro[2]:4}   {p:.2f}   {r:.2f}   {f:.2f}")
    lines.append("  steps with >= 10 positives under P or R 0.70: " + (", ".join(weak) or "none"))
    for k, name in (("upsell", "upsell"), ("rhetorical", "反问句")):
        b = binary[k]
        neg = b["fp"] + b["tn"]
        rate = b["fp"] / neg if neg else 0.0
        bp, br, bf = prf(b["tp"], b["fp"], b["fn"])
        lines.append(
            f"  {name}: gold {b['tp'] + b['fn']}, kefu {b['tp'] + b['fp']}; false alarms {b['fp']}/{neg} = {100 * rate:.1f} %;"
            f" P {bp:.2f} R {br:.2f} F1 {bf:.2f}")
    return "\n".join(lines), {"steps": steps, "micro": micro, "binary": binary, "weak": weak, "f1": f}


def show_errors(keys, gold, kefu):
    for key in sorted(keys, key=lambda k: (k[0], k[1], k[2] if k[2] is not None else -1)):
        g = gold[key]
        text, buyer, v = kefu[key]
        said = set(v["steps"])
        missed = [s for s, present in g["steps"].items() if present and s not in said]
        extra = [s for s, present in g["steps"].items() if not present and s in said]
        # upsell+ / 反问+: kefu marks it and the labellers do not; upsell- / 反问-: the reverse.
        bad = [("反问" if k == "rhetorical" else k) + ("+" if v[k] else "-")
               for k in ("rhetorical", "upsell") if g[k] is not None and g[k] != bool(v[k])]
        if missed or extra or bad:
            where = f"{key[0]}:{key[1]}" + (f"#{key[2]}" if key[2] is not None else "")
            ctx = f"  [买家] {buyer}" if buyer else ""
            print(f"{where} miss={','.join(missed)} extra={','.join(extra)} {' '.join(bad)}{ctx}\n    {text}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["tune", "heldout", "all"])
    ap.add_argument("--sample2", action="store_true",
                    help="score the second held-out sample (real/sample2.tsv, labels2-c.tsv and labels2-d.tsv)")
    ap.add_argument("--labels", default=os.path.join(HERE, "real"), help="folder of labels-a.tsv and labels-b.tsv")
    ap.add_argument("--realdata", default=os.path.join(REPO, "..", "shared", "realdata"))
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--show-errors", action="store_true", help="print every disagreement (sample.tsv or --tuning only; never --sample2 … --sample18)")
    ap.add_argument("--json", metavar="FILE", help="also write the scores (no text) as JSON")
    ap.add_argument("--sample3", action="store_true",
                    help="score the third held-out sample (real/sample3.tsv, labels3-e.tsv and labels3-f.tsv)")
    ap.add_argument("--tuning", action="store_true",
                    help="score the tuning samples (1-10, 12, 13, 15, 17) together (--show-errors allowed)")
    for name, (sname, la, lb, what) in ALONE.items():
        ap.add_argument(f"--{name}", action="store_true", help=f"score real/{sname} alone ({what}; never lists errors)")
    args = ap.parse_args()
    chosen = [n for n in ("sample2", "sample3", *ALONE, "tuning") if getattr(args, n)]
    if len(chosen) > 1:
        ap.error("give only one of --sample2 … --sample18, --tuning")
    alone = next((n for n in ALONE if getattr(args, n)), None)
    if alone:
        if args.show_errors:
            sys.exit(f"--show-errors is not for --{alone}: a sample scored alone never lists its errors")
        if args.part not in (None, "all"):
            sys.exit(f"--{alone} takes no --part (it is scored whole)")
        args.part = "all"
    elif args.tuning:
        if args.part not in (None, "all"):
            sys.exit("--tuning takes no --part (it scores the tuning samples whole)")
        args.part = "all"
    elif args.sample3:
        if args.sample2:
            ap.error("give --sample2 or --sample3, not both")
        if args.show_errors:
            sys.exit("--show-errors is not for --sample3: the third held-out sample is never looked at")
        if args.part not in (None, "all"):
            sys.exit("--sample3 takes no --part (it has one part, heldout3)")
        args.part = "all"
    elif args.sample2:
        if args.show_errors:
            sys.exit("--show-errors is not for --sample2: the second held-out sample is never looked at")
        if args.part not in (None, "all"):
            sys.exit("--sample2 takes no --part (it has one part, heldout2)")
        args.part = "all"
    elif args.part is None:
        ap.error("give --part tune|heldout|all, or --tuning, --sample2 … --sample18")
    if not os.path.isdir(args.realdata):
        print(f"real data not found at {args.realdata}: nothing to evaluate", file=sys.stderr)
        return 0
    if alone:
        sname, la, lb, _ = ALONE[alone]
        sample = load_sample(os.path.join(HERE, "real", sname), any_part=True)
        a = load_labels(os.path.join(args.labels, la))
        b = load_labels(os.path.join(args.labels, lb))
    elif args.tuning:
        sample, a, b = {}, {}, {}
        for sname, la, lb in TUNING:
            part = load_sample(os.path.join(HERE, "real", sname), any_part=True)
            clash = sample.keys() & part.keys()
            if clash:
                sys.exit(f"{sname}: {len(clash)} lines already in an earlier sample")
            sample.update(part)
            a.update(load_labels(os.path.join(args.labels, la)))
            b.update(load_labels(os.path.join(args.labels, lb)))
    elif args.sample3:
        sample = load_sample(os.path.join(HERE, "real", "sample3.tsv"))
        a = load_labels(os.path.join(args.labels, "labels3-e.tsv"))
        b = load_labels(os.path.join(args.labels, "labels3-f.tsv"))
    elif args.sample2:
        sample = load_sample(os.path.join(HERE, "real", "sample2.tsv"))
        a = load_labels(os.path.join(args.labels, "labels2-c.tsv"))
        b = load_labels(os.path.join(args.labels, "labels2-d.tsv"))
    else:
        sample = load_sample(os.path.join(HERE, "real", "sample.tsv"))
        a = load_labels(os.path.join(args.labels, "labels-a.tsv"))
        b = load_labels(os.path.join(args.labels, "labels-b.tsv"))
    gold = agreed(a, b)
    keys = [k for k in gold if (k[0], k[1]) in sample and (args.part == "all" or sample[(k[0], k[1])] == args.part)]
    missing = [k for k in (a.keys() | b.keys()) if (k[0], k[1]) not in sample]
    if missing:
        print(f"warning: {len(missing)} labelled items not in the sample, ignored", file=sys.stderr)
    # Sampled lines that a labeller has not labelled at all (sessions: by their line).
    for name, labels in (("first", a), ("second", b)):
        done = {(k[0], k[1]) for k in labels}
        left = [key for key in sample if key not in done]
        if left:
            print(f"warning: the {name} labeller has not labelled {len(left)} sampled items", file=sys.stderr)
    kefu = run_items(find_kefu(args.no_build), os.path.abspath(args.realdata), keys)
    model = "off (KEFU_STEP_MODEL=0)" if os.environ.get("KEFU_STEP_MODEL") == "0" else "on"
    print(f"learned step correction: {model}")
    if alone:
        print(f"{alone} ({ALONE[alone][3]}); labelled by x: {len(a)}, by y: {len(b)}, by both: {len(gold)}")
    elif args.tuning:
        print(f"samples 1-10 (tuning data, in-sample); labelled by a/c/e/x: {len(a)}, by b/d/f/y: {len(b)}, by both: {len(gold)}")
    elif args.sample3:
        print(f"sample3 (heldout3); labelled by e: {len(a)}, by f: {len(b)}, by both: {len(gold)}")
    elif args.sample2:
        print(f"sample2 (heldout2); labelled by c: {len(a)}, by d: {len(b)}, by both: {len(gold)}")
    else:
        print(f"part: {args.part}; labelled by a: {len(a)}, by b: {len(b)}, by both: {len(gold)}")
    results = {}
    for source in SOURCES:
        sk = [k for k in keys if k[0] == source]
        if not sk:
            continue
        text, res = report(f"{source} — {SOURCE_NAMES[source]}", sk, gold, kefu)
        print(text)
        results[source] = res
    pre = [k for k in keys if k[0] != "jd_seller.txt"]
    if pre:
        text, res = report("pre-sales together (taobao lines + sessions)", pre, gold, kefu)
        print(text)
        results["pre-sales"] = res
    if args.show_errors:
        show_errors(keys, gold, kefu)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
