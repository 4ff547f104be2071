#!/usr/bin/env bash
# Installs what is missing, then runs every test: unit, snapshot, command-line and end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --for-tests
swift build --product losslab
.build/debug/losslab lessons check Lessons
swift test
