#!/usr/bin/env python3
"""Score `kefu check --jsonl` against a hand-labelled held-out set (heldout.tsv or heldout2.tsv).

Python 3 standard library only.

    python3 Tools/eval-rubric/evaluate.py            # swift build, then .build/debug/kefu
    KEFU=/path/to/kefu python3 Tools/eval-rubric/evaluate.py
    python3 Tools/eval-rubric/evaluate.py --session  # all replies in one file (one conversation)
    python3 Tools/eval-rubric/evaluate.py --set Tools/eval-rubric/heldout2.tsv   # the second set
    python3 Tools/eval-rubric/evaluate.py --set other.tsv --json out.json

By default every reply is checked on its own (one `kefu check` run per reply, reply read from
standard input), because `kefu check` treats the lines of one file as one conversation and the
held-out replies are unrelated to each other. `--session` feeds the whole file at once instead.

The report shows, for kefu and for a naive keyword baseline, accuracy per field, precision and
recall for `rhetorical`, `upsell` and `exclamation_overuse`, per-step precision/recall, and then
every disagreement between kefu and the teacher's labels.
"""

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
STEPS = ["greet", "inquire", "recommend", "objection", "close", "confirm", "farewell", "ship"]
BOOL_FIELDS = ["rhetorical", "exclamation_overuse", "upsell"]


# ---------------------------------------------------------------- data

def load_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = lines[0].split("\t")
    want = ["text", "rhetorical", "exclamation_overuse", "upsell", "steps", "note"]
    if header[:5] != want[:5]:
        sys.exit(f"{path}: unexpected header {header!r}, want {want!r}")
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cols = line.split("\t")
        while len(cols) < 6:
            cols.append("")
        text, r, e, u, steps, note = cols[:6]
        for name, v in (("rhetorical", r), ("exclamation_overuse", e), ("upsell", u)):
            if v not in ("0", "1"):
                sys.exit(f"{path}:{n}: {name} must be 0 or 1, got {v!r}")
        st = [s.strip() for s in steps.split(",") if s.strip()]
        for s in st:
            if s not in STEPS:
                sys.exit(f"{path}:{n}: unknown step {s!r}")
        rows.append({
            "line": n, "text": text, "note": note,
            "rhetorical": r == "1", "exclamation_overuse": e == "1", "upsell": u == "1",
            "steps": set(st),
            "exclamations": count_exclamations(text),
        })
    return rows


def count_exclamations(text):
    # The rubric: ！ and ! counted together, ‼ as two. (⁉ is counted as one, as a teacher would.)
    return text.count("！") + text.count("!") + 2 * text.count("‼") + text.count("⁉")


# ---------------------------------------------------------------- kefu

def find_kefu(no_build):
    env = os.environ.get("KEFU")
    if env:
        return env
    if not no_build:
        print("swift build ...", file=sys.stderr)
        r = subprocess.run(["swift", "build"], cwd=REPO, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            sys.stderr.write(r.stdout[-4000:])
            sys.exit("swift build failed")
    path = os.path.join(REPO, ".build", "debug", "kefu")
    if not os.path.exists(path):
        sys.exit(f"no kefu binary at {path}; build it or set KEFU=")
    return path


def parse_jsonl(out, expected):
    objs = [json.loads(l) for l in out.splitlines() if l.strip()]
    if len(objs) != expected:
        raise RuntimeError(f"kefu printed {len(objs)} JSON lines, expected {expected}")
    return objs


def run_one(kefu, text):
    r = subprocess.run([kefu, "check", "--jsonl", "-"], input=text + "\n",
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"kefu exited {r.returncode} on {text!r}: {r.stderr.strip()}")
    return parse_jsonl(r.stdout, 1)[0]


def run_kefu(kefu, rows, session):
    if session:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
            f.write("".join(r["text"] + "\n" for r in rows))
            tmp = f.name
        try:
            r = subprocess.run([kefu, "check", "--jsonl", tmp], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
        finally:
            os.unlink(tmp)
        if r.returncode != 0:
            sys.exit(f"kefu exited {r.returncode}: {r.stderr.strip()}")
        objs = parse_jsonl(r.stdout, len(rows))
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
            objs = list(ex.map(lambda row: run_one(kefu, row["text"]), rows))
    preds = []
    for row, o in zip(rows, objs):
        if o.get("text") != row["text"]:
            print(f"warning: kefu echoed {o.get('text')!r} for {row['text']!r}", file=sys.stderr)
        preds.append({
            "rhetorical": bool(o["rhetorical"]),
            "exclamation_overuse": bool(o["exclamation_overuse"]),
            "upsell": bool(o["upsell"]),
            "steps": set(o.get("steps") or []),
            "exclamations": int(o["exclamations"]),
            "findings": o.get("findings", []),
        })
    return preds


# ---------------------------------------------------------------- baseline

RHET_KW = re.compile(r"难道|怎么可能|不是.*吗")
UPSELL_KW = re.compile(r"搭配|一起买")


def baseline(rows):
    out = []
    for row in rows:
        t = row["text"]
        n = t.count("！") + t.count("!")
        out.append({
            "rhetorical": bool(RHET_KW.search(t)),
            "exclamation_overuse": n >= 2,
            "upsell": bool(UPSELL_KW.search(t)),
            "steps": None,
            "exclamations": n,
        })
    return out


# ---------------------------------------------------------------- scoring

def prf(pairs):
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if not g and p)
    fn = sum(1 for g, p in pairs if g and not p)
    tn = sum(1 for g, p in pairs if not g and not p)
    prec = tp / (tp + fp) if tp + fp else float("nan")
    rec = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * prec * rec / (prec + rec) if tp else 0.0
    acc = (tp + tn) / len(pairs) if pairs else float("nan")
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "acc": acc, "prec": prec, "rec": rec, "f1": f1}


