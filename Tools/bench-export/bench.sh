#!/bin/sh
# Times `kefu export` on a class of 10,000 records (release build). Run from the repository root:
#   Tools/bench-export/bench.sh [N]
# Needs python3. Set SKIP_BUILD=1 to reuse an existing release build.
set -eu
N=${1:-10000}
ROOT=$(pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kefu-bench-export.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
if [ -z "${SKIP_BUILD:-}" ]; then swift build -c release --product kefu >/dev/null; fi
KEFU="$ROOT/.build/release/kefu"

# Seed records: every shipped play path, played by script.
for path in scenarios/paths/*.txt; do
  name=$(basename "$path" | sed 's/\.[a-z]*\.txt$//')
  "$KEFU" play "scenarios/$name.kefu" --script "$path" --json --name 种子 \
    --records "$WORK/seed" >/dev/null 2>&1 || true
done
python3 "$(dirname "$0")/make_class.py" "$WORK/seed" "$WORK/class" "$N"

echo "kefu export: $N records, $(du -sh "$WORK/class" | cut -f1)"
START=$(date +%s.%N)
"$KEFU" export "$WORK/class" -o "$WORK/class.csv"
END=$(date +%s.%N)
echo "rows: $(($(wc -l < "$WORK/class.csv") - 1))"
echo "time: $(echo "$END - $START" | bc) s"
