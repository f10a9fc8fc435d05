#!/usr/bin/env python3
"""Train the learned step correction (issue 11) and export it into the binary.

Standard library and numpy (scipy's sparse products when present, for speed). The one command,
run after any change to the rules:

    python3 Tools/eval-rubric/train_steps.py             # build, read the rules' verdicts, CV, train, export
    python3 Tools/eval-rubric/train_steps.py --cv-only   # the cross-validated figures, no export
    python3 Tools/eval-rubric/train_steps.py --search    # try other hyper-parameters, export the best (slower)

Round 21 (branch model28, "weighing the grams"): the defaults are unchanged. New: `--nb` scales
each gram column, per step and fold, by |log((p_j/|p|_1)/(q_j/|q|_1))|, the smoothed
(`--nb-alpha`) counts of training items holding the gram among the step's positives and
negatives (for the `+` columns among the items where the rules show the step), before the fit
(NB-LR, Wang & Manning 2012); the exported weight of the 0/1 gram is w_j times that scale, so
kefu's format is unchanged. `--nb-power`, `--nb-floor`, `--nb-clip` shape the scale, `--nb-beta`
interpolates the fitted weights toward their mean (not run: every gram would get a weight in
every step). Baseline on today's rules, CV by sample: 0.8619 / 0.8372 / 0.8657; `--nb` +0.0006 on
the mean, `--nb --l1 0.000005` +0.0019 (JD +0.0053, Taobao lines -0.0009), `--nb --nb-power 0.5
--l1 0.000007` +0.0054 (0.8653 / 0.8419 / 0.8738, the CV part of the gate passed) but as shipped
set 1 92.27 under its 92.5: not kept (Tools/eval-rubric/README.md, "Round 21"). `--scores` with
one file may now export (thresholds from those saved out-of-fold scores, no fits of the folds).

Round 20 (branch model27, "the correction, once more"): the defaults are unchanged. Tried on the
CV by sample and not kept (Tools/eval-rubric/README.md, "Round 20"; none gained 0.005 on the
mean of the three sources): thresholds chosen for each source's mean or worst per-sample F1
(`--thresholds sample-mean` / `sample-min`), shrunk toward the rules' verdict (`--margin`), a
finer grid (`--grid-step 0.125`; with `--wide` the best, +0.0017), `--wide`, L1 0.000007, each
step its own L1 chosen without the held-out fold (`--scores a.npy,b.npy`), `--extra hasbuyer`,
and (computed outside this file) thresholds chosen apart for replies with buyer messages: with
the finer, wider grid +0.0029, the sessions +0.0080, the nearest to the gate.
`--scores` reads the out-of-fold scores saved by `--save-scores` and gives the CV figures
without fitting again. `--bags` now works with the `+` weights (it stopped with an error: their
rows did not fit the sum); it and `--extra g4` / `skip` were still not run to the end (a CV took
40-100 minutes on the loaded machine).

Round 19 (branch model26, "training and features for a new sample"): the defaults are now a
second weight per gram and step (`+` in the weights file), counted only where the rules show the
step, fitted beside the first (each step's design [X, X where the rules show it]; `--no-split`
leaves it out), and L1 0.00001 (was 0.000015); the rest as round 14. CV by sample, JD / Taobao
lines / sessions: 0.8608 / 0.8368 / 0.8657 against 0.8597 / 0.8284 / 0.8532 (+0.0073 on the
mean); about 96,000 weights on 29,000 grams; `kefu check` +1.8 % instructions on 20,000 JD
lines (L1 0.00001 without the second weights: 0.8617 / 0.8278 / 0.8518, no gain). Tried and not
kept (Tools/eval-rubric/README.md, "Round 19"): soft labels for the cells
the labellers split on (`--soft`), balancing sources or samples (`--balance`, `--balance-power`),
shape features (`--extra shape`), no buyer grams (`--extra nobuyer`), other iteration counts
(`--iters`), an L2 beside the L1 (`--l2`), each feature's L1 scaled by how many samples it is
seen in (`--spread-power`), averages of two variants' scores (`--save-scores`). Written and not
run for lack of time: `--bags`, `--wide`, `--extra g4`, `skip`, `hasbuyer` (round 20 ran some).

Round 14 (branch model, "a larger correction at the same cost"): the defaults are now round 10's
last variant, L1 0.000015, the sets' weight 0.6, n-grams in at least 3 training items and at least
3 samples (`--min-samples 3`), thresholds from the CV by sample (`--folds sample`), and the
rubric's own documented step examples trained on with the sets (`--no-rubric-examples` leaves
them out). About 51,000 weights; the binary embeds the matcher's tables, not this text, so the
size costs little at start-up. CV by sample (by line), JD / Taobao lines / sessions: 0.855 /
0.826 / 0.849 against round 13's defaults 0.845 / 0.813 / 0.838 (Tools/eval-rubric/README.md,
"Round 14").

Round 10 (issue 11, "a correction that generalises to new samples", branch model11): variants
tried and none kept, so the defaults stayed round 9's (L1 0.00005, the sets' weight 0.75, n-grams in
at least 3 training replies, thresholds from the CV by line). Judged by the CV by sample — each
real sample a fold of its own (13 folds; the first five also hold out a hand-written set each),
the split closest to a new sample — on samples 1-10, 12, 13 and 15 with the rules after round 9's
review (never samples 11, 14, 16, 17 or 18). To be kept a change had to raise it by at least 0.005
on average over the three real sources with none down more than 0.002, keep the five sets as
shipped at or above 91.8 / 90.9 / 91.9 / 92.0 / 90.7, pass the tests (every rule example and
scenario win path) and cost at most 2 % more per line (callgrind). Steps micro F1, JD / Taobao
lines / sessions, by sample (by line), the sets held out whole in brackets (by sample); † on
round 9's rules before its review, against 0.830 / 0.795 / 0.828 (line 0.829 / 0.797 / 0.832):

  round 9's defaults                             0.829 / 0.793 / 0.827 (0.829 / 0.796 / 0.832)
                                                 [89.9 / 87.0 / 89.7 / 86.7 / 72.3]
  † + phrase families of the reply (`--extra fam`: a feature per 词组 of the words files whose
    phrase the reply holds, as the matcher finds it; its Swift side was written, then dropped)
                                                 0.826 / 0.792 / 0.823 (0.830 / 0.795 / 0.827)
  † + clause position (`--extra pos`: grams of the last clause and of question clauses, the
    first 1-2 characters)                        0.826 / 0.796 / 0.830
  † + the buyer asks (`--extra bq`: the last buyer message ends in ?/吗/呢, crossed with the
    rules' verdicts)                             0.830 / 0.795 / 0.827
  + pairs of the rules' verdicts, their count (`--extra pairs`)    0.828 / 0.792 / 0.826
  the sets' weight 0.6                           0.829 / 0.794 / 0.830
  L1 0.00003                                     0.830 / 0.797 / 0.830
  grams seen in at least 3 samples (`--min-samples 3`; a set counts as one sample)
                                                 0.830 / 0.794 / 0.829
  L1 0.00003, min samples 3                      0.832 / 0.796 / 0.830
  L1 0.00002, min samples 3                      0.834 / 0.798 / 0.830
  L1 0.00003, weight 0.6                         0.835 / 0.802 / 0.834
  L1 0.00005, weight 0.6, min samples 3          0.831 / 0.796 / 0.832 (gain 0.003)
  L1 0.00004, weight 0.6, min samples 3          0.833 / 0.798 / 0.833; as shipped the sets
                                                 91.8 / 90.1 / 91.3 / 91.3 / 89.1: under
  L1 0.00003, weight 0.6, min samples 3          0.836 / 0.803 / 0.836 (0.837 / 0.806 / 0.835);
                                                 as shipped 91.8 / 90.2 / 91.6 / 91.5 / 89.4: under
  L1 0.00002, weight 0.65, min samples 3         0.835 / 0.803 / 0.836; as shipped set 2 90.8
  L1 0.000015, weight 0.6, min samples 3, thresholds from the CV by sample
                                                 0.842 / 0.810 / 0.839 (0.841 / 0.811 / 0.840)
                                                 [89.2 / 86.2 / 88.4 / 86.2 / 72.6]; as shipped
                                                 92.0 / 91.3 / 92.3 / 92.8 / 92.5 (thresholds from
                                                 the CV by line: set 2 90.8). Dropped: about
                                                 52,000 weights (600 KB) made `kefu check` cost
                                                 25 % more instructions on 20,000 JD lines (start-up
                                                 +221 million, the replies +7 %), and it showed
                                                 确认订单 on the rubric's documented non-example
                                                 麻烦留一下收件人、电话和地址哦 (as round 8's L1 0.00003)

What this says: features carrying the rules' own cue evidence (families), clause position, the
buyer's question and verdict pairs do not raise the CV by sample — the stacked verdicts already
carry what the families say, and the grams what the positions say. What raises it is training:
less L1, less weight on the hand-written sets, no gram seen in fewer than three samples (one
shop's own words). But the gain needs many more weights, and those cost more than the 2 % allowed
and lose a documented example; at the cost allowed (about 10,000 weights) the gain is under 0.005
or the sets fall. The sets held out whole also fall 0.5-1.3 points with the bigger model.
Also fixed in round 10: `--folds sample` held out only samples 1-5 (five folds: samples 6 and later
were never held out and were scored as the rules alone); it now makes a fold of every sample. The
fit multiplies a sparse matrix (scipy when present, else numpy) with the eight steps side by side,
about ten times faster, with the same figures to three decimals. `--items` reads a cached set of
verdicts, `--out-dir` writes the weights elsewhere (to compare variants without touching the
project), `--extra` adds the tried features (CV only: kefu does not compute them).

The defaults (L1 0.00005, the sets' weight 0.75) were kept in round 8 after a CV search on the
tuning samples 1-10, 12 and 13 (JD / Taobao lines / sessions CV micro F1). With round 7's rules:
these defaults 0.819 / 0.763 / 0.815; L1 0.00003 0.823 / 0.773 / 0.815; the sets' weight 0.5 or
0.6 with L1 0.00003 0.829 / 0.777 / 0.819. With round 8's rules: the defaults 0.827 / 0.777 /
0.824 (about 11,000 weights); L1 0.00003 0.832 / 0.785 / 0.828 (about 20,000), but trained on
everything it showed 确认订单 on one of the rubric's own documented non-examples (麻烦留一下收件人、
电话和地址哦, by a hair); weight 0.6 with L1 0.00003 0.836 / 0.790 / 0.830, but as shipped it left
four hand-written sets under round 7's. The model must keep the rules' documented examples, so
the defaults stay. Grams marking the start and end of a reply were tried as features in round 8
and dropped: no change in CV. Round 9 (sample 15 added, round 9's rules), the defaults: 0.829 /
0.797 / 0.832 against the rules' 0.811 / 0.776 / 0.813 (about 10,450 weights).
Round 7 (samples 1-9): the sets' weight 0.75 instead of 0.7 costs 0.002-0.003 CV F1 on the real
text and keeps every hand-written set, as shipped, at or above round 5's (set 5: 90.2 against 89.0 with 0.7). Round 6 (samples 1-6, 8):
L1 0.00005 gives 0.837 / 0.771 / 0.800 (JD / Taobao lines / sessions) with about 13,000 weights
(150 KB); 0.00003 gave 0.840 / 0.773 / 0.810 but less on the sets held out whole (set 2 0.863
against 0.870) and more weights. (Until round 5 the default was 0.0001, about 6,000 weights.)
    python3 Tools/eval-rubric/train_steps.py --score "回复" --buyer "买家消息" --rules greet,close

What it learns: for each of the eight steps, a logistic regression that reads the rules' own
verdicts (all eight, as features: stacking), the character 1-3-grams of the reply (NFKC,
lower case) and, as separate features, those of the buyer's messages before it; since round 19
each gram has a second weight per step, added only where the rules show that step. Presence only
(each n-gram counts once). L1 (accelerated proximal gradient) keeps few weights. Then two
thresholds per step, chosen on the cross-validated scores: one where the rules show the step
(how sure the model must be to take it away: a log-odds of -2.5 or lower) and one where they do
not (how sure it must be to add it: 0 or higher), for the best mean micro F1 over the real sources
plus that over the sets, with a penalty for any set that falls below the rules alone. Both are folded into the exported integers (the bias, and the weight of the rules' own
verdict for the step), so the verdict is still `bias + sum(weights of the features present) > 0`;
weights are integers (×1000), so the Swift side sums integers and is exactly deterministic.

Training data, all of it tuning data (besides the rubric's own examples):
- real shop text: evaluate_real's tuning samples (`TUNING`: sample.tsv with labels-a/-b,
  sample2.tsv with labels2-c/-d, sample3.tsv with labels3-e/-f, samples 4-10, 12, 13 and 15 with
  labelsN-x/-y), only where both labellers agree on a step; its untouched tests (`UNTOUCHED`:
  samples 11 and 14, round 8's, 16, round 9's, and 18, round 10's) are never read here; sample 17
  is tuning data (round 10) and is trained on. The text is read from ../shared/realdata at the
  listed lines only;
- the five hand-written sets heldout.tsv … heldout5.tsv, each reply on its own (no buyer), with
  one convention changed: a reply labelled 反问句 shows no `objection` (a retort never handles an
  objection), so that label is dropped there rather than learnt.
- reception_flow's documented examples and non-examples (ReceptionFlowRule.swift's triggers and
  passes that need no earlier replies: our sentences, each labelled for its one step), read with
  the rules' verdicts at each run, trained on in every fold and never scored, with the sets'
  share of the weight: the model must keep what the rubric documents.
The two kinds are weighted so that neither dominates (`--hand-weight`: the hand-written sets'
share of the total weight).

Cross-validation, by line (`--folds line`): five folds, fold k holding out the hand-written set k+1
whole (so each set is scored by a model that never saw its author) and a fifth of the real items
grouped by file line (a session is one group). `--folds sample` (the default since round 14): each real sample is a fold of its
own, folds 1-5 also holding out the hand-written set of the same number. The thresholds scored on a fold are
chosen on the other folds' scores only; the shipped thresholds on all the out-of-fold scores.
Figures are printed per real source and per set, beside the rules alone.

Output: Sources/KefuRubric/Model/step_model.weights (n-grams of at most 3 characters and their
integer weights, never a line of the data) and the expected sums in
Tests/KefuRubricTests/StepModelTests.swift (`fixed`); then it runs
`KEFU_UPDATE_WORDS=1 swift test --filter StepModelTests`, which writes the embedded form,
Sources/KefuRubric/Model/EmbeddedStepModel.swift (the matcher's tables as the weights file gives
them, in base64, decoded at start-up without reading a weight as text). Then run the tests. The rules' verdicts and the texts are cached in
/tmp (never in the project), keyed by a hash of the sources and the data, so a change to the rules
is always re-read.
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

import numpy as np

try:  # sparse products make the fit about ten times faster; numpy alone gives the same figures
    from scipy import sparse
except ImportError:
    sparse = None

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate as eh  # noqa: E402
import evaluate_real as ev  # noqa: E402

HERE = ev.HERE
REPO = ev.REPO
STEPS = ev.STEPS
SCALE = 1000
MODEL_DIR = os.path.join(REPO, "Sources", "KefuRubric", "Model")
# The real samples the model is trained on: evaluate_real's tuning data (sample 17 included since
# round 10), never its untouched tests (samples 11, 14, 16 and 18).
REAL = ev.TUNING
HAND = ["heldout.tsv", "heldout2.tsv", "heldout3.tsv", "heldout4.tsv", "heldout5.tsv"]
# The rubric's own documented step examples (reception_flow's triggers and passes in
# ReceptionFlowRule.swift, our sentences): trained on with the sets (unless `--no-rubric-examples`),
# one label each (a trigger shows its step, a pass does not), in every fold, never scored.
EXAMPLES = "rubric-examples"
RULE_SOURCE = os.path.join(REPO, "Sources", "KefuRubric", "Flow", "ReceptionFlowRule.swift")
FOLDS = 5
# Thresholds on the model's score (log-odds). To take away a step the rules show, the model must
# be sure it is absent (score at most -2.5, odds 12 to 1); to add one they do not show, it must
# lean to it (>= 0).
GRID_ON = np.round(np.arange(-4.0, -2.499, 0.25), 2)
GRID_ON_WIDE = np.round(np.arange(-4.0, -0.999, 0.25), 2)
GRID_OFF = np.round(np.arange(0.0, 3.001, 0.25), 2)
# Round 20 (`--thresholds`, `--grid-step`, `--margin`): what the thresholds maximise — the F1 of
# each real source pooled over its samples ("pooled", the default), the mean of its samples' F1
# ("sample-mean") or that mean with its worst sample's F1 ("sample-min": half each) — the grid's
# step, and a margin moved toward the rules' own verdict after the choice.
THRESHOLDS = "pooled"
MARGIN = 0.0
# `--scores`: out-of-fold scores saved by earlier runs (`--save-scores`), used instead of fitting;
# with several, each step's scores are taken from the run that reads that step best on the other
# folds (chosen again for each held-out fold: a per-step L1, say, chosen without the fold).
SAVED = []
ITERS = 300
# Variants of the training (round 19, `--soft`, `--balance`, `--balance-power`): the weight of a
# real cell the labellers split on (0: dropped), and how the real share of the weight is spread.
SOFT = 0.0
BALANCE = "none"
BALANCE_POWER = 1.0
L2 = 0.0
BAGS = 1
WIDE = False
SPLIT = False
SPREAD_POWER = 0.0
SPLIT_L1 = 1.0
# `--nb` (round 21): scale each gram column by its naive-Bayes log-count ratio before the fit.
NB = False
NB_ALPHA = 1.0
NB_POWER = 1.0
NB_FLOOR = 0.0
NB_CLIP = 0.0
NB_BETA = 1.0
CACHE_VERSION = 2
# "line": real items in five folds grouped by file line (a session is one line); "sample": each
# real sample is a fold of its own (folds 4 and 5 then hold only a hand-written set).
FOLD_MODE = "line"
PENALTY = 3.0


# ---------------------------------------------------------------- features

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


WORDS_DIR = os.path.join(REPO, "Sources", "KefuRubric", "Words")
# Extra feature kinds (variants tried under CV; see the docstring): "fam" the phrase families of
# the words files present in the reply, "famb" those of the buyer's messages, "pos" the grams of
# the last clause and of question clauses and the reply's first 1-2 characters, "bq" whether the
# buyer's last message asks (ends in ?/吗/呢) crossed with the rules' verdicts, "pairs" each pair
# of steps the rules show together and how many they show.
EXTRA = set()
MIN_SAMPLES = 1
_FAMILIES = None


def phrase_families():
    """The phrase families (词组) of the words files: (name, normalised phrases), as the
    rubric's matcher finds them (a phrase anywhere in the normalised text)."""
    global _FAMILIES
    if _FAMILIES is not None:
        return _FAMILIES
    fams = []
    blanks = " \t\r\u3000"
    for fn in sorted(os.listdir(WORDS_DIR)):
        if not fn.endswith(".words"):
            continue
        current = None
        with open(os.path.join(WORDS_DIR, fn), encoding="utf-8") as f:
            for raw in f.read().split("\n"):
                line = raw.strip(blanks)
                if not line or line.startswith("#"):
                    continue
                if line.startswith("["):
                    close = line.index("]")
                    kind = line[close + 1:].strip(blanks)
                    current = None
                    if kind in ("", "词组"):
                        current = (line[1:close].strip(blanks), [])
                        fams.append(current)
                    continue
                if current is None or line.startswith("说明：") or line.startswith("说明:"):
                    continue
                for w in line.split("|"):
                    w = w.strip(blanks)
                    if w:
                        current[1].append(norm(w))
    _FAMILIES = [(name, re.compile("|".join(re.escape(w) for w in sorted(set(ws)))))
                 for name, ws in fams if ws]
    return _FAMILIES