def score(rows, preds):
    s = {}
    for f in BOOL_FIELDS:
        s[f] = prf([(r[f], p[f]) for r, p in zip(rows, preds)])
    s["exclamations_count"] = sum(r["exclamations"] == p["exclamations"]
                                  for r, p in zip(rows, preds)) / len(rows)
    if preds[0]["steps"] is not None:
        s["steps"] = {st: prf([(st in r["steps"], st in p["steps"]) for r, p in zip(rows, preds)])
                      for st in STEPS}
        s["steps_exact"] = sum(r["steps"] == p["steps"] for r, p in zip(rows, preds)) / len(rows)
        tp = sum(len(r["steps"] & p["steps"]) for r, p in zip(rows, preds))
        fp = sum(len(p["steps"] - r["steps"]) for r, p in zip(rows, preds))
        fn = sum(len(r["steps"] - p["steps"]) for r, p in zip(rows, preds))
        s["steps_micro"] = {"prec": tp / (tp + fp) if tp + fp else float("nan"),
                            "rec": tp / (tp + fn) if tp + fn else float("nan"),
                            "tp": tp, "fp": fp, "fn": fn}
        s["steps_micro"]["f1"] = (2 * s["steps_micro"]["prec"] * s["steps_micro"]["rec"] /
                                  (s["steps_micro"]["prec"] + s["steps_micro"]["rec"])) if tp else 0.0
    return s


def pct(x):
    return "  n/a" if x != x else f"{100 * x:5.1f}"


