#!/usr/bin/env bash
# Builds one libFuzzer harness from Fuzz/Targets/TARGET.swift and runs it for SECONDS.
# Usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]    (scripts/fuzz.sh --list names the targets)
#
# The library modules are compiled with -sanitize=fuzzer,address into .build-fuzz/ (SwiftPM's own build
# never sees Fuzz/). The run starts from the committed seeds in Fuzz/Corpus/TARGET and keeps what it
# finds in .build-fuzz/corpus/TARGET; a crash is saved in .build-fuzz/artifacts/TARGET/ and the script
# exits non-zero. Replay one input with: .build-fuzz/bin/TARGET FILE
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--list" ]; then
  for f in Fuzz/Targets/*.swift; do basename "$f" .swift; done
  exit 0
fi
if [ $# -lt 2 ] || [ ! -f "Fuzz/Targets/$1.swift" ] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]; targets: $(scripts/fuzz.sh --list | tr '\n' ' ')" >&2
  exit 64
fi
target=$1 seconds=$2
shift 2

out=.build-fuzz
mkdir -p "$out/modules" "$out/bin" "$out/corpus/$target" "$out/artifacts/$target"
# Sources/CCmarkGFM holds the module map of cmark-gfm, which LessonKit imports (and so, to the compiler,
# every module above it).
flags=(-sanitize=fuzzer,address -O -wmo -parse-as-library -enable-testing -swift-version 6
       -I "$out/modules" -I Sources/CCmarkGFM)

# The library modules, lowest first (as Package.swift orders their dependencies).
modules=(LossKit CellGrid TrainingKit LossPlot LessonKit ProgressKit LossLabApp)

# Rebuilds a module when one of its sources is newer than its archive, and every module after it then.
rebuilt=""
for m in "${modules[@]}"; do
  archive="$out/modules/lib$m.a"
  if [ ! -f "$archive" ] || [ -n "$rebuilt" ] || [ -n "$(find "Sources/$m" -name '*.swift' -newer "$archive" -print -quit)" ]; then
    echo "fuzz: compiling $m" >&2
    # shellcheck disable=SC2086
    swiftc "${flags[@]}" -module-name "$m" -emit-module -emit-module-path "$out/modules/$m.swiftmodule" \
      -emit-library -static -o "$archive" $(find "Sources/$m" -name '*.swift' | sort)
    rebuilt=yes
  fi
done

binary="$out/bin/$target"
# Relinks when the harness, its support or any module archive (perhaps rebuilt for another target) is newer.
if [ ! -f "$binary" ] || [ -n "$(find Fuzz/Targets/"$target".swift Fuzz/Support "$out/modules" -newer "$binary" -print -quit)" ]; then
  echo "fuzz: linking $target" >&2
  # ld.gold warns that it cannot export ASan's local helper symbols; that is harmless.
  # Static archives link highest first, so the modules go in reverse.
  libs=()
  for ((k = ${#modules[@]} - 1; k >= 0; k--)); do libs+=("-l${modules[k]}"); done
  swiftc "${flags[@]}" -module-name "Fuzz_$target" Fuzz/Support/*.swift "Fuzz/Targets/$target.swift" \
    -L "$out/modules" "${libs[@]}" -lcmark-gfm-extensions -lcmark-gfm \
    -o "$binary" 2> >(grep -v "Cannot export local symbol" >&2)
fi

# Swift's backtracer and AddressSanitizer both want the crash signals; let ASan report. Recording a
# short stack per allocation (instead of 30 frames) keeps the lesson and app targets several times faster.
# LeakSanitizer is off: Swift keeps the spare bits of pointers inside multi-payload enums (a lesson's
# blocks), so at exit it reports reachable arrays and strings as leaked; set ASAN_OPTIONS to try it.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=4:detect_leaks=0}
# A target may name default libFuzzer options on a line `// libFuzzer: ...` (such as its -max_len);
# options given here come later and win.
read -ra defaults <<< "$(sed -n 's|^// libFuzzer: ||p' "Fuzz/Targets/$target.swift")"
exec "$binary" -max_total_time="$seconds" -print_final_stats=1 -detect_leaks=0 -artifact_prefix="$out/artifacts/$target/" \
  "${defaults[@]}" "$@" "$out/corpus/$target" "Fuzz/Corpus/$target"
