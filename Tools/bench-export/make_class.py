#!/usr/bin/env python3
"""Makes a class folder of N records for the export benchmark.

Seed records (real ones, written by `kefu play --script` for every path in scenarios/paths)
are copied N times over 40 machine folders with new session ids, students, classes and
start times, so `kefu export` replays real sessions through real scenarios.

usage: make_class.py SEED_DIR OUT_DIR N
"""
import json, os, random, sys

seed_dir, out_dir, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
seeds = []
for root, _, files in os.walk(seed_dir):
    for f in sorted(files):
        if f.endswith(".json"):
            with open(os.path.join(root, f), encoding="utf-8") as fh:
                seeds.append(json.load(fh))
if not seeds:
    sys.exit("no seed records in " + seed_dir)
rng = random.Random(42)
surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"
for i in range(n):
    r = dict(seeds[i % len(seeds)])
    student = i % 400
    r["session_id"] = "20261123T%06dZ-%012x" % (i % 240000, rng.getrandbits(48))
    r["mode"] = "solo" if i % 10 else "script"
    r["players"] = [{
        "name": surnames[student % 20] + given[student // 20 % 20],
        "id": "2026%04d" % student, "class": "电商%d班" % (student % 8 + 1), "role": "seller"}]
    r["started_at"] = "2026-11-%02dT%02d:%02d:%02d+08:00" % (
        1 + i % 28, 8 + i % 10, i % 60, (i * 7) % 60)
    machine = os.path.join(out_dir, "机房-%02d" % (i % 40))
    os.makedirs(machine, exist_ok=True)
    with open(os.path.join(machine, "r%05d.json" % i), "w", encoding="utf-8") as fh:
        json.dump(r, fh, ensure_ascii=False)