def report(rows, kp, bp, session, set_path):
    ks, bs = score(rows, kp), score(rows, bp)
    n = len(rows)
    w = print
    w(f"set: {os.path.relpath(set_path, REPO)}")
    w(f"held-out replies: {n}  (rhetorical {sum(r['rhetorical'] for r in rows)}, "
      f"exclamation_overuse {sum(r['exclamation_overuse'] for r in rows)}, "
      f"upsell {sum(r['upsell'] for r in rows)})  mode: {'session' if session else 'one reply per run'}")
    w("")
    w("field                 | kefu  acc  prec   rec    F1 | keyword acc  prec   rec    F1")
    w("----------------------+---------------------------------+---------------------------------")
    for f in BOOL_FIELDS:
        k, b = ks[f], bs[f]
        w(f"{f:<21} |     {pct(k['acc'])} {pct(k['prec'])} {pct(k['rec'])} {pct(k['f1'])} |"
          f"        {pct(b['acc'])} {pct(b['prec'])} {pct(b['rec'])} {pct(b['f1'])}")
    w(f"{'exclamations (count)':<21} |     {pct(ks['exclamations_count'])}                   |"
      f"        {pct(bs['exclamations_count'])}")
    genuine = [i for i, r in enumerate(rows) if not r["rhetorical"]]
    w("")
    w(f"genuine (non-rhetorical) replies flagged rhetorical: kefu {sum(kp[i]['rhetorical'] for i in genuine)}"
      f"/{len(genuine)}, keyword {sum(bp[i]['rhetorical'] for i in genuine)}/{len(genuine)}")
    w("")
    w("steps (kefu)   gold  pred    TP   FP   FN  prec   rec    F1")
    for st in STEPS:
        m = ks["steps"][st]
        w(f"  {st:<11} {m['tp'] + m['fn']:5} {m['tp'] + m['fp']:5} {m['tp']:5} {m['fp']:4} {m['fn']:4} "
          f"{pct(m['prec'])} {pct(m['rec'])} {pct(m['f1'])}")
    m = ks["steps_micro"]
    w(f"  {'micro':<11} {'':5} {'':5} {m['tp']:5} {m['fp']:4} {m['fn']:4} {pct(m['prec'])} {pct(m['rec'])} {pct(m['f1'])}")
    w(f"  exact step set matches: {pct(ks['steps_exact'])}%")
    w("")

    def show(i, extra=""):
        r = rows[i]
        note = f"   [teacher: {r['note']}]" if r["note"] else ""
        w(f"  L{r['line']:<4} {r['text']}{extra}{note}")

    w("=== DISAGREEMENTS (kefu vs teacher) ===")
    for f in BOOL_FIELDS:
        fps = [i for i in range(n) if kp[i][f] and not rows[i][f]]
        fns = [i for i in range(n) if rows[i][f] and not kp[i][f]]
        w(f"-- {f}: false positives (kefu 1, teacher 0): {len(fps)}")
        for i in fps:
            show(i)
        w(f"-- {f}: false negatives (kefu 0, teacher 1): {len(fns)}")
        for i in fns:
            show(i)
    cnt = [i for i in range(n) if kp[i]["exclamations"] != rows[i]["exclamations"]]
    w(f"-- exclamations count differs: {len(cnt)}")
    for i in cnt:
        show(i, f"   (teacher {rows[i]['exclamations']}, kefu {kp[i]['exclamations']})")
    st_bad = [i for i in range(n) if kp[i]["steps"] != rows[i]["steps"]]
    w(f"-- steps differ: {len(st_bad)}")
    for i in st_bad:
        exp = ",".join(s for s in STEPS if s in rows[i]["steps"]) or "-"
        got = ",".join(s for s in STEPS if s in kp[i]["steps"]) or "-"
        miss = ",".join(s for s in STEPS if s in rows[i]["steps"] - kp[i]["steps"])
        extra = ",".join(s for s in STEPS if s in kp[i]["steps"] - rows[i]["steps"])
        show(i, f"   expected [{exp}] got [{got}]" + (f" missing {miss}" if miss else "")
             + (f" extra {extra}" if extra else ""))
    w("")
    w("=== keyword baseline errors (for comparison) ===")
    for f in BOOL_FIELDS:
        bad = [i for i in range(n) if bp[i][f] != rows[i][f]]
        w(f"-- {f}: {len(bad)} errors")
        for i in bad:
            show(i, f"   (teacher {int(rows[i][f])}, keyword {int(bp[i][f])})")
    return ks, bs


def jsonable(x):
    if isinstance(x, set):
        return sorted(x)
    if isinstance(x, float) and x != x:
        return None
    if isinstance(x, dict):
        return {k: jsonable(v) for k, v in x.items()}
    if isinstance(x, list):
        return [jsonable(v) for v in x]
    return x


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", "--tsv", dest="set", metavar="FILE", default=os.path.join(HERE, "heldout.tsv"),
                    help="labelled set to score (default: heldout.tsv next to this script)")
    ap.add_argument("--no-build", action="store_true", help="do not run swift build")
    ap.add_argument("--session", action="store_true",
                    help="check all replies as one file (one conversation) instead of one run per reply")
    ap.add_argument("--json", metavar="FILE", help="also write scores and per-reply results as JSON")
    a = ap.parse_args()
    rows = load_tsv(a.set)
    kefu = find_kefu(a.no_build)
    kp = run_kefu(kefu, rows, a.session)
    bp = baseline(rows)
    ks, bs = report(rows, kp, bp, a.session, a.set)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(jsonable({"set": os.path.relpath(a.set, REPO), "kefu": ks, "keyword": bs,
                                "replies": [{"text": r["text"], "gold": {k: r[k] for k in BOOL_FIELDS + ["steps"]},
                                             "kefu": {k: p[k] for k in BOOL_FIELDS + ["steps", "exclamations"]}}
                                            for r, p in zip(rows, kp)]}),
                      f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
