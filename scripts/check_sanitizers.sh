#!/usr/bin/env bash
# Builds the engine's torch-free libraries and their tests (core_base_tests: files, configs,
# tokenizer, projects, class folders, PNG; net_tests: HTTP, clip-retrieval, Openverse, the Hub,
# against local fake servers) with AddressSanitizer + UndefinedBehaviorSanitizer and runs them;
# any finding fails the run. The libtorch parts are not built here: the prebuilt libtorch is not
# instrumented, and its own allocator and threads make ASan's reports unreliable there.
#
#   scripts/check_sanitizers.sh        (BUILD_DIR, default build-sanitize; JOBS)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-sanitize}"
flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
echo "==> Building the torch-free tests with AddressSanitizer and UBSan in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCDS_TORCH_FREE=ON \
  -DCDS_GOLDEN_DIR="${CDS_GOLDEN_DIR:-$root/../shared/golden}" \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" -j "${JOBS:-$(nproc)}"
echo "==> Running them"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd "$build"
exec ctest --output-on-failure -j "${JOBS:-$(nproc)}" --timeout 600