def families_in(text):
    t = norm(text)
    return {name for name, rx in phrase_families() if rx.search(t)}


CLAUSE_END = set("，,。.！!？?；;～~、\n \t\r")
ASK_END = set("?？吗呢")


def clauses_of(text):
    t = norm(text)
    out, cur = [], []
    for ch in t:
        cur.append(ch)
        if ch in CLAUSE_END:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return [c for c in out if c.strip("".join(CLAUSE_END))]


def asks(text):
    t = norm(text).rstrip(" \t\r\n～~。.!！")
    return bool(t) and t[-1] in ASK_END


def grams4(text, skip=False):
    """The reply's 4-grams (`--extra g4`) or its 3-grams with the middle of a 4-gram skipped
    (`--extra skip`, "ab_d" and "a_cd"), never across a blank."""
    t = norm(text)
    out = set()
    for i in range(len(t) - 3):
        g = t[i:i + 4]
        if any(c in " \t\n\r" for c in g):
            continue
        if skip:
            out.add(g[0] + g[1] + "_" + g[3])
            out.add(g[0] + "_" + g[2] + g[3])
        else:
            out.add(g)
    return out


def features(reply, buyer, rule_steps):
    f = {"r" + g for g in grams(reply)}
    if "g4" in EXTRA:
        f |= {"4" + g for g in grams4(reply)}
    if "skip" in EXTRA:
        f |= {"k" + g for g in grams4(reply, True)}
    if "hasbuyer" in EXTRA and buyer:
        f.add("zbuyer")
    if "nobuyer" not in EXTRA:
        for message in buyer:
            f |= {"b" + g for g in grams(message)}
    f |= {"s" + s for s in rule_steps}
    if "fam" in EXTRA:
        f |= {"f" + n for n in families_in(reply)}
    if "famb" in EXTRA:
        for message in buyer:
            f |= {"g" + n for n in families_in(message)}
    if "pos" in EXTRA:
        cl = clauses_of(reply)
        if cl:
            f |= {"l" + g for g in grams(cl[-1].rstrip("".join(CLAUSE_END)))}
            for c in cl:
                if asks(c.rstrip("，,；;、 ")):
                    f |= {"q" + g for g in grams(c.rstrip("".join(CLAUSE_END)))}
        t = norm(reply).lstrip(" \t\r\n")
        if t:
            f.add("^" + t[:1])
            f.add("^" + t[:2])
    if "shape" in EXTRA:
        t = norm(reply).strip(" \t\r\n")
        n = len(t)
        f.add("zlen%d" % (0 if n <= 5 else 1 if n <= 10 else 2 if n <= 20 else 3 if n <= 40 else 4))
        if asks(reply):
            f.add("zask")
        if any(c.isdigit() for c in t):
            f.add("znum")
        if re.search(r"\[[^\]]{1,8}\]", t):
            f.add("zph")
        if "?" in t:
            f.add("zq")
        if buyer and asks(buyer[-1]):
            f.add("zbask")
    if "pairs" in EXTRA:
        rs = sorted(rule_steps, key=STEPS.index)
        f |= {"p" + a + "+" + b for i, a in enumerate(rs) for b in rs[i + 1:]}
        f.add("n%d" % len(rs))
    if "bq" in EXTRA and buyer:
        if asks(buyer[-1]):
            f.add("xq")
            f |= {"xq" + s for s in rule_steps}
        else:
            f.add("xn")
    return f


