#!/usr/bin/env bash
# Installs the system packages LossLab needs when they are missing, then checks for Swift.
# Usage: scripts/setup.sh [--for-tests]   (--for-tests adds what the end-to-end tests use: tmux)
set -euo pipefail

packages=(libncurses-dev libcmark-gfm-dev libcmark-gfm-extensions-dev)
[ "${1:-}" = "--for-tests" ] && packages+=(tmux)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "setup: ${missing[*]} must be installed, and this needs root or sudo." >&2
    echo "setup: ask an administrator to run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: apt-get not found; install ${missing[*]} (or your system's equivalents) by hand." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq >&2 || true
  if ! "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >&2; then
    echo "setup: apt-get could not install ${missing[*]}; see the messages above." >&2
    exit 1
  fi
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: Swift 6 is needed and 'swift' is not on PATH; install it from swift.org, then run this again." >&2
  exit 1
fi
