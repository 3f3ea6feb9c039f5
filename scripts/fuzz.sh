#!/usr/bin/env bash
# Fuzzes every reader of outside data (fuzz/), with libFuzzer and
# AddressSanitizer + UndefinedBehaviorSanitizer, and prints executions and findings per target.
#
#   scripts/fuzz.sh                     each target for 20 s (what CI runs)
#   scripts/fuzz.sh --seconds 600       the long run (README "Fuzzing" reports one)
#   scripts/fuzz.sh --seconds 60 fuzz_png_text fuzz_safetensors    some targets only
#
# Builds in build-fuzz/ (BUILD_DIR) with clang; the corpus grows in build-fuzz/corpus/<target>
# across runs, starting from seeds made by fuzz/make_seeds.py. A finding (crash, leak, timeout,
# out-of-memory) is kept in build-fuzz/findings/<target>/ and makes the script fail.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-fuzz}"
seconds=20
targets=()
while (($#)); do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done

for tool in clang clang++; do
  command -v "$tool" >/dev/null || { echo "fuzz: $tool is missing (apt install clang)" >&2; exit 1; }
done

# The pickle reader's target needs libtorch: the one the project builds with, when installed.
# shellcheck source=scripts/libtorch.sh
. "$root/scripts/libtorch.sh"
libtorch="$(cds_libtorch_dir || true)"
if [ -z "$libtorch" ]; then
  echo "fuzz: libtorch could not be installed: fuzz_state_dict_pickle is left out"
fi

sanitize="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
echo "==> Building the fuzz targets in $build"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCDS_TORCH_FREE=ON -DCDS_FUZZ=ON -DCDS_BUILD_TESTS=OFF -DCDS_LIBTORCH="$libtorch" \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link $sanitize" >/dev/null
cmake --build "$build" -j "${JOBS:-$(nproc)}"

if ((${#targets[@]} == 0)); then
  mapfile -t targets < <(sed -n 's/^ *cds_add_fuzzer(\([a-z_]*\) .*/\1/p' "$root/fuzz/CMakeLists.txt")
  if [ -z "$libtorch" ]; then
    mapfile -t targets < <(printf '%s\n' "${targets[@]}" | grep -v '^fuzz_state_dict_pickle$')
  fi
fi
rm -rf "$build/seeds"
python3 "$root/fuzz/make_seeds.py" "$build/seeds" "${CDS_GOLDEN_DIR:-$root/../shared/golden}"

# Leaks of the libraries' own one-time allocations (Qt's, OpenCV's) are not findings of ours.
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
# ... nor libtorch's (fuzz/lsan_suppressions.txt says which and why).
export LSAN_OPTIONS="suppressions=$root/fuzz/lsan_suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=0
printf '%-22s %12s %10s %9s %s\n' target executions "exec/s" corpus findings
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  findings="$build/findings/$t"
  rm -rf "$findings"
  mkdir -p "$corpus" "$findings"
  log="$build/findings/$t.log"
  set +e
  "$build/fuzz/$t" "$corpus" "$build/seeds/$t" -max_total_time="$seconds" -max_len=65536 \
    -timeout=20 -rss_limit_mb=3072 -malloc_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" >"$log" 2>&1
  status=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  # slow-unit-* files only note an input that took long (a busy machine makes them too).
  found=$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
    -o -name 'oom-*' \) | wc -l)
  printf '%-22s %12s %10s %9s %s\n' "$t" "${runs:-?}" "${speed:-?}" "$(find "$corpus" -type f | wc -l)" \
    "$found$([ "$status" -ne 0 ] && echo " (exit $status, see $log)")"
  if ((found > 0 || status != 0)); then failed=1; fi
done
exit "$failed"
