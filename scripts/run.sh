#!/usr/bin/env bash
# Installs what is missing, builds LossLab, and opens it. Arguments go to losslab.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# A statically linked Swift runtime starts the app in about half the time (see README, Benchmarks).
swift build -c release --static-swift-stdlib --product losslab >&2
exec .build/release/losslab "$@"