# ---------------------------------------------------------------- data

def load_real(realdata, kefu):
    """Items of the three real samples: the rules' verdicts with the buyer where known."""
    items = []
    for sample, la, lb in REAL:
        smp = ev.load_sample(os.path.join(HERE, "real", sample), any_part=True)
        gold = ev.agreed(ev.load_labels(os.path.join(HERE, "real", la)),
                         ev.load_labels(os.path.join(HERE, "real", lb)))
        keys = sorted((k for k in gold if (k[0], k[1]) in smp), key=repr)
        out = ev.run_items(kefu, realdata, keys)
        buyers = {}
        for s, line in sorted({(k[0], k[1]) for k in keys if k[0] == "taobao_sessions.jsonl"}):
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
            items.append({"group": [k[0], k[1]], "source": k[0], "sample": sample, "text": text,
                          "buyer": buyers.get(k, []), "gold": gold[k]["steps"],
                          "eval": gold[k]["steps"], "rules": list(v["steps"]),
                          "rhetorical": bool(v["rhetorical"])})
    return items


def load_hand(kefu):
    """Items of the five hand-written sets, each reply checked on its own as evaluate.py does."""
    items = []
    for name in HAND:
        rows = eh.load_tsv(os.path.join(HERE, name))
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            outs = list(pool.map(lambda r: eh.run_one(kefu, r["text"]), rows))
        for r, v in zip(rows, outs):
            labelled = {s: s in r["steps"] for s in STEPS}
            gold = dict(labelled)
            if r["rhetorical"]:
                gold["objection"] = False  # a retort never handles an objection
            items.append({"group": [name, r["line"]], "source": name, "sample": name, "text": r["text"],
                          "buyer": [], "gold": gold, "eval": labelled,
                          "rules": sorted(v["steps"], key=STEPS.index),
                          "rhetorical": bool(v["rhetorical"])})
    return items


