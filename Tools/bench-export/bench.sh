#!/bin/sh
# Builds kefu in release mode and times `kefu export` on a class of 10,000 records
# (see README.md; the options are bench.py's: --records N, --runs N, --vs OTHER_KEFU, ...).
# Set SKIP_BUILD=1 to reuse an existing release build.
set -eu
cd "$(dirname "$0")/../.."
if [ -z "${SKIP_BUILD:-}" ]; then swift build -c release --product kefu >/dev/null; fi
exec python3 Tools/bench-export/bench.py "$@"
