#!/bin/sh
# Builds kefu in release mode and runs the check benchmark (see README.md).
set -e
cd "$(dirname "$0")/../.."
swift build -c release --product kefu >/dev/null
exec python3 Tools/bench-check/bench.py "$@"