def load_examples(kefu):
    """Items of reception_flow's documented examples that need no earlier replies: the step each
    names is labelled shown (a trigger) or not shown (a pass); the other steps are unknown."""
    src = open(RULE_SOURCE, encoding="utf-8").read()
    start, passes = src.index("triggers: ["), src.index("passes: [")
    example = re.compile(r'RuleExample\(\s*"((?:[^"\\]|\\.)*)"((?:[^()]|\([^()]*\))*)\)')
    rows = []
    for m in example.finditer(src, start):
        text, rest = m.group(1), m.group(2)
        step = re.search(r"step: \.(\w+)", rest)
        if not step or "earlier:" in rest:
            continue
        buyer = re.findall(r'"((?:[^"\\]|\\.)*)"', rest.split("step:")[0]) if "buyer:" in rest else []
        rows.append((m.start() < passes, text, buyer, step.group(1)))
    # The rules' verdicts as kefu check gives them, the last buyer message before the reply.
    lines = ["\t".join([buyer[-1] if buyer else "", text]) for _, text, buyer, _ in rows]
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write("\n".join(lines) + "\n")
    try:
        out = subprocess.run([kefu, "check", "--jsonl", "--with-buyer", f.name], capture_output=True,
                             text=True, check=True).stdout.splitlines()
    finally:
        os.unlink(f.name)
    if len(out) != len(rows):
        sys.exit(f"kefu gave {len(out)} results for {len(rows)} rubric examples")
    items = []
    for k, ((trigger, text, buyer, step), line) in enumerate(zip(rows, out)):
        v = json.loads(line)
        items.append({"group": [EXAMPLES, k], "source": EXAMPLES, "sample": EXAMPLES, "text": text,
                      "buyer": buyer, "gold": {step: trigger}, "eval": {},
                      "rules": sorted(v["steps"], key=STEPS.index), "rhetorical": bool(v["rhetorical"])})
    return items


def data_key(kefu, realdata):
    """A hash of what the rules' verdicts depend on: the sources (not the model) and the data."""
    h = hashlib.sha256()
    h.update(f"items v{CACHE_VERSION}".encode())
    h.update(os.path.abspath(kefu).encode())
    if os.environ.get("KEFU"):
        st = os.stat(kefu)
        h.update(f"{st.st_size} {st.st_mtime_ns}".encode())
    paths = []
    for root, dirs, files in os.walk(os.path.join(REPO, "Sources")):
        dirs[:] = sorted(d for d in dirs if os.path.join(root, d) != MODEL_DIR)
        paths += [os.path.join(root, f) for f in sorted(files)]
    paths += [os.path.join(HERE, "real", f) for r in REAL for f in r]
    paths += [os.path.join(HERE, f) for f in HAND]
    for p in paths:
        h.update(p.encode())
        with open(p, "rb") as f:
            h.update(f.read())
    h.update(os.path.abspath(realdata).encode())
    return h.hexdigest()[:16]


