#!/bin/sh
# The export target against the binary of the day it was set: builds kefu at 27e06ba (main when
# the issue measured 1.15 s for 10,000 records) in a temporary worktree, makes that day's class
# with that day's make_class.py and lessons, and runs the release build of this checkout and the
# old one in turn on it (bench.py --reference). The target, 0.6 s against 1.15 s, is a wall
# ratio of at most 0.52. Options after the script are bench.py's (--runs N).
# Set SKIP_BUILD=1 to reuse this checkout's release build; KEEP=DIR keeps the worktree and class.
set -eu
cd "$(dirname "$0")/../.."
BASE=27e06ba
WORK=${KEEP:-$(mktemp -d "${TMPDIR:-/tmp}/kefu-vs-issue.XXXXXX")}
cleanup() {
  if [ -z "${KEEP:-}" ]; then
    git worktree remove --force "$WORK/old" 2>/dev/null || true
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
if [ -z "${SKIP_BUILD:-}" ]; then swift build -c release --product kefu >/dev/null; fi
if [ ! -x "$WORK/old/.build/release/kefu" ]; then
  git worktree add --force --detach "$WORK/old" "$BASE" >/dev/null
  (cd "$WORK/old" && swift build -c release --product kefu >/dev/null)
fi
if [ ! -d "$WORK/class" ]; then
  (
    cd "$WORK/old"
    for path in scenarios/paths/*.txt; do
      name=$(basename "$path" | sed 's/\.[a-z]*\.txt$//')
      .build/release/kefu play "scenarios/$name.kefu" --script "$path" --json --name 种子 \
        --records "$WORK/seed" >/dev/null 2>&1 || true
    done
    python3 Tools/bench-export/make_class.py "$WORK/seed" "$WORK/class" 10000
  )
fi
python3 Tools/bench-export/bench.py --kefu .build/release/kefu \
  --reference "$WORK/old/.build/release/kefu" --root "$WORK/old" --class-dir "$WORK/class" "$@"
