#!/usr/bin/env python3
"""Makes a class folder of N records for the export benchmark, deterministically.

Seed records (real ones, written by `kefu play --script` for every path in scenarios/paths and
by `kefu shift --script` for the shift script) are copied N times over 40 machine folders with
new session ids, seeds, students, classes and start times, so `kefu export` replays real sessions
through real scenarios. As in a real class, some sessions are cut short (every 20th: the first
half of the messages, unfinished, stopped a few seconds after the last one) and some were played
from a scenario file edited since (every 50th: another hash, so they are graded from their
messages alone). The same seeds and N give the same files, byte for byte.

usage: make_class.py SEED_DIR OUT_DIR N
"""
import json, os, random, sys

seed_dir, out_dir, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
seeds = []
for root, _, files in os.walk(seed_dir):
    for f in files:
        if f.endswith(".json"):
            with open(os.path.join(root, f), encoding="utf-8") as fh:
                seeds.append(json.load(fh))
if not seeds:
    sys.exit("no seed records in " + seed_dir)
# File names and session ids of the seeds are random: order them by what they hold.
seeds.sort(key=lambda r: (r["scenario"]["path"], json.dumps(r["messages"], ensure_ascii=False),
                          json.dumps(r.get("shift"), ensure_ascii=False)))
rng = random.Random(42)
surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"


def record_text(r):
    """The layout kefu writes: one top-level field a line, one message a line."""
    out = ["{"]
    keys = list(r)
    for k, key in enumerate(keys):
        value = r[key]
        end = "," if k + 1 < len(keys) else ""
        if isinstance(value, list) and value:
            items = ",\n".join("    " + json.dumps(v, ensure_ascii=False, separators=(",", ":"))
                               for v in value)
            out.append(f"  {json.dumps(key)}: [\n{items}\n  ]{end}")
        else:
            out.append(f"  {json.dumps(key)}: "
                       f"{json.dumps(value, ensure_ascii=False, separators=(',', ':'))}{end}")
    return "\n".join(out) + "\n}\n"


for i in range(n):
    r = json.loads(json.dumps(seeds[i % len(seeds)]))
    student = i % 400
    r["session_id"] = "20261123T%06dZ-%012x" % (i % 240000, rng.getrandbits(48))
    r["seed"] = rng.getrandbits(52)
    r["mode"] = ("shift" if "shift" in r else "solo") if i % 10 else "script"
    r["players"] = [{
        "name": surnames[student % 20] + given[student // 20 % 20],
        "id": "2026%04d" % student, "class": "电商%d班" % (student % 8 + 1), "role": "seller"}]
    r["started_at"] = "2026-11-%02dT%02d:%02d:%02d+08:00" % (
        1 + i % 28, 8 + i % 10, i % 60, (i * 7) % 60)
    if i % 20 == 7 and len(r["messages"]) > 2:
        r["messages"] = r["messages"][:len(r["messages"]) // 2]
        r["finished"] = False
        r["buyer_end"] = None
        r["stopped_ms"] = r["messages"][-1]["ms"] + 4000
        r.pop("grade", None)
    if i % 50 == 13:
        r["scenario"]["hash"] = "%064x" % rng.getrandbits(256)
    machine = os.path.join(out_dir, "机房-%02d" % (i % 40))
    os.makedirs(machine, exist_ok=True)
    with open(os.path.join(machine, "r%05d.json" % i), "w", encoding="utf-8") as fh:
        fh.write(record_text(r))