def load_items(args):
    realdata = os.path.abspath(args.realdata)
    if not os.path.isdir(realdata):
        sys.exit(f"no real data at {realdata} (../shared/realdata): it is needed to train")
    if args.items:
        # A cache written by an earlier run (for comparing variants on the same verdicts).
        with open(args.items, encoding="utf-8") as f:
            return json.load(f)
    kefu = ev.find_kefu(args.no_build)
    cache = os.path.join(args.cache_dir, f"kefu-train-steps-{data_key(kefu, realdata)}.json")
    if os.path.exists(cache):
        with open(cache, encoding="utf-8") as f:
            return json.load(f)
    print("reading the rules' verdicts (kefu check) ...", file=sys.stderr, flush=True)
    items = load_real(realdata, kefu) + load_hand(kefu)
    # The cache holds the texts: it stays in /tmp, never in the project.
    with open(cache, "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False)
    return items


# ---------------------------------------------------------------- the design matrix

class Design:
    """All items' features as (row, column) pairs of a 0/1 matrix over every feature seen."""

    def __init__(self, items):
        self.names = []
        index = {}
        rows, cols = [], []
        for i, it in enumerate(items):
            for g in sorted(features(it["text"], it["buyer"], it["rules"])):
                j = index.get(g)
                if j is None:
                    j = index[g] = len(self.names)
                    self.names.append(g)
                rows.append(i)
                cols.append(j)
        self.n = len(items)
        self.rows = np.array(rows, dtype=np.int64)
        self.cols = np.array(cols, dtype=np.int64)
        self.is_rule = np.array([g[0] == "s" for g in self.names])
        # The sample (or hand-written set) each item comes from: a gram seen in one sample only
        # is likely one shop's own word (see `sub`).
        names = sorted({it["sample"] for it in items})
        self.sample = np.array([names.index(it["sample"]) for it in items], dtype=np.int64)
        self.rules = rule_matrix(items)

    def sub(self, train, vocab_min):
        """The training rows and the kept features (seen in at least vocab_min training items,
        and in at least MIN_SAMPLES of the training samples and hand-written sets)."""
        mask_row = np.zeros(self.n, dtype=bool)
        mask_row[train] = True
        keep_nz = mask_row[self.rows]
        df = np.bincount(self.cols[keep_nz], minlength=len(self.names))
        ok = df >= vocab_min
        pairs = np.unique(self.cols[keep_nz] * 64 + self.sample[self.rows[keep_nz]])
        spread = np.bincount(pairs // 64, minlength=len(self.names))
        if MIN_SAMPLES > 1:
            ok &= spread >= MIN_SAMPLES
        kept = np.flatnonzero(ok | self.is_rule)
        # `--spread-power`: each kept feature's L1 scaled by (3 / the samples it is seen in) ** p.
        self.penalty = (3.0 / np.maximum(spread[kept], 1)) ** SPREAD_POWER
        remap = np.full(len(self.names), -1, dtype=np.int64)
        remap[kept] = np.arange(len(kept))
        return kept, remap

    def scores(self, items_idx, kept, remap, W, b):
        """Float totals (items × steps) of the given items for weights W (kept × steps)."""
        mask_row = np.zeros(self.n, dtype=bool)
        mask_row[items_idx] = True
        sel = mask_row[self.rows] & (remap[self.cols] >= 0)
        r, c = self.rows[sel], remap[self.cols[sel]]
        out = np.tile(b, (self.n, 1))
        d = len(kept)
        for s in range(len(STEPS)):
            out[:, s] += np.bincount(r, weights=W[c, s], minlength=self.n)
            if W.shape[0] == 2 * d:  # `--split`: the grams' weights where the rules show the step
                on = self.rules[r, s] & ~self.is_rule[kept[c]]
                out[:, s] += np.bincount(r[on], weights=W[c[on] + d, s], minlength=self.n)
        return out[items_idx]


def fit(design, items, train, lam, hand_weight, vocab_min):
    """The fit, or with `--bags` the average of BAGS fits, each on the training items of a random
    two thirds of the real samples (the sets and examples always): an average of linear models is
    one linear model."""
    if BAGS <= 1:
        return fit_one(design, items, train, lam, hand_weight, vocab_min)
    real = sorted({items[i]["sample"] for i in train
                   if items[i]["source"] not in HAND and items[i]["source"] != EXAMPLES})
    rng = np.random.default_rng(len(train))
    N = len(design.names)
    # With `--split` a fit's W holds the plain weights of its kept features, then their `+` weights.
    total = np.zeros((2 * N if SPLIT else N, len(STEPS)))
    bias = np.zeros(len(STEPS))
    for _ in range(BAGS):
        keep = set(rng.choice(real, size=max(1, round(len(real) * 2 / 3)), replace=False))
        sub = np.array([i for i in train if items[i]["sample"] in keep
                        or items[i]["source"] in HAND or items[i]["source"] == EXAMPLES])
        kept, _, W, b = fit_one(design, items, sub, lam, hand_weight, vocab_min)
        total[kept] += W[:len(kept)]
        if SPLIT:
            total[N + kept] += W[len(kept):]
        bias += b
    total /= BAGS
    bias /= BAGS
    used = np.abs(total[:N]).max(axis=1) > 0
    if SPLIT:
        used |= np.abs(total[N:]).max(axis=1) > 0
    kept = np.flatnonzero(used | design.is_rule)
    remap = np.full(N, -1, dtype=np.int64)
    remap[kept] = np.arange(len(kept))
    W = np.vstack([total[kept], total[N + kept]]) if SPLIT else total[kept]
    return kept, remap, W, bias


def fit_one(design, items, train, lam, hand_weight, vocab_min):
    """L1 logistic regression per step (FISTA, the eight steps side by side as the columns of
    one sparse product); returns (kept features, remap, W, b)."""
    kept, remap = design.sub(train, vocab_min)
    d = len(kept)
    pos = np.full(design.n, -1, dtype=np.int64)
    pos[train] = np.arange(len(train))
    sel = (pos[design.rows] >= 0) & (remap[design.cols] >= 0)
    r, c = pos[design.rows[sel]], remap[design.cols[sel]]
    n = len(train)
    if sparse is not None:
        X = sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(n, d))
        XT = X.T.tocsr()
        mul, tmul = (lambda M: X @ M), (lambda G: XT @ G)
    else:
        def mul(M):
            return np.stack([np.bincount(r, weights=M[c, k], minlength=n) for k in range(M.shape[1])], axis=1)

        def tmul(G):
            return np.stack([np.bincount(c, weights=G[r, k], minlength=d) for k in range(G.shape[1])], axis=1)
    hand = np.array([items[i]["source"] in HAND or items[i]["source"] == EXAMPLES for i in train])
    S = len(STEPS)
    Y = np.zeros((n, S))
    SW = np.zeros((n, S))
    # The group each real item's weight is balanced within (`--balance`): one group for all the
    # real text (the default), one per source, or one per source and sample.
    if BALANCE == "source":
        group = [items[i]["source"] for i in train]
    elif BALANCE == "sample":
        group = [items[i]["source"] + "/" + items[i]["sample"] for i in train]
    else:
        group = ["real"] * n
    gnames = sorted(set(group))
    gidx = np.array([gnames.index(g) for g in group])
    for s, step in enumerate(STEPS):
        known = np.array([step in items[i]["gold"] for i in train])
        Y[:, s] = [1.0 if items[i]["gold"].get(step) else 0.0 for i in train]
        # A real cell the two labellers split on (`--soft`): target 0.5 with SOFT times the weight.
        unit = known.astype(float)
        if SOFT > 0:
            split = ~hand & ~known
            Y[split, s] = 0.5
            unit[split] = SOFT
        # Each kind gets its share of the weight, spread evenly over its items; the real share is
        # split between the groups in proportion to (their weight) ** BALANCE_POWER.
        sw = np.zeros(n)
        m = hand & known
        if m.any():
            sw[m] = hand_weight * unit[m] / unit[m].sum()
        real = ~hand & (unit > 0)
        if real.any():
            tot = np.bincount(gidx[real], weights=unit[real], minlength=len(gnames))
            share = np.where(tot > 0, tot ** BALANCE_POWER, 0.0)
            share = (1.0 - hand_weight) * share / share.sum()
            sw[real] = unit[real] * share[gidx[real]] / tot[gidx[real]]
        SW[:, s] = sw / sw.sum()
    if SPLIT:
        # A second weight per gram and step, counted only where the rules show the step: each
        # step its own fit over [X, X where the rules show it].
        R = design.rules[train]
        Wall = np.zeros((2 * d, S))
        ball = np.zeros(S)
        gram = ~design.is_rule[kept[c]]
        pen = np.concatenate([design.penalty, SPLIT_L1 * design.penalty])[:, None]
        gram_cols = ~design.is_rule[kept]
        for s in range(S):
            on = R[r, s] & gram
            rr = np.concatenate([r, r[on]])
            cc = np.concatenate([c, c[on] + d])
            scale = nb_scale(design, kept, r, c, d, SW[:, s] > 0, Y[:, s] > 0.5, R[:, s]) if NB else None
            vals = np.ones(len(rr)) if scale is None else scale[cc]
            Xs = sparse.csr_matrix((vals, (rr, cc)), shape=(n, 2 * d))
            XsT = Xs.T.tocsr()
            w, bb = fista(lambda M: Xs @ M, lambda G: XsT @ G, 2 * d, SW[:, s:s + 1], Y[:, s:s + 1], lam * pen)
            if scale is not None and NB_BETA < 1.0:
                # Wang & Manning's interpolation: w <- (1 - beta) * mean|w| + beta * w over the
                # grams (the rules' own columns kept), i.e. a share of the naive-Bayes vote.
                g2 = np.concatenate([gram_cols, gram_cols])
                wbar = np.abs(w[g2, 0]).sum() / g2.sum()
                w[g2, 0] = (1.0 - NB_BETA) * wbar + NB_BETA * w[g2, 0]
            # The fit is over x_j * scale_j: the weight of the 0/1 gram is w_j * scale_j.
            Wall[:, s] = w[:, 0] if scale is None else w[:, 0] * scale
            ball[s] = bb[0]
        return kept, remap, Wall, ball
    W, b = fista(mul, tmul, d, SW, Y, lam * design.penalty[:, None])
    return kept, remap, W, b


def nb_scale(design, kept, r, c, d, known, positive, shown):
    """`--nb` (round 21): each gram column's scale for one step, NB-LR (Wang & Manning 2012):
    |log((p_j / |p|_1) / (q_j / |q|_1))| with p, q the smoothed (NB_ALPHA) counts of training
    items holding gram j among the step's positives and negatives; for the `+` columns the same
    among the items where the rules show the step. The rules' own columns stay 1. The sign of
    the ratio does not matter to an L1 fit (the weight takes it), only its size; `NB_POWER`
    softens it (|r| ** power), `NB_FLOOR` keeps every gram at least that scale."""
    out = np.ones(2 * d)
    for half, rows_ok in ((0, known), (1, known & shown)):
        pos_items = rows_ok & positive
        neg_items = rows_ok & ~positive
        p = NB_ALPHA + np.bincount(c[pos_items[r]], minlength=d)
        q = NB_ALPHA + np.bincount(c[neg_items[r]], minlength=d)
        gram = ~design.is_rule[kept]
        signed = np.log((p / p[gram].sum()) / (q / q[gram].sum()))
        ratio = np.maximum(np.abs(signed) ** NB_POWER, NB_FLOOR)
        if NB_CLIP > 0:
            ratio = np.minimum(ratio, NB_CLIP)
        if NB_BETA < 1.0:
            ratio *= np.sign(signed)  # the interpolation needs the ratio's sign
        ratio[design.is_rule[kept]] = 1.0
        out[half * d:(half + 1) * d] = ratio
    return out


def fista(mul, tmul, d, SW, Y, lam):
    S = SW.shape[1]
    # Lipschitz constant of each step's gradient: 1/4 of the top eigenvalue of X' diag(sw) X
    # (with the bias column), by power iteration from a fixed start.
    V = np.ones((d + 1, S)) / np.sqrt(d + 1)
    top = np.ones(S)
    for _ in range(30):
        xv = mul(V[:d]) + V[d]
        u = np.vstack([tmul(SW * xv), (SW * xv).sum(axis=0)])
        top = np.linalg.norm(u, axis=0)
        V = u / top
    step_size = 1.0 / (0.25 * top * 1.05 + L2)
    W = np.zeros((d, S))
    b = np.zeros(S)
    ZW, zb, t = W.copy(), b.copy(), 1.0
    for _ in range(ITERS):
        z = mul(ZW) + zb
        g = SW * (1.0 / (1.0 + np.exp(-z)) - Y)
        gw = tmul(g) + L2 * ZW
        gb = g.sum(axis=0)
        W_new = ZW - step_size * gw
        W_new = np.sign(W_new) * np.maximum(np.abs(W_new) - step_size * lam, 0.0)
        b_new = zb - step_size * gb
        t_new = (1.0 + np.sqrt(1.0 + 4.0 * t * t)) / 2.0
        ZW = W_new + ((t - 1.0) / t_new) * (W_new - W)
        zb = b_new + ((t - 1.0) / t_new) * (b_new - b)
        W, b, t = W_new, b_new, t_new
    return W, b


# ---------------------------------------------------------------- decisions and scores

def rule_matrix(items):
    return np.array([[s in it["rules"] for s in STEPS] for it in items])


def decide(scores, rules, rhetorical, t_on, t_off):
    """Steps shown: above the threshold for whether the rules show it; never objection beside a 反问句."""
    thr = np.where(rules, t_on[None, :], t_off[None, :])
    out = scores > thr
    out[rhetorical, STEPS.index("objection")] = False
    return out


def counts(items, idx, pred, field="eval"):
    """Per source: array steps × (tp, fp, fn) over the agreed labels."""
    res = {}
    for row, i in enumerate(idx):
        it = items[i]
        c = res.setdefault(it["source"], np.zeros((len(STEPS), 3), dtype=np.int64))
        for s, step in enumerate(STEPS):
            if step not in it[field]:
                continue
            g, p = it[field][step], pred[row, s]
            if g and p:
                c[s, 0] += 1
            elif p:
                c[s, 1] += 1
            elif g:
                c[s, 2] += 1
    return res


def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def micro(c):
    tp, fp, fn = c.sum(axis=0)
    return f1(tp, fp, fn)


def objective(f1s, base):
    """Mean F1 over the real sources plus mean F1 over the sets, minus a penalty for any set
    that falls below the rules alone. A key `source|sample` is one sample of a source
    (`--thresholds sample-mean` / `sample-min`): a source's F1 is then its samples' mean, or
    half that and half its worst sample's."""
    per = {}
    for k, v in f1s.items():
        if "|" in k:
            per.setdefault(k.split("|")[0], []).append(v)
    for k, vs in per.items():
        f1s = {**{x: y for x, y in f1s.items() if not x.startswith(k + "|")},
               k: np.mean(vs) if THRESHOLDS != "sample-min" else (np.mean(vs) + min(vs)) / 2}
    real = [v for k, v in f1s.items() if k not in HAND and k != EXAMPLES]
    hand = [v for k, v in f1s.items() if k in HAND]
    loss = sum(max(0.0, base[k] - f1s[k]) for k in f1s if k in HAND)
    return (np.mean(real) if real else 0.0) + (np.mean(hand) if hand else 0.0) - PENALTY * loss


def choose_thresholds(items, idx, scores, rules, rhetorical, base, passes=2):
    """Per step, (t_on, t_off) on GRID maximising `objective` (coordinate ascent over steps)."""
    t_on = np.zeros(len(STEPS))
    t_off = np.zeros(len(STEPS))
    # Per (item, step): the label, whether it is known, and the item's source number.
    def group(it):
        if THRESHOLDS == "pooled" or it["source"] in HAND or it["source"] == EXAMPLES:
            return it["source"]
        return it["source"] + "|" + it["sample"]

    sources = sorted({group(items[i]) for i in idx})
    src = np.array([sources.index(group(items[i])) for i in idx])
    known = np.array([[s in items[i]["eval"] for s in STEPS] for i in idx])
    gold = np.array([[bool(items[i]["eval"].get(s)) for s in STEPS] for i in idx])
    objection = STEPS.index("objection")

    def step_counts(s, pred_s):
        k = known[:, s]
        tp = np.bincount(src, weights=(k & gold[:, s] & pred_s), minlength=len(sources))
        fp = np.bincount(src, weights=(k & ~gold[:, s] & pred_s), minlength=len(sources))
        fn = np.bincount(src, weights=(k & gold[:, s] & ~pred_s), minlength=len(sources))
        return np.stack([tp, fp, fn], axis=1)

    def pred_step(s, on, off):
        p = scores[:, s] > np.where(rules[:, s], on, off)
        if s == objection:
            p &= ~rhetorical
        return p

    per_step = [step_counts(s, pred_step(s, 0.0, 0.0)) for s in range(len(STEPS))]
    for _ in range(passes):
        for s in range(len(STEPS)):
            rest = sum(per_step[x] for x in range(len(STEPS)) if x != s)
            best = None
            for on in (GRID_ON_WIDE if WIDE else GRID_ON):
                for off in GRID_OFF:
                    c = rest + step_counts(s, pred_step(s, on, off))
                    f1s = {sources[j]: f1(*c[j]) for j in range(len(sources))}
                    o = objective(f1s, base)
                    # Ties: the threshold nearest zero, then the lower one (a fixed order).
                    key = (round(o, 9), -abs(on) - abs(off), -on, -off)
                    if best is None or key > best[0]:
                        best = (key, on, off)
            t_on[s], t_off[s] = best[1], best[2]
            per_step[s] = step_counts(s, pred_step(s, t_on[s], t_off[s]))
    return t_on - MARGIN, t_off + MARGIN


def fold_of(item):
    if item["source"] == EXAMPLES:
        return -1  # trained on in every fold, never held out
    if item["source"] in HAND:
        return HAND.index(item["source"])
    if FOLD_MODE == "sample":
        return [r[0] for r in REAL].index(item["sample"])
    h = 0
    for ch in repr(item["group"]):
        h = (h * 131 + ord(ch)) % 1000003
    return h % FOLDS


def cross_validate(design, items, lam, hand_weight, vocab_min, base_all, verbose=True):
    """Out-of-fold scores, then per fold thresholds chosen on the other folds' scores."""
    folds = np.array([fold_of(it) for it in items])
    # By sample: a fold per real sample (the first five also hold a hand-written set each).
    n_folds = int(folds.max()) + 1 if FOLD_MODE == "sample" else FOLDS
    scores = np.zeros((len(items), len(STEPS)))
    if SAVED:
        return cross_validate_saved(items, folds, n_folds, base_all)
    for k in range(n_folds):
        train = np.flatnonzero(folds != k)
        test = np.flatnonzero(folds == k)
        kept, remap, W, b = fit(design, items, train, lam, hand_weight, vocab_min)
        scores[test] = design.scores(test, kept, remap, W, b)
        if verbose:
            print(f"  fold {k + 1}/{n_folds} trained", file=sys.stderr, flush=True)
    rules = rule_matrix(items)
    rhet = np.array([it["rhetorical"] for it in items])
    pred = np.zeros_like(rules)
    for k in range(n_folds):
        other = np.flatnonzero(folds != k)
        test = np.flatnonzero(folds == k)
        t_on, t_off = choose_thresholds(items, other, scores[other], rules[other], rhet[other], base_all)
        pred[test] = decide(scores[test], rules[test], rhet[test], t_on, t_off)
    return scores, pred


def step_value(items, idx, scores, rules, rhet, s):
    """How well step s alone is read on the items idx: the best over the threshold grid of the
    mean F1 over the real sources plus the mean over the sets."""
    sources = sorted({items[i]["source"] for i in idx if items[i]["source"] != EXAMPLES})
    src = np.array([sources.index(items[i]["source"]) if items[i]["source"] in sources else -1
                    for i in idx])
    m = src >= 0
    known = np.array([STEPS[s] in items[i]["eval"] for i in idx])[m]
    gold = np.array([bool(items[i]["eval"].get(STEPS[s])) for i in idx])[m]
    real = np.array([x not in HAND for x in sources])
    best = -1.0
    for on in (GRID_ON_WIDE if WIDE else GRID_ON):
        for off in GRID_OFF:
            p = scores[idx, s] > np.where(rules[idx, s], on, off)
            if STEPS[s] == "objection":
                p &= ~rhet[idx]
            p = p[m]
            tp = np.bincount(src[m], weights=known & gold & p, minlength=len(sources))
            fp = np.bincount(src[m], weights=known & ~gold & p, minlength=len(sources))
            fn = np.bincount(src[m], weights=known & gold & ~p, minlength=len(sources))
            f = np.where(tp > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1), 0.0)
            best = max(best, f[real].mean() + f[~real].mean())
    return best


