#!/usr/bin/env bash
# Checks scripts/install.sh and scripts/uninstall.sh by hand (too slow for CI: it builds the release
# binary): installs into a new temporary prefix, checks every installed file works, uninstalls, and
# checks the prefix is left exactly as it was (empty). Prints one line per check; exits 1 on a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
failed=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@" >/dev/null 2>&1; then echo "ok    $what"; else echo "FAIL  $what"; failed=1; fi
}

scripts/install.sh --prefix "$prefix" 2>/dev/null
check "bin/losslab --version prints $(.build/release/losslab --version)" \
  test "$("$prefix/bin/losslab" --version)" = "$(.build/release/losslab --version)"
check "bin/losslab needs no Swift runtime library" sh -c "! ldd '$prefix/bin/losslab' | grep -q libswiftCore"
check "bin/losslab explain runs" "$prefix/bin/losslab" explain --loss mse --x 1,0 --xhat 0.5,0.5
check "the man page renders, subcommands included" sh -c "MANWIDTH=80 man -l '$prefix/share/man/man1/losslab.1' | grep -q 'check   Check lesson files'"
check "man finds the page through PATH" sh -c "PATH='$prefix/bin':\$PATH man -w losslab | grep -q '$prefix'"
check "bash loads its completion" bash -c "source '$prefix/share/bash-completion/completions/losslab' && complete -p losslab"
if command -v zsh >/dev/null; then check "zsh parses its completion" zsh -n "$prefix/share/zsh/site-functions/_losslab"; fi
if command -v fish >/dev/null; then check "fish parses its completion" fish -n "$prefix/share/fish/vendor_completions.d/losslab.fish"; fi
check "the manifest lists every installed file" \
  sh -c "test \"\$(find '$prefix' -type f | sort)\" = \"\$(sed -n 's/^file //p' '$prefix/share/losslab/install-manifest' | sort)\""

scripts/install.sh --prefix "$prefix" 2>/dev/null
check "installing twice leaves one installation" test "$(grep -c '^file' "$prefix/share/losslab/install-manifest")" = 6

touch "$prefix/keep-me"
mkdir -p "$prefix/share/man/man1" && touch "$prefix/share/man/man1/other.1"
scripts/uninstall.sh --prefix "$prefix" 2>/dev/null
check "uninstall leaves only what was not installed" \
  test "$(cd "$prefix" && find . | sort | tr '\n' ' ')" = ". ./keep-me ./share ./share/man ./share/man/man1 ./share/man/man1/other.1 "
check "uninstalling again says there is nothing to remove" sh -c "! scripts/uninstall.sh --prefix '$prefix'"
exit $failed
