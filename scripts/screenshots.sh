#!/usr/bin/env bash
# Regenerates the README's screenshots: runs the studio on its demo model under a virtual X
# server (xvfb-run; Qt's offscreen platform when that is missing), walking every page, with
# settings and data in a throwaway folder so your own are untouched.
set -euo pipefail

usage() {
  echo "usage: $0 [OUTPUT_DIR]   (default docs/screenshots; BUILD_DIR, default build)" >&2
}

case "${1:-}" in
  -h | --help)
    usage
    exit 0
    ;;
esac
[[ $# -le 1 ]] || {
  usage
  exit 2
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build_dir="${BUILD_DIR:-build}"
out_dir="${1:-docs/screenshots}"
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"

if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build_dir" --target cdstudio

# A fresh home for settings, projects and the demo model; removed afterwards.
scratch="$(mktemp -d "${TMPDIR:-/tmp}/cdstudio-screenshots.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/config" "$scratch/data" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
export HF_HUB_CACHE="$scratch/no-hub-cache"
# The pictures are in English whatever the machine's language.
export LANGUAGE=en LC_ALL=C.UTF-8

app="$build_dir/app/cdstudio"
if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1280x800x24" "$app" --screenshot-tour "$out_dir"
else
  echo "xvfb-run not found; using Qt's offscreen platform" >&2
  QT_QPA_PLATFORM=offscreen "$app" --screenshot-tour "$out_dir"
fi