def cross_validate_saved(items, folds, n_folds, base_all):
    """`--scores`: the saved out-of-fold scores instead of fits; with several runs' scores, each
    held-out fold takes each step's scores from the run whose scores read that step best on the
    other folds (`step_value`)."""
    rules = rule_matrix(items)
    rhet = np.array([it["rhetorical"] for it in items])
    pred = np.zeros_like(rules)
    scores = SAVED[0].copy()
    for k in range(n_folds):
        other = np.flatnonzero(folds != k)
        test = np.flatnonzero(folds == k)
        comb = SAVED[0].copy()
        if len(SAVED) > 1:
            pick = []
            for s in range(len(STEPS)):
                j = int(np.argmax([step_value(items, other, sv, rules, rhet, s) for sv in SAVED]))
                comb[:, s] = SAVED[j][:, s]
                pick.append(j)
            print(f"  fold {k + 1}/{n_folds}: each step's run " + " ".join(map(str, pick)), file=sys.stderr)
            scores[test] = comb[test]
        t_on, t_off = choose_thresholds(items, other, comb[other], rules[other], rhet[other], base_all)
        pred[test] = decide(comb[test], rules[test], rhet[test], t_on, t_off)
    return scores, pred


# ---------------------------------------------------------------- report

def source_order(items):
    real = [s for s in ev.SOURCES if any(it["source"] == s for it in items)]
    return real + [s for s in HAND if any(it["source"] == s for it in items)]


