#!/usr/bin/env bash
# Installs what is missing, builds LossLab, and opens it. Arguments go to losslab.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product losslab >&2
exec .build/release/losslab "$@"
