#!/usr/bin/env bash
# Removes what scripts/install.sh installed under a prefix (default ~/.local): exactly the files and
# folders listed in PREFIX/share/losslab/install-manifest, folders only when they are left empty.
# Usage: scripts/uninstall.sh [--prefix DIR]
set -euo pipefail

prefix="$HOME/.local"
quiet=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "uninstall: --prefix needs a folder" >&2; exit 64; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --quiet) quiet=yes; shift ;;
    -h|--help) sed -n '2,4s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "uninstall: unknown argument '$1'; usage: scripts/uninstall.sh [--prefix DIR]" >&2; exit 64 ;;
  esac
done

manifest="$prefix/share/losslab/install-manifest"
if [ ! -f "$manifest" ]; then
  echo "uninstall: nothing to remove: $manifest does not exist (was losslab installed with --prefix $prefix?)" >&2
  exit 1
fi
# Files first, then folders deepest first, each folder only if nothing else was put in it.
mapfile -t entries <"$manifest"
for entry in "${entries[@]}"; do
  [ "${entry%% *}" = file ] && rm -f -- "${entry#file }"
done
for ((i = ${#entries[@]} - 1; i >= 0; i--)); do
  entry=${entries[i]}
  [ "${entry%% *}" = dir ] && rmdir -- "${entry#dir }" 2>/dev/null || true
done
[ -n "$quiet" ] || echo "uninstall: removed losslab from $prefix" >&2