def report(items, pred_rules, pred_model, title):
    idx = np.arange(len(items))
    cr, cm = counts(items, idx, pred_rules), counts(items, idx, pred_model)
    print(f"\n{title}")
    print(f"{'source':24} {'rules P / R / F1':>22} {'model P / R / F1':>22}")
    for src in source_order(items):
        def prf(c):
            tp, fp, fn = c.sum(axis=0)
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            return f"{p:.3f} / {r:.3f} / {f1(tp, fp, fn):.3f}"
        print(f"{src:24} {prf(cr[src]):>22} {prf(cm[src]):>22}")
    # Steps with at least 10 positives under P or R 0.7 (real sources).
    weak = []
    for src in source_order(items):
        for s, step in enumerate(STEPS):
            for name, c in (("rules", cr[src]), ("model", cm[src])):
                tp, fp, fn = c[s]
                if tp + fn < 10:
                    continue
                p = tp / (tp + fp) if tp + fp else 0.0
                r = tp / (tp + fn)
                if p < 0.7 or r < 0.7:
                    weak.append(f"{name} {src} {step} P {p:.2f} R {r:.2f} ({tp + fn})")
    print("steps with >= 10 positives under P or R 0.70:")
    for w in weak:
        print("  " + w)
    return {src: micro(cm[src]) for src in cm}


# ---------------------------------------------------------------- export

def export(design, kept, W, b, t_on, t_off, meta, out_dir=MODEL_DIR):
    lines = [
        "# 八步接待的学习修正（issue 11）：每步一组权重，由 Tools/eval-rubric/train_steps.py 训练生成，勿手改。",
        "# 格式：[步骤] 开始一步；bias 与权重都是整数（×1000）；特征以 r（回复）、b（买家消息）、s（规则判定的步骤）开头，",
        "# r/b 之后是至多 3 个字的字串（NFKC、小写）。特征之和加 bias 大于 0 即判这一步。",
        f"# {meta}",
        "# 每步两个阈值已并入 bias 与本步的 s 权重（规则判了此步 / 没判此步时各自的门槛）。",
    ]
    names = [design.names[j] for j in kept]
    if W.shape[0] == 2 * len(kept):
        # `--split`: a gram's second weight, counted only where the rules show the step, is
        # written `+` and the gram (the rules' own features have none).
        names = names + ["+" + g for g in names]
    for s, step in enumerate(STEPS):
        weights = {}
        for j, g in enumerate(names):
            v = int(round(W[j, s] * SCALE))
            if v:
                assert g[:2] not in ("+s",)
                weights[g] = v
        off = int(round(t_off[s] * SCALE))
        on = int(round(t_on[s] * SCALE))
        own = "s" + step
        weights[own] = weights.get(own, 0) - (on - off)
        if weights[own] == 0:
            del weights[own]
        lines.append("")
        lines.append(f"[{step}]")
        lines.append(f"bias\t{int(round(b[s] * SCALE)) - off}")
        for g in sorted(weights):
            assert g[0] == "s" or len(g.lstrip("+")) - 1 <= 3
            lines.append(f"{g}\t{weights[g]}")
    text = "\n".join(lines) + "\n"
    with open(os.path.join(out_dir, "step_model.weights"), "w", encoding="utf-8") as f:
        f.write(text)


def update_embedded():
    """Regenerate Model/EmbeddedStepModel.swift (the matcher's tables, encoded) from the weights
    file: the Swift side lays them out, so the one command is its test in update mode."""
    subprocess.run(["swift", "test", "--filter", "StepModelTests"], cwd=REPO, check=False,
                   env=dict(os.environ, KEFU_UPDATE_WORDS="1"), stdout=sys.stderr)


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
    """Each step's integer total: the bias, the weights of the features present, and the `+`
    weights of the grams present where the rules show the step."""
    f = features(reply, buyer, rules)
    out = []
    for s in STEPS:
        w = model[s][0]
        t = model[s][1] + sum(w.get(g, 0) for g in f)
        if s in rules:
            t += sum(w.get("+" + g, 0) for g in f if g[0] != "s")
        out.append(t)
    return out


# The inputs of StepModelTests.fixed: the Swift sums of the exported weights must be these.
FIXED = [("亲，您好，欢迎光临小店～", [], []),
         ("这件是纯棉的，您穿L码合适，现在下单今天就能发货", ["这件什么面料？"], ["recommend"]),
         ("好的，地址是北京市朝阳区，收件人张先生，对吗？", [], ["confirm", "close"]),
         ("感谢您的光临，祝您生活愉快，再见", ["好的谢谢"], ["farewell"])]
TESTS = os.path.join(REPO, "Tests", "KefuRubricTests", "StepModelTests.swift")


def update_test_sums():
    """Write the exported model's sums for FIXED into StepModelTests.fixed (in place, in order)."""
    with open(TESTS, encoding="utf-8") as f:
        text = f.read()
    start = text.index("static let fixed")
    head, body = text[:start], text[start:]
    model = load_weights(os.path.join(MODEL_DIR, "step_model.weights"))
    sums = [totals(model, r, b, rules) for r, b, rules in FIXED]
    arrays = re.compile(r"\[-?\d+(?:, -?\d+){7}\]")
    found = arrays.findall(body)
    if len(found) != len(FIXED) or any(f'"{r}"' not in body for r, _, _ in FIXED):
        sys.exit(f"{TESTS}: StepModelTests.fixed does not hold the inputs of FIXED; update both")
    it = iter(sums)
    body = arrays.sub(lambda m: "[" + ", ".join(str(x) for x in next(it)) + "]", body)
    with open(TESTS, "w", encoding="utf-8") as f:
        f.write(head + body)


def exported_predictions(items, out_dir=MODEL_DIR):
    """What kefu will show with the exported integer weights (and the 反问句 veto)."""
    model = load_weights(os.path.join(out_dir, "step_model.weights"))
    pred = np.zeros((len(items), len(STEPS)), dtype=bool)
    for i, it in enumerate(items):
        t = totals(model, it["text"], it["buyer"], it["rules"])
        pred[i] = [x > 0 for x in t]
        if it["rhetorical"]:
            pred[i, STEPS.index("objection")] = False
    return pred


# ---------------------------------------------------------------- main

