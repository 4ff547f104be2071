#!/usr/bin/env bash
# Builds the static release binary of losslab and installs it with its man page and bash, zsh and
# fish completions under a prefix (default ~/.local). scripts/uninstall.sh removes exactly these files.
# Usage: scripts/install.sh [--prefix DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="$HOME/.local"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install: --prefix needs a folder" >&2; exit 64; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    -h|--help) sed -n '2,4s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "install: unknown argument '$1'; usage: scripts/install.sh [--prefix DIR]" >&2; exit 64 ;;
  esac
done
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)

scripts/setup.sh
echo "install: building the release binary (static Swift runtime)" >&2
swift build -c release --static-swift-stdlib --product losslab >&2
binary=.build/release/losslab

# The man page from swift-argument-parser's manual generator, run on the built binary's command tree.
echo "install: generating the man page" >&2
swift build -c release --static-swift-stdlib --product generate-manual >&2
pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
.build/release/generate-manual "$binary" --output-directory "$pages" \
  --authors "the LossLab authors" --section 1 >&2

manifest="$prefix/share/losslab/install-manifest"
[ -f "$manifest" ] && scripts/uninstall.sh --prefix "$prefix" --quiet
# Each installed file and each folder made for it is listed, so uninstall removes exactly those.
listed=()
place() {  # place SOURCE DESTINATION MODE
  local dir parts=() d
  dir=$(dirname "$2")
  d=$dir
  while [ ! -d "$d" ]; do parts=("$d" "${parts[@]}"); d=$(dirname "$d"); done
  for d in "${parts[@]}"; do mkdir "$d"; listed+=("dir $d"); done
  install -m "$3" "$1" "$2"
  listed+=("file $2")
}
completions=$(mktemp -d)
trap 'rm -rf "$pages" "$completions"' EXIT
"$binary" --generate-completion-script bash >"$completions/losslab"
"$binary" --generate-completion-script zsh >"$completions/_losslab"
"$binary" --generate-completion-script fish >"$completions/losslab.fish"

place "$binary" "$prefix/bin/losslab" 755
for page in "$pages"/*.1; do place "$page" "$prefix/share/man/man1/$(basename "$page")" 644; done
place "$completions/losslab" "$prefix/share/bash-completion/completions/losslab" 644
place "$completions/_losslab" "$prefix/share/zsh/site-functions/_losslab" 644
place "$completions/losslab.fish" "$prefix/share/fish/vendor_completions.d/losslab.fish" 644
[ -d "$prefix/share/losslab" ] || { mkdir -p "$prefix/share/losslab"; listed+=("dir $prefix/share/losslab"); }
printf '%s\n' "${listed[@]}" "file $manifest" >"$manifest"

echo "install: losslab $("$prefix/bin/losslab" --version) installed in $prefix" >&2
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "install: $prefix/bin is not on your PATH; add it, for example: export PATH=\"$prefix/bin:\$PATH\"" >&2 ;;
esac
echo "install: zsh finds the completion when $prefix/share/zsh/site-functions is in fpath (before compinit)" >&2
