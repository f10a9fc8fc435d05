#!/usr/bin/env python3
"""Benchmark: `kefu export` of a class of N records (10,000 by default).

    python3 Tools/bench-export/bench.py [--kefu PATH] [--vs OTHER_KEFU] [--records N]
                                        [--runs 5] [--class-dir DIR] [--csv FILE]

Run from the repository root (the records name `scenarios/…`, found from there). Makes the class
with `make_class.py` from records the binary itself writes by playing every shipped path (or
reuses `--class-dir` when it already holds records), warms up once, then times `--runs` runs of
`kefu export DIR -o FILE` as whole processes and prints the minimum, median and maximum of the
wall time, the CPU time (user + sys) and the peak RSS. With `--vs`, the two binaries run in turn
(A B A B …), their figures and the ratio A/B of each pair are printed, and their CSVs must be
byte-identical. `--csv FILE` keeps the CSV (of the first binary).

`--reference OLD_KEFU` runs an older kefu in turn instead (the one the target was set against);
its CSV is not compared, since it grades by the rules of its day. `--root DIR` runs both from DIR,
where the records' `scenarios/…` are looked up (the older checkout's own lessons). `vs-issue.sh`
uses both to measure against the binary of the day the target was set.
"""
import argparse
import filecmp
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def seed_records(kefu, folder):
    """Every shipped play path played by script, and the shift script, into `folder`."""
    for path in sorted(glob.glob(os.path.join(ROOT, "scenarios", "paths", "*.txt"))):
        name = os.path.basename(path)
        if name.startswith("shift-"):
            numbers = name[len("shift-"):-len(".txt")].split("-")
            scenarios = [glob.glob(os.path.join("scenarios", n + "-*.kefu"))[0] for n in numbers]
            argv = [kefu, "shift", *scenarios, "--every", "10"]
        else:
            argv = [kefu, "play", os.path.join("scenarios", name.split(".")[0] + ".kefu")]
        argv += ["--script", path, "--json", "--name", "种子", "--records", folder]
        # A lose path exits 1 by design; only a missing record matters.
        subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not glob.glob(os.path.join(folder, "*.json")):
        sys.exit("no seed records were written: is the binary built?")


def run(argv, out_path, cwd):
    """One run as a whole process, from `cwd`: (wall s, cpu s, peak RSS MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0 or not os.path.exists(out_path):
        sys.exit(f"{' '.join(argv)} exited {code}: {proc.stderr.read().decode()[:500]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def spread(values, unit):
    return "  ".join(f"{f(values):7.3f}{unit}" for f in (min, statistics.median, max))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kefu", default=os.path.join(ROOT, ".build", "release", "kefu"))
    p.add_argument("--vs", help="a second kefu binary to run in turn with the first")
    p.add_argument("--reference", help="an older kefu to run in turn (its CSV not compared)")
    p.add_argument("--root", help="run the binaries from here (default: the repository root)")
    p.add_argument("--records", type=int, default=10000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--class-dir", help="where the class is made (kept); reused if it has records")
    p.add_argument("--csv", help="keep the exported CSV here")
    args = p.parse_args()
    if args.vs and args.reference:
        sys.exit("--vs and --reference: one or the other")
    cwd = os.path.abspath(args.root) if args.root else ROOT
    other = args.vs or args.reference
    kefus = [os.path.abspath(k) for k in [args.kefu] + ([other] if other else [])]
    for k in kefus:
        if not os.path.exists(k):
            sys.exit(f"{k} not found: run `swift build -c release --product kefu` first")
    tmp = tempfile.mkdtemp(prefix="kefu-bench-export-")
    try:
        folder = os.path.abspath(args.class_dir) if args.class_dir else os.path.join(tmp, "class")
        if not glob.glob(os.path.join(folder, "*", "*.json")):
            seeds = os.path.join(tmp, "seed")
            seed_records(kefus[0], seeds)
            subprocess.run([sys.executable, os.path.join(HERE, "make_class.py"), seeds, folder,
                            str(args.records)], check=True)
        count = len(glob.glob(os.path.join(folder, "*", "*.json")))
        size = sum(os.path.getsize(f) for f in glob.glob(os.path.join(folder, "*", "*.json")))
        load = os.getloadavg()
        print(f"kefu export: {count} records, {size / 2**20:.1f} MiB, {os.cpu_count()} cores, "
              f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        outs = [os.path.join(tmp, f"out{i}.csv") for i in range(len(kefus))]
        argvs = [[k, "export", folder, "-o", o] for k, o in zip(kefus, outs)]
        for argv, out in zip(argvs, outs):  # warm-up: page cache, scenario files
            run(argv, out, cwd)
        figures = [[] for _ in kefus]
        for _ in range(args.runs):
            for i, (argv, out) in enumerate(zip(argvs, outs)):
                figures[i].append(run(argv, out, cwd))
        rows = sum(1 for _ in open(outs[0], "rb")) - 1
        print(f"{rows} rows; {args.runs} runs after a warm-up; min  median  max")
        for k, f in zip(kefus, figures):
            print(k)
            print("  wall " + spread([x[0] for x in f], " s"))
            print("  cpu  " + spread([x[1] for x in f], " s"))
            print("  rss  " + spread([x[2] for x in f], " MiB"))
        if other:
            a, b = figures
            print("A/B (pair by pair)")
            print("  wall " + spread([x[0] / y[0] for x, y in zip(a, b)], " "))
            print("  cpu  " + spread([x[1] / y[1] for x, y in zip(a, b)], " "))
        if args.vs:
            same = filecmp.cmp(outs[0], outs[1], shallow=False)
            print("CSV byte-identical: " + ("yes" if same else "NO"))
        if args.csv:
            shutil.copyfile(outs[0], args.csv)
        if args.vs and not same:
            sys.exit(1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