def main():
    global MIN_SAMPLES, SOFT, BALANCE, BALANCE_POWER, ITERS, L2, BAGS, WIDE, SPLIT, SPREAD_POWER, SPLIT_L1
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--realdata", default=os.path.join(REPO, "..", "shared", "realdata"))
    ap.add_argument("--cv-only", action="store_true", help="cross-validate, do not export")
    ap.add_argument("--search", action="store_true", help="cross-validate a small grid of hyper-parameters")
    ap.add_argument("--cache-dir", default="/tmp")
    ap.add_argument("--out-dir", default=MODEL_DIR,
                    help="write the weights here (the test sums are updated only for the default)")
    ap.add_argument("--items", help="read the replies and the rules' verdicts from this cache file")
    ap.add_argument("--folds", choices=["line", "sample"], default="sample",
                    help="group the real items of the CV by sample (the default: a fold per sample) or by file line (five folds)")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--l1", type=float, default=0.00001)
    ap.add_argument("--hand-weight", type=float, default=0.6,
                    help="share of the training weight given to the hand-written sets (0-1)")
    ap.add_argument("--min-count", type=int, default=3, help="drop n-grams seen in fewer training items")
    ap.add_argument("--min-samples", type=int, default=3,
                    help="drop n-grams seen in fewer samples (a hand-written set counts as one)")
    ap.add_argument("--soft", type=float, default=0.0,
                    help="train on the real cells the labellers split on, target 0.5, with this weight (0: drop them)")
    ap.add_argument("--balance", choices=["none", "source", "sample"], default="none",
                    help="spread the real share of the weight over sources or source-samples")
    ap.add_argument("--balance-power", type=float, default=1.0,
                    help="each group's share is its size to this power (1: by size, 0: equal)")
    ap.add_argument("--l2", type=float, default=0.0, help="an L2 penalty beside the L1 (elastic net)")
    ap.add_argument("--wide", action="store_true",
                    help="let the model take away a step the rules show at a log-odds up to -1 (not -2.5)")
    ap.add_argument("--no-split", dest="split", action="store_false",
                    help="no `+` weights (before round 19): one weight per gram and step")
    ap.add_argument("--spread-power", type=float, default=0.0,
                    help="scale each feature's L1 by (3 / the training samples it is seen in) ** this")
    ap.add_argument("--split-l1", type=float, default=1.0,
                    help="with --split: the second weights' L1, as a multiple of --l1")
    ap.add_argument("--nb", action="store_true",
                    help="scale each gram by its naive-Bayes log-count ratio for the step (NB-LR); the weights exported are the 0/1 grams'")
    ap.add_argument("--nb-alpha", type=float, default=1.0, help="with --nb: the counts' smoothing")
    ap.add_argument("--nb-power", type=float, default=1.0, help="with --nb: the scale is |ratio| ** this")
    ap.add_argument("--nb-floor", type=float, default=0.0, help="with --nb: no gram's scale below this")
    ap.add_argument("--nb-clip", type=float, default=0.0, help="with --nb: no gram's scale above this (0: none)")
    ap.add_argument("--nb-beta", type=float, default=1.0,
                    help="with --nb: interpolate the fitted weights toward their mean, (1 - beta) * mean|w| + beta * w (1: none)")
    ap.add_argument("--save-scores", help="save the out-of-fold scores (items × steps) to this .npy file")
    ap.add_argument("--bags", type=int, default=1,
                    help="average this many fits, each on two thirds of the real samples")
    ap.add_argument("--iters", type=int, default=ITERS, help="iterations of the fit")
    ap.add_argument("--thresholds", choices=["pooled", "sample-mean", "sample-min"], default="pooled",
                    help="choose the thresholds for each real source's F1 pooled over its samples (the default), "
                    "the mean of its samples' F1, or half that and half its worst sample's")
    ap.add_argument("--grid-step", type=float, default=0.25, help="the step of the thresholds' grid (log-odds)")
    ap.add_argument("--margin", type=float, default=0.0,
                    help="move each chosen threshold this far toward the rules' own verdict")
    ap.add_argument("--scores", help="comma-separated .npy files of --save-scores: CV on these scores, no fits "
                    "(with several, each step's scores from the run that reads it best on the other folds)")
    ap.add_argument("--extra", default="", help="extra feature kinds, comma-separated: fam, famb, pos, bq")
    ap.add_argument("--no-rubric-examples", dest="rubric_examples", action="store_false",
                    help="do not train on reception_flow's documented examples (trained on by default, with the sets' weight)")
    ap.add_argument("--score", metavar="REPLY", help="print the exported model's eight totals for REPLY")
    ap.add_argument("--buyer", action="append", default=[], help="with --score: a buyer message")
    ap.add_argument("--rules", default="", help="with --score: the rules' steps, comma-separated")
    args = ap.parse_args()
    EXTRA.update(x for x in args.extra.split(",") if x)
    L2, BAGS, WIDE, SPLIT = args.l2, args.bags, args.wide, args.split
    SPREAD_POWER, SPLIT_L1 = args.spread_power, args.split_l1
    global NB, NB_ALPHA, NB_POWER, NB_FLOOR, NB_CLIP, NB_BETA
    NB, NB_ALPHA, NB_POWER, NB_FLOOR, NB_CLIP = args.nb, args.nb_alpha, args.nb_power, args.nb_floor, args.nb_clip
    NB_BETA = args.nb_beta
    if NB and not SPLIT:
        sys.exit("--nb: only with the `+` weights (the default)")
    MIN_SAMPLES = args.min_samples
    SOFT, BALANCE, BALANCE_POWER, ITERS = args.soft, args.balance, args.balance_power, args.iters
    global THRESHOLDS, MARGIN, GRID_ON, GRID_ON_WIDE, GRID_OFF
    THRESHOLDS, MARGIN = args.thresholds, args.margin
    if args.grid_step != 0.25:
        g = args.grid_step
        GRID_ON = np.round(np.arange(-4.0, -2.5 + 1e-6, g), 4)
        GRID_ON_WIDE = np.round(np.arange(-4.0, -1.0 + 1e-6, g), 4)
        GRID_OFF = np.round(np.arange(0.0, 3.0 + 1e-6, g), 4)
    if args.scores:
        SAVED.extend(np.load(f) for f in args.scores.split(","))
        if not args.cv_only and len(SAVED) > 1:
            sys.exit("--scores: several runs' scores give CV figures only; use them with --cv-only")
    if args.score is not None:
        model = load_weights(os.path.join(MODEL_DIR, "step_model.weights"))
        rules = [s for s in args.rules.split(",") if s]
        print(" ".join(str(t) for t in totals(model, args.score, args.buyer, rules)))
        return 0
    # The stacked features are the rules' verdicts alone: kefu runs without its learned correction.
    os.environ["KEFU_STEP_MODEL"] = "0"
    global FOLD_MODE
    FOLD_MODE = args.folds
    items = load_items(args)
    if args.rubric_examples:
        items = items + load_examples(ev.find_kefu(True))
    design = Design(items)
    rules = rule_matrix(items)
    rhet = np.array([it["rhetorical"] for it in items])
    n_real = sum(it["source"] not in HAND and it["source"] != EXAMPLES for it in items)
    n_examples = sum(it["source"] == EXAMPLES for it in items)
    print(f"{len(items)} replies ({n_real} real, {len(items) - n_real - n_examples} hand-written, "
          f"{n_examples} rubric examples), "
          f"{len(design.names)} features")
    base_c = counts(items, np.arange(len(items)), rules)
    base_all = {src: micro(c) for src, c in base_c.items()}

    configs = [(args.l1, args.hand_weight, args.min_count)]
    if args.search:
        configs = [(lam, hw, args.min_count) for lam in (0.00003, 0.00005, 0.0001) for hw in (0.6, 0.75)]
    best = None
    for lam, hw, vm in configs:
        scores, pred = cross_validate(design, items, lam, hw, vm, base_all)
        if args.save_scores:
            np.save(args.save_scores, scores)
        f1s = report(items, rules, pred,
                     f"cross-validated (real grouped by {FOLD_MODE}; not held out), l1 {lam}, hand weight {hw}, min count {vm}:")
        o = objective(f1s, base_all)
        print("micro F1: " + " / ".join(f"{f1s[k]:.4f}" for k in source_order(items) if k in f1s), flush=True)
        print(f"objective {o:.4f}", flush=True)
        if best is None or o > best[0]:
            best = (o, lam, hw, vm, scores)
    _, lam, hw, vm, scores = best
    if args.search:
        print(f"\nchosen: l1 {lam}, hand weight {hw}, min count {vm}")
    if args.cv_only:
        return 0
    if EXTRA:
        sys.exit("--extra: kefu does not compute these features; use them with --cv-only")
    all_idx = np.arange(len(items))
    t_on, t_off = choose_thresholds(items, all_idx, scores, rules, rhet, base_all)
    print("thresholds (rules show / do not show the step): "
          + ", ".join(f"{s} {a:+.2f}/{b:+.2f}" for s, a, b in zip(STEPS, t_on, t_off)))
    kept, _, W, b = fit(design, items, all_idx, lam, hw, vm)
    export(design, kept, W, b, t_on, t_off,
           f"超参数：最少出现 {vm} 次{f'、至少见于 {MIN_SAMPLES} 个样本' if MIN_SAMPLES > 1 else ''}，L1 {lam}，手写集权重 {hw}{'，另有「+」权重（规则判了此步时才计入）' if SPLIT else ''}{f'，字串先按朴素贝叶斯对数比缩放（|r|^{NB_POWER:g}，权重已乘回）' if NB else ''}，阈值按{'样本' if FOLD_MODE == 'sample' else '行'}交叉验证选定；训练：真实文本的调试样本（evaluate_real 的 TUNING，样本 17 除外）与五个手写集{'，及规则说明里八步接待的示例句（与手写集同权）' if args.rubric_examples else ''}。",
           args.out_dir)
    if os.path.abspath(args.out_dir) == os.path.abspath(MODEL_DIR):
        update_test_sums()
        update_embedded()
    nonzero = [(np.round(W[:, s] * SCALE) != 0).sum() for s in range(len(STEPS))]
    print("weights: " + ", ".join(f"{s} {k}" for s, k in zip(STEPS, nonzero)))
    report(items, rules, exported_predictions(items, args.out_dir),
           "in-sample, exported weights (not a measure):")
    return 0


if __name__ == "__main__":
    sys.exit(main())
